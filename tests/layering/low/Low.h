// Layering fixture (tests/CMakeLists.txt): a header of the lower library.
#pragma once

int lowValue();
