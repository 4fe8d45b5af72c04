#include "sync/CentralVerifier.h"

#include "db/CheckpointTrust.h"

#include <QCoreApplication>
#include <QUuid>

namespace tps::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CentralVerifier)
};

// The checkpoints to verify, with the station's pinned key (hex, empty: none) and whether the central chain
// has the event they vouch for with the hash they sign.
const QByteArray kPending =
    "SELECT r.station_id::text, r.uuid::text, r.payload->>'seq', coalesce(r.payload->>'hash', ''), "
    "coalesce(r.payload->>'created_utc', ''), coalesce(r.payload->>'public_key', ''), "
    "coalesce(r.payload->>'signature', ''), coalesce(encode(k.public_key, 'hex'), ''), "
    "EXISTS (SELECT 1 FROM tps.audit_events e WHERE e.station_id = r.station_id "
    " AND e.seq = (r.payload->>'seq')::bigint AND e.hash = decode(r.payload->>'hash', 'hex')) "
    "FROM tps.records r LEFT JOIN tps.station_keys k ON k.station_id = r.station_id "
    "WHERE r.table_name = 'checkpoints' AND NOT EXISTS (SELECT 1 FROM tps.checkpoint_verdicts v "
    " WHERE v.checkpoint = r.uuid AND v.verdict <> 'unpinned') "
    "ORDER BY r.station_id, (r.payload->>'seq')::bigint";

const QByteArray kFlagged =
    "SELECT station_id::text, checkpoint::text, seq, verdict, message FROM (SELECT DISTINCT ON (checkpoint) "
    "* "
    "FROM tps.checkpoint_verdicts ORDER BY checkpoint, id DESC) v WHERE verdict <> 'verified' "
    "ORDER BY station_id, seq";

// The verdict on one checkpoint: the station's checkpoint check against the pinned key, then the chain.
CheckpointVerdict judge(const db::Checkpoint& c, const QByteArray& pinned, bool inChain)
{
    CheckpointVerdict v{c.stationId, c.uuid, c.seq, QStringLiteral("verified"), {}};
    switch (db::checkCheckpoint(c, pinned)) {
    case db::CheckpointTrust::NoTrustedKey:
        v.verdict = QStringLiteral("unpinned");
        v.message =
            Tr::tr("Station %1 has no pinned checkpoint key: its checkpoint at audit event %2 cannot be "
                   "verified (pin it with 'tpm-station-cli central pin').")
                .arg(c.stationId)
                .arg(c.seq);
        return v;
    case db::CheckpointTrust::Unsigned:
        v.verdict = QStringLiteral("unsigned");
        v.message = Tr::tr("The checkpoint of station %1 at audit event %2 is not signed.")
                        .arg(c.stationId)
                        .arg(c.seq);
        return v;
    case db::CheckpointTrust::BadSignature:
        v.verdict = QStringLiteral("bad-signature");
        v.message = Tr::tr("The checkpoint of station %1 at audit event %2 does not carry a valid signature.")
                        .arg(c.stationId)
                        .arg(c.seq);
        return v;
    case db::CheckpointTrust::OtherKey:
        v.verdict = QStringLiteral("wrong-key");
        v.message =
            Tr::tr("The checkpoint of station %1 at audit event %2 is signed by another key (%3), not "
                   "the pinned key %4.")
                .arg(c.stationId)
                .arg(c.seq)
                .arg(db::publicKeyFingerprint(c.publicKey), db::publicKeyFingerprint(pinned));
        return v;
    case db::CheckpointTrust::Trusted:
        break;
    }
    if (!inChain) {
        v.verdict = QStringLiteral("hash-mismatch");
        v.message = Tr::tr("The checkpoint of station %1 at audit event %2 signs a hash that the factory "
                           "database's chain does not have at that event.")
                        .arg(c.stationId)
                        .arg(c.seq);
    }
    return v;
}

SyncError rolledBack(PgConnection& pg, SyncError e)
{
    (void)pg.exec("ROLLBACK");
    return e;
}
} // namespace

