#include "db/AuditTrail.h"

#include "db/Checkpoints.h"
#include "db/Schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <algorithm>
#include <cstring>
#include <thread>

namespace tps::db {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

const QByteArray kGenesis(32, '\0');

constexpr const char* kSelectEvents =
    "SELECT seq, uuid, time_utc, station_id, software_version, actor_id, actor_name, device_serial, action, "
    "object, field, old_value, new_value, reason, prev_hash, hash FROM audit_events";

VerifyReport problem(VerifyReport report, AuditProblem kind, qint64 seq, const QString& message)
{
    report.intact = false;
    report.problem = kind;
    report.seq = seq;
    report.message = message;
    return report;
}

DbResult<std::optional<qint64>> seqWithHash(Database& db, const QByteArray& hash, qint64 exceptSeq)
{
    return db.queryOptional(
        "SELECT seq FROM audit_events WHERE hash = ?1 AND seq <> ?2 ORDER BY seq LIMIT 1",
        [&](Statement& s) { s.bind(1, hash).bind(2, exceptSeq); },
        [](const Statement& s) { return s.int64(0); });
}

DbResult<std::optional<QByteArray>> prevHashAfter(Database& db, qint64 seq)
{
    return db.queryOptional(
        "SELECT prev_hash FROM audit_events WHERE seq > ?1 ORDER BY seq LIMIT 1",
        [&](Statement& s) { s.bind(1, seq); }, [](const Statement& s) { return s.blob(0); });
}

// The link of event `seq` does not match the hash of its predecessor: says why, as precisely as the
// chain allows.
DbResult<VerifyReport> classifyBrokenLink(Database& db, VerifyReport report, qint64 seq,
                                          const QByteArray& prevHash, bool selfConsistent,
                                          const QByteArray& predecessorHash, qint64 predecessorSeq)
{
    if (selfConsistent) {
        auto j = seqWithHash(db, prevHash, seq);
        if (!j)
            return fail(j.error());
        if (*j && **j > seq)
            return problem(
                report, AuditProblem::Reordered, seq,
                Tr::tr("Audit event %1 is out of order: it was chained after event %2.").arg(seq).arg(**j));
        if (*j)
            return problem(
                report, AuditProblem::Inserted, seq,
                Tr::tr("Audit event %1 was inserted: event %2 already has a successor.").arg(seq).arg(**j));
    }
    auto next = prevHashAfter(db, seq);
    if (!next)
        return fail(next.error());
    if (!*next || **next == predecessorHash)
        return problem(report, AuditProblem::Inserted, seq,
                       Tr::tr("Audit event %1 was inserted: it is not part of the chain after event %2.")
                           .arg(seq)
                           .arg(predecessorSeq));
    if (selfConsistent)
        return problem(report, AuditProblem::Missing, seq,
                       Tr::tr("One or more audit events are missing between event %1 and event %2.")
                           .arg(predecessorSeq)
                           .arg(seq));
    return problem(report, AuditProblem::Altered, seq,
                   Tr::tr("Audit event %1 was altered: its content no longer matches its hash.").arg(seq));
}

DbResult<VerifyReport> checkTriggers(Database& db, VerifyReport report)
{
    int count = 0;
    const ProtectionTrigger* triggers = protectionTriggers(&count);
    auto table = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name=?1");
    auto trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE type='trigger' AND name=?1");
    if (!table || !trigger)
        return fail(!table ? table.error() : trigger.error());
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromLatin1(triggers[i].name);
        table->reset();
        table->bind(1, QString::fromLatin1(triggers[i].table));
        if (auto r = table->step(); !r)
            return fail(r.error());
        if (table->int64(0) == 0)
            continue; // an older schema without this table
        trigger->reset();
        trigger->bind(1, name);
        auto row = trigger->step();
        if (!row)
            return fail(row.error());
        if (!*row || trigger->text(0) != QString::fromLatin1(triggers[i].sql))
            return problem(report, AuditProblem::ProtectionRemoved, 0,
                           Tr::tr("The append-only protection %1 of the audit records was removed or "
                                  "changed.")
                               .arg(name));
    }
    return report;
}

// The first thing wrong in a range of the chain, as the scanning thread saw it; classified afterwards.
struct Finding
{
    enum Kind { Gap, Link, SelfHash, Vouched } kind = Gap;
    qint64 seq = 0;
    qint64 other = 0; // Gap: the seq found instead; Vouched: the checkpoint's seq
    QByteArray prevHash;
    bool selfConsistent = false;
    QByteArray predecessorHash;
};

