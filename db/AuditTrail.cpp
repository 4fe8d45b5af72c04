#include "db/AuditTrail.h"

#include "core/common/Version.h"
#include "db/CheckpointTrust.h"
#include "db/Checkpoints.h"
#include "db/Schema.h"
#include "db/StationKeyProtection.h"

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
        if (table->int64(0) == 0 || db.schemaVersion() < triggers[i].since)
            continue; // an older schema without this table or trigger
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

// The key checkpoints must carry: the auditor's pinned public key, else the station's own key file, else
// the key the database recorded when the station key was created. A database or key file that names
// another key is a replaced key.
DbResult<VerifyReport> trustedKey(Database& db, const VerifyOptions& options, VerifyReport report,
                                  QByteArray* trusted)
{
    auto recorded = db.queryOptional(
        "SELECT value FROM station_info WHERE key = 'public_key'", [](Statement&) {},
        [](const Statement& s) { return QByteArray::fromHex(s.text(0).toLatin1()); });
    if (!recorded)
        return fail(recorded.error());
    const QString keyFile = keyPathFor(db.path());
    std::optional<QByteArray> stationFile;
    if (QFile::exists(keyFile) && !isStationKeyProtected(keyFile)) { // a protected key hides its public half
        auto pub = StationKey::publicKeyOf(keyFile);
        if (!pub && options.publicKeyFile.isEmpty())
            return fail(pub.error());
        if (pub)
            stationFile = *pub;
    }
    if (!options.publicKeyFile.isEmpty()) {
        auto pinned = readPublicKeyPem(options.publicKeyFile);
        if (!pinned)
            return fail(pinned.error());
        *trusted = *pinned;
    } else {
        *trusted = stationFile ? *stationFile : recorded->value_or(QByteArray());
    }
    report.keyFingerprint = publicKeyFingerprint(*trusted);
    const QString pin = options.fingerprint.trimmed().toLower().remove(QLatin1Char(':'));
    if (!pin.isEmpty() && report.keyFingerprint != pin)
        return problem(report, AuditProblem::KeyReplaced, 0,
                       Tr::tr("The public key has fingerprint %1, not the pinned fingerprint %2.")
                           .arg(report.keyFingerprint, pin));
    for (const auto& [found, where] :
         {std::make_pair(recorded->value_or(QByteArray()), Tr::tr("The database")),
          std::make_pair(stationFile.value_or(QByteArray()), keyFile)}) {
        if (!found.isEmpty() && found != *trusted)
            return problem(
                report, AuditProblem::KeyReplaced, 0,
                Tr::tr("%1 names the checkpoint key %2, not the trusted key %3: the station key was "
                       "replaced.")
                    .arg(where, publicKeyFingerprint(found), report.keyFingerprint));
    }
    return report;
}

// The auditor's witnessed checkpoint (a signed note kept off the station), checked against the trusted key.
DbResult<VerifyReport> witnessedCheckpoint(Database& db, const QString& path, const QByteArray& trusted,
                                           VerifyReport report, std::optional<CheckpointNote>* out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            DbError{DbErrc::NotFound,
                    Tr::tr("Cannot read the witnessed checkpoint %1: %2").arg(path, file.errorString())});
    auto note = parseCheckpointNote(file.read(8192));
    if (!note)
        return fail(DbError{DbErrc::Invalid, Tr::tr("%1 is not a signed checkpoint note.").arg(path)});
    if (note->origin != checkpointOrigin(db.stationId()))
        return problem(report, AuditProblem::CheckpointInvalid, note->size,
                       Tr::tr("The witnessed checkpoint %1 is of %2, not of this station (%3).")
                           .arg(path, note->origin, checkpointOrigin(db.stationId())));
    if (!checkpointNoteSignedBy(*note, trusted))
        return problem(
            report, AuditProblem::KeyReplaced, note->size,
            Tr::tr("The witnessed checkpoint %1 (event %2) carries no valid signature of the trusted "
                   "key %3: the key or the checkpoint was replaced.")
                .arg(path)
                .arg(note->size)
                .arg(report.keyFingerprint));
    report.witnessedSeq = note->size;
    *out = note;
    return report;
}

