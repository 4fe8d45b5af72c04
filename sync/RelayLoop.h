// The relay running beside the line and the GUI (started through services::StationSession): its own thread
// and its own connection to the station database, so it never blocks a step. It sends what is queued,
// waits, and sends again; after a failure it backs off (1 s, doubling, at most 5 minutes). Every
// `statusIntervalMs` (and after each attempt) it counts the queue, so status() — a copy under a mutex, no
// database call — is what a status bar shows. The station keeps working whatever the factory database does.
#pragma once

#include "sync/Relay.h"

#include <chrono>
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
    // What the relay knows now (status bar, `line --json`).
    struct Status
    {
        Summary summary;
        qint64 queued = -1;     // outbox entries waiting (-1: not counted yet)
        QString lastSuccessUtc; // of this loop's last successful round (empty: none yet)
        QString lastErrorUtc;
        QString central; // where to, without a password
    };

    // Starts the thread. `intervalMs`: the pause between two successful rounds.
    RelayLoop(QString databasePath, RelayOptions options, int intervalMs = 2000, int statusIntervalMs = 1000);
    ~RelayLoop();
    RelayLoop(const RelayLoop&) = delete;
    RelayLoop& operator=(const RelayLoop&) = delete;

    // Stops the thread; with `flush`, after one last attempt to send what is queued by then.
    Summary finish(bool flush);
    Status status() const;

private:
    void run();
    bool attempt(Relay& relay);
    void countQueue(db::Database& station);
    bool waitFor(std::chrono::milliseconds delay, db::Database& station); // false: stop asked

    QString m_path;
    RelayOptions m_options;
    int m_intervalMs;
    int m_statusIntervalMs;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_flush = false;
    Status m_status;
    std::thread m_thread;
};

} // namespace tps::sync
