#include "core/timeline/Engine.h"

#include "core/timeline/DeviceRun.h"
#include "core/tpm/TpmSession.h"

#include <algorithm>

namespace tps::timeline {

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
    if (!m_directStore) {
        auto store = m_store.connect();
        if (!store) {
            DeviceOutcome outcome;
            outcome.serial = device.serial;
            outcome.socket = socket;
            outcome.message = store.error().message;
            return outcome;
        }
        m_directStore = std::move(*store);
        m_directStations = m_stations();
    }
    return runOn(*m_directStore, m_directStations, device, socket);
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
    DeviceRun::EngineParts parts{
        *this, m_profile, m_prompts, m_actor, m_cancel, [this, socket](tpm::TpmSession* session) {
            registerSession(socket, session);
        }};
    DeviceRun run(std::move(parts), store, stations, scanned, socket);
    return run.run();
}

} // namespace tps::timeline
