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
    // The factory-wide rule (central schema 4): another serial, on any station, whose device has this EK.
    auto found =
        (*pg)->exec("SELECT other_serial, other_station::text FROM tps.other_devices_with_ek($1, $2) "
                    "ORDER BY received, other_station, other_device LIMIT 1",
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