struct RangeScan
{
    std::optional<DbError> error;
    std::optional<Finding> finding;
    qint64 rows = 0;
    qint64 firstSeq = 0;
    QByteArray firstPrev; // the link of the range's first event (checked by the caller when deferred)
    bool firstSelfConsistent = false;
    QByteArray lastHash;
};

// Scans events from..to in order. With `startPrev`, the first event's link is checked against it;
// without, it is returned for the caller to check.
RangeScan scanRange(Database& db, qint64 from, qint64 to, const QByteArray* startPrev,
                    const QHash<qint64, QByteArray>& vouched, qint64 lastVouched)
{
    RangeScan out;
    if (to < from)
        return out;
    (void)db.exec("PRAGMA mmap_size=1073741824");
    auto stmt =
        db.prepare((QByteArray(kSelectEvents) + " WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq").constData());
    if (!stmt) {
        out.error = stmt.error();
        return out;
    }
    stmt->bind(1, from).bind(2, to);
    AuditHasher hasher;
    unsigned char previous[32];
    if (startPrev)
        std::memcpy(previous, startPrev->constData(), 32);
    qint64 expectedSeq = from;
    std::string_view fields[kAuditFieldCount];
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            out.error = row.error();
            return out;
        }
        if (!*row)
            break;
        const qint64 seq = stmt->int64(0);
        if (seq != expectedSeq) {
            out.finding = Finding{Finding::Gap, expectedSeq, seq, {}, false, {}};
            return out;
        }
        for (int i = 0; i < kAuditFieldCount; ++i) {
            int n = 0;
            const char* p = stmt->rawText(i + 1, &n);
            fields[i] = std::string_view(p ? p : "", static_cast<size_t>(n));
        }
        int prevLen = 0;
        int hashLen = 0;
        const unsigned char* prevHash = stmt->rawBlob(14, &prevLen);
        const unsigned char* storedHash = stmt->rawBlob(15, &hashLen);
        bool selfConsistent = false;
        if (prevLen == 32 && hashLen == 32) {
            const Digest h = hasher.eventHash(fields, prevHash);
            selfConsistent = std::memcmp(h.data(), storedHash, 32) == 0;
        }
        const auto prevCopy = [&] {
            return prevHash ? QByteArray(reinterpret_cast<const char*>(prevHash), prevLen) : QByteArray();
        };
        const auto predecessor = [&] {
            return out.rows == 0 ? (startPrev ? *startPrev : QByteArray())
                                 : QByteArray(reinterpret_cast<const char*>(previous), 32);
        };
        const bool deferred = out.rows == 0 && !startPrev;
        if (out.rows == 0) {
            out.firstSeq = seq;
            out.firstPrev = prevCopy();
            out.firstSelfConsistent = selfConsistent;
        }
        if (!deferred && (prevLen != 32 || std::memcmp(prevHash, previous, 32) != 0)) {
            out.finding = Finding{Finding::Link, seq, 0, prevCopy(), selfConsistent, predecessor()};
            return out;
        }
        if (!selfConsistent) {
            out.finding = Finding{Finding::SelfHash, seq, 0, prevCopy(), false, predecessor()};
            return out;
        }
        std::memcpy(previous, storedHash, 32);
        if (const auto it = vouched.constFind(seq); it != vouched.cend()) {
            if (std::memcmp(it->constData(), storedHash, 32) != 0) {
                out.finding = Finding{Finding::Vouched, lastVouched + 1, seq, {}, false, {}};
                return out;
            }
            lastVouched = seq;
        }
        ++out.rows;
        ++expectedSeq;
    }
    if (out.rows > 0)
        out.lastHash = QByteArray(reinterpret_cast<const char*>(previous), 32);
    if (expectedSeq <= to) // rows missing at the end of the range
        out.finding = Finding{Finding::Gap, expectedSeq, to + 1, {}, false, {}};
    return out;
}

} // namespace

Actor systemActor()
{
    return Actor{QStringLiteral("station"), QStringLiteral("Station software")};
}

QString auditProblemKey(AuditProblem p)
{
    switch (p) {
    case AuditProblem::None:
        return QStringLiteral("none");
    case AuditProblem::Altered:
        return QStringLiteral("altered");
    case AuditProblem::Missing:
        return QStringLiteral("missing");
    case AuditProblem::Inserted:
        return QStringLiteral("inserted");
    case AuditProblem::Reordered:
        return QStringLiteral("reordered");
    case AuditProblem::Truncated:
        return QStringLiteral("truncated");
    case AuditProblem::CheckpointInvalid:
        return QStringLiteral("checkpoint-invalid");
    case AuditProblem::ProtectionRemoved:
        return QStringLiteral("protection-removed");
    }
    return QStringLiteral("unknown");
}

