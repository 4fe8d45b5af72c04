// The steps this build of the station implements, in timeline order.
#pragma once

#include "timeline/Station.h"

#include <memory>
#include <vector>

namespace tps::stations {

// One instance of every implemented step, ordered by StepId.
std::vector<std::unique_ptr<timeline::Station>> createAll();

} // namespace tps::stations
