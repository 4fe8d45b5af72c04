#include "app/cli/LineRunner.h"

#include "app/cli/CliAuth.h"
#include "services/LineService.h"
#include "services/Profiles.h"
#include "services/SimulatedLine.h"
#include "stations/EkExtractedStation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <algorithm>
#include <climits>
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

using namespace timeline;

namespace {

// Phase 1: the product profile — from --profile (or the simulation kit's, once the fleet is up), with
// --product applied, every rule checked before the database is touched: a refused profile writes nothing.
std::optional<ProductProfile> loadLineProfile(Cli& cli, const LineOptions& options, int* rc)
{
    ProductProfile profile;
    if (!options.profileFile.isEmpty()) {
        auto loaded = ProductProfile::load(options.profileFile);
        if (!loaded) {
            *rc = cli.failure(loaded.error().message);
            return std::nullopt;
        }
        profile = *loaded;
    }
    if (!options.product.isEmpty())
        profile.id = options.product;
    if (auto checked = services::checkProfile(profile); !checked) {
        *rc = cli.failure(checked.error().message);
        return std::nullopt;
    }
    if (auto simulated = services::checkSimulationProfile(profile); !simulated) {
        *rc = cli.failure(simulated.error().message);
        return std::nullopt;
    }
    return profile;
}

// Phase 3: the simulated fleet, and the kit's profile when no profile file was given.
std::unique_ptr<services::SimulatedLine> bringUpFleet(Cli& cli, const LineOptions& options,
                                                      ProductProfile& profile, int* rc)
{
    auto line = services::SimulatedLine::bringUp(options.root, options.count, options.keepRunning);
    if (!line) {
        *rc = cli.failure(line.error().message);
        return nullptr;
    }
    if (options.profileFile.isEmpty()) {
        auto kit = services::simulationKitProfile((*line)->root());
        if (!kit) {
            *rc = cli.failure(kit.error().message);
            return nullptr;
        }
        profile = *kit;
        if (!options.product.isEmpty())
            profile.id = options.product;
    }
    services::addFleetSection(profile, (*line)->fleetSection());
    return std::move(*line);
}

// Phase 4: the line, with --progress lines printed only after each commit and Ctrl-C / SIGTERM cancelling
// cleanly (what was committed stays, the attempt in progress is recorded aborted).
services::LineRun runOnSockets(services::StationSession& session, const QList<Device>& devices,
                               const LineOptions& options)
{
    AutoConfirmPrompts prompts;
    QMutex outputMutex;
    services::LineObserver observer;
    if (options.progress)
        observer.committed = [&outputMutex](int socket, const QString& serial, StepId step, int attempt,
                                            const QString& outcome) {
            QMutexLocker lock(&outputMutex);
            std::fprintf(stdout, "committed %s %s attempt %d %s socket %d\n", serial.toUtf8().constData(),
                         stepKey(step).toUtf8().constData(), attempt, outcome.toUtf8().constData(), socket);
            std::fflush(stdout);
        };
    observer.cancelRequested = [] {
        return g_interrupted != 0;
    };
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    struct sigaction oldInt = {};
    struct sigaction oldTerm = {};
    sigaction(SIGINT, &action, &oldInt);
    sigaction(SIGTERM, &action, &oldTerm);
    services::LineRun run = services::LineService(session).run(devices, options.sockets, prompts, observer);
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);
    return run;
}

QJsonObject deviceJson(const DeviceOutcome& o)
{
    QJsonArray steps;
    for (const StepRecord& s : o.steps)
        steps.append(
            QJsonObject{{QStringLiteral("step"), stepKey(s.step)},
                        {QStringLiteral("attempt"), s.attempt},
                        {QStringLiteral("kind"),
                         s.kind == ResultKind::Run ? QStringLiteral("run") : QStringLiteral("recheck")},
                        {QStringLiteral("outcome"), outcomeKey(s.outcome)}});
    return QJsonObject{{QStringLiteral("serial"), o.serial},
                       {QStringLiteral("simulated"), true},
                       {QStringLiteral("socket"), o.socket},
                       {QStringLiteral("state"), runStateKey(o.state)},
                       {QStringLiteral("message"), o.message},
                       {QStringLiteral("passedSteps"), o.passedSteps},
                       {QStringLiteral("registeredSteps"), o.registeredSteps},
                       {QStringLiteral("steps"), steps}};
}

void printDevice(Cli& cli, const DeviceOutcome& o, bool stepLines)
{
    QStringList stepTexts;
    for (const StepRecord& s : o.steps)
        stepTexts << QStringLiteral("%1%2=%3").arg(
            stepKey(s.step), s.kind == ResultKind::Recheck ? QStringLiteral("(recheck)") : QString(),
            outcomeKey(s.outcome));
    cli.out() << QStringLiteral("%1  %2  %3/%4  socket %5  %6  %7")
                     .arg(o.serial, -16)
                     .arg(runStateKey(o.state).toUpper(), -12)
                     .arg(o.passedSteps)
                     .arg(o.registeredSteps)
                     .arg(o.socket)
                     .arg(stepTexts.isEmpty() ? QStringLiteral("-") : stepTexts.join(QLatin1Char(' ')),
                          o.state == RunState::Completed ? QString() : o.message)
              << Qt::endl;
    if (!stepLines)
        return;
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

QJsonValue syncJson(const std::optional<sync::RelayLoop::Status>& synced)
{
    if (!synced)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("sent"), synced->summary.sent},
                       {QStringLiteral("queued"), synced->queued},
                       {QStringLiteral("attempts"), synced->summary.attempts},
                       {QStringLiteral("central"), synced->central},
                       {QStringLiteral("lastError"), synced->summary.lastError}};
}

