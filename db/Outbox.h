// The station's outbox (schema 12, docs/FORMATS.md "Outbox"): every record that must reach the factory
// database is queued by an AFTER INSERT (and, for the tables whose rows change state, AFTER UPDATE) trigger
// in the same SQLite transaction that writes it, so no write path of the station has to remember it and
// nothing the station acknowledges depends on the network. The relay (sync/) sends the queue in order and
// deletes entries only after the central database committed them.
#pragma once

#include "db/Database.h"

#include <QByteArrayView>
#include <QList>
#include <functional>
#include <optional>

namespace tps::db {

// One table the outbox mirrors: its columns (BLOBs travel as lowercase hex) and how a row is named.
struct OutboxTable
{
    const char* name;
    const char* rowKey;         // SQL over NEW (or the bare row in the backfill): the row's stable name
    bool hasUuid;               // an insert's outbox entry carries the row's own station-minted UUID
    bool mutableRows;           // rows change state after the insert: an AFTER UPDATE trigger too
    const char* const* columns; // null-terminated; what never leaves the station (secrets) is not listed
    int since = 12;             // the schema version that queues this table (its triggers and backfill)
};
const QList<OutboxTable>& outboxTables();

// The triggers of schemas 12 and 13, generated from outboxTables() (name, SQL as sqlite_schema keeps it,
// table, the schema version that makes it).
struct OutboxTrigger
{
    QByteArray name;
    QByteArray sql;
    QByteArray table;
    int since = 12;
};
const QList<OutboxTrigger>& outboxTriggers();

// Schema 12: the outbox, the sync state and the record of conflicts; the triggers; every existing row
// queued once (in table order, then row order).
DbResult<void> createOutbox(Database& db);
// Schema 13: the tables of schema 11 (trust store, lots) and the operators (without their password
// hashes) queued too: their triggers, and their existing rows queued once.
DbResult<void> extendOutbox(Database& db);

struct OutboxEntry
{
    qint64 seq = 0;
    QString uuid; // the central record's primary key (the row's UUID for an insert of a UUID table)
    QString table;
    QString rowKey;
    QString op;         // insert | update
    QByteArray payload; // JSON object, UTF-8
    QString createdUtc;
};

// The oldest `limit` entries after `afterSeq`, in order.
DbResult<QList<OutboxEntry>> outboxBatch(Database& db, qint64 afterSeq, int limit);

// The same entries (at most `limit` after `afterSeq`, none after `lastSeq`) as SQLite holds them, each handed
// to `row` as it is read — the views are valid during the call only: for the relay, which only re-encodes
// them. Returns the last sequence number read (`afterSeq` when none).
struct OutboxRow
{
    qint64 seq = 0;
    QByteArrayView uuid, table, rowKey, op, payload, createdUtc;
};
DbResult<qint64> outboxScan(Database& db, qint64 afterSeq, qint64 lastSeq, int limit,
                            const std::function<void(const OutboxRow&)>& row);
// An entry the central database already holds under the same UUID with other content: never overwritten
// there; recorded here (sync_conflicts) and audited (`sync-conflict outbox:<uuid>`).
struct OutboxConflict
{
    qint64 seq = 0;
    QString uuid;
    QString table;
    QString rowKey;
};

// After the central commit, in one station transaction: records and audits the conflicts and notes the
// success in sync_state (`central`: where to, no password; last_sent_seq: `lastSeq`); with `prune`, also
// deletes the entries up to and including `lastSeq`. Without it they stay until the next outboxPrune() or
// pruning acknowledgement, no longer counted as queued — so the relay deletes a whole sync's entries at
// once, when they are all of the queue with SQLite's truncate optimization, instead of row by row.
DbResult<void> outboxAcknowledge(Database& db, qint64 lastSeq, const QList<OutboxConflict>& conflicts,
                                 const QString& central, bool prune = true);
// Deletes the entries acknowledged without pruning (up to sync_state's last_sent_seq).
DbResult<void> outboxPrune(Database& db);

struct OutboxStatus
{
    qint64 queued = 0;
    qint64 oldestSeq = 0;
    QString oldestUtc;
    QString lastSuccessUtc;
    qint64 lastSentSeq = 0;
    QString lastErrorUtc;
    QString lastError;
    qint64 conflicts = 0;
    QString central; // the last central database synced to (host/dbname, never a password)
};
DbResult<OutboxStatus> outboxStatus(Database& db);

// The relay's state in the station database (sync_state): key → value.
DbResult<void> setSyncState(Database& db, const QList<std::pair<QString, QString>>& values);

} // namespace tps::db
