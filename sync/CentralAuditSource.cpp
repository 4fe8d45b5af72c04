#include "sync/CentralAuditSource.h"

#include "db/Checkpoints.h"
#include "exports/AuditTrailExport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tps::sync {

using db::exports::AuditChainVerdict;
using db::exports::AuditRow;
using db::exports::AuditSelection;
using db::exports::ExportErrc;
using db::exports::ExportError;
using db::exports::ExportResult;
using db::exports::WrittenFile;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CentralAuditSource)
};

constexpr int kPage = 10000;

// The events of the station ($1) after seq $2, as audit-events.csv has them; times compared as bytes (the
// station's SQLite compares text that way), the batch ($6) by the station's batch_devices records.
const QByteArray kEvents =
    "SELECT seq, uuid::text, time_utc, station_id::text, software_version, actor_id, actor_name, "
    "device_serial, action, object, field, old_value, new_value, reason, encode(prev_hash, 'hex'), "
    "encode(hash, 'hex') FROM tps.audit_events WHERE station_id = $1 AND seq > $2::bigint "
    "AND (coalesce($3, '') = '' OR time_utc COLLATE \"C\" >= $3) "
    "AND (coalesce($4, '') = '' OR time_utc COLLATE \"C\" <= $4) "
    "AND (coalesce($5, '') = '' OR device_serial = $5) "
    "AND (coalesce($6, '') = '' OR object = 'batch:' || $6 OR device_serial IN (SELECT d.payload->>'serial' "
    " FROM tps.records bd JOIN tps.records d ON d.station_id = bd.station_id AND d.table_name = 'devices' "
    " AND d.row_key = split_part(bd.row_key, '/', 2) WHERE bd.station_id = $1 "
    " AND bd.table_name = 'batch_devices' AND split_part(bd.row_key, '/', 1) = $6)) "
    "ORDER BY seq LIMIT " +
    QByteArray::number(kPage);

// What the central side holds against the station's trail, first things first: the arrival check's
// findings, checkpoints whose newest verdict is not "verified", checkpoints without a verdict.
const QByteArray kProblems =
    "SELECT seq, kind, message FROM ("
    "SELECT seq, kind, message, 0 AS o FROM tps.findings WHERE station_id = $1 "
    "UNION ALL SELECT seq, verdict, message, 1 FROM (SELECT DISTINCT ON (checkpoint) * FROM "
    " tps.checkpoint_verdicts WHERE station_id = $1 ORDER BY checkpoint, id DESC) v WHERE verdict <> "
    "'verified' "
    "UNION ALL SELECT (r.payload->>'seq')::bigint, 'unverified', '', 2 FROM tps.records r "
    " WHERE r.station_id = $1 AND r.table_name = 'checkpoints' AND NOT EXISTS (SELECT 1 FROM "
    " tps.checkpoint_verdicts v WHERE v.checkpoint = r.uuid)) p ORDER BY o, seq, kind";

// Events held, the sequence number verified by the arrival check, checkpoints, the last one's seq, the
// verified ones and the pinned key's fingerprint.
const QByteArray kFacts =
    "SELECT (SELECT count(*) FROM tps.audit_events WHERE station_id = $1), "
    "coalesce((SELECT verified_seq FROM tps.chain_state WHERE station_id = $1), 0), "
    "(SELECT count(*) FROM tps.records WHERE station_id = $1 AND table_name = 'checkpoints'), "
    "coalesce((SELECT max((payload->>'seq')::bigint) FROM tps.records WHERE station_id = $1 "
    " AND table_name = 'checkpoints'), 0), "
    "coalesce((SELECT fingerprint FROM tps.station_keys WHERE station_id = $1), '')";

// The newest version of each row of a station's table ($2).
QByteArray newest(const char* columns)
{
    return QByteArray("SELECT ") + columns +
           " FROM (SELECT DISTINCT ON (row_key) payload AS p FROM tps.records WHERE station_id = $1 AND "
           "table_name = $2 ORDER BY row_key, outbox_seq DESC) r ";
}

