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
int centralInit(Cli& cli, const QStringList& args);
// `central pin`, `central verify` (CentralVerifyCommand.cpp): the stations' checkpoint keys and signatures.
int centralPin(Cli& cli, const QStringList& args);
int centralVerify(Cli& cli, const QStringList& args);
// `dashboard` (DashboardCommand.cpp): the factory dashboard.
int dashboardCommand(Cli& cli, const QStringList& args);

// --central URL, as every command that reads or writes the factory database takes it.
QCommandLineOption centralOption();
// Connects to the factory database and checks its schema version; on failure, prints why (and the JSON
// error when `json`) and sets *rc.
std::unique_ptr<sync::PgConnection> connectCentral(Cli& cli, const QString& conninfo, bool json, int* rc);
// Prints a factory-database error (and the JSON error when `json`; `statusNote` appended) and returns Failed.
int syncFailure(Cli& cli, bool json, const sync::SyncError& e, const QString& statusNote = {});

} // namespace tps::cli