AuditTrail::AuditTrail(Database& db) : m_db(db) {}

DbResult<std::optional<std::pair<qint64, QByteArray>>> AuditTrail::last()
{
    return m_db.queryOptional(
        "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1", [](Statement&) {},
        [](const Statement& s) { return std::make_pair(s.int64(0), s.blob(1)); });
}

DbResult<qint64> AuditTrail::append(const Actor& actor, const AuditEntry& entry)
{
    std::unique_ptr<Transaction> own;
    if (!m_db.inTransaction()) {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return fail(tx.error());
        own = std::move(*tx);
    }
    auto tail = last();
    if (!tail)
        return fail(tail.error());
    const qint64 seq = *tail ? (*tail)->first + 1 : 1;
    const QByteArray prev = *tail ? (*tail)->second : kGenesis;
    if (prev.size() != 32)
        return fail(DbError{DbErrc::Corrupt, Tr::tr("The last audit event has no valid hash.")});

    const QByteArray values[kAuditFieldCount] = {
        newUuid().toUtf8(),    utcNow().toUtf8(),    m_db.stationId().toUtf8(),   QByteArray(STATION_VERSION),
        actor.id.toUtf8(),     actor.name.toUtf8(),  entry.deviceSerial.toUtf8(), entry.action.toUtf8(),
        entry.object.toUtf8(), entry.field.toUtf8(), entry.oldValue.toUtf8(),     entry.newValue.toUtf8(),
        entry.reason.toUtf8()};
    std::string_view fields[kAuditFieldCount];
    for (int i = 0; i < kAuditFieldCount; ++i)
        fields[i] = std::string_view(values[i].constData(), static_cast<size_t>(values[i].size()));
    const Digest hash = m_hasher.eventHash(fields, reinterpret_cast<const unsigned char*>(prev.constData()));

    auto insert = m_db.prepare(
        "INSERT INTO audit_events(seq, uuid, time_utc, station_id, software_version, actor_id, actor_name, "
        "device_serial, action, object, field, old_value, new_value, reason, prev_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, seq);
    for (int i = 0; i < kAuditFieldCount; ++i)
        insert->bindUtf8(i + 2, values[i]);
    insert->bind(15, prev).bind(16, toByteArray(hash));
    if (auto r = insert->exec(); !r)
        return fail(r.error());
    if (own) {
        if (auto r = own->commit(); !r)
            return fail(r.error());
    }
    return seq;
}

DbResult<QList<AuditEvent>> AuditTrail::events(qint64 fromSeq, int limit, const QString& deviceSerial)
{
    const QByteArray sql =
        QByteArray(kSelectEvents) +
        (deviceSerial.isEmpty() ? " WHERE seq >= ?1" : " WHERE seq >= ?1 AND device_serial = ?3") +
        " ORDER BY seq LIMIT ?2";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, fromSeq).bind(2, static_cast<qint64>(limit));
    if (!deviceSerial.isEmpty())
        stmt->bind(3, deviceSerial);
    QList<AuditEvent> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        AuditEvent e;
        e.seq = stmt->int64(0);
        e.uuid = stmt->text(1);
        e.timeUtc = stmt->text(2);
        e.stationId = stmt->text(3);
        e.softwareVersion = stmt->text(4);
        e.actorId = stmt->text(5);
        e.actorName = stmt->text(6);
        e.entry.deviceSerial = stmt->text(7);
        e.entry.action = stmt->text(8);
        e.entry.object = stmt->text(9);
        e.entry.field = stmt->text(10);
        e.entry.oldValue = stmt->text(11);
        e.entry.newValue = stmt->text(12);
        e.entry.reason = stmt->text(13);
        e.prevHash = stmt->blob(14);
        e.hash = stmt->blob(15);
        out.append(e);
    }
    return out;
}

namespace {

// One AuditTrail::verify, in phases: the checkpoints (each checked against the station key before it is
// trusted), the chain (scanned in up to two ranges in parallel), the first finding classified, then the
// end of the trail and the protection triggers. A phase returns the report when it ends the check.
class ChainCheck
{
public:
    using Ended = std::optional<DbResult<VerifyReport>>;

    ChainCheck(Database& db, const VerifyOptions& options) : m_db(db), m_options(options) { m_timer.start(); }

