// `tpm-station-cli ek verify FILE… [--roots DIR | --profile FILE] [--db PATH] [--tpm-manufacturer ID] [--at
// TIME]
// [--json]`: EK certificates verified offline, as step 2 judges them (docs/CLI.md).
#pragma once

#include "app/cli/Cli.h"

namespace tps::cli {

int ekVerifyCommand(Cli& cli, const QStringList& args);

} // namespace tps::cli
