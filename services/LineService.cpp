#include "services/LineService.h"

#include "db/Checkpoints.h"

#include <algorithm>

namespace tps::services {

using namespace timeline;

LineRun LineService::run(const QList<Device>& devices, int sockets, OperatorPrompts& prompts,
                         const LineObserver& observer)
{
    if (auto allowed = m_session.authorize(db::Action::RunLine); !allowed) {
        LineRun refused;
        refused.refusal = allowed.error().message;
        return refused;
    }
    const bool ownRelay = m_session.startRelay();
    std::unique_ptr<Engine> engine = m_session.createEngine(prompts);
    if (observer.committed)
        QObject::connect(
            engine.get(), &Engine::stepCommitted, engine.get(),
            [&observer](int socket, const QString& serial, int step, int attempt, const QString& outcome,
                        const QString&) {
                observer.committed(socket, serial, StepId(step), attempt, outcome);
            },
            Qt::DirectConnection);
    startAndWait(*engine, devices, sockets, observer);
    LineRun run;
    run.outcomes = engine->outcomes();
    std::sort(run.outcomes.begin(), run.outcomes.end(),
              [](const DeviceOutcome& a, const DeviceOutcome& b) { return a.serial < b.serial; });
    tally(run);
    // The line ends on a signed checkpoint: a new one, or the one the last device's run already wrote
    // (every run ends on a checkpoint, docs/AUDIT.md), which then covers the whole trail.
    run.checkpoint = m_session.checkpoint();
    if (run.checkpoint && !*run.checkpoint)
        run.checkpoint = db::latestCheckpoint(m_session.database());
    if (ownRelay)
        run.sync = m_session.stopRelay(true);
    return run;
}

void LineService::startAndWait(Engine& engine, const QList<Device>& devices, int sockets,
                               const LineObserver& observer)
{
    engine.start(devices, sockets);
    while (!engine.wait(100)) {
        if (observer.cancelRequested && observer.cancelRequested() && !engine.cancelled())
            engine.cancel();
    }
}

void LineService::tally(LineRun& run)
{
    for (const DeviceOutcome& o : std::as_const(run.outcomes)) {
        if (o.state == RunState::Completed)
            ++run.completed;
        if (o.state == RunState::NeedsRework)
            ++run.needsRework;
    }
}

} // namespace tps::services
