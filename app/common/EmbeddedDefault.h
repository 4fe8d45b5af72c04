// The station's embedded default — what `tpm-station-cli run` and the GUI started without arguments both
// run: the line over a simulated TPM fleet in the user's data directory (core/sim/SimFleet::defaultRoot()),
// with the simulation kit's product profile, recorded in app::defaultDatabasePath().
#pragma once

namespace tps::app {

inline constexpr int kEmbeddedSimulatedDevices = 3;
inline constexpr int kEmbeddedSockets = 2;

} // namespace tps::app
