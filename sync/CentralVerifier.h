// Central verification of the stations' signed checkpoints (issue 17; central schema 5). PostgreSQL cannot
// check an Ed25519 signature, so the check runs here, in `tpm-station-cli central verify`, with the station's
// own checkpoint check (db::checkCheckpoint) against the public key the factory admin pinned for the station
// (`central pin`, tps.station_keys); each checkpoint's root hash is checked against the chain the factory
// database holds. Every verdict is recorded (tps.checkpoint_verdicts, append-only); a checkpoint of an
// unpinned station is verified again once its key is pinned.
#pragma once

#include "sync/PgConnection.h"

#include <QList>
#include <QString>

namespace tps::sync {

struct CheckpointVerdict
{
    QString station;
    QString checkpoint; // its UUID
    qint64 seq = 0;
    QString verdict; // verified, unpinned, unsigned, wrong-key, bad-signature, hash-mismatch
    QString message; // translated
};

struct CentralVerifyReport
{
    int checked = 0;                  // checkpoints this run gave a verdict
    int verified = 0;                 // of those, verified
    QList<CheckpointVerdict> flagged; // every checkpoint of the factory whose latest verdict is not verified
};

// Pins `station`'s checkpoint key (raw Ed25519, 32 bytes): once per station; the fingerprint is
// db::publicKeyFingerprint. Needs the owner of the schema (the factory admin).
SyncResult<QString> pinStationKey(PgConnection& pg, const QString& station, const QByteArray& rawPublicKey);

// Runs the arrival check (tps.check_arrival) of every station, then verifies every checkpoint without a
// verdict yet (or only "unpinned" so far) and records the verdicts, in one transaction; needs tps_verifier
// (or the owner).
SyncResult<CentralVerifyReport> verifyCentralCheckpoints(PgConnection& pg);

} // namespace tps::sync
