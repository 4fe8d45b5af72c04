#include "sync/CentralEkRegistry.h"

#include "sync/CentralSchema.h"

#include <QCoreApplication>

namespace tps::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CentralEkRegistry)
};

// The factory-wide rule (central schema 4): another serial, on any station, whose device has this EK.
SyncResult<timeline::FactoryEkAnswer> ask(PgConnection& pg, const QString& ekDigest, const QString& serial)
{
    auto found = pg.exec("SELECT other_serial, other_station::text FROM tps.other_devices_with_ek($1, $2) "
                         "ORDER BY received, other_station, other_device LIMIT 1",
                         {ekDigest.toUtf8(), serial.toUtf8()});
    if (!found)
        return fail(found.error());
    timeline::FactoryEkAnswer a;
    if (PgConnection::rows(*found) == 0) {
        a.state = timeline::FactoryEkAnswer::State::Unique;
        return a;
    }
    a.state = timeline::FactoryEkAnswer::State::Duplicate;
    a.otherSerial = PgConnection::value(*found, 0, 0);
    a.otherStation = PgConnection::value(*found, 0, 1);
    return a;
}
} // namespace

using timeline::FactoryEkAnswer;

CentralEkRegistry::CentralEkRegistry(QString conninfo, int timeoutSeconds, int keptConnections)
    : m_conninfo(std::move(conninfo)), m_timeoutSeconds(timeoutSeconds), m_keptConnections(keptConnections)
{}

FactoryEkAnswer CentralEkRegistry::lookup(const QString& ekDigest, const QString& serial)
{
    const PgConnection::Deadline deadline =
        std::chrono::steady_clock::now() + std::chrono::seconds(m_timeoutSeconds);
    for (bool retried = false;; retried = true) {
        bool kept = false;
        auto pg = take(deadline, kept);
        if (!pg)
            return notChecked(pg.error());
        auto answer = ask(**pg, ekDigest, serial);
        if (answer) {
            giveBack(std::move(*pg));
            return *answer;
        }
        // A kept connection that broke since its last question (not one that timed out): once more, on a
        // fresh one. The other kept ones share its server and network: a restart or a cut broke them too.
        if (!kept || retried || (*pg)->usable() || answer.error().code == SyncErrc::TimedOut)
            return notChecked(answer.error());
        dropIdle();
    }
}

void CentralEkRegistry::dropIdle()
{
    std::vector<Connection> idle;
    {
        QMutexLocker lock(&m_mutex);
        idle.swap(m_idle);
    }
}

// An idle kept connection, or a new one ready for questions (schema checked, statement_timeout set).
SyncResult<CentralEkRegistry::Connection> CentralEkRegistry::take(PgConnection::Deadline deadline, bool& kept)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_idle.empty()) {
            Connection c = std::move(m_idle.back());
            m_idle.pop_back();
            c->setDeadline(deadline);
            kept = true;
            return c;
        }
    }
    auto pg = PgConnection::connectBefore(m_conninfo, deadline);
    if (!pg)
        return fail(pg.error());
    if (auto v = checkCentralSchema(**pg); !v)
        return fail(v.error());
    if (auto t = (*pg)->exec("SET statement_timeout = " + QByteArray::number(m_timeoutSeconds * 1000)); !t)
        return fail(t.error());
    return std::move(*pg);
}

void CentralEkRegistry::giveBack(Connection connection)
{
    if (!connection->usable())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_idle.size() < static_cast<size_t>(m_keptConnections))
        m_idle.push_back(std::move(connection));
}

FactoryEkAnswer CentralEkRegistry::notChecked(const SyncError& error) const
{
    FactoryEkAnswer a;
    a.reason = error.code == SyncErrc::TimedOut
                   ? Tr::tr("No answer within the time-out of %n second(s): %1", nullptr, m_timeoutSeconds)
                         .arg(error.message)
                   : error.message;
    return a;
}

} // namespace tps::sync
