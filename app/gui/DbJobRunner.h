// Runs database work off the GUI thread: a worker thread with its own connection (SQLite connections
// belong to one thread), opened on first use. The one pattern of the GUI's database work: login, rework,
// audit view, device detail, label preview, the dashboard and the devices table's pager (runLatest) use it.
// The exports page's worker calls the service layer on a thread of its own (it reports progress while it
// runs).
// A job runs on the worker and returns a value; the value reaches `done` on the runner's own (GUI)
// thread as a queued call. Jobs run one at a time, in the order posted. Nothing is delivered after the
// runner is gone: its destructor waits for the job in progress and drops the rest.
#pragma once

#include "db/Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace tps::gui {

// The worker's connection: opened on first use, on the worker thread, then kept.
class WorkerConnection
{
public:
    WorkerConnection(QString databasePath, db::OpenMode mode);
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection&) = delete;
    WorkerConnection& operator=(const WorkerConnection&) = delete;

    db::DbResult<db::Database*> get();

private:
    QString m_path;
    db::OpenMode m_mode;
    std::unique_ptr<db::Database> m_db;
};

class DbJobRunner : public QObject
{
    Q_OBJECT
public:
    // An empty path: jobs bring their own connection (WorkerConnection::get() then fails).
    DbJobRunner(QString databasePath, db::OpenMode mode, QObject* parent = nullptr);
    ~DbJobRunner() override;

    // job: R(WorkerConnection&), run on the worker thread; done: void(R), run on this object's thread.
    template <typename Job, typename Done>
    void run(Job job, Done done)
    {
        using R = std::decay_t<std::invoke_result_t<Job&, WorkerConnection&>>;
        ++m_pending;
        post([this, job = std::move(job), done = std::move(done)](WorkerConnection& connection) mutable {
            auto result = std::make_shared<R>(job(connection));
            QMetaObject::invokeMethod(
                this,
                [this, result, done]() mutable {
                    --m_pending;
                    const QPointer<DbJobRunner> self(this); // `done` may delete the runner's owner
                    done(std::move(*result));
                    if (self && m_pending == 0)
                        emit idle();
                },
                Qt::QueuedConnection);
        });
    }

    // Like run(), for requests of which only the latest matters (the pager under a changing filter): a job
    // that a later runLatest() superseded before it started is skipped, and a superseded result is dropped.
    template <typename Job, typename Done>
    void runLatest(Job job, Done done)
    {
        using R = std::decay_t<std::invoke_result_t<Job&, WorkerConnection&>>;
        const quint64 ticket = ++m_latest;
        run(
            [this, ticket, job = std::move(job)](WorkerConnection& connection) mutable -> std::optional<R> {
                if (ticket != m_latest.load())
                    return std::nullopt;
                return job(connection);
            },
            [this, ticket, done = std::move(done)](std::optional<R> result) mutable {
                if (result && ticket == m_latest.load())
                    done(std::move(*result));
            });
    }

    // Jobs posted whose result has not been delivered yet.
    bool busy() const { return m_pending > 0; }
    // The thread the latest job ran on (a test hook: the worker, never the GUI thread).
    QThread* lastJobThread() const { return m_lastJobThread.load(); }
    const QThread* workerThread() const { return &m_thread; }

signals:
    void idle(); // every posted job's result was delivered

private:
    void post(std::function<void(WorkerConnection&)> task);

    QThread m_thread;
    std::unique_ptr<QObject> m_worker;              // lives in m_thread: the context of the posted jobs
    std::unique_ptr<WorkerConnection> m_connection; // used on m_thread only
    std::atomic<QThread*> m_lastJobThread{nullptr};
    std::atomic<bool> m_stopping{false};
    std::atomic<quint64> m_latest{0}; // the ticket of the latest runLatest()
    int m_pending = 0;
};

} // namespace tps::gui