// Every checkpoint that vouches for the chain (the database's, the mirror's, the auditor's witnessed one),
// each checked against the trusted key; `vouched` maps a seq to the chain hash signed for it.
DbResult<VerifyReport> collectCheckpoints(Database& db, const VerifyOptions& options, VerifyReport report,
                                          QHash<qint64, QByteArray>& vouched)
{
    QByteArray trusted;
    auto keyed = trustedKey(db, options, report, &trusted);
    if (!keyed || !keyed->intact)
        return keyed;
    report = *keyed;
    QList<Checkpoint> checkpoints;
    if (db.schemaVersion() >= 3) {
        auto loaded = loadCheckpoints(db);
        if (!loaded)
            return fail(loaded.error());
        checkpoints = *loaded;
    }
    const QString mirror =
        options.checkpointFile.isEmpty() ? checkpointPathFor(db.path()) : options.checkpointFile;
    if (auto mirrored = readCheckpointFile(mirror)) {
        if (mirrored->stationId != db.stationId())
            return problem(report, AuditProblem::CheckpointInvalid, mirrored->seq,
                           Tr::tr("The checkpoint file %1 belongs to another station.").arg(mirror));
        checkpoints.append(*mirrored);
    } else if (QFile::exists(mirror)) {
        return problem(report, AuditProblem::CheckpointInvalid, 0,
                       Tr::tr("The checkpoint file %1 is unreadable.").arg(mirror));
    } else if (!checkpoints.isEmpty()) {
        return problem(
            report, AuditProblem::MirrorMissing, 0,
            Tr::tr("The checkpoint file %1 is missing: the station mirrors its latest signed checkpoint "
                   "there (the database holds %n signed checkpoints).",
                   nullptr, static_cast<int>(checkpoints.size()))
                .arg(mirror));
    }
    for (const Checkpoint& c : std::as_const(checkpoints)) {
        const CheckpointTrust trust = checkCheckpoint(c, trusted);
        if (trust == CheckpointTrust::OtherKey)
            return problem(report, AuditProblem::KeyReplaced, c.seq,
                           Tr::tr("The checkpoint at audit event %1 is signed by another key (%2), not the "
                                  "trusted key %3.")
                               .arg(c.seq)
                               .arg(publicKeyFingerprint(c.publicKey), report.keyFingerprint));
        if (trust != CheckpointTrust::Trusted)
            return problem(report, AuditProblem::CheckpointInvalid, c.seq,
                           Tr::tr("The checkpoint at audit event %1 does not carry a valid signature of this "
                                  "station.")
                               .arg(c.seq));
        if (vouched.contains(c.seq) && vouched.value(c.seq) != c.hash)
            return problem(report, AuditProblem::CheckpointInvalid, c.seq,
                           Tr::tr("Two checkpoints disagree about audit event %1.").arg(c.seq));
        vouched.insert(c.seq, c.hash);
        report.lastCheckpointSeq = qMax(report.lastCheckpointSeq, c.seq);
    }
    report.checkpoints = vouched.size();
    if (options.witnessFile.isEmpty())
        return report;
    std::optional<CheckpointNote> note;
    auto witnessed = witnessedCheckpoint(db, options.witnessFile, trusted, report, &note);
    if (!witnessed || !witnessed->intact)
        return witnessed;
    report = *witnessed;
    if (vouched.contains(note->size) && vouched.value(note->size) != note->rootHash)
        return problem(
            report, AuditProblem::Altered, note->size,
            Tr::tr("The trail's checkpoint at audit event %1 disagrees with the witnessed checkpoint: the "
                   "trail was rewritten and re-signed.")
                .arg(note->size));
    vouched.insert(note->size, note->rootHash);
    report.lastCheckpointSeq = qMax(report.lastCheckpointSeq, note->size);
    return report;
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
    case AuditProblem::KeyReplaced:
        return QStringLiteral("key-replaced");
    case AuditProblem::MirrorMissing:
        return QStringLiteral("mirror-missing");
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

    const QByteArray software = version::softwareVersion().toUtf8();
    const QByteArray values[kAuditFieldCount] = {
        newUuid().toUtf8(),    utcNow().toUtf8(),    m_db.stationId().toUtf8(),   software,
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

DbResult<VerifyReport> AuditTrail::verify(Database& db, const VerifyOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    VerifyReport report;

    QHash<qint64, QByteArray> vouched;
    auto checked = collectCheckpoints(db, options, report, vouched);
    if (!checked)
        return fail(checked.error());
    if (!checked->intact)
        return *checked;
    report = *checked;

    // The chain, scanned in up to two ranges in parallel (one connection per thread), then stitched.
    auto bounds = db.prepare("SELECT min(seq), max(seq) FROM audit_events");
    if (!bounds)
        return fail(bounds.error());
    if (auto r = bounds->step(); !r)
        return fail(r.error());
    const bool empty = bounds->isNull(0);
    const qint64 minSeq = empty ? 1 : bounds->int64(0);
    const qint64 maxSeq = empty ? 0 : bounds->int64(1);
    bounds.value() = Statement();
    if (minSeq < 1)
        return problem(report, AuditProblem::Inserted, minSeq,
                       Tr::tr("Audit event %1 is out of sequence.").arg(minSeq));
    QList<qint64> vouchedSeqs = vouched.keys();
    std::sort(vouchedSeqs.begin(), vouchedSeqs.end());
    const auto lastVouchedBefore = [&](qint64 seq) {
        qint64 best = 0;
        for (qint64 v : std::as_const(vouchedSeqs))
            if (v < seq)
                best = v;
        return best;
    };
    const qint64 mid = maxSeq >= options.parallelThreshold ? maxSeq / 2 : maxSeq;
    RangeScan first;
    RangeScan second;
    std::thread worker;
    if (mid < maxSeq) {
        worker = std::thread([&] {
            auto other = Database::open(db.path(), OpenOptions::alreadyChecked(OpenMode::ReadOnly));
            if (!other) {
                second.error = other.error();
                return;
            }
            second = scanRange(**other, mid + 1, maxSeq, nullptr, vouched, lastVouchedBefore(mid + 1));
        });
    }
    first = scanRange(db, 1, mid, &kGenesis, vouched, 0);
    if (worker.joinable())
        worker.join();
    if (first.error)
        return fail(*first.error);
    if (second.error)
        return fail(*second.error);

    std::optional<Finding> finding = first.finding;
    if (!finding && mid < maxSeq) {
        if (second.finding && second.finding->kind == Finding::Gap && second.finding->seq == mid + 1)
            finding = second.finding;
        else if (second.rows > 0 && second.firstPrev != first.lastHash)
            finding = Finding{Finding::Link, second.firstSeq, 0, second.firstPrev, second.firstSelfConsistent,
                              first.lastHash};
        else
            finding = second.finding;
    }
    if (finding) {
        switch (finding->kind) {
        case Finding::Gap:
            return problem(
                report, AuditProblem::Missing, finding->seq,
                finding->other == finding->seq + 1
                    ? Tr::tr("Audit event %1 is missing.").arg(finding->seq)
                    : Tr::tr("Audit events %1 to %2 are missing.").arg(finding->seq).arg(finding->other - 1));
        case Finding::Link:
            return classifyBrokenLink(db, report, finding->seq, finding->prevHash, finding->selfConsistent,
                                      finding->predecessorHash, finding->seq - 1);
        case Finding::SelfHash: {
            // A forged copy that reuses a genuine link: its successor links past it.
            auto next = prevHashAfter(db, finding->seq);
            if (!next)
                return fail(next.error());
            if (*next && **next == finding->predecessorHash)
                return problem(
                    report, AuditProblem::Inserted, finding->seq,
                    Tr::tr("Audit event %1 was inserted: it is not part of the chain after event %2.")
                        .arg(finding->seq)
                        .arg(finding->seq - 1));
            return problem(report, AuditProblem::Altered, finding->seq,
                           Tr::tr("Audit event %1 was altered: its content no longer matches its hash.")
                               .arg(finding->seq));
        }
        case Finding::Vouched:
            return problem(report, AuditProblem::Altered, finding->seq,
                           Tr::tr("The audit trail between events %1 and %2 was rewritten: it no longer "
                                  "matches the signed checkpoint at event %2.")
                               .arg(finding->seq)
                               .arg(finding->other));
        }
    }
    report.events = maxSeq;
    if (report.lastCheckpointSeq > report.events)
        return problem(report, AuditProblem::Truncated, report.events + 1,
                       Tr::tr("The audit trail was truncated: events %1 to %2, vouched for by a signed "
                              "checkpoint, are missing from its end.")
                           .arg(report.events + 1)
                           .arg(report.lastCheckpointSeq));
    auto triggers = checkTriggers(db, report);
    if (!triggers)
        return fail(triggers.error());
    report = *triggers;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (report.intact)
        report.message = Tr::tr("The audit trail is intact (events: %1, signed checkpoints: %2).")
                             .arg(report.events)
                             .arg(report.checkpoints);
    return report;
}

} // namespace tps::db
