// Runs database work off the GUI thread: a worker thread with its own connection (SQLite connections
// belong to one thread), opened on first use. Login, rework, audit view, device detail, label preview and
// the dashboard use it; the devices table's pager (DevicesFetcher) and the exports page (ExportWorker) still
// run on worker threads of their own.
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
    int m_pending = 0;
};

} // namespace tps::gui
