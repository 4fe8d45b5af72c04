#include "sync/Relay.h"

#include "sync/CentralSchema.h"
#include "sync/StageRows.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <optional>

namespace tps::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Relay)
};

// The typed columns of an audit event and how each comes out of a staged row: its typed column, or for an
// event staged as JSON, the JSON member (one list for the insert and the conflict check).
constexpr const char* kEventColumns = "station_id, seq, time_utc, software_version, actor_id, actor_name, "
                                      "device_serial, action, object, field, old_value, new_value, reason, "
                                      "prev_hash, hash, exact";
QByteArray eventValues(const QByteArray& station)
{
    QByteArray values = station + "::uuid, coalesce(s.seq, (s.payload->>'seq')::bigint)";
    for (const char* text : {"time_utc", "software_version", "actor_id", "actor_name", "device_serial",
                             "action", "object", "field", "old_value", "new_value", "reason"})
        values += QByteArray(", coalesce(s.") + text + ", s.payload->>'" + text + "')";
    return values + ", coalesce(s.prev_hash, decode(s.payload->>'prev_hash', 'hex')), coalesce(s.hash, "
                    "decode(s.payload->>'hash', 'hex')), coalesce(s.exact, s.payload->'$exact')";
}

// Both inserts in one statement; it notes how many staged rows were new (tps.relay_new_rows, for this
// transaction only). The events are not sorted first: within the transaction their order is not observable
// (the chain check orders by seq), and sorting 10,000 staged rows cost as much as inserting them.
QByteArray insertStaged(const QByteArray& station)
{
    return QByteArray("WITH events AS (INSERT INTO tps.audit_events (uuid, ") + kEventColumns +
           ", outbox_seq) SELECT s.uuid, " + eventValues(station) +
           ", s.outbox_seq FROM tps_stage s WHERE s.table_name = 'audit_events' "
           "ON CONFLICT (uuid) DO NOTHING RETURNING 1), records AS (INSERT INTO tps.records (uuid, "
           "station_id, "
           "outbox_seq, table_name, row_key, op, payload, created_utc) SELECT uuid, " +
           station +
           "::uuid, outbox_seq, table_name, row_key, op, payload, created_utc FROM tps_stage WHERE "
           "table_name "
           "<> 'audit_events' ORDER BY outbox_seq ON CONFLICT (uuid) DO NOTHING RETURNING 1) "
           "SELECT set_config('tps.relay_new_rows', ((SELECT count(*) FROM events) + (SELECT count(*) FROM "
           "records))::text, true)";
}

// Staged rows whose UUID the central side holds with other content (or as the other kind of row). When
// every staged row was new, none can conflict: the condition on tps.relay_new_rows holds no column, so the
// server tests it once and skips the joins.
QByteArray conflictQuery(const QByteArray& station, qsizetype staged)
{
    const QByteArray stage = "SELECT s.outbox_seq, s.uuid, s.table_name, s.row_key FROM tps_stage s ";
    const QByteArray someOld =
        "current_setting('tps.relay_new_rows')::bigint < " + QByteArray::number(staged) + " AND ";
    return stage + "JOIN tps.audit_events e ON e.uuid = s.uuid WHERE " + someOld +
           "(s.table_name <> 'audit_events' OR (e." + QByteArray(kEventColumns).replace(", ", ", e.") +
           ") IS DISTINCT FROM (" + eventValues(station) + ")) UNION ALL " + stage +
           "JOIN tps.records r ON r.uuid = s.uuid WHERE " + someOld +
           "(s.table_name = 'audit_events' OR (r.station_id, r.table_name, r.row_key, r.op, r.payload) IS "
           "DISTINCT FROM (" +
           station + "::uuid, s.table_name, s.row_key, s.op, s.payload)) ORDER BY 1";
}

// The server's clock in microseconds, between the statements of a batch: where its time went.
constexpr const char* kClock = "SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint";

// The central side's check of what arrived from the station (tps.check_arrival: its chain from where it last
// stopped, the checkpoints, the devices' EKs); its answer is the sequence number verified so far.
QByteArray arrivalCheck(const QByteArray& station)
{
    return "SELECT tps.check_arrival(" + station + ")";
}

// One batch's statements, in one round trip. The results with rows: the lock, five clock readings around
// COPY, the inserts, the conflicts, the chain check and COMMIT, the inserts' count, the conflicts and the
// chain check (see collectBatch()). Without `checkInside` the batch's events are checked beside it, on the
// second connection (Relay::checkBeside()), and its chain-check row is NULL.
QList<QByteArray> batchStatements(const QByteArray& station, qsizetype staged, bool checkInside)
{
    return {"BEGIN",
            // One relay per station at a time: the batches of a station land in order.
            "SELECT pg_advisory_xact_lock(hashtext(" + station + "))",
            "INSERT INTO tps.stations(station_id) VALUES (" + station + ") ON CONFLICT DO NOTHING", kClock,
            "COPY tps_stage FROM STDIN", kClock, insertStaged(station), conflictQuery(station, staged),
            kClock,
            // The central side re-verifies the station's chain as its events arrive (tps.findings) and looks
            // for the devices' EKs on other devices (tps.duplicate_eks).
            checkInside ? arrivalCheck(station) : QByteArray("SELECT NULL::bigint"), kClock, "COMMIT", kClock};
}
// Where in collect()'s results: the clock readings and the conflicts.
enum BatchRows {
    LockRow,
    ClockBeforeCopy,
    ClockAfterCopy,
    InsertedRow,
    ConflictRows,
    ClockAfterInsert,
    ChainRow,
    ClockAfterCheck,
    ClockAfterCommit,
    BatchRowCount
};
} // namespace

