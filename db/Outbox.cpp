#include "db/Outbox.h"

#include "db/AuditTrail.h"

#include <functional>
#include <limits>

namespace tps::db {

namespace {
// The columns of each mirrored table as the migrations made them (db/Migrations.cpp).
constexpr const char* kAuditEvents[] = {
    "seq",           "uuid",   "time_utc", "station_id", "software_version", "actor_id",  "actor_name",
    "device_serial", "action", "object",   "field",      "old_value",        "new_value", "reason",
    "prev_hash",     "hash",   nullptr};
constexpr const char* kDevices[] = {
    "id",         "uuid",        "serial",       "product", "simulated", "ek_digest", "registration_id",
    "station_id", "created_utc", "rework_epoch", nullptr};
constexpr const char* kRuns[] = {"id",       "uuid",        "device_id", "station_id", "socket",
                                 "actor_id", "started_utc", "ended_utc", "state",      nullptr};
constexpr const char* kStepResults[] = {
    "id",        "uuid",        "run_id",       "device_id",    "step",
    "attempt",   "kind",        "outcome",      "error_code",   "operator_message",
    "technical", "duration_ms", "recorded_utc", "rework_epoch", nullptr};
constexpr const char* kMeasurements[] = {"id",       "uuid",    "step_result_id", "name",
                                         "value",    "unit",    "lower_limit",    "upper_limit",
                                         "expected", "verdict", nullptr};
constexpr const char* kArtifacts[] = {"id",         "uuid",   "step_result_id", "name",
                                      "media_type", "sha256", "data",           nullptr};
constexpr const char* kSignatures[] = {"id",         "uuid",        "signer_id",   "signer_name",   "meaning",
                                       "signed_utc", "record_type", "record_uuid", "record_sha256", "reason",
                                       nullptr};
constexpr const char* kReworks[] = {"id",           "uuid",   "device_id",   "step",         "epoch",
                                    "signature_id", "reason", "created_utc", "restart_step", nullptr};
constexpr const char* kCheckpoints[] = {"id",          "uuid",       "seq",       "hash",
                                        "created_utc", "public_key", "signature", nullptr};
constexpr const char* kBatches[] = {
    "id",      "uuid",      "name",    "creator_id", "creator_name",    "created_utc",
    "product", "simulated", "devices", "operations", "manifest_sha256", nullptr};
constexpr const char* kBatchDevices[] = {"id",          "batch_id", "device_id",  "registration_id",
                                         "operation",   "status",   "error_code", "error_status",
                                         "updated_utc", nullptr};
constexpr const char* kEscrowRecords[] = {
    "id",  "uuid",  "device_serial", "device_uuid", "hierarchies", "recipient_fingerprint",
    "cms", "state", "applied",       "created_utc", "updated_utc", nullptr};
constexpr const char* kSlotKeys[] = {"id",   "uuid",  "device_serial", "device_uuid", "product",
                                     "mode", "slot",  "host_name",     "device_id",   "kek_id",
                                     "cms",  "state", "created_utc",   "updated_utc", nullptr};
constexpr const char* kGroupKeys[] = {"id",  "uuid",     "product",     "kek_id",
                                      "cms", "actor_id", "created_utc", nullptr};
constexpr const char* kStationInfo[] = {"key", "value", nullptr};
// Schema 13. An operator's kdf, salt and password hash never leave the station.
constexpr const char* kOperators[] = {
    "id",           "uuid",     "operator_id", "full_name", "role", "failed_attempts",
    "locked_until", "disabled", "created_utc", nullptr};
constexpr const char* kTrustCas[] = {"id",
                                     "uuid",
                                     "import_uuid",
                                     "sha256",
                                     "der",
                                     "vendor",
                                     "name",
                                     "known",
                                     "subject",
                                     "role",
                                     "not_before",
                                     "not_after",
                                     "source",
                                     "imported_by",
                                     "imported_utc",
                                     "reason",
                                     "signature_id",
                                     "removed_utc",
                                     "removed_by",
                                     "removed_reason",
                                     "removed_signature_id",
                                     nullptr};
constexpr const char* kLots[] = {"id",     "uuid",          "lot",     "part",        "format",
                                 "source", "source_sha256", "entries", "imported_by", "imported_utc",
                                 "reason", "signature_id",  nullptr};
constexpr const char* kLotEntries[] = {
    "id",        "lot_id",          "row",         "ek_key_id", "form",         "key_algorithm", "tpm_serial",
    "ek_public", "registration_id", "certificate", "device_id", "consumed_utc", nullptr};
constexpr const char* kLotBatches[] = {"id", "batch_id", "lot_id", nullptr};

// Rows are named by their UUID; rows without one by what identifies them for good.
constexpr const char* kByUuid = "$.uuid";
constexpr const char* kBatchDeviceKey = "(SELECT uuid FROM batches WHERE id = $.batch_id) || '/' || "
                                        "(SELECT uuid FROM devices WHERE id = $.device_id)";
constexpr const char* kStationInfoKey = "'station_info/' || $.key";
constexpr const char* kLotEntryKey = "(SELECT uuid FROM lots WHERE id = $.lot_id) || '/' || $.row";
constexpr const char* kLotBatchKey = "(SELECT uuid FROM batches WHERE id = $.batch_id) || '/lot'";

// A random (version 4) UUID, minted in SQL for the entries that cannot carry a row's own.
constexpr const char* kSqlUuid =
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' "
    "|| substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || "
    "hex(randomblob(6)))";
constexpr const char* kSqlNow = "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')";

// `prefix` is "NEW." in a trigger and "" in the backfill.
QByteArray rowKeyExpr(const OutboxTable& t, const QByteArray& prefix)
{
    return QByteArray(t.rowKey).replace("$.", prefix);
}

// One column as a JSON value, from its SQLite type: null, a number, a BLOB as lowercase hex, text as a
// string. json_object() would be simpler, but SQLite 3.40 does not let a trigger call it under
// trusted_schema=OFF (it is not marked innocuous); these core functions are. Backslash, quote, LF, CR and
// TAB are escaped here; any other control character stays raw in the queue and the relay escapes it as
// \u00XX before the payload leaves the station (sync/Relay.cpp).
QByteArray jsonValue(const QByteArray& column)
{
    return QByteArray(
               R"SQL(CASE typeof(@) WHEN 'null' THEN 'null' WHEN 'integer' THEN CAST(@ AS TEXT) WHEN 'real' THEN CAST(@ AS TEXT) WHEN 'blob' THEN '"' || lower(hex(@)) || '"' ELSE '"' || replace(replace(replace(replace(replace(@, '\', '\\'), '"', '\"'), char(10), '\n'), char(13), '\r'), char(9), '\t') || '"' END)SQL")
        .replace("@", column);
}

QByteArray payloadExpr(const OutboxTable& t, const QByteArray& prefix)
{
    QByteArray sql = "'{' || ";
    for (const char* const* c = t.columns; *c; ++c) {
        const QByteArray name(*c);
        sql += (c == t.columns ? "'\"" : "',\"") + name + "\":' || " + jsonValue(prefix + name) + " || ";
    }
    return sql + "'}'";
}

QByteArray entryValues(const OutboxTable& t, const QByteArray& prefix, const char* op)
{
    const bool ownUuid = t.hasUuid && qstrcmp(op, "insert") == 0;
    return (ownUuid ? prefix + "uuid" : QByteArray(kSqlUuid)) + ", '" + t.name + "', " +
           rowKeyExpr(t, prefix) + ", '" + op + "', " + payloadExpr(t, prefix) + ", " + kSqlNow;
}

constexpr const char* kInsertEntry =
    "INSERT INTO outbox(uuid, table_name, row_key, op, payload, created_utc) ";

OutboxTrigger makeTrigger(const OutboxTable& t, const char* op)
{
    const QByteArray name = QByteArray("outbox_") + t.name + '_' + op;
    const QByteArray event = qstrcmp(op, "insert") == 0 ? "INSERT" : "UPDATE";
    const QByteArray sql = "CREATE TRIGGER " + name + " AFTER " + event + " ON " + t.name + "\nBEGIN " +
                           kInsertEntry + "VALUES (" + entryValues(t, "NEW.", op) + "); END";
    return {name, sql, t.name, t.since};
}

// The triggers and the backfill of the tables schema `version` starts queueing.
DbResult<void> queueTables(Database& db, int version)
{
    for (const OutboxTrigger& t : outboxTriggers())
        if (t.since == version)
            if (auto r = db.exec(t.sql.constData()); !r)
                return r;
    for (const OutboxTable& t : outboxTables()) {
        if (t.since != version)
            continue;
        const QByteArray backfill = kInsertEntry + QByteArray("SELECT ") + entryValues(t, "", "insert") +
                                    " FROM " + t.name + " ORDER BY " + t.columns[0];
        if (auto r = db.exec(backfill.constData()); !r)
            return r;
    }
    return {};
}

const char* const kV10 = R"SQL(
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    table_name  TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('insert', 'update')),
    payload     TEXT NOT NULL,
    created_utc TEXT NOT NULL
);
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE sync_conflicts (
    id           INTEGER PRIMARY KEY,
    outbox_seq   INTEGER NOT NULL,
    uuid         TEXT NOT NULL,
    table_name   TEXT NOT NULL,
    row_key      TEXT NOT NULL,
    central      TEXT NOT NULL,
    detected_utc TEXT NOT NULL
);
)SQL";
} // namespace