db::Checkpoint checkpointOf(const QString& station, const QJsonObject& p)
{
    db::Checkpoint c;
    c.uuid = p.value(QStringLiteral("uuid")).toString();
    c.stationId = station;
    c.seq = p.value(QStringLiteral("seq")).toInteger();
    c.hash = QByteArray::fromHex(p.value(QStringLiteral("hash")).toString().toLatin1());
    c.createdUtc = p.value(QStringLiteral("created_utc")).toString();
    c.publicKey = QByteArray::fromHex(p.value(QStringLiteral("public_key")).toString().toLatin1());
    c.signature = QByteArray::fromHex(p.value(QStringLiteral("signature")).toString().toLatin1());
    return c;
}

db::AuditEvent eventOf(const AuditRow& r)
{
    db::AuditEvent e;
    e.seq = r.seq;
    e.uuid = r.cells.value(1);
    e.timeUtc = r.cells.value(2);
    e.stationId = r.cells.value(3);
    e.softwareVersion = r.cells.value(4);
    e.actorId = r.cells.value(5);
    e.actorName = r.cells.value(6);
    e.entry.deviceSerial = r.cells.value(7);
    e.entry.action = r.cells.value(8);
    e.entry.object = r.cells.value(9);
    e.entry.field = r.cells.value(10);
    e.entry.oldValue = r.cells.value(11);
    e.entry.newValue = r.cells.value(12);
    e.entry.reason = r.cells.value(13);
    e.prevHash = QByteArray::fromHex(r.cells.value(14).toLatin1());
    e.hash = QByteArray::fromHex(r.cells.value(15).toLatin1());
    return e;
}

AuditRow rowOf(const PgResultPtr& r, int i)
{
    AuditRow row;
    row.seq = PgConnection::value(r, i, 0).toLongLong();
    for (int c = 0; c < 16; ++c)
        row.cells.append(PgConnection::value(r, i, c));
    return row;
}
} // namespace

ExportResult<PgResultPtr> CentralAuditSource::query(const QByteArray& sql, QList<QByteArray> params)
{
    params.prepend(m_station.toUtf8());
    auto r = m_pg.exec(sql, params);
    if (!r)
        return fail(ExportError{ExportErrc::Storage, r.error().message});
    return std::move(*r);
}

void CentralAuditSource::close()
{
    if (m_open)
        (void)m_pg.exec("ROLLBACK");
    m_open = false;
}

ExportResult<QJsonArray> CentralAuditSource::problems()
{
    auto rows = query(kProblems);
    if (!rows)
        return fail(rows.error());
    QJsonArray out;
    for (int i = 0; i < PgConnection::rows(*rows); ++i) {
        const qint64 seq = PgConnection::value(*rows, i, 0).toLongLong();
        const QString kind = PgConnection::value(*rows, i, 1);
        QString message = PgConnection::value(*rows, i, 2);
        if (kind == QLatin1String("unverified"))
            message = Tr::tr("The checkpoint of station %1 at audit event %2 has no verdict yet: run "
                             "'tpm-station-cli central verify'.")
                          .arg(m_station)
                          .arg(seq);
        out.append(QJsonObject{{QStringLiteral("seq"), seq},
                               {QStringLiteral("problem"), kind},
                               {QStringLiteral("message"), message}});
    }
    return out;
}

