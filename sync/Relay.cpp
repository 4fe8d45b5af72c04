#include "sync/Relay.h"

#include "sync/CentralSchema.h"
#include "sync/ExactText.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace tps::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Relay)
};

constexpr const char* kStage =
    "CREATE TEMP TABLE IF NOT EXISTS tps_stage (uuid uuid, station_id uuid, outbox_seq bigint, table_name "
    "text, "
    "row_key text, op text, payload jsonb, created_utc text) ON COMMIT DELETE ROWS";

// The typed columns of an audit event and how each comes out of the staged JSON row (one list for the
// insert and the conflict check).
constexpr const char* kEventColumns = "station_id, seq, time_utc, software_version, actor_id, actor_name, "
                                      "device_serial, action, object, field, old_value, new_value, reason, "
                                      "prev_hash, hash, exact";
constexpr const char* kEventValues =
    "s.station_id, (s.payload->>'seq')::bigint, s.payload->>'time_utc', s.payload->>'software_version', "
    "s.payload->>'actor_id', s.payload->>'actor_name', s.payload->>'device_serial', s.payload->>'action', "
    "s.payload->>'object', s.payload->>'field', s.payload->>'old_value', s.payload->>'new_value', "
    "s.payload->>'reason', decode(s.payload->>'prev_hash', 'hex'), decode(s.payload->>'hash', 'hex'), "
    "s.payload->'$exact'";
constexpr const char* kRecordColumns = "station_id, table_name, row_key, op, payload";

// Both inserts in one statement; its result is how many staged rows were new (when all were, none can
// conflict and the comparison is skipped).
QByteArray insertStaged()
{
    return QByteArray("WITH events AS (INSERT INTO tps.audit_events (uuid, ") + kEventColumns +
           ", outbox_seq) SELECT s.uuid, " + kEventValues +
           ", s.outbox_seq FROM tps_stage s WHERE s.table_name = 'audit_events' ORDER BY s.outbox_seq "
           "ON CONFLICT (uuid) DO NOTHING RETURNING 1), records AS (INSERT INTO tps.records (uuid, "
           "station_id, "
           "outbox_seq, table_name, row_key, op, payload, created_utc) SELECT uuid, station_id, outbox_seq, "
           "table_name, row_key, op, payload, created_utc FROM tps_stage WHERE table_name <> 'audit_events' "
           "ORDER BY outbox_seq ON CONFLICT (uuid) DO NOTHING RETURNING 1) "
           "SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM records)";
}

// Staged rows whose UUID the central side holds with other content (or as the other kind of row).
QByteArray conflictQuery()
{
    const QByteArray stage = "SELECT s.outbox_seq, s.uuid, s.table_name, s.row_key FROM tps_stage s ";
    return stage + "JOIN tps.audit_events e ON e.uuid = s.uuid WHERE s.table_name <> 'audit_events' OR (e." +
           QByteArray(kEventColumns).replace(", ", ", e.") + ") IS DISTINCT FROM (" + kEventValues +
           ") UNION ALL " + stage +
           "JOIN tps.records r ON r.uuid = s.uuid WHERE s.table_name = 'audit_events' OR (r." +
           QByteArray(kRecordColumns).replace(", ", ", r.") + ") IS DISTINCT FROM (s." +
           QByteArray(kRecordColumns).replace(", ", ", s.") + ") ORDER BY 1";
}

