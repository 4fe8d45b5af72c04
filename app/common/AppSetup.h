#pragma once

#include <QString>

class QCoreApplication;

namespace tps::app {

// Sets organisation/application names (they decide the user data directory) and loads translations
// (STATION_LANG overrides the system locale).
void setupApplication(QCoreApplication& app);
// <user data dir>/station.db
QString defaultDatabasePath();

} // namespace tps::app
