#include "db/SignedChange.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tps::db {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignedChange)
};
} // namespace

DbResult<void> requireRole(Database& db, const OperatorInfo& signer, Action action, const QString& what)
{
    if (permits(signer.role, action))
        return {};
    const QString names = permittedRoleNames(action);
    if (auto r = auditChange(db, signer.actor(), QStringLiteral("sign-refused"), what, roleKey(signer.role),
                             QStringLiteral("%1 needs the role %2").arg(actionKey(action), names));
        !r)
        return r;
    return fail(DbError{DbErrc::Auth, Tr::tr("Only %1 may do this (%2); %3 is %4.")
                                          .arg(names, what, signer.operatorId, roleKey(signer.role))});
}

DbResult<SignatureRecord> signChange(Database& db, const OperatorInfo& signer, const QString& meaning,
                                     const QString& recordType, const QString& recordUuid,
                                     const QJsonObject& record, const QString& reason)
{
    return recordSignature(db, signer, meaning, recordType, recordUuid,
                           QJsonDocument(record).toJson(QJsonDocument::Compact), reason, QString());
}

DbResult<void> auditChange(Database& db, const Actor& actor, const QString& action, const QString& object,
                           const QString& newValue, const QString& reason, const QString& oldValue)
{
    AuditTrail audit(db);
    AuditEntry e;
    e.action = action;
    e.object = object;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.reason = reason;
    if (auto r = audit.append(actor, e); !r)
        return fail(r.error());
    return {};
}

} // namespace tps::db
