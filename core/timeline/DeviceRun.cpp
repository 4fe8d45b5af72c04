#include "core/timeline/DeviceRun.h"

#include "core/tpm/TpmCleanup.h"

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

QString cancelledMessage()
{
    return Tr::tr("Cancelled.");
}

// Whether `station` passing now completes the device: it is the last pending step and every other
// registered step has passed.
bool completesDevice(const DeviceHistory& h, const Station& station, const QList<Station*>& pending,
                     const DeviceOutcome& outcome)
{
    return !pending.isEmpty() && pending.constLast() == &station && !h.passed.contains(station.id()) &&
           static_cast<int>(h.passed.size()) + 1 >= outcome.registeredSteps;
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
            options.deadlines[static_cast<size_t>(i)] = options.timing->deadline(static_cast<tpm::CommandClass>(i));
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

// Adds the time since construction to `total` when it goes out of scope.
struct ScopedTime
{
    std::chrono::nanoseconds& total;
    QElapsedTimer timer;
    explicit ScopedTime(std::chrono::nanoseconds& t) : total(t) { timer.start(); }
    ~ScopedTime() { total += std::chrono::nanoseconds(timer.nsecsElapsed()); }
};
} // namespace

DeviceRun::DeviceRun(EngineParts engine, RunStore& store, std::vector<std::unique_ptr<Station>>& stations,
                     const Device& scanned, int socket)
    : m_engine(std::move(engine)), m_store(store), m_stations(stations), m_device(scanned), m_socket(socket),
      m_maxRetries(std::max(1, m_engine.profile.maxRetries))
{
    if (m_device.product.isEmpty())
        m_device.product = m_engine.profile.id;
    m_outcome.serial = m_device.serial;
    m_outcome.socket = socket;
    m_outcome.registeredSteps = static_cast<int>(stations.size());
}

DeviceRun::~DeviceRun()
{
    m_engine.registerSession(nullptr);
    endKeyGeneration(); // the session ends without its answer (cancelled, TPM lost)
}

void DeviceRun::endKeyGeneration()
{
    if (!m_keyGenInFlight)
        return;
    m_keyGenInFlight = false;
    emit m_engine.engine.keyGeneration(m_socket, m_device.serial, false);
}

DeviceOutcome DeviceRun::run()
{
    if (auto ended = begin())
        return *ended;
    if (auto ended = recheckTpm())
        return *ended;
    for (Station* station : std::as_const(m_pending)) {
        if (auto ended = runStation(*station))
            return *ended;
    }
    if (static_cast<int>(m_history.passed.size()) >= m_outcome.registeredSteps)
        return finish(RunState::Completed, completedMessage());
    return finish(RunState::Incomplete, Tr::tr("Not every step has passed."));
}

// The run is opened in the store (committed) and the steps still to pass are listed. It ends here when
// the store cannot open it, when nothing is left to do, or when the first pending step needs rework.
std::optional<DeviceOutcome> DeviceRun::begin()
{
    emit m_engine.engine.deviceStarted(m_socket, m_device.serial);
    // Checked before anything is recorded: a device whose timing cannot be simulated changes nothing.
    auto options = sessionOptionsFor(m_device, m_engine.profile);
    if (!options) {
        m_outcome.state = RunState::Error;
        m_outcome.message = options.error();
        emit m_engine.engine.deviceFinished(m_socket, m_device.serial, runStateKey(m_outcome.state),
                                            m_outcome.message);
        return m_outcome;
    }
    m_sessionOptions = std::move(*options);
    QElapsedTimer phase;
    phase.start();
    auto history = m_store.beginRun(m_device, m_engine.actor, m_socket);
    m_outcome.beginCommit = std::chrono::nanoseconds(phase.nsecsElapsed());
    if (!history) {
        m_outcome.state = RunState::Error;
        m_outcome.message = history.error().message;
        emit m_engine.engine.deviceFinished(m_socket, m_device.serial, runStateKey(m_outcome.state),
                                            m_outcome.message);
        return m_outcome;
    }
    m_history = std::move(*history);
    for (const auto& s : m_stations) {
        if (s->id() == StepId::TpmInstalled)
            m_identify = s.get();
        if (!m_history.passed.contains(s->id()))
            m_pending.append(s.get());
    }
    if (m_pending.isEmpty())
        return finish(RunState::Completed, Tr::tr("All steps have passed already."));
    if (m_history.failures.value(m_pending.first()->id()) >= m_maxRetries)
        return needsRework(m_pending.first()->id());
    return std::nullopt;
}

