// A change to station facts that needs an electronic signature by a person of a given role (the trust
// store, incoming lots): the role is checked (a refusal is audited as "sign-refused"), then the signature
// over the change's canonical JSON is recorded with its "sign" audit event, inside the caller's
// transaction so the signature and the change commit together.
#pragma once

#include "db/Permissions.h"
#include "db/Signatures.h"

#include <QJsonObject>

namespace tps::db {

// Refuses (DbErrc::Auth, translated, audited as "sign-refused") a signer whose role the permission table
// (db/Permissions.h) does not allow `action`.
DbResult<void> requireRole(Database& db, const OperatorInfo& signer, Action action, const QString& what);

// Records the signature of `signer` over `record` (compact JSON).
DbResult<SignatureRecord> signChange(Database& db, const OperatorInfo& signer, const QString& meaning,
                                     const QString& recordType, const QString& recordUuid,
                                     const QJsonObject& record, const QString& reason);

// Appends one audit event by `actor` about `object` (no device).
DbResult<void> auditChange(Database& db, const Actor& actor, const QString& action, const QString& object,
                           const QString& newValue, const QString& reason, const QString& oldValue = {});

} // namespace tps::db
