// Step 2's factory-wide duplicate-EK check against the factory database (timeline::FactoryEkRegistry),
// shared by every socket thread of the line. Connections are kept between questions: a lookup takes an idle
// one (or makes one: connect, the schema-version check and `SET statement_timeout`, once per connection),
// asks, and gives it back; at most `keptConnections` stay idle (a burst of simultaneous questions beyond
// them connects for itself and closes afterwards). A pool rather than one connection per thread: the line's
// socket threads come and go with the sockets, a pool keeps only as many server sessions as questions are
// ever asked at once, and a thread never waits behind another's slow question.
//
// Every lookup has a client-side deadline of `timeoutSeconds` for everything it does (PgConnection::
// connectBefore / setDeadline: connecting included, polled, never a blocking libpq call): a server that
// accepted the connection and went silent costs the step that long, then the statement is cancelled, the
// connection dropped, and the answer is NotChecked with a reason naming the time-out. A kept connection
// found broken when asked (the server restarted, the network was cut) is dropped with the other idle ones
// and the question asked once more on a fresh connection within the same deadline.
#pragma once

#include "core/timeline/FactoryEkRegistry.h"
#include "sync/PgConnection.h"

#include <QMutex>
#include <memory>
#include <vector>

namespace tps::sync {

class CentralEkRegistry final : public timeline::FactoryEkRegistry
{
public:
    // `keptConnections` 0: a fresh connection for every question (the benchmark's peer).
    explicit CentralEkRegistry(QString conninfo, int timeoutSeconds = 3, int keptConnections = 2);
    timeline::FactoryEkAnswer lookup(const QString& ekDigest, const QString& serial) override;

private:
    using Connection = std::unique_ptr<PgConnection>;
    SyncResult<Connection> take(PgConnection::Deadline deadline, bool& kept);
    void giveBack(Connection connection);
    void dropIdle();
    timeline::FactoryEkAnswer notChecked(const SyncError& error) const;

    QString m_conninfo;
    int m_timeoutSeconds;
    int m_keptConnections;
    QMutex m_mutex; // guards m_idle
    std::vector<Connection> m_idle;
};

} // namespace tps::sync
