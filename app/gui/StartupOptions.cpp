#include "app/gui/StartupOptions.h"

#include "app/common/AppSetup.h"
#include "app/common/EmbeddedDefault.h"
#include "core/sim/SimFleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace tps::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)
};

const QString kModeKey = QStringLiteral("station/mode");

struct Options
{
    QCommandLineOption db{QStringLiteral("db"),
                          Tr::tr("Station database (production mode unless --simulate)."),
                          QStringLiteral("PATH")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               Tr::tr("Product profile, JSON file (production mode unless --simulate)."),
                               QStringLiteral("FILE")};
    QCommandLineOption root{QStringLiteral("root"), Tr::tr("Simulated fleet root."), QStringLiteral("DIR"),
                            sim::SimFleet::defaultRoot()};
    QCommandLineOption simulate{QStringLiteral("simulate"),
                                Tr::tr("Simulation: run over N simulated devices (0: production)."),
                                QStringLiteral("N")};
    QCommandLineOption sockets{QStringLiteral("sockets"), Tr::tr("Parallel test sockets (1-8)."),
                               QStringLiteral("K")};
};
} // namespace

StationMode rememberedStationMode()
{
    return QSettings().value(kModeKey).toString() == QLatin1String("production") ? StationMode::Production
                                                                                 : StationMode::Simulation;
}

void rememberStationMode(StationMode mode)
{
    QSettings().setValue(kModeKey, mode == StationMode::Production ? QStringLiteral("production")
                                                                   : QStringLiteral("simulation"));
}

StationConfig stationConfigFromArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("TPM Provisioning Station. Without options: the simulated fleet "
                                            "of the embedded default, as `tpm-station-cli run`."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    parser.addOptions({o.db, o.profile, o.root, o.simulate, o.sockets});
    parser.process(arguments);

    StationConfig config;
    config.databasePath = parser.isSet(o.db) ? parser.value(o.db) : app::defaultDatabasePath();
    config.profilePath = parser.value(o.profile);
    config.fleetRoot = parser.value(o.root);
    if (parser.isSet(o.simulate)) {
        config.simulateCount = qBound(0, parser.value(o.simulate).toInt(), 100);
        config.startedAs = config.simulateCount > 0 ? Tr::tr("Simulation: chosen with --simulate.")
                                                    : Tr::tr("Production mode: chosen with --simulate 0.");
    } else if (parser.isSet(o.db) || parser.isSet(o.profile)) {
        config.startedAs = Tr::tr("Production mode: chosen with --db / --profile.");
    } else if (rememberedStationMode() == StationMode::Production) {
        config.startedAs = Tr::tr("Production mode: chosen in Settings.");
    } else {
        config.simulateCount = app::kEmbeddedSimulatedDevices;
        config.startedAs = Tr::tr("Simulation: the station's default. Production mode is chosen in Settings "
                                  "or with --db / --profile.");
    }
    const int defaultSockets = config.simulation() ? app::kEmbeddedSockets : 1;
    config.sockets = qBound(1, parser.isSet(o.sockets) ? parser.value(o.sockets).toInt() : defaultSockets, 8);
    return config;
}

} // namespace tps::gui