// Resume: the TPM's state is re-read, not assumed. Step 1 runs again as a re-check, and the TPM in the
// socket must be the one recorded for the device.
std::optional<DeviceOutcome> DeviceRun::recheckTpm()
{
    if (m_history.passed.isEmpty() || !m_identify || !m_history.passed.contains(StepId::TpmInstalled))
        return std::nullopt;
    emit m_engine.engine.stepStarted(m_socket, m_device.serial, static_cast<int>(StepId::TpmInstalled),
                                     m_history.attempts.value(StepId::TpmInstalled) + 1);
    StepResult check = runStep(*m_identify);
    QString differing;
    if (check.passed() && !sameArtifacts(m_history.passed.value(StepId::TpmInstalled), check, &differing))
        check = StepResult::failure(
            StepErrc::Validation,
            Tr::tr("The TPM in the socket is not the one this device had (%1 differs). Check the device.")
                .arg(differing),
            QStringLiteral("re-check: %1 differs from the recorded result").arg(differing));
    auto stored = commit(StepId::TpmInstalled, ResultKind::Recheck, check);
    if (!stored)
        return finish(RunState::Error, Tr::tr("The re-check could not be recorded; nothing was changed."));
    if (stored->outcome == Outcome::Aborted)
        return finish(RunState::Cancelled, cancelledMessage());
    if (!stored->passed())
        return finish(RunState::Failed, stored->error ? stored->error->operatorMessage
                                                      : Tr::tr("The re-check of the TPM failed."));
    return std::nullopt;
}

// One pending step: its preconditions, then attempts until it passes, the operator stops, it is cancelled
// or it has failed maxRetries times (then the device needs rework).
std::optional<DeviceOutcome> DeviceRun::runStation(Station& station)
{
    const StepId id = station.id();
    for (StepId pre : station.preconditions()) {
        if (!m_history.passed.contains(pre))
            return finish(RunState::Blocked,
                          Tr::tr("%1 cannot run before %2 has passed.").arg(stepTitle(id), stepTitle(pre)));
    }
    for (;;) {
        if (m_engine.cancel.load())
            return finish(RunState::Cancelled, cancelledMessage());
        if (m_history.failures.value(id) >= m_maxRetries)
            return needsRework(id);
        emit m_engine.engine.stepStarted(m_socket, m_device.serial, static_cast<int>(id),
                                         m_history.attempts.value(id) + 1);
        const StepResult result = runStep(station);
        auto stored =
            commit(id, ResultKind::Run, result, completesDevice(m_history, station, m_pending, m_outcome));
        if (!stored)
            return finish(RunState::Error,
                          Tr::tr("The result of %1 could not be recorded; it is not counted as done.")
                              .arg(stepTitle(id)));
        if (stored->passed()) {
            m_history.passed.insert(id, *stored);
            return std::nullopt;
        }
        if (stored->outcome == Outcome::Aborted)
            return finish(RunState::Cancelled, cancelledMessage());
        m_history.failures.insert(id, m_history.failures.value(id) + 1);
        const QString why =
            stored->error ? stored->error->operatorMessage : Tr::tr("A measurement is out of limits.");
        if (m_history.failures.value(id) >= m_maxRetries)
            continue; // reported as needing rework above
        const PromptAnswer answer = m_engine.prompts.ask(
            Prompt{PromptKind::Confirm, Tr::tr("%1 failed: %2\nTry again?").arg(stepTitle(id), why)});
        if (answer != PromptAnswer::Confirmed)
            return finish(answer == PromptAnswer::Cancelled ? RunState::Cancelled : RunState::Failed, why);
    }
}

DeviceOutcome DeviceRun::needsRework(StepId id)
{
    (void)m_store.auditDeviceEvent(m_device.serial, QStringLiteral("rework-required"), stepKey(id));
    return finish(RunState::NeedsRework,
                  Tr::tr("%1 failed %2 times: the device needs rework, ordered by a supervisor.")
                      .arg(stepTitle(id))
                      .arg(m_history.failures.value(id)));
}

DeviceOutcome DeviceRun::finish(RunState state, const QString& message)
{
    m_outcome.state = state;
    m_outcome.message = message;
    m_outcome.passedSteps = 0;
    for (const auto& s : m_stations)
        if (m_history.passed.contains(s->id()))
            ++m_outcome.passedSteps;
    // When m_runEnded, the end was committed together with the last step's result.
    if (!m_runEnded) {
        QElapsedTimer ending;
        ending.start();
        if (auto ended = m_store.endRun(m_history, m_device, m_engine.actor, state, message);
            !ended && state != RunState::Error) {
            m_outcome.state = RunState::Error;
            m_outcome.message = ended.error().message;
        }
        m_outcome.endCommit = std::chrono::nanoseconds(ending.nsecsElapsed());
    }
    emit m_engine.engine.deviceFinished(m_socket, m_device.serial, runStateKey(m_outcome.state),
                                        m_outcome.message);
    return m_outcome;
}

