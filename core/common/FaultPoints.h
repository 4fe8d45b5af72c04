// Named fault-injection points for crash tests: when the environment variable STATION_FAULT_POINT
// names the point being passed, the process kills itself with SIGKILL right there (no clean-up, no
// destructors: a power cut as far as the station's own state is concerned).
#pragma once

namespace tps {

inline constexpr char kFaultPointVariable[] = "STATION_FAULT_POINT";

// Kills the process when STATION_FAULT_POINT equals `name`; otherwise does nothing.
void faultPoint(const char* name);

} // namespace tps