SyncResult<QString> pinStationKey(PgConnection& pg, const QString& station, const QByteArray& rawPublicKey)
{
    const QString fingerprint = db::publicKeyFingerprint(rawPublicKey);
    if (QUuid::fromString(station).isNull() || rawPublicKey.size() != 32 || fingerprint.isEmpty())
        return fail(
            SyncError{SyncErrc::Invalid,
                      Tr::tr("A station ID (a UUID) and an Ed25519 public key are needed to pin a key."),
                      {}});
    auto pinned =
        pg.exec("SELECT fingerprint FROM tps.station_keys WHERE station_id = $1", {station.toUtf8()});
    if (!pinned)
        return fail(pinned.error());
    if (PgConnection::rows(*pinned) > 0) {
        const QString existing = PgConnection::value(*pinned, 0, 0);
        if (existing == fingerprint)
            return fingerprint;
        return fail(
            SyncError{SyncErrc::Invalid,
                      Tr::tr("Station %1 already has the pinned key %2: a station never makes a new key "
                             "for an existing trail, so the factory database keeps the first one.")
                          .arg(station, existing),
                      {}});
    }
    auto inserted = pg.exec("INSERT INTO tps.station_keys(station_id, public_key, fingerprint) "
                            "VALUES ($1, decode($2, 'hex'), $3)",
                            {station.toUtf8(), rawPublicKey.toHex(), fingerprint.toUtf8()});
    if (!inserted)
        return fail(inserted.error());
    return fingerprint;
}

SyncResult<CentralVerifyReport> verifyCentralCheckpoints(PgConnection& pg)
{
    // First the arrival check of every station, for events no check has covered yet (a relay killed after
    // a batch's COMMIT and before the check beside it, a station that never synced again): every chain is
    // verified as far as it goes (tps.chain_state, tps.findings) before the signatures are.
    if (auto caughtUp = pg.exec("SELECT count(tps.check_arrival(station_id)) FROM tps.stations"); !caughtUp)
        return fail(caughtUp.error());
    if (auto begun = pg.exec("BEGIN; SELECT pg_advisory_xact_lock(1414550323)"); !begun)
        return fail(begun.error());
    auto pending = pg.exec(kPending);
    if (!pending)
        return fail(rolledBack(pg, pending.error()));
    CentralVerifyReport report;
    for (int i = 0; i < PgConnection::rows(*pending); ++i) {
        const auto text = [&](int column) {
            return PgConnection::value(*pending, i, column);
        };
        db::Checkpoint c;
        c.stationId = text(0);
        c.uuid = text(1);
        c.seq = text(2).toLongLong();
        c.hash = QByteArray::fromHex(text(3).toLatin1());
        c.createdUtc = text(4);
        c.publicKey = QByteArray::fromHex(text(5).toLatin1());
        c.signature = QByteArray::fromHex(text(6).toLatin1());
        const CheckpointVerdict v =
            judge(c, QByteArray::fromHex(text(7).toLatin1()), text(8) == QLatin1String("t"));
        auto recorded =
            pg.exec("INSERT INTO tps.checkpoint_verdicts(station_id, checkpoint, seq, verdict, message) "
                    "VALUES ($1, $2, $3, $4, coalesce($5, '')) ON CONFLICT DO NOTHING",
                    {v.station.toUtf8(), v.checkpoint.toUtf8(), QByteArray::number(v.seq), v.verdict.toUtf8(),
                     v.message.toUtf8()});
        if (!recorded)
            return fail(rolledBack(pg, recorded.error()));
        ++report.checked;
        if (v.verdict == QLatin1String("verified"))
            ++report.verified;
    }
    auto flagged = pg.exec(kFlagged);
    if (!flagged)
        return fail(rolledBack(pg, flagged.error()));
    for (int i = 0; i < PgConnection::rows(*flagged); ++i) {
        const auto text = [&](int column) {
            return PgConnection::value(*flagged, i, column);
        };
        report.flagged.append({text(0), text(1), text(2).toLongLong(), text(3), text(4)});
    }
    if (auto done = pg.exec("COMMIT"); !done)
        return fail(rolledBack(pg, done.error()));
    return report;
}

} // namespace tps::sync
