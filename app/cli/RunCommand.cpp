#include "app/cli/Cli.h"
#include "app/cli/LineRunner.h"
#include "app/common/AppSetup.h"
#include "app/common/EmbeddedDefault.h"

#include "core/sim/SimFleet.h"

#include <QCoreApplication>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};
} // namespace

// The station's main job on its embedded default: the line over the simulated fleet in the user's data
// directory, recorded in the station database there.
int runCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run the station on its embedded default: the line over a simulated TPM fleet."));
    const QCommandLineOption rootOpt(QStringLiteral("root"), Tr::tr("Fleet root directory."),
                                     QStringLiteral("DIR"), sim::SimFleet::defaultRoot());
    const QCommandLineOption countOpt(QStringLiteral("simulate"), Tr::tr("Number of simulated devices."),
                                      QStringLiteral("N"), QString::number(app::kEmbeddedSimulatedDevices));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"),
                                   app::defaultDatabasePath());
    const QCommandLineOption socketsOpt(QStringLiteral("sockets"), Tr::tr("Parallel test sockets."),
                                        QStringLiteral("K"), QString::number(app::kEmbeddedSockets));
    const QCommandLineOption keepOpt(QStringLiteral("keep-running"),
                                     Tr::tr("Leave the simulated TPMs running."));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"),
        Tr::tr("Product profile (JSON file); default: the simulation kit's profile in the fleet root."),
        QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({rootOpt, countOpt, dbOpt, socketsOpt, keepOpt, profileOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("run")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    LineOptions o;
    bool ok = false;
    o.count = parser.value(countOpt).toInt(&ok);
    if (!ok || o.count < 1 || o.count > 1000)
        return cli.usage(Tr::tr("--simulate takes a positive whole number."));
    o.sockets = parser.value(socketsOpt).toInt(&ok);
    if (!ok || o.sockets < 1 || o.sockets > 64)
        return cli.usage(Tr::tr("--sockets takes a number from 1 to 64."));
    o.root = parser.value(rootOpt);
    o.database = parser.value(dbOpt);
    o.profileFile = parser.value(profileOpt);
    o.json = parser.isSet(jsonOpt);
    o.keepRunning = parser.isSet(keepOpt);
    o.stepLines = true;
    if (!o.json)
        cli.out() << Tr::tr("Simulated fleet: %1").arg(o.root) << Qt::endl
                  << Tr::tr("Station database: %1").arg(o.database) << Qt::endl;
    return runLine(cli, o);
}

} // namespace tps::cli
