// The relay running beside the line (and, later, the GUI): its own thread and its own connection to the
// station database, so it never blocks a step. It sends what is queued, waits, and sends again; after a
// failure it backs off (1 s, doubling, at most 5 minutes). The station keeps working whatever the factory
// database does.
#pragma once

#include "sync/Relay.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace tps::sync {

class RelayLoop
{
public:
    struct Summary
    {
        qint64 sent = 0;
        int attempts = 0;
        int failures = 0;
        QString lastError; // of the last attempt; empty when it succeeded
    };

    // Starts the thread. `intervalMs`: the pause between two successful rounds.
    RelayLoop(QString databasePath, RelayOptions options, int intervalMs = 2000);
    ~RelayLoop();
    RelayLoop(const RelayLoop&) = delete;
    RelayLoop& operator=(const RelayLoop&) = delete;

    // Stops the thread; with `flush`, after one last attempt to send what is queued by then.
    Summary finish(bool flush);

private:
    void run();
    bool attempt(Relay& relay);

    QString m_path;
    RelayOptions m_options;
    int m_intervalMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_flush = false;
    Summary m_summary;
    std::thread m_thread;
};

} // namespace tps::sync