// A batch read from the outbox, as COPY data.
struct Relay::Staged
{
    qsizetype count = 0;
    qint64 upTo = 0; // its last outbox sequence number
    QByteArray rows;
};

// A batch the central database committed that the station has not yet noted.
struct Relay::Committed
{
    qsizetype count = 0;
    qint64 upTo = 0;
    QList<db::OutboxConflict> conflicts;
};

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
    if (auto r = (*pg)->exec(kStageTable); !r)
        return fail(r.error());
    m_pg = std::move(*pg);
    return {};
}

SyncResult<Relay::Staged> Relay::readBatch(qint64 afterSeq, qint64 last, RelayPhases& phases)
{
    QElapsedTimer t;
    t.start();
    Staged staged;
    auto scanned =
        db::outboxScan(m_station, afterSeq, last, m_options.batchSize, [&](const db::OutboxRow& row) {
            appendStageRow(staged.rows, row);
            ++staged.count;
        });
    if (!scanned)
        return fail(SyncError{SyncErrc::Station, scanned.error().message, {}});
    staged.upTo = *scanned;
    phases.stationRead += t.nsecsElapsed();
    return staged;
}

SyncResult<void> Relay::sendBatch(const Staged& batch, bool checkInside, RelayPhases& phases)
{
    QElapsedTimer t;
    t.start();
    const QByteArray station = m_pg->literal(m_station.stationId().toUtf8());
    auto sent = m_pg->sendWithCopy(batchStatements(station, batch.count, checkInside), batch.rows);
    phases.waiting += t.nsecsElapsed();
    if (!sent)
        m_pg.reset(); // a fresh connection (and staging table) for the next attempt
    return sent;
}

SyncResult<QList<db::OutboxConflict>> Relay::collectBatch(RelayReport& report)
{
    RelayPhases& phases = report.phases;
    QElapsedTimer t;
    t.start();
    auto results = m_pg->collect();
    phases.waiting += t.nsecsElapsed();
    if (!results || results->size() != BatchRowCount) {
        m_pg.reset();
        if (!results)
            return fail(results.error());
        return fail(SyncError{SyncErrc::Server,
                              Tr::tr("The factory database answered the batch unexpectedly."),
                              QString::number(results->size())});
    }
    const auto at = [&](int i) {
        return PgConnection::value(results->at(i), 0, 0).toLongLong() * 1000;
    };
    phases.copy += at(ClockAfterCopy) - at(ClockBeforeCopy);
    phases.insert += at(ClockAfterInsert) - at(ClockAfterCopy);
    phases.chainCheck += at(ClockAfterCheck) - at(ClockAfterInsert);
    phases.commit += at(ClockAfterCommit) - at(ClockAfterCheck);
    if (const QString verified = PgConnection::value(results->at(ChainRow), 0, 0); !verified.isEmpty())
        report.verifiedSeq = qMax(report.verifiedSeq, verified.toLongLong());
    const PgResultPtr& found = results->at(ConflictRows);
    QList<db::OutboxConflict> conflicts;
    for (int i = 0; i < PgConnection::rows(found); ++i)
        conflicts.append({PgConnection::value(found, i, 0).toLongLong(), PgConnection::value(found, i, 1),
                          PgConnection::value(found, i, 2), PgConnection::value(found, i, 3)});
    return conflicts;
}

SyncResult<void> Relay::acknowledge(const Committed& batch, bool prune, RelayReport& report)
{
    QElapsedTimer t;
    t.start();
    if (auto r = db::outboxAcknowledge(m_station, batch.upTo, batch.conflicts, report.central, prune); !r) {
        const SyncError e{SyncErrc::Station,
                          Tr::tr("The factory database committed the records, but the station database could "
                                 "not note it (they will be sent again, harmlessly): %1")
                              .arg(r.error().message),
                          {}};
        return fail(e);
    }
    report.phases.acknowledge += t.nsecsElapsed();
    report.sent += batch.count;
    report.batches += 1;
    report.upToSeq = batch.upTo;
    report.conflicts += batch.conflicts;
    return {};
}

