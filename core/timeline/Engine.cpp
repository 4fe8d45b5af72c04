#include "core/timeline/Engine.h"

#include "core/tpm/TpmCleanup.h"
#include "core/tpm/TpmSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <algorithm>

namespace tps::timeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

QString completedMessage()
{
    return Tr::tr("All steps passed.");
}

// Whether `station` passing now completes the device: it is the last pending step and every other
// registered step has passed.
bool completesDevice(const DeviceHistory& h, const Station& station, const QList<Station*>& pending,
                     const DeviceOutcome& outcome)
{
    return !pending.isEmpty() && pending.constLast() == &station && !h.passed.contains(station.id()) &&
           static_cast<int>(h.passed.size()) + 1 >= outcome.registeredSteps;
}

// The TPM session a device's run opens: its TCTI, the deadlines per command class (the profile's "tpm"
// section, "deadlines_ms": {"rsa-keygen": 120000, ...}) and, for a simulated device, its timing model.
Result<tpm::SessionOptions, QString> sessionOptionsFor(const Device& device, const ProductProfile& profile)
{
    tpm::SessionOptions options;
    options.tcti = device.tcti;
    auto deadlines = tpm::deadlinesFromJson(
        profile.section(QStringLiteral("tpm")).value(QStringLiteral("deadlines_ms")).toObject());
    if (!deadlines)
        return fail(deadlines.error());
    options.deadlines = *deadlines;
    if (!device.timing.simulated())
        return options;
    auto model = tpm::TimingModel::fromJson(device.timing.model);
    if (!model)
        return fail(Tr::tr("The simulated timing model of %1 cannot be used (%2). Recreate the simulated "
                           "fleet.")
                        .arg(device.serial, model.error()));
    options.timing = std::make_shared<const tpm::TimingModel>(std::move(*model));
    options.timingSeed = device.timing.seed;
    for (int i = 0; i < tpm::kCommandClassCount; ++i)
        if (options.deadlines[static_cast<size_t>(i)].count() <= 0)
            options.deadlines[static_cast<size_t>(i)] =
                options.timing->deadline(static_cast<tpm::CommandClass>(i));
    return options;
}

// What the TPM did during one step, recorded with its result (the slow-command budget, and a device
// whose TPM timing is simulated says so in every step it records).
void recordTpmWork(StepResult& result, const tpm::TimingTcti::Tally& work, const Device& device)
{
    QStringList codes;
    for (const auto& [code, count] : work.byCode)
        codes << QStringLiteral("%1=%2").arg(tpm::commandName(code)).arg(count);
    result.measurements.append(
        Measurement::record(QStringLiteral("tpm.commands"), static_cast<qlonglong>(work.commands)));
    result.measurements.append(Measurement::record(QStringLiteral("tpm.keygen.rsa"), work.rsaKeyGens));
    result.measurements.append(Measurement::record(QStringLiteral("tpm.keygen.ecc"), work.eccKeyGens));
    result.measurements.append(
        Measurement::record(QStringLiteral("tpm.command_codes"), codes.join(QLatin1Char(' '))));
    if (device.timing.simulated())
        result.measurements.append(
            Measurement::record(QStringLiteral("tpm.timing"),
                                QStringLiteral("simulated: %1 model, seed %2")
                                    .arg(device.timing.name, QString::number(device.timing.seed, 16))));
}

bool sameArtifacts(const StepResult& before, const StepResult& now, QString* differing)
{
    for (const Artifact& a : before.artifacts) {
        const Artifact* b = now.artifact(a.name);
        if (b && b->data != a.data) {
            *differing = a.name;
            return false;
        }
    }
    return true;
}
} // namespace

