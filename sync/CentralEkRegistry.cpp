#include "sync/CentralEkRegistry.h"

#include "sync/CentralSchema.h"

namespace tps::sync {

using timeline::FactoryEkAnswer;

CentralEkRegistry::CentralEkRegistry(QString conninfo, int timeoutSeconds)
    : m_conninfo(std::move(conninfo)), m_timeoutSeconds(timeoutSeconds)
{}

FactoryEkAnswer CentralEkRegistry::lookup(const QString& ekDigest, const QString& serial)
{
    const auto notChecked = [](const SyncError& e) {
        FactoryEkAnswer a;
        a.reason = e.message;
        return a;
    };
    auto pg = PgConnection::connect(m_conninfo, m_timeoutSeconds);
    if (!pg)
        return notChecked(pg.error());
    if (auto v = checkCentralSchema(**pg); !v)
        return notChecked(v.error());
    if (auto t = (*pg)->exec("SET statement_timeout = " + QByteArray::number(m_timeoutSeconds * 1000)); !t)
        return notChecked(t.error());
    // Every devices record carries the whole row; the one that bound the EK holds its digest.
    auto found = (*pg)->exec("SELECT payload->>'serial', station_id::text FROM tps.records "
                             "WHERE table_name = 'devices' AND payload->>'ek_digest' = $1 "
                             "AND payload->>'serial' <> $2 ORDER BY received_utc, outbox_seq LIMIT 1",
                             {ekDigest.toUtf8(), serial.toUtf8()});
    if (!found)
        return notChecked(found.error());
    FactoryEkAnswer a;
    if (PgConnection::rows(*found) == 0) {
        a.state = FactoryEkAnswer::State::Unique;
        return a;
    }
    a.state = FactoryEkAnswer::State::Duplicate;
    a.otherSerial = PgConnection::value(*found, 0, 0);
    a.otherStation = PgConnection::value(*found, 0, 1);
    return a;
}

} // namespace tps::sync