// The verdict the factory database holds: intact only when the arrival check found nothing, every
// checkpoint is verified against the pinned key, and at least one is.
ExportResult<AuditChainVerdict> CentralAuditSource::verdict()
{
    if (auto begun = m_pg.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !begun)
        return fail(ExportError{ExportErrc::Storage, begun.error().message});
    m_open = true;
    auto facts = query(kFacts);
    if (!facts)
        return fail(facts.error());
    auto found = problems();
    if (!found)
        return fail(found.error());
    const qint64 events = PgConnection::value(*facts, 0, 0).toLongLong();
    const qint64 verifiedSeq = PgConnection::value(*facts, 0, 1).toLongLong();
    const qint64 checkpoints = PgConnection::value(*facts, 0, 2).toLongLong();
    AuditChainVerdict v;
    QJsonObject first = found->isEmpty() ? QJsonObject{} : found->first().toObject();
    if (first.isEmpty() && checkpoints == 0)
        first = QJsonObject{
            {QStringLiteral("seq"), 0},
            {QStringLiteral("problem"), QStringLiteral("unsigned")},
            {QStringLiteral("message"),
             Tr::tr("No signed checkpoint of station %1 has reached the factory database.").arg(m_station)}};
    v.intact = first.isEmpty();
    v.message = v.intact ? Tr::tr("The factory database holds station %1's trail intact: %n event(s), every "
                                  "checkpoint verified against the pinned key.",
                                  nullptr, int(events))
                               .arg(m_station)
                         : Tr::tr("The factory database flags station %1's trail at audit event %2 (%3): %4")
                               .arg(m_station)
                               .arg(first.value(QStringLiteral("seq")).toInteger())
                               .arg(first.value(QStringLiteral("problem")).toString(),
                                    first.value(QStringLiteral("message")).toString());
    v.chain =
        QJsonObject{{QStringLiteral("intact"), v.intact},
                    {QStringLiteral("problem"),
                     v.intact ? QStringLiteral("none") : first.value(QStringLiteral("problem")).toString()},
                    {QStringLiteral("seq"), first.value(QStringLiteral("seq")).toInteger()},
                    {QStringLiteral("message"), v.message},
                    {QStringLiteral("eventsVerified"), verifiedSeq},
                    {QStringLiteral("checkpoints"), checkpoints},
                    {QStringLiteral("lastCheckpointSeq"), PgConnection::value(*facts, 0, 3).toLongLong()},
                    {QStringLiteral("findings"), *found},
                    {QStringLiteral("pinnedKeySha256"), PgConnection::value(*facts, 0, 4)},
                    {QStringLiteral("central"), m_pg.where()}};
    return v;
}

ExportResult<QString> CentralAuditSource::batchUuid(const QString& batch)
{
    auto rows = query(newest("p->>'uuid'") + "WHERE p->>'uuid' = $3 OR p->>'name' = $3 "
                                             "ORDER BY (p->>'id')::bigint DESC LIMIT 1",
                      {QByteArrayLiteral("batches"), batch.toUtf8()});
    if (!rows)
        return fail(rows.error());
    if (PgConnection::rows(*rows) == 0)
        return fail(ExportError{ExportErrc::NoDevices,
                                QCoreApplication::translate("AuditExporter", "No batch '%1'.").arg(batch)});
    return PgConnection::value(*rows, 0, 0);
}

ExportResult<PgResultPtr> CentralAuditSource::page(qint64 after, const AuditSelection& s)
{
    return query(kEvents, {QByteArray::number(after), s.from.toUtf8(), s.to.toUtf8(), s.serial.toUtf8(),
                           s.batchUuid.toUtf8()});
}

ExportResult<void> CentralAuditSource::select(const AuditSelection& selection)
{
    m_selection = selection;
    m_after = 0;
    m_done = false;
    m_page.reset();
    return {};
}

// Page by page (kPage events), so that a long trail never sits in memory whole.
ExportResult<bool> CentralAuditSource::next(AuditRow& row)
{
    if (m_done)
        return false;
    if (!m_page || m_row >= PgConnection::rows(m_page)) {
        if (m_page && PgConnection::rows(m_page) < kPage) {
            m_done = true;
            return false;
        }
        auto more = page(m_after, m_selection);
        if (!more)
            return fail(more.error());
        m_page = std::move(*more);
        m_row = 0;
        if (PgConnection::rows(m_page) == 0) {
            m_done = true;
            return false;
        }
    }
    row = rowOf(m_page, m_row++);
    m_after = row.seq;
    return true;
}

ExportResult<QList<db::OperatorInfo>> CentralAuditSource::operators()
{
    auto rows =
        query(newest("p->>'operator_id', p->>'full_name', p->>'role'"), {QByteArrayLiteral("operators")});
    if (!rows)
        return fail(rows.error());
    QList<db::OperatorInfo> out;
    for (int i = 0; i < PgConnection::rows(*rows); ++i) {
        db::OperatorInfo o;
        o.operatorId = PgConnection::value(*rows, i, 0);
        o.fullName = PgConnection::value(*rows, i, 1);
        o.role = db::roleFromKey(PgConnection::value(*rows, i, 2)).value_or(db::Role::Operator);
        out.append(o);
    }
    return out;
}

