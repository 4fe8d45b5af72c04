// Layering fixture: the higher library includes the lower one, as it may.
#pragma once

#include "low/Low.h"

int highValue();