void Relay::noteError(const SyncError& e)
{
    (void)db::setSyncState(m_station, {{QStringLiteral("last_error_utc"), db::utcNow()},
                                       {QStringLiteral("last_error"), e.message},
                                       {QStringLiteral("last_error_code"), syncErrorKey(e.code)}});
}

// After a batch committed without its check: the arrival check on the second connection, while the next
// batches go in on the first one — PostgreSQL runs it in another backend, on the other core, instead of
// between the batch's insert and its COMMIT. One check at a time: while one runs, the batches committed
// meanwhile wait for the next (its statement sees every batch committed before it starts). False when no
// check was started now. A verifier that cannot connect or fails is dropped: the remaining batches are
// checked inside their own transactions, as a single batch always is.
bool Relay::checkBeside(RelayReport& report)
{
    if (m_checking && (m_verifier->busy() || !finishCheckBeside(report)))
        return false;
    if (!m_verifier) {
        auto pg = PgConnection::connect(m_options.conninfo, m_options.connectTimeoutSeconds);
        if (!pg)
            return false;
        m_verifier = std::move(*pg);
    }
    const QByteArray station = m_verifier->literal(m_station.stationId().toUtf8());
    if (!m_verifier->send({kClock, arrivalCheck(station), kClock})) {
        m_verifier.reset();
        return false;
    }
    m_checking = true;
    ++report.checksBeside;
    return true;
}

// Waits for the check in flight on the second connection; false (and the connection dropped) when it failed.
bool Relay::finishCheckBeside(RelayReport& report)
{
    QElapsedTimer t;
    t.start();
    auto results = m_verifier->collect();
    report.phases.waiting += t.nsecsElapsed();
    m_checking = false;
    if (!results || results->size() != 3) {
        m_verifier.reset();
        return false;
    }
    const auto at = [&](int i) {
        return PgConnection::value(results->at(i), 0, 0).toLongLong();
    };
    report.phases.chainCheck += (at(2) - at(0)) * 1000;
    report.verifiedSeq = qMax(report.verifiedSeq, at(1));
    return true;
}

// At the end of a sync every batch it committed has been checked: the check in flight is awaited, and when
// the last batches committed after it started (`covered` false), one more check runs.
SyncResult<void> Relay::finishChecks(bool covered, RelayReport& report)
{
    if (m_checking && !finishCheckBeside(report))
        covered = false;
    m_verifier.reset();
    if (covered)
        return {};
    auto verified = m_pg->exec(arrivalCheck(m_pg->literal(m_station.stationId().toUtf8())));
    if (!verified)
        return fail(verified.error());
    report.verifiedSeq = qMax(report.verifiedSeq, PgConnection::value(*verified, 0, 0).toLongLong());
    return {};
}

// Batch N+1 is read from the outbox (and batch N-1 acknowledged there) while the server works on batch N;
// a batch is acknowledged only after its COMMIT, and the next one is sent only after that COMMIT, so the
// batches land in order and a failure leaves at most the batch in flight to send again. The last batch of
// the sync (and every batch once the second connection failed) is checked inside its transaction; the others
// beside (checkBeside()).
SyncResult<void> Relay::pump(qint64 last, RelayReport& report)
{
    auto batch = readBatch(report.upToSeq, last, report.phases);
    std::optional<Committed> committed;
    bool covered = true; // every committed batch is checked, or a check started after its COMMIT
    bool besideFailed = false;
    while (batch && batch->count > 0) {
        const bool checkInside = batch->upTo >= last || besideFailed || !m_options.checkBeside;
        auto sent = sendBatch(*batch, checkInside, report.phases);
        if (committed) {
            if (auto a = acknowledge(*committed, false, report); !a) {
                m_pg.reset(); // the batch in flight is rolled back with its connection
                return a;
            }
            committed.reset();
        }
        if (!sent)
            return fail(sent.error());
        auto next = readBatch(batch->upTo, last, report.phases);
        if (!next) {
            m_pg.reset();
            return fail(next.error());
        }
        auto conflicts = collectBatch(report);
        if (!conflicts)
            return fail(conflicts.error());
        committed = Committed{batch->count, batch->upTo, std::move(*conflicts)};
        if (checkInside) {
            covered = true; // it waited for any check beside (the lock) and saw every committed batch
        } else {
            covered = checkBeside(report);
            besideFailed = !m_verifier;
        }
        batch = std::move(next);
    }
    if (!batch)
        return fail(batch.error());
    if (committed)
        if (auto a = acknowledge(*committed, true, report); !a)
            return a;
    return finishChecks(covered, report);
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
    // What an earlier sync acknowledged without deleting it yet (it stopped before its last batch).
    if (auto pruned = db::outboxPrune(m_station); !pruned) {
        const SyncError e{SyncErrc::Station, pruned.error().message, {}};
        return fail(e);
    }
    auto done = ensureConnected();
    if (done)
        done = pump(*last, report);
    if (!done) {
        m_verifier.reset();
        m_checking = false;
        noteError(done.error());
        return fail(done.error());
    }
    return report;
}

} // namespace tps::sync
