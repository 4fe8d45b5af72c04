// Electronic signatures (21 CFR Part 11 style): who signed (ID and full name, authenticated with ID +
// password at the moment of signing), what it means, when, and the SHA-256 of the signed record.
#pragma once

#include "db/Operators.h"

namespace tps::db {

struct SignatureRecord
{
    QString uuid;
    QString signerId;
    QString signerName;
    QString meaning; // "rework approved", "override", "review"
    QString signedUtc;
    QString recordType; // "rework", ...
    QString recordUuid;
    QString recordSha256; // hex SHA-256 of the signed record's canonical JSON
    QString reason;
    qint64 rowId = 0;
};

// Stores the signature of an authenticated signer and its "sign" audit event. Runs inside the caller's
// transaction, so the signature and the signed change commit together.
DbResult<SignatureRecord> recordSignature(Database& db, const OperatorInfo& signer, const QString& meaning,
                                          const QString& recordType, const QString& recordUuid,
                                          const QByteArray& canonicalRecord, const QString& reason,
                                          const QString& deviceSerial);
DbResult<QList<SignatureRecord>> signaturesFor(Database& db, const QString& recordUuid);

} // namespace tps::db
