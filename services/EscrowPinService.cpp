#include "services/EscrowPinService.h"

#include "core/crypto/CmsEscrow.h"
#include "db/SignedChange.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tps::services {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EscrowPinService)
};

ServiceError error(ServiceErrc code, const QString& message)
{
    return ServiceError{code, message};
}

// The profile file's JSON and its ownership section, or why not.
ServiceResult<QJsonObject> readProfileJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(error(ServiceErrc::Profile, Tr::tr("The product profile %1 cannot be read.").arg(path)));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject ownership =
        doc.value(QStringLiteral("sections")).toObject().value(QStringLiteral("ownership")).toObject();
    if (ownership.value(QStringLiteral("escrowCertificate")).toString().isEmpty())
        return fail(
            error(ServiceErrc::Profile,
                  Tr::tr("The product profile %1 names no escrow certificate (ownership.escrowCertificate).")
                      .arg(path)));
    return doc;
}

bool writeProfileJson(const QString& path, const QJsonObject& doc)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    return out.commit();
}

QJsonObject withPin(QJsonObject doc, const QString& pin)
{
    QJsonObject sections = doc.value(QStringLiteral("sections")).toObject();
    QJsonObject ownership = sections.value(QStringLiteral("ownership")).toObject();
    ownership.insert(QStringLiteral("escrowCertificateSha256"), pin);
    sections.insert(QStringLiteral("ownership"), ownership);
    doc.insert(QStringLiteral("sections"), sections);
    return doc;
}

} // namespace

ServiceResult<EscrowPinChange> pinEscrowCertificate(StationSession& session, const QString& profilePath,
                                                    const timeline::Credentials& admin, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return fail(
            error(ServiceErrc::Profile, Tr::tr("Changing the escrow certificate pin needs a reason.")));
    auto doc = readProfileJson(profilePath);
    if (!doc)
        return fail(doc.error());
    const QJsonObject ownership =
        doc->value(QStringLiteral("sections")).toObject().value(QStringLiteral("ownership")).toObject();
    EscrowPinChange change{doc->value(QStringLiteral("id")).toString(),
                           ownership.value(QStringLiteral("escrowCertificate")).toString(),
                           ownership.value(QStringLiteral("escrowCertificateSha256")).toString(), QString()};
    const auto cert = crypto::EscrowCertificate::fromFile(change.certificate);
    if (!cert)
        return fail(error(ServiceErrc::Profile, cert.error().message));
    change.newPin = cert->fingerprintSha256();

    db::Database& database = session.database();
    db::Operators operators(database);
    auto signer = operators.authenticate(admin.operatorId, admin.password, QStringLiteral("signature"));
    if (!signer)
        return fail(error(ServiceErrc::SignIn, signer.error().message));
    auto tx = db::Transaction::begin(database);
    if (!tx)
        return fail(error(ServiceErrc::Store, tx.error().message));
    if (auto r = db::requireRole(database, *signer, db::Action::PinEscrow,
                                 QStringLiteral("profile:") + change.profileId);
        !r) {
        (void)(*tx)->commit(); // the refusal's audit event stays
        return fail(error(ServiceErrc::NotPermitted, r.error().message));
    }
    const QJsonObject record{
        {QStringLiteral("type"), QStringLiteral("escrow-pin")}, {QStringLiteral("profile"), change.profileId},
        {QStringLiteral("certificate"), change.certificate},    {QStringLiteral("oldSha256"), change.oldPin},
        {QStringLiteral("newSha256"), change.newPin},           {QStringLiteral("reason"), reason}};
    if (auto s = db::signChange(database, *signer, QStringLiteral("escrow pin changed"),
                                QStringLiteral("profile"), change.profileId, record, reason);
        !s)
        return fail(error(ServiceErrc::Store, s.error().message));
    if (auto a = db::auditChange(database, signer->actor(), QStringLiteral("change"),
                                 QStringLiteral("profile:") + change.profileId, change.newPin, reason,
                                 change.oldPin);
        !a)
        return fail(error(ServiceErrc::Store, a.error().message));
    if (!writeProfileJson(profilePath, withPin(*doc, change.newPin)))
        return fail(error(ServiceErrc::Profile,
                          Tr::tr("The product profile %1 cannot be written.").arg(profilePath)));
    if (auto c = (*tx)->commit(); !c)
        return fail(error(ServiceErrc::Store, c.error().message));
    return change;
}

} // namespace tps::services
