// What the station window is started with: its database, the product profile file, the simulated fleet
// (simulation mode) and the number of test sockets.
#pragma once

#include <QString>

namespace tps::gui {

struct StationConfig
{
    QString databasePath;
    QString profilePath;   // product profile JSON; empty: the default profile
    QString fleetRoot;     // simulation: the simulated fleet's directory
    int simulateCount = 0; // > 0: simulation mode with this many simulated devices
    int sockets = 1;       // parallel test sockets (one panel each)
    QString startedAs;     // translated: which mode, and what chose it (StartupOptions)
    int inactivityLockMs = 5 * 60 * 1000;
    bool simulation() const { return simulateCount > 0; }
};

} // namespace tps::gui
