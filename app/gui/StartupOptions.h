// How `tpm-station` starts: its command line and the mode remembered in Settings decide the StationConfig.
// Without arguments it lands on the embedded default (app/common/EmbeddedDefault.h), the same simulated
// fleet, data directory and kit profile as the headless `tpm-station-cli run`. Production mode is only
// ever chosen explicitly: --db or --profile on the command line, or "Production" chosen in Settings.
#pragma once

#include "app/gui/StationConfig.h"

#include <QStringList>

namespace tps::gui {

enum class StationMode { Simulation, Production };

// The mode chosen in Settings (QSettings "station/mode"); Simulation when none was ever chosen.
StationMode rememberedStationMode();
void rememberStationMode(StationMode mode);

// Parses `arguments` (the program name first) as main() does; --help, --version and unknown options end
// the process the way QCommandLineParser::process does. config.startedAs says (translated) why this mode.
StationConfig stationConfigFromArguments(const QStringList& arguments);

} // namespace tps::gui
