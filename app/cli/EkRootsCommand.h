// `tpm-station-cli ek roots list|import|remove`: the station's TPM manufacturer trust store (docs/CLI.md).
#pragma once

#include "app/cli/Cli.h"

namespace tps::cli {

int ekRootsCommand(Cli& cli, const QStringList& args);

} // namespace tps::cli