const QList<OutboxTable>& outboxTables()
{
    static const QList<OutboxTable> tables = {
        {"station_info", kStationInfoKey, false, true, kStationInfo},
        {"devices", kByUuid, true, true, kDevices},
        {"runs", kByUuid, true, true, kRuns},
        {"step_results", kByUuid, true, false, kStepResults},
        {"measurements", kByUuid, true, false, kMeasurements},
        {"artifacts", kByUuid, true, false, kArtifacts},
        {"signatures", kByUuid, true, false, kSignatures},
        {"reworks", kByUuid, true, false, kReworks},
        {"batches", kByUuid, true, true, kBatches},
        {"batch_devices", kBatchDeviceKey, false, true, kBatchDevices},
        {"escrow_records", kByUuid, true, true, kEscrowRecords},
        {"slot_keys", kByUuid, true, true, kSlotKeys},
        {"group_keys", kByUuid, true, false, kGroupKeys},
        {"audit_events", kByUuid, true, false, kAuditEvents},
        {"checkpoints", kByUuid, true, false, kCheckpoints},
        {"operators", kByUuid, true, true, kOperators, 13},
        {"trust_cas", kByUuid, true, true, kTrustCas, 13},
        {"lots", kByUuid, true, false, kLots, 13},
        {"lot_entries", kLotEntryKey, false, true, kLotEntries, 13},
        {"lot_batches", kLotBatchKey, false, false, kLotBatches, 13},
    };
    return tables;
}

