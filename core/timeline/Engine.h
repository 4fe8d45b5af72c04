// The timeline engine: walks devices through the registered steps in order, on N parallel test sockets.
//
// - Order: a step runs only when its preconditions (default: the step before it) have passed.
// - Retries: a failed step may be tried again until ProductProfile::maxRetries failures; beyond that the
//   device needs rework, which only a supervisor can order (signed, with a reason) through the store.
// - Sockets: each socket is one thread with its own TpmSession and its own store connection; progress is
//   reported per socket through signals, emitted only after the store committed what they announce.
// - Resume: a device scanned again continues at its first step that has not passed, after re-reading the
//   TPM (step 1 runs again as a re-check) instead of assuming its state.
// - Cancel: cancel() stops every socket at the next poll of its TPM command; the attempt in progress is
//   recorded as aborted and does not count as a failure.
#pragma once

#include "core/timeline/OperatorPrompts.h"
#include "core/timeline/RunStore.h"
#include "core/timeline/Station.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace tps::tpm {
class TpmSession;
}

namespace tps::timeline {

// Creates one instance of every step for one socket (stations are not shared between threads).
using StationFactory = std::function<std::vector<std::unique_ptr<Station>>()>;

struct StepRecord
{
    StepId step = StepId::TpmInstalled;
    int attempt = 0;
    ResultKind kind = ResultKind::Run;
    Outcome outcome = Outcome::Pass;
    QString message; // the operator message of a failure
    QString summary; // StepResult::summary of the step
    // Where the time went (for the line benchmark's breakdown, not recorded): the step's wall time, the
    // TPM's busy time within it (measured at the TCTI) and the store commit of its result.
    std::chrono::nanoseconds wall{0};
    std::chrono::nanoseconds tpm{0};
    std::chrono::nanoseconds commit{0};
};

struct DeviceOutcome
{
    QString serial;
    int socket = 0;
    RunState state = RunState::Error;
    QString message;         // translated summary
    QList<StepRecord> steps; // what this run did, in order
    int passedSteps = 0;     // steps passed after this run (over all runs)
    int registeredSteps = 0;
    // Measured at the TCTI over the TPM sessions this run used: time the TPM spent answering commands
    // (transmit to response) and how many commands it answered (for overhead figures, not recorded).
    std::chrono::nanoseconds tpmBusy{0};
    std::uint64_t tpmCommands = 0;
    // Wall time outside the steps: opening the TPM session (incl. its startup and transient flush), and
    // the store's commits of the run's start and end.
    std::chrono::nanoseconds sessionOpen{0};
    std::chrono::nanoseconds beginCommit{0};
    std::chrono::nanoseconds endCommit{0};
};

class Engine : public QObject
{
    Q_OBJECT
public:
    Engine(StationFactory stations, RunStoreProvider& store, OperatorPrompts& prompts,
           QObject* parent = nullptr);
    ~Engine() override; // cancels and joins the sockets

    void setProfile(const ProductProfile& profile) { m_profile = profile; }
    void setActor(const Actor& actor) { m_actor = actor; }
    const ProductProfile& profile() const { return m_profile; }
    // The number of start()'s first socket (default 1): a station that gives each fixture its own engine
    // sets the fixture's number, so runs are recorded and reported under it. Set before start().
    void setFirstSocket(int socket) { m_firstSocket = socket; }
    int firstSocket() const { return m_firstSocket; }

    // Runs `devices` over `sockets` parallel sockets (one thread each, taking the next waiting device).
    // Returns at once; finished() is emitted when every socket is done.
    void start(const QList<Device>& devices, int sockets);
    // Blocks until the sockets are done (or the timeout passes); false on timeout.
    bool wait(int timeoutMs = -1);
    bool isRunning() const;
    // Clean abort: every socket stops at its next TPM poll; what was committed stays.
    void cancel();
    bool cancelled() const { return m_cancel.load(); }
    QList<DeviceOutcome> outcomes() const;

    // Runs one device on the calling thread as one socket of start() does: the store connection and the
    // stations are made at the first call and kept for the next ones. Call it from one thread at a time.
    DeviceOutcome runDevice(const Device& device, int socket = 1);

    // A supervisor orders rework of a device that exhausted its retries (ID + password, reason).
    Result<void, StoreError> orderRework(const QString& serial, const Credentials& supervisor,
                                         const QString& reason);

signals:
    void deviceStarted(int socket, const QString& serial);
    void stepStarted(int socket, const QString& serial, int step, int attempt);
    // Emitted after the result is committed.
    void stepCommitted(int socket, const QString& serial, int step, int attempt, const QString& outcome,
                       const QString& message);
    void deviceFinished(int socket, const QString& serial, const QString& state, const QString& message);
    // The TPM started (true) or finished (false) generating a key (RSA/ECC/other CreatePrimary, Create,
    // CreateLoaded): on a discrete TPM this can take a minute. Emitted by the socket's thread as the
    // command is sent and as its answer arrives (or the session ends without one).
    void keyGeneration(int socket, const QString& serial, bool inProgress);
    void finished();

private:
    void socketLoop(int socket);
    DeviceOutcome runOn(RunStore& store, std::vector<std::unique_ptr<Station>>& stations,
                        const Device& device, int socket);
    std::optional<Device> takeNext();
    void registerSession(int socket, tpm::TpmSession* session);

    StationFactory m_stations;
    RunStoreProvider& m_store;
    OperatorPrompts& m_prompts;
    ProductProfile m_profile;
    Actor m_actor;
    int m_firstSocket = 1;

    mutable QMutex m_mutex;
    QWaitCondition m_done;
    QList<Device> m_queue;
    QList<DeviceOutcome> m_outcomes;
    QMap<int, tpm::TpmSession*> m_sessions;
    std::vector<std::thread> m_threads;
    // runDevice's socket: kept between its calls, as each thread of start() keeps its own.
    std::unique_ptr<RunStore> m_directStore;
    std::vector<std::unique_ptr<Station>> m_directStations;
    int m_running = 0;
    std::atomic<bool> m_cancel{false};
};

} // namespace tps::timeline