void printSync(Cli& cli, const sync::RelayLoop::Status& synced)
{
    const auto clamp = [](qint64 n) {
        return int(qMin<qint64>(n, INT_MAX));
    };
    cli.out() << (synced.summary.lastError.isEmpty()
                      ? Tr::tr("Factory database: %n record(s) sent, all sent.", nullptr,
                               clamp(synced.summary.sent))
                      : Tr::tr("Factory database: %n record(s) stay queued in the station: %1", nullptr,
                               clamp(synced.queued))
                            .arg(synced.summary.lastError))
              << Qt::endl;
}

// Phase 5: the report, one line per device (or JSON), and the exit code.
int report(Cli& cli, const LineOptions& options, const services::LineRun& run, const QString& root,
           const QString& product)
{
    const int total = run.total();
    if (options.json) {
        QJsonArray devices;
        for (const DeviceOutcome& o : run.outcomes)
            devices.append(deviceJson(o));
        const qint64 seq = run.checkpoint && *run.checkpoint ? (*run.checkpoint)->seq : qint64(0);
        cli.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("database"), options.database},
            {QStringLiteral("root"), root},
            {QStringLiteral("product"), product},
            {QStringLiteral("sockets"), options.sockets},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("devices"), total},
                                                    {QStringLiteral("completed"), run.completed},
                                                    {QStringLiteral("needsRework"), run.needsRework},
                                                    {QStringLiteral("notCompleted"), total - run.completed},
                                                    {QStringLiteral("checkpointSeq"), seq}}},
            {QStringLiteral("sync"), syncJson(run.sync)}}));
    } else {
        for (const DeviceOutcome& o : run.outcomes)
            printDevice(cli, o, options.stepLines);
        cli.out() << Tr::tr("%n device(s): %1 completed, %2 need rework, %3 not completed.", nullptr, total)
                         .arg(run.completed)
                         .arg(run.needsRework)
                         .arg(total - run.completed - run.needsRework)
                  << Qt::endl;
        if (run.sync)
            printSync(cli, *run.sync);
    }
    if (!run.checkpoint)
        return cli.failure(run.checkpoint.error().message);
    return run.completed == total ? Ok : Failed;
}

} // namespace

int runLine(Cli& cli, const LineOptions& options)
{
    int rc = Ok;
    std::optional<ProductProfile> profile = loadLineProfile(cli, options, &rc);
    if (!profile)
        return rc;
    // Phase 2: the session — the database (with the escrow store step 3 writes to) and who runs the line.
    std::unique_ptr<services::StationSession> session =
        openSession(cli, options.database, options.operatorId, &rc);
    if (!session)
        return rc;
    std::unique_ptr<services::SimulatedLine> fleet = bringUpFleet(cli, options, *profile, &rc);
    if (!fleet)
        return rc;
    stations::setOperatorLot(*profile, options.lot);
    session->setProfile(*profile);
    // The relay to the factory database runs beside the line (services::LineService), never holding a step.
    if (auto central = session->setCentral(options.central.isEmpty() ? services::centralConnection(*profile)
                                                                     : options.central);
        !central)
        return cli.failure(central.error().message);
    const QList<Device> devices = fleet->lineDevices(profile->id);
    if (!options.json && !options.progress)
        cli.out() << Tr::tr("Line: %1, %2, database %3")
                         .arg(Tr::tr("%n simulated device(s)", nullptr, static_cast<int>(devices.size())),
                              Tr::tr("%n socket(s)", nullptr, options.sockets), options.database)
                  << Qt::endl;
    const services::LineRun run = runOnSockets(*session, devices, options);
    if (!run.refusal.isEmpty())
        return cli.failure(run.refusal);
    return report(cli, options, run, fleet->root(), profile->id);
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
    const QCommandLineOption lotOpt(
        QStringLiteral("lot"), Tr::tr("Incoming TPM lot: every device's EK must be on its delivery list."),
        QStringLiteral("L"));
    const QCommandLineOption centralOpt(
        QStringLiteral("central"),
        Tr::tr("Send the records to this factory database while the line runs (libpq connection string; the "
               "password from PGPASSFILE/~/.pgpass or PGPASSWORD)."),
        QStringLiteral("URL"));
    parser.addOptions({simOpt, dbOpt, socketsOpt, rootOpt, productOpt, profileOpt, operatorOpt, keepOpt,
                       progressOpt, jsonOpt, lotOpt, centralOpt});
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
    o.lot = parser.value(lotOpt);
    o.json = parser.isSet(jsonOpt);
    o.keepRunning = parser.isSet(keepOpt);
    o.progress = parser.isSet(progressOpt);
    o.central = parser.value(centralOpt);
    return runLine(cli, o);
}

} // namespace tps::cli