ExportResult<QJsonArray> CentralAuditSource::signatures(const QString& from, const QString& to)
{
    auto rows =
        query(newest("p->>'uuid', p->>'signer_id', p->>'signer_name', p->>'meaning', p->>'signed_utc', "
                     "p->>'record_type', p->>'record_uuid', p->>'record_sha256', p->>'reason'") +
                  "WHERE (coalesce($3, '') = '' OR p->>'signed_utc' COLLATE \"C\" >= $3) AND "
                  "(coalesce($4, '') = '' OR p->>'signed_utc' COLLATE \"C\" <= $4) "
                  "ORDER BY (p->>'id')::bigint",
              {QByteArrayLiteral("signatures"), from.toUtf8(), to.toUtf8()});
    if (!rows)
        return fail(rows.error());
    QJsonArray out;
    for (int i = 0; i < PgConnection::rows(*rows); ++i) {
        QStringList cells;
        for (int c = 0; c < 9; ++c)
            cells.append(PgConnection::value(*rows, i, c));
        out.append(db::exports::signatureJson(cells));
    }
    return out;
}

ExportResult<QJsonObject> CentralAuditSource::lastCheckpoint()
{
    auto rows = query(newest("p::text") + "ORDER BY (p->>'id')::bigint DESC LIMIT 1",
                      {QByteArrayLiteral("checkpoints")});
    if (!rows)
        return fail(rows.error());
    if (PgConnection::rows(*rows) == 0)
        return QJsonObject{};
    const QJsonObject p = QJsonDocument::fromJson(PgConnection::value(*rows, 0, 0).toUtf8()).object();
    return checkpointOf(m_station, p).toJson();
}

ExportResult<QJsonArray> CentralAuditSource::trailUpTo(qint64 seq)
{
    QJsonArray events;
    qint64 after = 0;
    while (after < seq) {
        auto rows = page(after, {});
        if (!rows)
            return fail(rows.error());
        const int n = PgConnection::rows(*rows);
        for (int i = 0; i < n && after < seq; ++i) {
            const AuditRow row = rowOf(*rows, i);
            if (row.seq > seq)
                break;
            events.append(db::auditExportEvent(eventOf(row)));
            after = row.seq;
        }
        if (n < kPage)
            break;
    }
    return events;
}

// audit-trail.json: the trail up to the newest checkpoint whose newest verdict is "verified" (signed by the
// pinned key, its hash in the central chain), with the pinned key — what the auditor's script checks. None
// when no checkpoint is verified: the verdict says so.
ExportResult<QList<WrittenFile>> CentralAuditSource::extraFiles(db::exports::ExportDirectory& out,
                                                                const db::Actor& actor)
{
    auto rows = query(
        "SELECT r.payload::text, encode(k.public_key, 'hex') FROM tps.records r JOIN tps.station_keys k "
        "ON k.station_id = r.station_id WHERE r.station_id = $1 AND r.table_name = 'checkpoints' AND "
        "(SELECT v.verdict FROM tps.checkpoint_verdicts v WHERE v.checkpoint = r.uuid ORDER BY v.id DESC "
        "LIMIT 1) = 'verified' ORDER BY (r.payload->>'seq')::bigint DESC LIMIT 1");
    if (!rows)
        return fail(rows.error());
    if (PgConnection::rows(*rows) == 0)
        return QList<WrittenFile>{};
    const db::Checkpoint cp =
        checkpointOf(m_station, QJsonDocument::fromJson(PgConnection::value(*rows, 0, 0).toUtf8()).object());
    const QByteArray pem =
        db::publicKeyPemOf(QByteArray::fromHex(PgConnection::value(*rows, 0, 1).toLatin1()));
    auto events = trailUpTo(cp.seq);
    if (!events)
        return fail(events.error());
    const QJsonObject doc = db::auditExportDocument(m_station, actor, pem, cp, *events);
    auto written =
        out.writeFile(QStringLiteral("audit-trail.json"), QJsonDocument(doc).toJson(QJsonDocument::Indented));
    if (!written)
        return fail(written.error());
    return QList<WrittenFile>{*written};
}

QJsonObject CentralAuditSource::manifestExtra() const
{
    return {{QStringLiteral("central"), m_pg.where()}, {QStringLiteral("station"), m_station}};
}

QString CentralAuditSource::describe() const
{
    return QStringLiteral("factory database %1 station %2").arg(m_pg.where(), m_station);
}

} // namespace tps::sync
