// Run the line: walk devices through every registered step on parallel test sockets, recorded in the
// session's station database (escrow included), then sign the end of the audit trail. The CLI's `line`
// and `run` call it; the GUI's socket panels build their engines through the same session.
#pragma once

#include "services/StationSession.h"

#include <functional>

namespace tps::services {

struct LineObserver
{
    // Called on a socket thread after each step result is committed (a line seen there is in the database).
    std::function<void(int socket, const QString& serial, timeline::StepId step, int attempt,
                       const QString& outcome)>
        committed;
    // Polled every 100 ms while the line runs: true cancels it cleanly (what was committed stays).
    std::function<bool()> cancelRequested;
};

struct LineRun
{
    QList<timeline::DeviceOutcome> outcomes; // by serial
    int completed = 0;
    int needsRework = 0;
    QString refusal; // translated: why the session's actor may not run the line (nothing ran); empty: ran
    db::DbResult<std::optional<db::Checkpoint>> checkpoint = std::optional<db::Checkpoint>{};
    // The relay this run started (the session names a central database and no relay ran yet): its state
    // after one last round that follows the closing checkpoint. nullopt when the run started none.
    std::optional<sync::RelayLoop::Status> sync;
    int total() const { return static_cast<int>(outcomes.size()); }
};

class LineService
{
public:
    explicit LineService(StationSession& session) : m_session(session) {}

    // Runs `devices` over `sockets` sockets with the session's profile and actor; blocks until done.
    // Nothing runs when the actor may not run the line (LineRun::refusal). When the session names a factory
    // database and no relay runs, the run starts one beside the line and stops it after the closing
    // checkpoint; the line's result never depends on it.
    LineRun run(const QList<timeline::Device>& devices, int sockets, timeline::OperatorPrompts& prompts,
                const LineObserver& observer = {});

private:
    void startAndWait(timeline::Engine& engine, const QList<timeline::Device>& devices, int sockets,
                      const LineObserver& observer);
    static void tally(LineRun& run);

    StationSession& m_session;
};

} // namespace tps::services
