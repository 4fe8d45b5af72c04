#include "app/cli/LineRunner.h"

#include "app/cli/CliAuth.h"
#include "core/sim/SimFleet.h"
#include "core/sim/SimulationKit.h"
#include "core/timeline/Engine.h"
#include "db/Checkpoints.h"
#include "db/SqliteEscrowStore.h"
#include "db/SqliteSlotKeyStore.h"
#include "db/StationStore.h"
#include "stations/ProfileCheck.h"
#include "stations/StationRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryDir>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <signal.h>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LineCommand)
};

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}
} // namespace

int runLine(Cli& cli, const LineOptions& options)
{
    using namespace timeline;
    ProductProfile profile;
    if (!options.profileFile.isEmpty()) {
        QFile file(options.profileFile);
        if (!file.open(QIODevice::ReadOnly))
            return cli.failure(Tr::tr("Cannot read the product profile %1: %2")
                                   .arg(options.profileFile, file.errorString()));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return cli.failure(Tr::tr("The product profile %1 is not valid JSON: %2")
                                   .arg(options.profileFile, error.errorString()));
        profile = ProductProfile::fromJson(doc.object());
    }
    if (!options.product.isEmpty())
        profile.id = options.product;
    if (profile.id.trimmed().isEmpty() || profile.maxRetries < 1 || profile.maxRetries > 100)
        return cli.failure(Tr::tr("The product profile needs an ID and maxRetries from 1 to 100."));
    if (auto checked = stations::checkProfile(profile); !checked)
        return cli.failure(Tr::tr("The product profile is refused: %1").arg(checked.error()));
    if (profile.production)
        return cli.failure(
            Tr::tr("The product profile %1 is a production profile: it cannot run on simulated "
                   "devices.")
                .arg(profile.id));

    // The profile is checked before the database is touched: a refused profile writes nothing.
    if (const QString dir = QFileInfo(options.database).absolutePath(); !QDir().mkpath(dir))
        return cli.failure(Tr::tr("Cannot create the directory %1.").arg(dir));
    auto store = db::StationStore::open(options.database);
    if (!store)
        return cli.failure(store.error().message);

    int rc = Ok;
    const std::optional<Actor> actor = actingActor(cli, (*store)->database(), options.operatorId, &rc);
    if (!actor)
        return rc;

    QTemporaryDir tempRoot;
    const QString root = options.root.isEmpty() ? tempRoot.filePath(QStringLiteral("fleet")) : options.root;
    sim::SimFleet fleet(root);
    fleet.setStopOnDestruction(!options.keepRunning || options.root.isEmpty());
    auto created = fleet.create(options.count);
    if (!created)
        return cli.failure(created.error().message);
    if (options.profileFile.isEmpty()) {
        auto kit = sim::SimulationKit::prepare(fleet.root());
        if (!kit)
            return cli.failure(kit.error());
        profile = kit->profile();
        if (!options.product.isEmpty())
            profile.id = options.product;
    }
    auto started = fleet.start();
    if (!started)
        return cli.failure(started.error().message);
    QList<sim::SimDevice> simDevices = *started;
    std::sort(simDevices.begin(), simDevices.end(),
              [](const sim::SimDevice& a, const sim::SimDevice& b) { return a.serial < b.serial; });
    simDevices = simDevices.mid(0, options.count);
    if (!profile.sections.contains(QStringLiteral("fleet")))
        profile.setSection(QStringLiteral("fleet"),
                           QJsonObject{{QStringLiteral("root"), fleet.root()},
                                       {QStringLiteral("rootCaCertificate"), fleet.rootCaCertificate()},
                                       {QStringLiteral("issuerCertificate"), fleet.issuerCertificate()}});

    QList<Device> devices;
    for (const sim::SimDevice& d : std::as_const(simDevices)) {
        Device device;
        device.serial = d.serial;
        device.product = profile.id;
        device.simulated = true;
        device.tcti = d.tcti();
        device.flashPath = d.flashPath;
        device.timing = d.timing();
        devices.append(device);
    }

    AutoConfirmPrompts prompts;
    // Step 3 escrows into this database (its own serialized connection, shared by the socket threads).
    auto escrowStore = db::SqliteEscrowStore::open(options.database,
                                                   db::OpenOptions::alreadyChecked(db::OpenMode::ReadWrite));
    if (!escrowStore)
        return cli.failure(escrowStore.error().message);
    (*escrowStore)->setActor(*actor);
    std::shared_ptr<ownership::EscrowStore> escrow = std::move(*escrowStore);
    // Steps 4 and 5 keep the slot credential modes' keys in it, encrypted (its own connection as well).
    auto slotKeyStore = db::SqliteSlotKeyStore::open(
        options.database, db::OpenOptions::alreadyChecked(db::OpenMode::ReadWrite));
    if (!slotKeyStore)
        return cli.failure(slotKeyStore.error().message);
    (*slotKeyStore)->setActor(*actor);
    std::shared_ptr<dps::SlotKeyStore> slotKeys = std::move(*slotKeyStore);
    Engine engine(
        [escrow, slotKeys] {
            return stations::createAll(ownership::OwnerAuthVault::processVault(), escrow, slotKeys);
        },
        **store, prompts);
    engine.setProfile(profile);
    engine.setActor(*actor);
    QMutex outputMutex;
    if (options.progress) {
        QObject::connect(
            &engine, &Engine::stepCommitted, &engine,
            [&](int socket, const QString& serial, int step, int attempt, const QString& outcome,
                const QString&) {
                QMutexLocker lock(&outputMutex);
                // Printed only after the commit: a line seen here is in the database.
                std::fprintf(stdout, "committed %s %s attempt %d %s socket %d\n", serial.toUtf8().constData(),
                             stepKey(static_cast<StepId>(step)).toUtf8().constData(), attempt,
                             outcome.toUtf8().constData(), socket);
                std::fflush(stdout);
            },
            Qt::DirectConnection);
    }
    if (!options.json && !options.progress)
        cli.out() << Tr::tr("Line: %1, %2, database %3")
                         .arg(Tr::tr("%n simulated device(s)", nullptr, static_cast<int>(devices.size())),
                              Tr::tr("%n socket(s)", nullptr, options.sockets), options.database)
                  << Qt::endl;
    // Ctrl-C / SIGTERM cancel cleanly: what was committed stays, the attempt in progress is recorded aborted.
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    struct sigaction oldInt = {};
    struct sigaction oldTerm = {};
    sigaction(SIGINT, &action, &oldInt);
    sigaction(SIGTERM, &action, &oldTerm);
    engine.start(devices, options.sockets);
    while (!engine.wait(100)) {
        if (g_interrupted && !engine.cancelled())
            engine.cancel();
    }
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);
    QList<DeviceOutcome> outcomes = engine.outcomes();
    std::sort(outcomes.begin(), outcomes.end(),
              [](const DeviceOutcome& a, const DeviceOutcome& b) { return a.serial < b.serial; });
    // The line ends on a signed checkpoint: a new one, or the one the last device's run already wrote
    // (every run ends on a checkpoint, docs/AUDIT.md), which then covers the whole trail.
    auto checkpoint = (*store)->checkpoint();
    if (checkpoint && !*checkpoint)
        checkpoint = db::latestCheckpoint((*store)->database());

    int completed = 0;
    int needsRework = 0;
    QJsonArray jsonDevices;
    for (const DeviceOutcome& o : std::as_const(outcomes)) {
        if (o.state == RunState::Completed)
            ++completed;
        if (o.state == RunState::NeedsRework)
            ++needsRework;
        QJsonArray steps;
        QStringList stepTexts;
        for (const StepRecord& s : o.steps) {
            steps.append(
                QJsonObject{{QStringLiteral("step"), stepKey(s.step)},
                            {QStringLiteral("attempt"), s.attempt},
                            {QStringLiteral("kind"),
                             s.kind == ResultKind::Run ? QStringLiteral("run") : QStringLiteral("recheck")},
                            {QStringLiteral("outcome"), outcomeKey(s.outcome)}});
            stepTexts << QStringLiteral("%1%2=%3").arg(
                stepKey(s.step), s.kind == ResultKind::Recheck ? QStringLiteral("(recheck)") : QString(),
                outcomeKey(s.outcome));
        }
        jsonDevices.append(QJsonObject{{QStringLiteral("serial"), o.serial},
                                       {QStringLiteral("simulated"), true},
                                       {QStringLiteral("socket"), o.socket},
                                       {QStringLiteral("state"), runStateKey(o.state)},
                                       {QStringLiteral("message"), o.message},
                                       {QStringLiteral("passedSteps"), o.passedSteps},
                                       {QStringLiteral("registeredSteps"), o.registeredSteps},
                                       {QStringLiteral("steps"), steps}});
        if (!options.json)
            cli.out() << QStringLiteral("%1  %2  %3/%4  socket %5  %6  %7")
                             .arg(o.serial, -16)
                             .arg(runStateKey(o.state).toUpper(), -12)
                             .arg(o.passedSteps)
                             .arg(o.registeredSteps)
                             .arg(o.socket)
                             .arg(stepTexts.isEmpty() ? QStringLiteral("-")
                                                      : stepTexts.join(QLatin1Char(' ')),
                                  o.state == RunState::Completed ? QString() : o.message)
                      << Qt::endl;
        if (!options.json && options.stepLines)
            for (const StepRecord& s : o.steps)
                cli.out() << QStringLiteral("    %1 %2%3  %4%5%6")
                                 .arg(int(s.step))
                                 .arg(stepTitle(s.step), -24)
                                 .arg(s.kind == ResultKind::Recheck ? Tr::tr(" (recheck)") : QString())
                                 .arg(outcomeKey(s.outcome).toUpper())
                                 .arg(s.summary.isEmpty() ? QString() : QStringLiteral("  ") + s.summary)
                                 .arg(s.message.isEmpty() ? QString() : QStringLiteral("  ") + s.message)
                          << Qt::endl;
    }
    const int total = static_cast<int>(outcomes.size());
    if (options.json) {
        cli.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("database"), options.database},
                        {QStringLiteral("root"), fleet.root()},
                        {QStringLiteral("product"), profile.id},
                        {QStringLiteral("sockets"), options.sockets},
                        {QStringLiteral("devices"), jsonDevices},
                        {QStringLiteral("summary"),
                         QJsonObject{{QStringLiteral("devices"), total},
                                     {QStringLiteral("completed"), completed},
                                     {QStringLiteral("needsRework"), needsRework},
                                     {QStringLiteral("notCompleted"), total - completed},
                                     {QStringLiteral("checkpointSeq"),
                                      checkpoint && *checkpoint ? (*checkpoint)->seq : qint64(0)}}}}));
    } else {
        cli.out() << Tr::tr("%n device(s): %1 completed, %2 need rework, %3 not completed.", nullptr, total)
                         .arg(completed)
                         .arg(needsRework)
                         .arg(total - completed - needsRework)
                  << Qt::endl;
    }
    if (!checkpoint)
        return cli.failure(checkpoint.error().message);
    return completed == total ? Ok : Failed;
}

int lineCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run the line: walk simulated devices through every registered step, recorded in the station "
               "database."));
    const QCommandLineOption simOpt(QStringLiteral("simulate"), Tr::tr("Number of simulated devices."),
                                    QStringLiteral("N"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption socketsOpt(QStringLiteral("sockets"),
                                        Tr::tr("Parallel test sockets (default 1)."), QStringLiteral("K"),
                                        QStringLiteral("1"));
    const QCommandLineOption rootOpt(
        QStringLiteral("root"),
        Tr::tr("Reuse (or create) the simulated fleet in DIR; default: a temporary "
               "fleet."),
        QStringLiteral("DIR"));
    const QCommandLineOption productOpt(QStringLiteral("product"), Tr::tr("Product profile ID."),
                                        QStringLiteral("ID"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), Tr::tr("Product profile (JSON file)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption operatorOpt(
        QStringLiteral("operator"),
        Tr::tr("Operator running the line (password from STATION_PASSWORD or "
               "stdin)."),
        QStringLiteral("ID"));
    const QCommandLineOption keepOpt(QStringLiteral("keep-running"),
                                     Tr::tr("Leave the simulated TPMs of --root running."));
    const QCommandLineOption progressOpt(QStringLiteral("progress"),
                                         Tr::tr("Print every step as soon as it is committed."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable summary."));
    parser.addOptions({simOpt, dbOpt, socketsOpt, rootOpt, productOpt, profileOpt, operatorOpt, keepOpt,
                       progressOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("line")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    LineOptions o;
    bool ok = false;
    o.count = parser.value(simOpt).toInt(&ok);
    if (!ok || o.count < 1 || o.count > 1000)
        return cli.usage(Tr::tr("--simulate takes a number of devices from 1 to 1000."));
    o.sockets = parser.value(socketsOpt).toInt(&ok);
    if (!ok || o.sockets < 1 || o.sockets > 64)
        return cli.usage(Tr::tr("--sockets takes a number from 1 to 64."));
    o.database = parser.value(dbOpt);
    if (o.database.isEmpty())
        return cli.usage(Tr::tr("--db PATH is required."));
    o.root = parser.value(rootOpt);
    o.product = parser.value(productOpt);
    o.profileFile = parser.value(profileOpt);
    o.operatorId = parser.value(operatorOpt);
    o.json = parser.isSet(jsonOpt);
    o.keepRunning = parser.isSet(keepOpt);
    o.progress = parser.isSet(progressOpt);
    return runLine(cli, o);
}

} // namespace tps::cli
