#include "app/gui/DbJobRunner.h"

namespace tps::gui {

WorkerConnection::WorkerConnection(QString databasePath, db::OpenMode mode)
    : m_path(std::move(databasePath)), m_mode(mode)
{}

WorkerConnection::~WorkerConnection() = default;

db::DbResult<db::Database*> WorkerConnection::get()
{
    if (!m_db) {
        if (m_path.isEmpty())
            return fail(db::DbError{db::DbErrc::Io, QStringLiteral("no database")});
        auto opened = db::Database::open(m_path, db::OpenOptions::alreadyChecked(m_mode));
        if (!opened)
            return fail(opened.error());
        m_db = std::move(*opened);
    }
    return m_db.get();
}

DbJobRunner::DbJobRunner(QString databasePath, db::OpenMode mode, QObject* parent)
    : QObject(parent), m_worker(std::make_unique<QObject>()),
      m_connection(std::make_unique<WorkerConnection>(std::move(databasePath), mode))
{
    m_thread.setObjectName(QStringLiteral("db-jobs"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

DbJobRunner::~DbJobRunner()
{
    m_stopping.store(true); // jobs not started yet are dropped
    m_thread.quit();        // after the job in progress
    m_thread.wait();
    m_worker.reset();
    m_connection.reset(); // the thread that used it has ended
}

void DbJobRunner::post(std::function<void(WorkerConnection&)> task)
{
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, task = std::move(task)] {
            if (m_stopping.load())
                return;
            m_lastJobThread.store(QThread::currentThread());
            task(*m_connection);
        },
        Qt::QueuedConnection);
}

} // namespace tps::gui
