#pragma once

#include <QString>

class QCoreApplication;

namespace tps::app {

// Sets organisation/application names (they decide the user data directory) and loads the translation of
// `language` (the CLI's --lang) or, when empty, of STATION_LANG or else the system's (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG). Returns the language loaded ("en": English, also for a language the station lacks).
QString setupApplication(QCoreApplication& app, const QString& language = {});
// <user data dir>/station.db
QString defaultDatabasePath();

} // namespace tps::app
