// The factory database on the command line (SyncCommand.cpp): sync, sync status, central init; the
// connection the central exports and the dashboard share.
#pragma once

#include "app/cli/Cli.h"
#include "sync/PgConnection.h"

#include <QCommandLineOption>
#include <memory>

namespace tps::cli {

int syncCommand(Cli& cli, const QStringList& args);
int centralCommand(Cli& cli, const QStringList& args);
// `dashboard` (DashboardCommand.cpp): the factory dashboard.
int dashboardCommand(Cli& cli, const QStringList& args);

// --central URL, as every command that reads or writes the factory database takes it.
QCommandLineOption centralOption();
// Connects to the factory database and checks its schema version; on failure, prints why (and the JSON
// error when `json`) and sets *rc.
std::unique_ptr<sync::PgConnection> connectCentral(Cli& cli, const QString& conninfo, bool json, int* rc);

} // namespace tps::cli