const QList<OutboxTrigger>& outboxTriggers()
{
    static const QList<OutboxTrigger> triggers = [] {
        QList<OutboxTrigger> out;
        for (const OutboxTable& t : outboxTables()) {
            out.append(makeTrigger(t, "insert"));
            if (t.mutableRows)
                out.append(makeTrigger(t, "update"));
        }
        return out;
    }();
    return triggers;
}

DbResult<void> createOutbox(Database& db)
{
    if (auto r = db.exec(kV10); !r)
        return r;
    return queueTables(db, 12);
}

DbResult<void> extendOutbox(Database& db)
{
    return queueTables(db, 13);
}

DbResult<qint64> outboxScan(Database& db, qint64 afterSeq, qint64 lastSeq, int limit,
                            const std::function<void(const OutboxRow&)>& row)
{
    auto stmt = db.prepare("SELECT seq, uuid, table_name, row_key, op, payload, created_utc FROM outbox "
                           "WHERE seq > ?1 AND seq <= ?2 ORDER BY seq LIMIT ?3");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, afterSeq).bind(2, lastSeq).bind(3, limit);
    qint64 last = afterSeq;
    const auto view = [&](int column) {
        int n = 0;
        const char* text = stmt->rawText(column, &n);
        return QByteArrayView(text ? text : "", n);
    };
    for (;;) {
        auto step = stmt->step();
        if (!step)
            return fail(step.error());
        if (!*step)
            break;
        last = stmt->int64(0);
        row({last, view(1), view(2), view(3), view(4), view(5), view(6)});
    }
    return last;
}