QString runStateKey(RunState state)
{
    switch (state) {
    case RunState::Completed:
        return QStringLiteral("completed");
    case RunState::Incomplete:
        return QStringLiteral("incomplete");
    case RunState::Failed:
        return QStringLiteral("failed");
    case RunState::NeedsRework:
        return QStringLiteral("needs-rework");
    case RunState::Blocked:
        return QStringLiteral("blocked");
    case RunState::Cancelled:
        return QStringLiteral("cancelled");
    case RunState::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

Engine::Engine(StationFactory stations, RunStoreProvider& store, OperatorPrompts& prompts, QObject* parent)
    : QObject(parent), m_stations(std::move(stations)), m_store(store),
      m_prompts(prompts), m_actor{QStringLiteral("station"), QStringLiteral("Station software")}
{}

Engine::~Engine()
{
    cancel();
    wait();
}

void Engine::start(const QList<Device>& devices, int sockets)
{
    wait(); // one batch at a time
    QMutexLocker lock(&m_mutex);
    m_cancel.store(false);
    m_queue = devices;
    m_outcomes.clear();
    const int n = std::max(1, std::min<int>(sockets, static_cast<int>(devices.size())));
    m_running = n;
    for (int socket = 1; socket <= n; ++socket)
        m_threads.emplace_back([this, socket] { socketLoop(m_firstSocket - 1 + socket); });
}

bool Engine::wait(int timeoutMs)
{
    {
        QMutexLocker lock(&m_mutex);
        while (m_running > 0) {
            if (timeoutMs < 0)
                m_done.wait(&m_mutex);
            else if (!m_done.wait(&m_mutex, static_cast<unsigned long>(timeoutMs)))
                return false;
        }
    }
    for (std::thread& t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
    return true;
}

bool Engine::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    return m_running > 0;
}

void Engine::cancel()
{
    m_cancel.store(true);
    QMutexLocker lock(&m_mutex);
    m_queue.clear();
    for (tpm::TpmSession* s : std::as_const(m_sessions))
        if (s)
            s->requestCancel();
}

QList<DeviceOutcome> Engine::outcomes() const
{
    QMutexLocker lock(&m_mutex);
    return m_outcomes;
}

std::optional<Device> Engine::takeNext()
{
    QMutexLocker lock(&m_mutex);
    if (m_queue.isEmpty() || m_cancel.load())
        return std::nullopt;
    return m_queue.takeFirst();
}

void Engine::registerSession(int socket, tpm::TpmSession* session)
{
    QMutexLocker lock(&m_mutex);
    m_sessions.insert(socket, session);
    if (session && m_cancel.load())
        session->requestCancel();
}

void Engine::socketLoop(int socket)
{
    auto store = m_store.connect();
    auto stations = m_stations();
    while (auto device = takeNext()) {
        DeviceOutcome outcome;
        if (!store) {
            outcome.serial = device->serial;
            outcome.socket = socket;
            outcome.state = RunState::Error;
            outcome.message = store.error().message;
            emit deviceFinished(socket, device->serial, runStateKey(outcome.state), outcome.message);
        } else {
            outcome = runOn(**store, stations, *device, socket);
        }
        QMutexLocker lock(&m_mutex);
        m_outcomes.append(outcome);
    }
    bool last = false;
    {
        QMutexLocker lock(&m_mutex);
        last = --m_running == 0;
        m_done.wakeAll();
    }
    if (last)
        emit finished();
}

DeviceOutcome Engine::runDevice(const Device& device, int socket)
{
    auto store = m_store.connect();
    if (!store) {
        DeviceOutcome outcome;
        outcome.serial = device.serial;
        outcome.socket = socket;
        outcome.message = store.error().message;
        return outcome;
    }
    auto stations = m_stations();
    return runOn(**store, stations, device, socket);
}

Result<void, StoreError> Engine::orderRework(const QString& serial, const Credentials& supervisor,
                                             const QString& reason)
{
    auto store = m_store.connect();
    if (!store)
        return fail(store.error());
    return (*store)->orderRework(m_profile.id, serial, supervisor, reason);
}

DeviceOutcome Engine::runOn(RunStore& store, std::vector<std::unique_ptr<Station>>& stations,
                            const Device& scanned, int socket)
{
    Device device = scanned;
    if (device.product.isEmpty())
        device.product = m_profile.id;
    const int maxRetries = std::max(1, m_profile.maxRetries);
    DeviceOutcome outcome;
    outcome.serial = device.serial;
    outcome.socket = socket;
    outcome.registeredSteps = static_cast<int>(stations.size());
    emit deviceStarted(socket, device.serial);
    // Checked before anything is recorded: a device whose timing cannot be simulated changes nothing.
    auto options = sessionOptionsFor(device, m_profile);
    if (!options) {
        outcome.state = RunState::Error;
        outcome.message = options.error();
        emit deviceFinished(socket, device.serial, runStateKey(outcome.state), outcome.message);
        return outcome;
    }
    const tpm::SessionOptions& sessionOptions = *options;

    QElapsedTimer phase;
    phase.start();
    auto history = store.beginRun(device, m_actor, socket);
    outcome.beginCommit = std::chrono::nanoseconds(phase.nsecsElapsed());
    if (!history) {
        outcome.state = RunState::Error;
        outcome.message = history.error().message;
        emit deviceFinished(socket, device.serial, runStateKey(outcome.state), outcome.message);
        return outcome;
    }
    DeviceHistory& h = *history;
    bool runEnded = false; // the run's end was committed with its last step (RunStore::recordFinalStep)
    const auto finish = [&](RunState state, const QString& message) {
        outcome.state = state;
        outcome.message = message;
        outcome.passedSteps = 0;
        for (const auto& s : stations)
            if (h.passed.contains(s->id()))
                ++outcome.passedSteps;
        // When runEnded, the end was committed together with the last step's result.
        if (!runEnded) {
            QElapsedTimer ending;
            ending.start();
            if (auto ended = store.endRun(h, device, m_actor, state, message);
                !ended && state != RunState::Error) {
                outcome.state = RunState::Error;
                outcome.message = ended.error().message;
            }
            outcome.endCommit = std::chrono::nanoseconds(ending.nsecsElapsed());
        }
        emit deviceFinished(socket, device.serial, runStateKey(outcome.state), outcome.message);
        return outcome;
    };

    QList<Station*> pending;
    Station* identify = nullptr;
    for (const auto& s : stations) {
        if (s->id() == StepId::TpmInstalled)
            identify = s.get();
        if (!h.passed.contains(s->id()))
            pending.append(s.get());
    }
    if (pending.isEmpty())
        return finish(RunState::Completed, Tr::tr("All steps have passed already."));
    if (h.failures.value(pending.first()->id()) >= maxRetries) {
        (void)store.auditDeviceEvent(device.serial, QStringLiteral("rework-required"),
                                     stepKey(pending.first()->id()));
        return finish(RunState::NeedsRework,
                      Tr::tr("%1 failed %2 times: the device needs rework, ordered by a supervisor.")
                          .arg(stepTitle(pending.first()->id()))
                          .arg(h.failures.value(pending.first()->id())));
    }

    bool keyGenInFlight = false; // a key generation was sent and has not been answered
    // Declared before the session: ends a key generation the session leaves unanswered (cancel, lost TPM)
    // after the session is gone.
    struct KeyGenEnd
    {
        Engine* engine;
        int socket;
        const QString& serial;
        bool& inFlight;
        ~KeyGenEnd()
        {
            if (inFlight)
                emit engine->keyGeneration(socket, serial, false);
        }
    } keyGenEnd{this, socket, device.serial, keyGenInFlight};
    std::unique_ptr<tpm::TpmSession> session;
    std::chrono::nanoseconds closedBusy{0}; // of sessions replaced after breaking
    std::uint64_t closedCommands = 0;
    // The socket's TPM session, (re)opened when missing or broken. A TPM that does not answer is a failed
    // attempt of the step that needed it (it counts against the retries like any other failure).
    const auto ensureSession = [&]() -> std::optional<tpm::TpmError> {
        if (session && !session->isBroken())
            return std::nullopt;
        registerSession(socket, nullptr);
        if (session) {
            closedBusy += session->tpmBusyTime();
            closedCommands += session->commandCount();
        }
        session.reset();
        if (keyGenInFlight) { // the broken session's key generation will not be answered
            keyGenInFlight = false;
            emit keyGeneration(socket, device.serial, false);
        }
        QElapsedTimer opening;
        opening.start();
        const struct OpenTime
        {
            QElapsedTimer& timer;
            std::chrono::nanoseconds& total;
            ~OpenTime() { total += std::chrono::nanoseconds(timer.nsecsElapsed()); }
        } openTime{opening, outcome.sessionOpen};
        auto opened = tpm::TpmSession::open(sessionOptions);
        if (!opened)
            return opened.error();
        session = std::move(*opened);
        session->setCommandObserver(
            [this, socket, &device, &keyGenInFlight](const tpm::CommandInfo& c, bool started) {
                if (!tpm::isKeyGeneration(c.cls) || keyGenInFlight == started)
                    return;
                keyGenInFlight = started;
                emit keyGeneration(socket, device.serial, started);
            });
        registerSession(socket, session.get());
        // Objects a killed station process left loaded would fill the TPM's few transient slots.
        if (auto flushed = tpm::flushTransientObjects(*session); !flushed)
            return flushed.error();
        return std::nullopt;
    };
    struct Unregister
    {
        Engine* engine;
        int socket;
        ~Unregister() { engine->registerSession(socket, nullptr); }
    } unregister{this, socket};

    std::chrono::nanoseconds stepWall{0}; // of the step last run, for its StepRecord
    std::chrono::nanoseconds stepTpm{0};
    const auto runStep = [&](Station& station) {
        QElapsedTimer stepTimer;
        stepTimer.start();
        stepWall = stepTpm = std::chrono::nanoseconds{0};
        const std::chrono::nanoseconds busyBefore = outcome.tpmBusy;
        if (auto error = ensureSession())
            return StepResult::failure(StepErrc::Tpm, error->operatorMessage(), error->technical(),
                                       m_cancel.load() ? Outcome::Aborted : Outcome::Error);
        StepContext context{*session, device, m_profile, m_prompts, store, h.passed, m_cancel};
        const tpm::TimingTcti::Tally tallyBefore = session->commandTally();
        QElapsedTimer timer;
        timer.start();
        StepResult result = station.run(context);
        recordTpmWork(result, session->commandTally().since(tallyBefore), device);
        if (result.durationMs == 0)
            result.durationMs = timer.elapsed();
        outcome.tpmBusy = closedBusy + session->tpmBusyTime();
        outcome.tpmCommands = closedCommands + session->commandCount();
        stepWall = std::chrono::nanoseconds(stepTimer.nsecsElapsed());
        stepTpm = outcome.tpmBusy - busyBefore;
        if (m_cancel.load() && !result.passed()) {
            result.outcome = Outcome::Aborted;
            if (!result.error)
                result.error =
                    StepError{StepErrc::Cancelled, Tr::tr("Cancelled."), QStringLiteral("cancelled")};
        }
        return result;
    };
    // `completes`: this result, if stored as passed, completes the device: the run's end is committed in
    // the same transaction (one fsync less); runEnded tells whether it was.
    const auto commit = [&](StepId id, ResultKind kind, const StepResult& result,
                            bool completes = false) -> std::optional<StepResult> {
        const int attempt = h.attempts.value(id) + 1;
        QElapsedTimer committing;
        committing.start();
        auto stored = completes ? store.recordFinalStep(h, device, m_actor, id, attempt, kind, result,
                                                        RunState::Completed, completedMessage(), &runEnded)
                                : store.recordStep(h, device, m_actor, id, attempt, kind, result);
        const std::chrono::nanoseconds commitTime(committing.nsecsElapsed());
        if (!stored)
            return std::nullopt;
        h.attempts.insert(id, attempt);
        StepRecord record{id,
                          attempt,
                          kind,
                          stored->outcome,
                          stored->error ? stored->error->operatorMessage : QString(),
                          result.summary,
                          stepWall,
                          stepTpm,
                          commitTime};
        outcome.steps.append(record);
        emit stepCommitted(socket, device.serial, static_cast<int>(id), attempt, outcomeKey(stored->outcome),
                           record.message);
        return *stored;
    };

    // Resume: the TPM's state is re-read, not assumed.
    if (!h.passed.isEmpty() && identify && h.passed.contains(StepId::TpmInstalled)) {
        emit stepStarted(socket, device.serial, static_cast<int>(StepId::TpmInstalled),
                         h.attempts.value(StepId::TpmInstalled) + 1);
        StepResult check = runStep(*identify);
        QString differing;
        if (check.passed() && !sameArtifacts(h.passed.value(StepId::TpmInstalled), check, &differing))
            check = StepResult::failure(
                StepErrc::Validation,
                Tr::tr("The TPM in the socket is not the one this device had (%1 differs). Check the device.")
                    .arg(differing),
                QStringLiteral("re-check: %1 differs from the recorded result").arg(differing));
        auto stored = commit(StepId::TpmInstalled, ResultKind::Recheck, check);
        if (!stored)
            return finish(RunState::Error,
                          Tr::tr("The re-check could not be recorded; nothing was changed."));
        if (stored->outcome == Outcome::Aborted)
            return finish(RunState::Cancelled, Tr::tr("Cancelled."));
        if (!stored->passed())
            return finish(RunState::Failed, stored->error ? stored->error->operatorMessage
                                                          : Tr::tr("The re-check of the TPM failed."));
    }

    for (Station* station : std::as_const(pending)) {
        const StepId id = station->id();
        for (StepId pre : station->preconditions()) {
            if (!h.passed.contains(pre))
                return finish(
                    RunState::Blocked,
                    Tr::tr("%1 cannot run before %2 has passed.").arg(stepTitle(id), stepTitle(pre)));
        }
        for (;;) {
            if (m_cancel.load())
                return finish(RunState::Cancelled, Tr::tr("Cancelled."));
            if (h.failures.value(id) >= maxRetries) {
                (void)store.auditDeviceEvent(device.serial, QStringLiteral("rework-required"), stepKey(id));
                return finish(RunState::NeedsRework,
                              Tr::tr("%1 failed %2 times: the device needs rework, ordered by a supervisor.")
                                  .arg(stepTitle(id))
                                  .arg(h.failures.value(id)));
            }
            emit stepStarted(socket, device.serial, static_cast<int>(id), h.attempts.value(id) + 1);
            const StepResult result = runStep(*station);
            auto stored = commit(id, ResultKind::Run, result, completesDevice(h, *station, pending, outcome));
            if (!stored)
                return finish(RunState::Error,
                              Tr::tr("The result of %1 could not be recorded; it is not counted as done.")
                                  .arg(stepTitle(id)));
            if (stored->passed()) {
                h.passed.insert(id, *stored);
                break;
            }
            if (stored->outcome == Outcome::Aborted)
                return finish(RunState::Cancelled, Tr::tr("Cancelled."));
            h.failures.insert(id, h.failures.value(id) + 1);
            const QString why =
                stored->error ? stored->error->operatorMessage : Tr::tr("A measurement is out of limits.");
            if (h.failures.value(id) >= maxRetries)
                continue; // reported as needing rework above
            const PromptAnswer answer = m_prompts.ask(
                Prompt{PromptKind::Confirm, Tr::tr("%1 failed: %2\nTry again?").arg(stepTitle(id), why)});
            if (answer != PromptAnswer::Confirmed)
                return finish(answer == PromptAnswer::Cancelled ? RunState::Cancelled : RunState::Failed,
                              why);
        }
    }
    if (static_cast<int>(h.passed.size()) >= outcome.registeredSteps)
        return finish(RunState::Completed, completedMessage());
    return finish(RunState::Incomplete, Tr::tr("Not every step has passed."));
}

} // namespace tps::timeline
