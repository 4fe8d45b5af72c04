#include "db/Signatures.h"

#include "db/AuditHash.h"

namespace tps::db {

DbResult<SignatureRecord> recordSignature(Database& db, const OperatorInfo& signer, const QString& meaning,
                                          const QString& recordType, const QString& recordUuid,
                                          const QByteArray& canonicalRecord, const QString& reason,
                                          const QString& deviceSerial)
{
    SignatureRecord s;
    s.uuid = newUuid();
    s.signerId = signer.operatorId;
    s.signerName = signer.fullName;
    s.meaning = meaning;
    s.signedUtc = utcNow();
    s.recordType = recordType;
    s.recordUuid = recordUuid;
    s.recordSha256 = sha256Hex(canonicalRecord);
    s.reason = reason;
    auto insert = db.prepare("INSERT INTO signatures(uuid, signer_id, signer_name, meaning, signed_utc, "
                             "record_type, record_uuid, record_sha256, reason) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, s.uuid)
        .bind(2, s.signerId)
        .bind(3, s.signerName)
        .bind(4, s.meaning)
        .bind(5, s.signedUtc)
        .bind(6, s.recordType)
        .bind(7, s.recordUuid)
        .bind(8, s.recordSha256)
        .bind(9, s.reason);
    if (auto r = insert->exec(); !r)
        return fail(r.error());
    s.rowId = db.lastInsertId();
    AuditTrail audit(db);
    AuditEntry e;
    e.deviceSerial = deviceSerial;
    e.action = QStringLiteral("sign");
    e.object = recordType + QLatin1Char(':') + recordUuid;
    e.field = QStringLiteral("signature");
    e.newValue = QStringLiteral("%1; sha256=%2; signature=%3").arg(meaning, s.recordSha256, s.uuid);
    e.reason = reason;
    if (auto r = audit.append(signer.actor(), e); !r)
        return fail(r.error());
    return s;
}

DbResult<QList<SignatureRecord>> signaturesFor(Database& db, const QString& recordUuid)
{
    auto stmt =
        db.prepare("SELECT uuid, signer_id, signer_name, meaning, signed_utc, record_type, record_uuid, "
                   "record_sha256, reason, id FROM signatures WHERE record_uuid = ?1 ORDER BY id");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, recordUuid);
    QList<SignatureRecord> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return out;
        SignatureRecord s;
        s.uuid = stmt->text(0);
        s.signerId = stmt->text(1);
        s.signerName = stmt->text(2);
        s.meaning = stmt->text(3);
        s.signedUtc = stmt->text(4);
        s.recordType = stmt->text(5);
        s.recordUuid = stmt->text(6);
        s.recordSha256 = stmt->text(7);
        s.reason = stmt->text(8);
        s.rowId = stmt->int64(9);
        out.append(s);
    }
}

} // namespace tps::db