// The outbox's JSON escapes backslash, quote, LF, CR and TAB (db/Outbox.cpp); any other control character
// (only ever inside a string there) becomes \u00XX, as JSON requires.
QByteArray jsonEscapeControls(const QByteArray& payload)
{
    if (std::none_of(payload.begin(), payload.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        return payload;
    QByteArray out;
    out.reserve(payload.size() + 16);
    for (const char c : payload) {
        if (static_cast<unsigned char>(c) < 0x20)
            out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

// A row key is the station's own name for a row; a NUL in it (the only thing a QString can hold that
// PostgreSQL text cannot) is sent as U+FFFD.
QByteArray pgSafeText(QByteArray text)
{
    return text.replace('\0', "\xEF\xBF\xBD");
}

QByteArray copyRows(const QList<db::OutboxEntry>& entries, const QByteArray& stationId)
{
    QByteArray data;
    qsizetype size = 0;
    for (const db::OutboxEntry& e : entries)
        size += e.payload.size() + 160;
    data.reserve(size);
    for (const db::OutboxEntry& e : entries) {
        appendCopyField(data, e.uuid.toUtf8());
        data += '\t' + stationId + '\t' + QByteArray::number(e.seq) + '\t';
        appendCopyField(data, e.table.toUtf8());
        data += '\t';
        appendCopyField(data, pgSafeText(e.rowKey.toUtf8()));
        data += '\t' + e.op.toUtf8() + '\t';
        appendCopyField(data, jsonEscapeControls(pgSafePayload(e.payload)));
        data += '\t';
        appendCopyField(data, e.createdUtc.toUtf8());
        data += '\n';
    }
    return data;
}
} // namespace

Relay::Relay(db::Database& station, RelayOptions options) : m_station(station), m_options(std::move(options))
{}

Relay::~Relay() = default;

SyncResult<void> Relay::ensureConnected()
{
    if (m_pg)
        return {};
    auto pg = PgConnection::connect(m_options.conninfo, m_options.connectTimeoutSeconds);
    if (!pg)
        return fail(pg.error());
    if (auto v = checkCentralSchema(**pg); !v)
        return fail(v.error());
    if (auto r = (*pg)->exec(kStage); !r)
        return fail(r.error());
    m_pg = std::move(*pg);
    return {};
}

SyncResult<QList<db::OutboxConflict>> Relay::pushBatch(const QList<db::OutboxEntry>& entries,
                                                       RelayPhases& phases)
{
    const QByteArray stationId = m_station.stationId().toUtf8();
    PgConnection& pg = *m_pg;
    if (auto r = pg.exec("BEGIN"); !r)
        return fail(r.error());
    auto body = [&]() -> SyncResult<QList<db::OutboxConflict>> {
        // One relay per station at a time: the batches of a station land in order.
        if (auto r = pg.exec("SELECT pg_advisory_xact_lock(hashtext($1))", {stationId}); !r)
            return fail(r.error());
        if (auto r = pg.exec("INSERT INTO tps.stations(station_id) VALUES ($1) ON CONFLICT DO NOTHING",
                             {stationId});
            !r)
            return fail(r.error());
        QElapsedTimer t;
        t.start();
        const QByteArray rows = copyRows(entries, stationId);
        phases.stationRead += t.nsecsElapsed();
        t.restart();
        if (auto r = pg.copyIn("COPY tps_stage FROM STDIN", rows); !r)
            return fail(r.error());
        phases.copy += t.nsecsElapsed();
        t.restart();
        auto inserted = pg.exec(insertStaged());
        if (!inserted)
            return fail(inserted.error());
        const bool allNew = PgConnection::value(*inserted, 0, 0).toLongLong() == entries.size();
        phases.insert += t.nsecsElapsed();
        t.restart();
        // The central side re-verifies the station's chain as its events arrive (tps.findings) and looks for
        // the devices' EKs on other devices (tps.duplicate_eks).
        if (auto r = pg.exec("SELECT tps.check_arrival($1)", {stationId}); !r)
            return fail(r.error());
        phases.chainCheck += t.nsecsElapsed();
        t.restart();
        QList<db::OutboxConflict> conflicts;
        auto found = pg.exec(allNew ? QByteArray("SELECT 1 WHERE false") : conflictQuery());
        if (!found)
            return fail(found.error());
        for (int i = 0; i < PgConnection::rows(*found); ++i)
            conflicts.append({PgConnection::value(*found, i, 0).toLongLong(),
                              PgConnection::value(*found, i, 1), PgConnection::value(*found, i, 2),
                              PgConnection::value(*found, i, 3)});
        phases.insert += t.nsecsElapsed();
        t.restart();
        if (auto r = pg.exec("COMMIT"); !r)
            return fail(r.error());
        phases.commit += t.nsecsElapsed();
        phases.waiting = phases.copy + phases.insert + phases.chainCheck + phases.commit;
        return conflicts;
    };
    auto result = body();
    if (!result) {
        (void)pg.exec("ROLLBACK");
        m_pg.reset(); // a fresh connection (and staging table) for the next attempt
    }
    return result;
}

void Relay::noteError(const SyncError& e)
{
    (void)db::setSyncState(m_station, {{QStringLiteral("last_error_utc"), db::utcNow()},
                                       {QStringLiteral("last_error"), e.message},
                                       {QStringLiteral("last_error_code"), syncErrorKey(e.code)}});
}

SyncResult<RelayReport> Relay::syncOnce()
{
    RelayReport report;
    report.central = PgConnection::describe(m_options.conninfo);
    auto last = m_station.queryInt("SELECT coalesce(max(seq), 0) FROM outbox");
    if (!last) {
        const SyncError e{SyncErrc::Station, last.error().message, {}};
        return fail(e);
    }
    if (auto c = ensureConnected(); !c) {
        noteError(c.error());
        return fail(c.error());
    }
    QElapsedTimer t;
    while (report.upToSeq < *last) {
        t.start();
        auto batch = db::outboxBatch(m_station, report.upToSeq, m_options.batchSize);
        report.phases.stationRead += t.nsecsElapsed();
        if (!batch)
            return fail(SyncError{SyncErrc::Station, batch.error().message, {}});
        while (!batch->isEmpty() && batch->last().seq > *last)
            batch->removeLast();
        if (batch->isEmpty())
            break;
        auto conflicts = pushBatch(*batch, report.phases);
        if (!conflicts) {
            noteError(conflicts.error());
            return fail(conflicts.error());
        }
        const qint64 upTo = batch->last().seq;
        t.start();
        if (auto r = db::outboxAcknowledge(m_station, upTo, *conflicts, report.central); !r) {
            const SyncError e{
                SyncErrc::Station,
                Tr::tr("The factory database committed the records, but the station database could not "
                       "note it (they will be sent again, harmlessly): %1")
                    .arg(r.error().message),
                {}};
            noteError(e);
            return fail(e);
        }
        report.phases.acknowledge += t.nsecsElapsed();
        report.sent += batch->size();
        report.batches += 1;
        report.upToSeq = upTo;
        report.conflicts += *conflicts;
    }
    return report;
}

} // namespace tps::sync
