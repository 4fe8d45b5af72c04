#include "sync/RelayLoop.h"

#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

namespace tps::sync {

RelayLoop::RelayLoop(QString databasePath, RelayOptions options, int intervalMs, int statusIntervalMs)
    : m_path(std::move(databasePath)), m_options(std::move(options)), m_intervalMs(intervalMs),
      m_statusIntervalMs(std::max(100, statusIntervalMs))
{
    m_status.central = PgConnection::describe(m_options.conninfo);
    m_thread = std::thread([this] { run(); });
}

RelayLoop::~RelayLoop()
{
    finish(false);
}

RelayLoop::Summary RelayLoop::finish(bool flush)
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_flush = flush;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    return m_status.summary;
}

RelayLoop::Status RelayLoop::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

bool RelayLoop::attempt(Relay& relay)
{
    auto report = relay.syncOnce();
    std::lock_guard lock(m_mutex);
    Summary& summary = m_status.summary;
    ++summary.attempts;
    if (!report) {
        ++summary.failures;
        summary.lastError = report.error().message;
        m_status.lastErrorUtc = db::utcNow();
        return false;
    }
    summary.sent += report->sent;
    summary.lastError.clear();
    m_status.lastSuccessUtc = db::utcNow();
    return true;
}

void RelayLoop::countQueue(db::Database& station)
{
    auto queued = station.queryInt("SELECT count(*) FROM outbox");
    std::lock_guard lock(m_mutex);
    if (queued)
        m_status.queued = *queued;
}

bool RelayLoop::waitFor(std::chrono::milliseconds delay, db::Database& station)
{
    const auto until = std::chrono::steady_clock::now() + delay;
    for (;;) {
        countQueue(station);
        const auto now = std::chrono::steady_clock::now();
        if (now >= until)
            return true;
        const auto slice = std::min<std::chrono::steady_clock::duration>(
            until - now, std::chrono::milliseconds(m_statusIntervalMs));
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, slice, [this] { return m_stop; }))
            return false;
    }
}

void RelayLoop::run()
{
    // The relay never slows a step: its thread yields the CPU to the sockets' threads (nice 10; only this
    // thread — Linux applies setpriority to a thread ID). Best effort: a refusal leaves it as it was.
    (void)::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
    auto database = db::Database::open(m_path, db::OpenOptions::alreadyChecked(db::OpenMode::ReadWrite));
    if (!database) {
        std::lock_guard lock(m_mutex);
        m_status.summary.lastError = database.error().message;
        m_status.lastErrorUtc = db::utcNow();
        return;
    }
    Relay relay(**database, m_options);
    std::chrono::milliseconds delay(0);
    while (waitFor(delay, **database)) {
        const bool ok = attempt(relay);
        delay =
            ok ? std::chrono::milliseconds(m_intervalMs)
               : std::clamp(delay * 2, std::chrono::milliseconds(1000), std::chrono::milliseconds(300000));
    }
    bool flush = false;
    {
        std::lock_guard lock(m_mutex);
        flush = m_flush;
    }
    if (flush)
        attempt(relay);
    countQueue(**database);
}

} // namespace tps::sync