DbResult<QList<OutboxEntry>> outboxBatch(Database& db, qint64 afterSeq, int limit)
{
    QList<OutboxEntry> out;
    auto scanned =
        outboxScan(db, afterSeq, std::numeric_limits<qint64>::max(), limit, [&](const OutboxRow& r) {
            out.append({r.seq, QString::fromUtf8(r.uuid), QString::fromUtf8(r.table),
                        QString::fromUtf8(r.rowKey), QString::fromUtf8(r.op), r.payload.toByteArray(),
                        QString::fromUtf8(r.createdUtc)});
        });
    if (!scanned)
        return fail(scanned.error());
    return out;
}

namespace {
DbResult<void> recordConflict(Database& db, AuditTrail& audit, const OutboxConflict& c,
                              const QString& central)
{
    auto insert = db.prepare("INSERT INTO sync_conflicts(outbox_seq, uuid, table_name, row_key, central, "
                             "detected_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, c.seq)
        .bind(2, c.uuid)
        .bind(3, c.table)
        .bind(4, c.rowKey)
        .bind(5, central)
        .bind(6, utcNow());
    if (auto r = insert->exec(); !r)
        return r;
    AuditEntry entry;
    entry.action = QStringLiteral("sync-conflict");
    entry.object = QStringLiteral("outbox:") + c.uuid;
    entry.field = c.table;
    entry.newValue = c.rowKey;
    entry.reason = QStringLiteral("the factory database %1 holds other content under this UUID; kept there, "
                                  "not overwritten")
                       .arg(central);
    if (auto r = audit.append(systemActor(), entry); !r)
        return fail(r.error());
    return {};
}
} // namespace

DbResult<void> setSyncState(Database& db, const QList<std::pair<QString, QString>>& values)
{
    auto stmt = db.prepare("INSERT INTO sync_state(key, value) VALUES (?1, ?2) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return fail(stmt.error());
    for (const auto& [key, value] : values) {
        stmt->reset();
        stmt->bind(1, key).bind(2, value);
        if (auto r = stmt->exec(); !r)
            return r;
    }
    return {};
}

namespace {
// The entries an acknowledgement covered: up to sync_state's last_sent_seq.
constexpr const char* kLastSent =
    "coalesce((SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'last_sent_seq'), 0)";

// Runs `body` with `PRAGMA name=value` on the connection, then restores the connection's own setting.
DbResult<void> withPragma(Database& db, const char* name, const char* value,
                          const std::function<DbResult<void>()>& body)
{
    const QByteArray pragma = QByteArray("PRAGMA ") + name;
    auto before = db.queryInt(pragma.constData());
    if (!before)
        return fail(before.error());
    if (auto r = db.exec((pragma + '=' + value).constData()); !r)
        return r;
    DbResult<void> result = body();
    auto restored = db.exec((pragma + '=' + QByteArray::number(*before)).constData());
    return result ? restored : result;
}

// Deletes the entries up to and including `lastSeq`; only in a write transaction (BEGIN IMMEDIATE), so that
// nothing is queued meanwhile.
// When that is every entry, without a WHERE clause: SQLite's truncate optimization then frees the table's
// pages at once instead of deleting row by row, each with its entry in the uuid index — 0.3 s instead of
// 2.3 s for 100,000 entries (sqlite3, load average 4). The entries are copies of rows the station keeps
// (never secrets), so their pages need not be overwritten: secure_delete (on in Debian's build) is FAST
// here, which still zeroes deleted content in the pages written anyway (1.6 s without it, truncated).
DbResult<void> deleteSent(Database& db, qint64 lastSeq)
{
    auto newest = db.queryInt("SELECT coalesce(max(seq), 0) FROM outbox");
    if (!newest)
        return fail(newest.error());
    return withPragma(db, "secure_delete", "FAST", [&]() -> DbResult<void> {
        if (*newest <= lastSeq)
            return db.exec("DELETE FROM outbox");
        auto del = db.prepare("DELETE FROM outbox WHERE seq <= ?1");
        if (!del)
            return fail(del.error());
        return del->bind(1, lastSeq).exec();
    });
}
} // namespace

DbResult<void> outboxPrune(Database& db)
{
    // A write transaction: nothing is queued between deleteSent()'s look at the newest entry and its DELETE.
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(tx.error());
    auto lastSent = db.queryInt((QByteArray("SELECT ") + kLastSent).constData());
    if (!lastSent)
        return fail(lastSent.error());
    if (auto r = deleteSent(db, *lastSent); !r)
        return r;
    return (*tx)->commit();
}

// The acknowledgement commits without waiting for the disk (synchronous=NORMAL; WAL keeps it atomic): one
// lost to a power failure only means its batch is sent again, which the central side takes as already there
// (and a conflict in it is found, recorded and audited again). Each fsync'ed commit cost the relay's loop
// more than the statements themselves on a busy disk.
DbResult<void> outboxAcknowledge(Database& db, qint64 lastSeq, const QList<OutboxConflict>& conflicts,
                                 const QString& central, bool prune)
{
    return withPragma(db, "synchronous", "NORMAL", [&]() -> DbResult<void> {
        auto tx = Transaction::begin(db);
        if (!tx)
            return fail(tx.error());
        AuditTrail audit(db);
        for (const OutboxConflict& c : conflicts)
            if (auto r = recordConflict(db, audit, c, central); !r)
                return r;
        if (prune)
            if (auto r = deleteSent(db, lastSeq); !r)
                return r;
        if (auto r = setSyncState(db, {{QStringLiteral("last_success_utc"), utcNow()},
                                       {QStringLiteral("last_sent_seq"), QString::number(lastSeq)},
                                       {QStringLiteral("central"), central}});
            !r)
            return r;
        return (*tx)->commit();
    });
}

DbResult<OutboxStatus> outboxStatus(Database& db)
{
    OutboxStatus s;
    // Entries acknowledged but not yet pruned are no longer queued.
    const QByteArray queued = QByteArray("FROM outbox WHERE seq > ") + kLastSent;
    const QByteArray sql =
        "SELECT count(*), min(seq), (SELECT created_utc " + queued + " ORDER BY seq LIMIT 1) " + queued;
    auto queue = db.prepare(sql.constData());
    if (!queue)
        return fail(queue.error());
    if (auto r = queue->step(); !r)
        return fail(r.error());
    s.queued = queue->int64(0);
    s.oldestSeq = queue->int64(1);
    s.oldestUtc = queue->text(2);
    auto state = db.prepare("SELECT key, value FROM sync_state");
    if (!state)
        return fail(state.error());
    for (;;) {
        auto row = state->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const QString key = state->text(0);
        const QString value = state->text(1);
        if (key == QLatin1String("last_success_utc"))
            s.lastSuccessUtc = value;
        else if (key == QLatin1String("last_sent_seq"))
            s.lastSentSeq = value.toLongLong();
        else if (key == QLatin1String("last_error_utc"))
            s.lastErrorUtc = value;
        else if (key == QLatin1String("last_error"))
            s.lastError = value;
        else if (key == QLatin1String("central"))
            s.central = value;
    }
    auto conflicts = db.queryInt("SELECT count(*) FROM sync_conflicts");
    if (!conflicts)
        return fail(conflicts.error());
    s.conflicts = *conflicts;
    return s;
}

} // namespace tps::db
