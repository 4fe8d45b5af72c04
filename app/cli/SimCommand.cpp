#include "app/cli/Cli.h"

#include "core/sim/SimFleet.h"
#include "core/sim/TimingPresets.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tps::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SimCommand)
};

void printDevices(Cli& cli, const QList<sim::SimDevice>& devices, bool json)
{
    if (json) {
        QJsonArray arr;
        for (const sim::SimDevice& d : devices)
            arr.append(d.toJson());
        cli.printJson(QJsonDocument(arr));
        return;
    }
    for (const sim::SimDevice& d : devices) {
        cli.out() << QStringLiteral("%1  %2  %3  %4")
                         .arg(d.serial, -16)
                         .arg(d.state == sim::DeviceState::Running ? Tr::tr("running") : Tr::tr("stopped"),
                              -8)
                         .arg(d.timingModel.isEmpty() ? Tr::tr("swtpm timing")
                                                      : Tr::tr("simulated %1 timing").arg(d.timingName),
                              -22)
                         .arg(d.tcti())
                  << Qt::endl;
    }
}

} // namespace

int simCommand(Cli& cli, const QStringList& args)
{
    const QString usage = Tr::tr("Usage: tpm-station-cli sim create|start|stop|list --root DIR [--count N] "
                                 "[--timing dtpm|fast|none] [--timing-seed HEX] [--json]");
    if (args.isEmpty())
        return cli.usage(usage);
    const QString action = args.first();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Manage the simulated TPM fleet (swtpm devices with EK certificates)."));
    const QCommandLineOption rootOpt(
        QStringLiteral("root"),
        Tr::tr("Fleet root directory (default: %1).").arg(sim::SimFleet::defaultRoot()),
        QStringLiteral("DIR"), sim::SimFleet::defaultRoot());
    const QCommandLineOption countOpt(QStringLiteral("count"), Tr::tr("Number of devices (create)."),
                                      QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    const QCommandLineOption timingOpt(
        QStringLiteral("timing"),
        Tr::tr("Make the simulated TPMs answer as slowly as a discrete TPM (create): dtpm (typical), fast, "
               "or none (as fast as swtpm)."),
        QStringLiteral("MODEL"));
    const QCommandLineOption seedOpt(QStringLiteral("timing-seed"),
                                     Tr::tr("Seed of the timing model's draws, hexadecimal (create)."),
                                     QStringLiteral("HEX"));
    parser.addOptions({rootOpt, countOpt, jsonOpt, timingOpt, seedOpt});
    if (!cli.parse(parser, args.mid(1), QStringLiteral("sim ") + action))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;

    sim::SimFleet fleet(parser.value(rootOpt));
    const bool json = parser.isSet(jsonOpt);
    if (action == QLatin1String("create")) {
        bool ok = false;
        const int count = parser.value(countOpt).toInt(&ok);
        if (!ok || count < 1)
            return cli.usage(Tr::tr("--count takes a positive whole number."));
        std::optional<quint64> seed;
        if (parser.isSet(seedOpt)) {
            seed = parser.value(seedOpt).toULongLong(&ok, 16);
            if (!ok)
                return cli.usage(Tr::tr("--timing-seed takes a hexadecimal number."));
        }
        const QString timing = parser.value(timingOpt);
        if (!timing.isEmpty() && timing != QLatin1String("none") && sim::timingPreset(timing).isEmpty())
            return cli.usage(
                Tr::tr("--timing takes one of: %1.")
                    .arg((sim::timingPresetNames() << QStringLiteral("none")).join(QStringLiteral(", "))));
        auto created = fleet.create(count);
        if (!created)
            return cli.failure(created.error().message);
        if (!timing.isEmpty()) {
            if (auto set = fleet.setTiming(timing, seed); !set)
                return cli.failure(set.error().message);
            created = fleet.devices();
            if (!created)
                return cli.failure(created.error().message);
        }
        printDevices(cli, *created, json);
        return Ok;
    }
    if (action == QLatin1String("start")) {
        auto started = fleet.start();
        if (!started)
            return cli.failure(started.error().message);
        printDevices(cli, *started, json);
        return Ok;
    }
    if (action == QLatin1String("stop")) {
        if (auto stopped = fleet.stop(); !stopped)
            return cli.failure(stopped.error().message);
        return Ok;
    }
    if (action == QLatin1String("list")) {
        auto devices = fleet.devices();
        if (!devices)
            return cli.failure(devices.error().message);
        if (devices->isEmpty() && !fleet.exists())
            return cli.failure(Tr::tr("No simulated fleet at %1.").arg(fleet.root()));
        printDevices(cli, *devices, json);
        return Ok;
    }
    return cli.usage(usage);
}

} // namespace tps::cli
