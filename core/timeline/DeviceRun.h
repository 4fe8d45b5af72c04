// One device's run on one socket of the Engine, in named phases: begin the run, re-check a resumed
// device's TPM, run each pending step with its retries, finish. Lives on the socket's thread for the
// length of one device; the Engine's rules (order, retries, resume, cancel) are described in Engine.h.
#pragma once

#include "core/timeline/Engine.h"
#include "core/tpm/TpmSession.h"

#include <optional>

namespace tps::timeline {

class DeviceRun
{
public:
    // What a run uses of its engine.
    struct EngineParts
    {
        Engine& engine; // its signals
        const ProductProfile& profile;
        OperatorPrompts& prompts;
        const Actor& actor;
        const std::atomic<bool>& cancel;
        std::function<void(tpm::TpmSession*)> registerSession; // the socket's session, for Engine::cancel()
    };

    DeviceRun(EngineParts engine, RunStore& store, std::vector<std::unique_ptr<Station>>& stations,
              const Device& scanned, int socket);
    ~DeviceRun(); // unregisters the socket's TPM session: cancel() no longer reaches it
    DeviceRun(const DeviceRun&) = delete;
    DeviceRun& operator=(const DeviceRun&) = delete;

    DeviceOutcome run();

private:
    // Phases. Each returns the outcome when the run ends there, std::nullopt when it goes on.
    std::optional<DeviceOutcome> begin();
    std::optional<DeviceOutcome> recheckTpm();
    std::optional<DeviceOutcome> runStation(Station& station);
    DeviceOutcome finish(RunState state, const QString& message);
    DeviceOutcome needsRework(StepId id);

    // The socket's TPM session, (re)opened when missing or broken.
    std::optional<tpm::TpmError> ensureSession();
    void endKeyGeneration(); // emits keyGeneration(false) when one was in flight
    StepResult runStep(Station& station);
    std::optional<StepResult> commit(StepId id, ResultKind kind, const StepResult& result,
                                     bool completes = false);

    EngineParts m_engine;
    RunStore& m_store;
    std::vector<std::unique_ptr<Station>>& m_stations;
    Device m_device;
    int m_socket;
    int m_maxRetries;
    DeviceOutcome m_outcome;
    DeviceHistory m_history;
    QList<Station*> m_pending;
    Station* m_identify = nullptr;
    bool m_runEnded = false; // the run's end was committed with its last step (RunStore::recordFinalStep)

    tpm::SessionOptions m_sessionOptions; // TCTI, deadlines, simulated timing (begin())
    bool m_keyGenInFlight = false;        // a key generation was sent and has not been answered
    std::unique_ptr<tpm::TpmSession> m_session;
    std::chrono::nanoseconds m_closedBusy{0}; // of sessions replaced after breaking
    std::uint64_t m_closedCommands = 0;
    std::chrono::nanoseconds m_stepWall{0}; // of the step last run, for its StepRecord
    std::chrono::nanoseconds m_stepTpm{0};
};

} // namespace tps::timeline
