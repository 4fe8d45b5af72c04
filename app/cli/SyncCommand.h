// The factory database on the command line (SyncCommand.cpp): sync, sync status, central init.
#pragma once

#include "app/cli/Cli.h"

namespace tps::cli {

int syncCommand(Cli& cli, const QStringList& args);
int centralCommand(Cli& cli, const QStringList& args);

} // namespace tps::cli
