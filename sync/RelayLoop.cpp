#include "sync/RelayLoop.h"

#include <algorithm>
#include <chrono>

namespace tps::sync {

RelayLoop::RelayLoop(QString databasePath, RelayOptions options, int intervalMs)
    : m_path(std::move(databasePath)), m_options(std::move(options)), m_intervalMs(intervalMs),
      m_thread([this] { run(); })
{}

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
    return m_summary;
}

bool RelayLoop::attempt(Relay& relay)
{
    auto report = relay.syncOnce();
    std::lock_guard lock(m_mutex);
    ++m_summary.attempts;
    if (!report) {
        ++m_summary.failures;
        m_summary.lastError = report.error().message;
        return false;
    }
    m_summary.sent += report->sent;
    m_summary.lastError.clear();
    return true;
}

void RelayLoop::run()
{
    auto database = db::Database::open(m_path, db::OpenOptions::alreadyChecked(db::OpenMode::ReadWrite));
    if (!database) {
        std::lock_guard lock(m_mutex);
        m_summary.lastError = database.error().message;
        return;
    }
    Relay relay(**database, m_options);
    std::chrono::milliseconds delay(0);
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, delay, [this] { return m_stop; }))
                break;
        }
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
}

} // namespace tps::sync
