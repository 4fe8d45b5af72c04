// The relay: pushes a station's outbox (db/Outbox) to the factory database, oldest first, in batches,
// each batch one PostgreSQL transaction sent in one round trip (COPY into a temporary staging table — audit
// events as typed columns, sync/StageRows.h — then INSERT … ON CONFLICT DO NOTHING into tps.audit_events /
// tps.records). While the server works on a batch, the relay reads the next one from the outbox and
// acknowledges the previous one there. The central side's arrival check (tps.check_arrival: the station's
// chain, checkpoints, EKs) runs inside the transaction of a sync's last batch; a backlog's earlier batches
// are checked on a second connection beside the next batches (another server backend, the other core), one
// check at a time, and the sync ends only when every batch it committed has been checked. Entries leave the outbox only after their batch's
// commit, so a relay killed at any point re-sends at most two batches (the one in flight and the one
// committed but not yet noted), which the central side takes as already there. A row the central side holds
// under the same UUID with other content is a conflict: never overwritten, reported, recorded and audited in
// the station (db::outboxAcknowledge).
#pragma once

#include "db/Database.h"
#include "db/Outbox.h"
#include "sync/PgConnection.h"

namespace tps::sync {

struct RelayOptions
{
    QString conninfo;      // libpq connection string / URI / service; never a password
    int batchSize = 10000; // outbox entries per central transaction
    int connectTimeoutSeconds = 10;
    // A backlog of several batches is checked on a second connection beside the batches (Relay::pump());
    // false: every batch inside its own transaction (the peer in tests/bench/BenchCentralSync.cpp).
    bool checkBeside = true;
};

// Where a sync spent its time, summed over its batches (nanoseconds). Each phase is timed where it runs:
// the station's read and acknowledgement in this process, the rest on the server (clock_timestamp()
// between the batch's statements), so the figures stay true when the station's work overlaps the server's.
struct RelayPhases
{
    qint64 stationRead = 0; // reading the outbox (db::outboxScan) and building the COPY data
    qint64 copy = 0;        // COPY into the staging table(s), until the server has taken the last row
    qint64 insert = 0;      // the typed inserts (ON CONFLICT DO NOTHING) and the conflict query
    qint64 chainCheck = 0;  // tps.check_arrival, in the batches' transactions and beside them
    qint64 commit = 0;      // COMMIT (the central WAL flush)
    qint64 acknowledge = 0; // outboxAcknowledge() in the station
    qint64 waiting = 0;     // this process blocked on the server (what the overlap did not hide)
};

struct RelayReport
{
    qint64 sent = 0; // entries the central database committed (including ones it already held)
    int batches = 0;
    qint64 upToSeq = 0; // the last outbox sequence number sent
    QList<db::OutboxConflict> conflicts;
    QString central; // where to (no password)
    qint64 verifiedSeq = -1; // the station's audit chain as far as the central side verified it (-1: not asked)
    int checksBeside = 0;    // arrival checks run on the second connection, beside the batches
    RelayPhases phases;
};

class Relay
{
public:
    Relay(db::Database& station, RelayOptions options);
    ~Relay();
    Relay(const Relay&) = delete;
    Relay& operator=(const Relay&) = delete;

    // Sends everything queued when it starts (entries added meanwhile wait for the next call). On failure
    // the error is also kept in the station's sync state (last_error), and the outbox keeps its entries.
    SyncResult<RelayReport> syncOnce();

private:
    struct Staged;
    struct Committed;
    SyncResult<void> ensureConnected();
    SyncResult<void> pump(qint64 last, RelayReport& report);
    SyncResult<Staged> readBatch(qint64 afterSeq, qint64 last, RelayPhases& phases);
    SyncResult<void> sendBatch(const Staged& batch, bool checkInside, RelayPhases& phases);
    SyncResult<QList<db::OutboxConflict>> collectBatch(RelayReport& report);
    bool checkBeside(RelayReport& report);
    bool finishCheckBeside(RelayReport& report);
    SyncResult<void> finishChecks(bool covered, RelayReport& report);
    SyncResult<void> acknowledge(const Committed& batch, bool prune, RelayReport& report);
    void noteError(const SyncError& e);

    db::Database& m_station;
    RelayOptions m_options;
    std::unique_ptr<PgConnection> m_pg;
    std::unique_ptr<PgConnection> m_verifier; // the second connection, for a backlog of several batches
    bool m_checking = false;                  // a check is in flight on m_verifier
};

} // namespace tps::sync
