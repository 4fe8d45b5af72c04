#include "exports/StationAuditSource.h"

#include "db/Checkpoints.h"

#include <QCoreApplication>

namespace tps::db::exports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditExporter) // the station export's own messages
};

ExportError storage(const DbError& e)
{
    return ExportError{ExportErrc::Storage, e.message};
}
} // namespace

ExportResult<AuditChainVerdict> StationAuditSource::verdict()
{
    auto report = AuditTrail::verify(m_db, m_verify);
    if (!report)
        return fail(storage(report.error()));
    const VerifyReport& r = *report;
    return AuditChainVerdict{r.intact, r.message,
                             QJsonObject{{QStringLiteral("intact"), r.intact},
                                         {QStringLiteral("problem"), auditProblemKey(r.problem)},
                                         {QStringLiteral("seq"), r.seq},
                                         {QStringLiteral("message"), r.message},
                                         {QStringLiteral("eventsVerified"), r.events},
                                         {QStringLiteral("checkpoints"), r.checkpoints},
                                         {QStringLiteral("lastCheckpointSeq"), r.lastCheckpointSeq}}};
}

ExportResult<QString> StationAuditSource::batchUuid(const QString& batch)
{
    auto b = m_db.prepare("SELECT uuid FROM batches WHERE uuid = ?1 OR name = ?1 ORDER BY id DESC LIMIT 1");
    if (!b)
        return fail(storage(b.error()));
    b->bind(1, batch);
    auto row = b->step();
    if (!row)
        return fail(storage(row.error()));
    if (!*row)
        return fail(ExportError{ExportErrc::NoDevices, Tr::tr("No batch '%1'.").arg(batch)});
    return b->text(0);
}

ExportResult<void> StationAuditSource::select(const AuditSelection& s)
{
    auto select = m_db.prepare(
        "SELECT seq, uuid, time_utc, station_id, software_version, actor_id, actor_name, device_serial, "
        "action, "
        "object, field, old_value, new_value, reason, prev_hash, hash FROM audit_events "
        "WHERE (?1 = '' OR time_utc >= ?1) AND (?2 = '' OR time_utc <= ?2) AND (?3 = '' OR device_serial = "
        "?3) "
        "AND (?4 = '' OR object = 'batch:' || ?4 OR device_serial IN (SELECT d.serial FROM batch_devices bd "
        "JOIN batches b ON b.id = bd.batch_id JOIN devices d ON d.id = bd.device_id WHERE b.uuid = ?4)) "
        "ORDER BY seq");
    if (!select)
        return fail(storage(select.error()));
    m_select = std::move(*select);
    m_select.bind(1, s.from).bind(2, s.to).bind(3, s.serial).bind(4, s.batchUuid);
    return {};
}

ExportResult<bool> StationAuditSource::next(AuditRow& out)
{
    auto row = m_select.step();
    if (!row)
        return fail(storage(row.error()));
    if (!*row)
        return false;
    out.seq = m_select.int64(0);
    out.cells.clear();
    out.cells.reserve(16);
    out.cells.append(QString::number(out.seq));
    for (int c = 1; c <= 13; ++c)
        out.cells.append(m_select.text(c));
    out.cells.append(QString::fromLatin1(m_select.blob(14).toHex()));
    out.cells.append(QString::fromLatin1(m_select.blob(15).toHex()));
    return true;
}

ExportResult<QList<OperatorInfo>> StationAuditSource::operators()
{
    Operators people(m_db);
    auto all = people.list();
    if (!all)
        return fail(storage(all.error()));
    return *all;
}

ExportResult<QJsonArray> StationAuditSource::signatures(const QString& from, const QString& to)
{
    auto sig =
        m_db.prepare("SELECT uuid, signer_id, signer_name, meaning, signed_utc, record_type, record_uuid, "
                     "record_sha256, reason FROM signatures WHERE (?1 = '' OR signed_utc >= ?1) AND "
                     "(?2 = '' OR signed_utc <= ?2) ORDER BY id");
    if (!sig)
        return fail(storage(sig.error()));
    sig->bind(1, from).bind(2, to);
    QJsonArray out;
    for (;;) {
        auto row = sig->step();
        if (!row)
            return fail(storage(row.error()));
        if (!*row)
            break;
        QStringList cells;
        for (int c = 0; c < 9; ++c)
            cells.append(sig->text(c));
        out.append(signatureJson(cells));
    }
    return out;
}

ExportResult<QJsonObject> StationAuditSource::lastCheckpoint()
{
    auto checkpoints = loadCheckpoints(m_db);
    if (checkpoints && !checkpoints->isEmpty())
        return checkpoints->last().toJson();
    return QJsonObject{};
}

} // namespace tps::db::exports
