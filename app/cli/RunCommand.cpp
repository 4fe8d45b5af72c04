#include "Cli.h"

#include "sim/SimFleet.h"
#include "tpm/TpmIdentity.h"
#include "tpm/TpmSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

void printIdentity(Cli& cli, const tpm::TpmIdentity& id);

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};
} // namespace

// The station's main job on its embedded default: the simulated fleet in the user's data directory.
int runCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run the station on its embedded default: a simulated TPM fleet."));
    const QCommandLineOption rootOpt(QStringLiteral("root"), Tr::tr("Fleet root directory."),
                                     QStringLiteral("DIR"), sim::SimFleet::defaultRoot());
    const QCommandLineOption countOpt(QStringLiteral("simulate"), Tr::tr("Number of simulated devices."),
                                      QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption keepOpt(QStringLiteral("keep-running"),
                                     Tr::tr("Leave the simulated TPMs running."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({rootOpt, countOpt, keepOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("run")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    bool ok = false;
    const int count = parser.value(countOpt).toInt(&ok);
    if (!ok || count < 1)
        return cli.usage(Tr::tr("--simulate takes a positive whole number."));
    const bool json = parser.isSet(jsonOpt);

    sim::SimFleet fleet(parser.value(rootOpt));
    fleet.setStopOnDestruction(!parser.isSet(keepOpt));
    if (!json)
        cli.out() << Tr::tr("Simulated fleet: %1").arg(fleet.root()) << Qt::endl;
    auto created = fleet.create(count);
    if (!created)
        return cli.failure(created.error().message);
    auto devices = fleet.start();
    if (!devices)
        return cli.failure(devices.error().message);

    int failures = 0;
    QJsonArray results;
    for (const sim::SimDevice& d : std::as_const(*devices)) {
        QJsonObject entry = d.toJson();
        if (!json)
            cli.out() << Qt::endl
                      << Tr::tr("Device %1 (simulated) at %2").arg(d.serial, d.tcti()) << Qt::endl;
        auto session = tpm::TpmSession::open({d.tcti()});
        auto id =
            session ? tpm::identify(**session) : tpm::TpmResult<tpm::TpmIdentity>(fail(session.error()));
        if (!id) {
            ++failures;
            entry.insert(QStringLiteral("error"), id.error().operatorMessage());
            if (!json)
                cli.out() << QStringLiteral("  FAIL: ") << id.error().operatorMessage() << Qt::endl;
        } else {
            entry.insert(QStringLiteral("identity"), id->toJson());
            if (!json)
                printIdentity(cli, *id);
        }
        results.append(entry);
    }
    if (json) {
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("root"), fleet.root()},
                                                {QStringLiteral("devices"), results},
                                                {QStringLiteral("failed"), failures}}));
    } else {
        cli.out()
            << Qt::endl
            << Tr::tr("%1 device(s) identified, %2 failed.").arg(devices->size() - failures).arg(failures)
            << Qt::endl;
    }
    return failures == 0 ? Ok : Failed;
}

} // namespace tps::cli