    DbResult<VerifyReport> run()
    {
        for (auto phase : {&ChainCheck::readCheckpoints, &ChainCheck::vouchCheckpoints,
                           &ChainCheck::scanChain, &ChainCheck::judgeFinding}) {
            if (Ended ended = (this->*phase)())
                return std::move(*ended);
        }
        return finish();
    }

private:
    DbResult<QByteArray> trustedKey() const;
    Ended readCheckpoints();
    Ended vouchCheckpoints();
    Ended scanChain();
    std::optional<Finding> stitch(const RangeScan& first, const RangeScan& second, qint64 mid) const;
    Ended judgeFinding();
    DbResult<VerifyReport> finish();

    Database& m_db;
    const VerifyOptions& m_options;
    QElapsedTimer m_timer;
    VerifyReport m_report;
    QByteArray m_trustedKey;
    QList<Checkpoint> m_checkpoints;
    QHash<qint64, QByteArray> m_vouched;
    std::optional<Finding> m_finding;
    qint64 m_maxSeq = 0;
};

// The station key: the key file next to the database, or — without it (a copy of the database) — the
// key recorded at creation.
DbResult<QByteArray> ChainCheck::trustedKey() const
{
    const QString keyFile =
        m_options.publicKeyFile.isEmpty() ? keyPathFor(m_db.path()) : m_options.publicKeyFile;
    if (QFile::exists(keyFile))
        return StationKey::publicKeyOf(keyFile);
    auto info = m_db.prepare("SELECT value FROM station_info WHERE key = 'public_key'");
    if (!info)
        return fail(info.error());
    auto row = info->step();
    if (!row)
        return fail(row.error());
    return *row ? QByteArray::fromHex(info->text(0).toLatin1()) : QByteArray();
}

// The checkpoints in the database and the mirrored checkpoint file.
ChainCheck::Ended ChainCheck::readCheckpoints()
{
    auto key = trustedKey();
    if (!key)
        return fail(key.error());
    m_trustedKey = *key;
    if (m_db.schemaVersion() >= 3) {
        auto loaded = loadCheckpoints(m_db);
        if (!loaded)
            return fail(loaded.error());
        m_checkpoints = *loaded;
    }
    const QString mirror =
        m_options.checkpointFile.isEmpty() ? checkpointPathFor(m_db.path()) : m_options.checkpointFile;
    if (auto mirrored = readCheckpointFile(mirror)) {
        if (mirrored->stationId != m_db.stationId())
            return problem(m_report, AuditProblem::CheckpointInvalid, mirrored->seq,
                           Tr::tr("The checkpoint file %1 belongs to another station.").arg(mirror));
        m_checkpoints.append(*mirrored);
    } else if (QFile::exists(mirror)) {
        return problem(m_report, AuditProblem::CheckpointInvalid, 0,
                       Tr::tr("The checkpoint file %1 is unreadable.").arg(mirror));
    }
    return std::nullopt;
}

// Each checkpoint's signature by this station; the hash each vouches for, at its seq.
ChainCheck::Ended ChainCheck::vouchCheckpoints()
{
    for (const Checkpoint& c : std::as_const(m_checkpoints)) {
        const bool keyOk = m_trustedKey.isEmpty() || c.publicKey == m_trustedKey;
        if (!keyOk || !StationKey::verify(c.publicKey, c.payload(), c.signature))
            return problem(m_report, AuditProblem::CheckpointInvalid, c.seq,
                           Tr::tr("The checkpoint at audit event %1 does not carry a valid signature of this "
                                  "station.")
                               .arg(c.seq));
        if (m_vouched.contains(c.seq) && m_vouched.value(c.seq) != c.hash)
            return problem(m_report, AuditProblem::CheckpointInvalid, c.seq,
                           Tr::tr("Two checkpoints disagree about audit event %1.").arg(c.seq));
        m_vouched.insert(c.seq, c.hash);
        m_report.lastCheckpointSeq = qMax(m_report.lastCheckpointSeq, c.seq);
    }
    m_report.checkpoints = m_vouched.size();
    return std::nullopt;
}

// The chain, scanned in up to two ranges in parallel (one connection per thread), then stitched.
ChainCheck::Ended ChainCheck::scanChain()
{
    auto bounds = m_db.prepare("SELECT min(seq), max(seq) FROM audit_events");
    if (!bounds)
        return fail(bounds.error());
    if (auto r = bounds->step(); !r)
        return fail(r.error());
    const bool empty = bounds->isNull(0);
    const qint64 minSeq = empty ? 1 : bounds->int64(0);
    m_maxSeq = empty ? 0 : bounds->int64(1);
    bounds.value() = Statement();
    if (minSeq < 1)
        return problem(m_report, AuditProblem::Inserted, minSeq,
                       Tr::tr("Audit event %1 is out of sequence.").arg(minSeq));
    QList<qint64> vouchedSeqs = m_vouched.keys();
    std::sort(vouchedSeqs.begin(), vouchedSeqs.end());
    qint64 lastVouchedBeforeMid = 0;
    const qint64 mid = m_maxSeq >= m_options.parallelThreshold ? m_maxSeq / 2 : m_maxSeq;
    for (qint64 v : std::as_const(vouchedSeqs))
        if (v < mid + 1)
            lastVouchedBeforeMid = v;
    RangeScan first;
    RangeScan second;
    std::thread worker;
    if (mid < m_maxSeq) {
        worker = std::thread([&] {
            auto other = Database::open(m_db.path(), OpenOptions::alreadyChecked(OpenMode::ReadOnly));
            if (!other) {
                second.error = other.error();
                return;
            }
            second = scanRange(**other, mid + 1, m_maxSeq, nullptr, m_vouched, lastVouchedBeforeMid);
        });
    }
    first = scanRange(m_db, 1, mid, &kGenesis, m_vouched, 0);
    if (worker.joinable())
        worker.join();
    if (first.error)
        return fail(*first.error);
    if (second.error)
        return fail(*second.error);
    m_finding = first.finding;
    if (!m_finding && mid < m_maxSeq)
        m_finding = stitch(first, second, mid);
    return std::nullopt;
}

// The second range's first link is checked against the first range's last hash.
std::optional<Finding> ChainCheck::stitch(const RangeScan& first, const RangeScan& second, qint64 mid) const
{
    if (second.finding && second.finding->kind == Finding::Gap && second.finding->seq == mid + 1)
        return second.finding;
    if (second.rows > 0 && second.firstPrev != first.lastHash)
        return Finding{Finding::Link, second.firstSeq, 0, second.firstPrev, second.firstSelfConsistent,
                       first.lastHash};
    return second.finding;
}

// The first thing wrong, as the operator and the auditor are told it.
ChainCheck::Ended ChainCheck::judgeFinding()
{
    if (!m_finding)
        return std::nullopt;
    const Finding& finding = *m_finding;
    switch (finding.kind) {
    case Finding::Gap:
        return problem(
            m_report, AuditProblem::Missing, finding.seq,
            finding.other == finding.seq + 1
                ? Tr::tr("Audit event %1 is missing.").arg(finding.seq)
                : Tr::tr("Audit events %1 to %2 are missing.").arg(finding.seq).arg(finding.other - 1));
    case Finding::Link:
        return classifyBrokenLink(m_db, m_report, finding.seq, finding.prevHash, finding.selfConsistent,
                                  finding.predecessorHash, finding.seq - 1);
    case Finding::SelfHash: {
        // A forged copy that reuses a genuine link: its successor links past it.
        auto next = prevHashAfter(m_db, finding.seq);
        if (!next)
            return fail(next.error());
        if (*next && **next == finding.predecessorHash)
            return problem(m_report, AuditProblem::Inserted, finding.seq,
                           Tr::tr("Audit event %1 was inserted: it is not part of the chain after event %2.")
                               .arg(finding.seq)
                               .arg(finding.seq - 1));
        return problem(
            m_report, AuditProblem::Altered, finding.seq,
            Tr::tr("Audit event %1 was altered: its content no longer matches its hash.").arg(finding.seq));
    }
    case Finding::Vouched:
        return problem(m_report, AuditProblem::Altered, finding.seq,
                       Tr::tr("The audit trail between events %1 and %2 was rewritten: it no longer "
                              "matches the signed checkpoint at event %2.")
                           .arg(finding.seq)
                           .arg(finding.other));
    }
    return std::nullopt;
}

DbResult<VerifyReport> ChainCheck::finish()
{
    m_report.events = m_maxSeq;
    if (m_report.lastCheckpointSeq > m_report.events)
        return problem(m_report, AuditProblem::Truncated, m_report.events + 1,
                       Tr::tr("The audit trail was truncated: events %1 to %2, vouched for by a signed "
                              "checkpoint, are missing from its end.")
                           .arg(m_report.events + 1)
                           .arg(m_report.lastCheckpointSeq));
    auto triggers = checkTriggers(m_db, m_report);
    if (!triggers)
        return fail(triggers.error());
    VerifyReport report = *triggers;
    report.seconds = double(m_timer.nsecsElapsed()) / 1e9;
    if (report.intact)
        report.message = Tr::tr("The audit trail is intact (events: %1, signed checkpoints: %2).")
                             .arg(report.events)
                             .arg(report.checkpoints);
    return report;
}

} // namespace

DbResult<VerifyReport> AuditTrail::verify(Database& db, const VerifyOptions& options)
{
    ChainCheck check(db, options);
    return check.run();
}

} // namespace tps::db
