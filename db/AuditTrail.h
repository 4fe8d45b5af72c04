// The append-only, hash-chained audit trail (docs/AUDIT.md): who did what, when, to which device, and
// why. Each event carries the SHA-256 of its predecessor; verify() finds the first altered, missing,
// inserted or reordered event and, with the signed checkpoints, a truncated tail.
#pragma once

#include "core/timeline/RunStore.h"
#include "db/AuditHash.h"
#include "db/Database.h"

#include <QString>
#include <optional>

namespace tps::db {

using timeline::Actor;

// The station software itself (migrations, unattended CLI runs).
Actor systemActor();

struct AuditEntry
{
    QString deviceSerial;
    QString action; // create, change, sign, login, login-failed, export, run, step, ...
    QString object; // what it is about: "device", "step-result", "operator:<id>", "database", ...
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
};

struct AuditEvent
{
    qint64 seq = 0;
    QString uuid;
    QString timeUtc;
    QString stationId;
    QString softwareVersion;
    QString actorId;
    QString actorName;
    AuditEntry entry;
    QByteArray prevHash;
    QByteArray hash;
};

enum class AuditProblem {
    None,
    Altered,           // an event's content no longer matches its hash
    Missing,           // one or more events were removed
    Inserted,          // an event that was never part of the chain
    Reordered,         // events are out of their chained order
    Truncated,         // the trail ends before a signed checkpoint
    CheckpointInvalid, // a checkpoint's signature or hash does not hold
    ProtectionRemoved, // the append-only triggers are missing or changed
    KeyReplaced,       // a checkpoint, the database or the key file names another key than the trusted one
    MirrorMissing,     // the checkpoint mirror next to the database is gone although checkpoints were signed
};
QString auditProblemKey(AuditProblem p); // "altered", "missing", ...

struct VerifyReport
{
    bool intact = true;
    AuditProblem problem = AuditProblem::None;
    qint64 seq = 0;  // the first bad event (or the checkpoint's seq for a truncation)
    QString message; // translated, names the event
    qint64 events = 0;
    qint64 checkpoints = 0;
    qint64 lastCheckpointSeq = 0;
    qint64 witnessedSeq = 0; // the auditor's witnessed checkpoint, when one was given
    QString keyFingerprint;  // of the key the checkpoints were checked against (publicKeyFingerprint)
    double seconds = 0;
};

struct VerifyOptions
{
    // The auditor's copy of the station's PUBLIC key (PEM); empty: the key file next to the DB, else the key
    // recorded in the database.
    QString publicKeyFile;
    QString fingerprint;              // when set, the trusted key must have this fingerprint (hex SHA-256)
    QString witnessFile;              // the auditor's witnessed checkpoint note; the chain must extend it
    QString checkpointFile;           // the latest checkpoint mirrored outside the DB; empty: <db>.checkpoint
    qint64 parallelThreshold = 20000; // from this many events, two threads scan half the chain each
};

class AuditTrail
{
public:
    explicit AuditTrail(Database& db);

    // Appends one event. Inside the caller's transaction when one is open, else in its own.
    DbResult<qint64> append(const Actor& actor, const AuditEntry& entry);
    DbResult<QList<AuditEvent>> events(qint64 fromSeq, int limit, const QString& deviceSerial = {});
    DbResult<std::optional<std::pair<qint64, QByteArray>>> last();

    // Read-only; never writes.
    static DbResult<VerifyReport> verify(Database& db, const VerifyOptions& options = {});

private:
    Database& m_db;
    AuditHasher m_hasher;
};

} // namespace tps::db