// A TPM that does not answer is a failed attempt of the step that needed it (it counts against the
// retries like any other failure).
std::optional<tpm::TpmError> DeviceRun::ensureSession()
{
    if (m_session && !m_session->isBroken())
        return std::nullopt;
    m_engine.registerSession(nullptr);
    if (m_session) {
        m_closedBusy += m_session->tpmBusyTime();
        m_closedCommands += m_session->commandCount();
    }
    m_session.reset();
    endKeyGeneration(); // the broken session's key generation will not be answered
    const ScopedTime openTime(m_outcome.sessionOpen);
    auto opened = tpm::TpmSession::open(m_sessionOptions);
    if (!opened)
        return opened.error();
    m_session = std::move(*opened);
    m_session->setCommandObserver([this](const tpm::CommandInfo& c, bool started) {
        if (!tpm::isKeyGeneration(c.cls) || m_keyGenInFlight == started)
            return;
        if (!started)
            return endKeyGeneration();
        m_keyGenInFlight = true;
        emit m_engine.engine.keyGeneration(m_socket, m_device.serial, true);
    });
    m_engine.registerSession(m_session.get());
    // Objects a killed station process left loaded would fill the TPM's few transient slots.
    if (auto flushed = tpm::flushTransientObjects(*m_session); !flushed)
        return flushed.error();
    return std::nullopt;
}

StepResult DeviceRun::runStep(Station& station)
{
    QElapsedTimer stepTimer;
    stepTimer.start();
    m_stepWall = m_stepTpm = std::chrono::nanoseconds{0};
    const std::chrono::nanoseconds busyBefore = m_outcome.tpmBusy;
    const std::atomic<bool>& cancel = m_engine.cancel;
    if (auto error = ensureSession())
        return StepResult::failure(StepErrc::Tpm, error->operatorMessage(), error->technical(),
                                   cancel.load() ? Outcome::Aborted : Outcome::Error);
    StepContext context{*m_session,       m_device, m_engine.profile, m_engine.prompts, m_store,
                        m_history.passed, cancel};
    const tpm::TimingTcti::Tally tallyBefore = m_session->commandTally();
    QElapsedTimer timer;
    timer.start();
    StepResult result = station.run(context);
    recordTpmWork(result, m_session->commandTally().since(tallyBefore), m_device);
    if (result.durationMs == 0)
        result.durationMs = timer.elapsed();
    m_outcome.tpmBusy = m_closedBusy + m_session->tpmBusyTime();
    m_outcome.tpmCommands = m_closedCommands + m_session->commandCount();
    m_stepWall = std::chrono::nanoseconds(stepTimer.nsecsElapsed());
    m_stepTpm = m_outcome.tpmBusy - busyBefore;
    if (cancel.load() && !result.passed()) {
        result.outcome = Outcome::Aborted;
        if (!result.error)
            result.error = StepError{StepErrc::Cancelled, cancelledMessage(), QStringLiteral("cancelled")};
    }
    return result;
}

// `completes`: this result, if stored as passed, completes the device: the run's end is committed in the
// same transaction (one fsync less); m_runEnded tells whether it was.
std::optional<StepResult> DeviceRun::commit(StepId id, ResultKind kind, const StepResult& result,
                                            bool completes)
{
    const int attempt = m_history.attempts.value(id) + 1;
    QElapsedTimer committing;
    committing.start();
    const Actor& actor = m_engine.actor;
    auto stored = completes ? m_store.recordFinalStep(m_history, m_device, actor, id, attempt, kind, result,
                                                      RunState::Completed, completedMessage(), &m_runEnded)
                            : m_store.recordStep(m_history, m_device, actor, id, attempt, kind, result);
    const std::chrono::nanoseconds commitTime(committing.nsecsElapsed());
    if (!stored)
        return std::nullopt;
    m_history.attempts.insert(id, attempt);
    StepRecord record{id,
                      attempt,
                      kind,
                      stored->outcome,
                      stored->error ? stored->error->operatorMessage : QString(),
                      result.summary,
                      m_stepWall,
                      m_stepTpm,
                      commitTime};
    m_outcome.steps.append(record);
    emit m_engine.engine.stepCommitted(m_socket, m_device.serial, static_cast<int>(id), attempt,
                                       outcomeKey(stored->outcome), record.message);
    return *stored;
}

} // namespace tps::timeline
