#include "core/ownership/OwnershipConfig.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>
#include <cmath>

namespace tps::ownership {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OwnershipConfig)
};

// An unsigned 32-bit setting in [lower, 2^32-1], or the default when absent.
Result<quint32, QString> readCount(const QJsonObject& o, const QString& key, quint32 fallback, quint32 lower)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < lower || d > 4294967295.0)
        return fail(Tr::tr("The ownership setting \"%1\" must be a whole number from %2 to 4294967295.")
                        .arg(key)
                        .arg(lower));
    return quint32(d);
}

Result<bool, QString> readBool(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        return fail(Tr::tr("The ownership setting \"%1\" must be true or false.").arg(key));
    return v.toBool();
}

} // namespace

Result<OwnershipConfig, QString> OwnershipConfig::fromJson(const QJsonObject& section)
{
    OwnershipConfig c;
    const QJsonValue cert = section.value(QStringLiteral("escrowCertificate"));
    if (!cert.isString() || cert.toString().trimmed().isEmpty())
        return fail(Tr::tr("The product profile has no escrow certificate (ownership.escrowCertificate): "
                           "the owner's certificate is required to escrow the TPM's owner secrets."));
    c.escrowCertificate = cert.toString();
    c.escrowCertificateSha256 = section.value(QStringLiteral("escrowCertificateSha256")).toString().toLower();
    c.escrowCaFile = section.value(QStringLiteral("escrowCaFile")).toString();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (section.contains(QStringLiteral("escrowCertificateSha256")) &&
        !hex64.match(c.escrowCertificateSha256).hasMatch())
        return fail(
            Tr::tr("The escrow certificate pin (ownership.escrowCertificateSha256) must be the 64 hex "
                   "digits of the certificate's SHA-256 (openssl x509 -outform DER | sha256sum)."));
    static const QStringList known = {
        QStringLiteral("escrowCertificate"), QStringLiteral("escrowCertificateSha256"),
        QStringLiteral("escrowCaFile"),      QStringLiteral("maxTries"),
        QStringLiteral("recoveryTime"),      QStringLiteral("lockoutRecovery"),
        QStringLiteral("disableClear"),      QStringLiteral("setEndorsementAuth"),
        QStringLiteral("setOwnerAuth")};
    for (auto it = section.begin(); it != section.end(); ++it)
        if (!known.contains(it.key()))
            return fail(Tr::tr("Unknown ownership setting \"%1\".").arg(it.key()));
    auto maxTries = readCount(section, QStringLiteral("maxTries"), c.maxTries, 1);
    auto recovery = readCount(section, QStringLiteral("recoveryTime"), c.recoveryTime, 0);
    auto lockout = readCount(section, QStringLiteral("lockoutRecovery"), c.lockoutRecovery, 0);
    auto disableClear = readBool(section, QStringLiteral("disableClear"));
    auto endorsement = readBool(section, QStringLiteral("setEndorsementAuth"));
    auto owner = readBool(section, QStringLiteral("setOwnerAuth"));
    for (const QString* e :
         {maxTries ? nullptr : &maxTries.error(), recovery ? nullptr : &recovery.error(),
          lockout ? nullptr : &lockout.error(), disableClear ? nullptr : &disableClear.error(),
          endorsement ? nullptr : &endorsement.error(), owner ? nullptr : &owner.error()})
        if (e)
            return fail(*e);
    c.maxTries = *maxTries;
    c.recoveryTime = *recovery;
    c.lockoutRecovery = *lockout;
    c.disableClear = *disableClear;
    c.setEndorsementAuth = *endorsement;
    c.setOwnerAuth = *owner;
    return c;
}

QJsonObject OwnershipConfig::toJson() const
{
    QJsonObject o{{QStringLiteral("escrowCertificate"), escrowCertificate},
                  {QStringLiteral("maxTries"), double(maxTries)},
                  {QStringLiteral("recoveryTime"), double(recoveryTime)},
                  {QStringLiteral("lockoutRecovery"), double(lockoutRecovery)},
                  {QStringLiteral("disableClear"), disableClear},
                  {QStringLiteral("setOwnerAuth"), setOwnerAuth},
                  {QStringLiteral("setEndorsementAuth"), setEndorsementAuth}};
    if (!escrowCertificateSha256.isEmpty())
        o.insert(QStringLiteral("escrowCertificateSha256"), escrowCertificateSha256);
    if (!escrowCaFile.isEmpty())
        o.insert(QStringLiteral("escrowCaFile"), escrowCaFile);
    return o;
}

Result<void, QString> checkClientOwnership(const dps::DeviceClient& client, const OwnershipConfig& config)
{
    if (config.setOwnerAuth && client.needsEmptyOwnerAuth())
        return fail(
            Tr::tr(
                "The product profile sets the owner authorization (ownership.setOwnerAuth), but its device "
                "client %1 needs it empty: %1 persists its DPS key with TPM2_EvictControl through the owner "
                "hierarchy with an empty password, and would be refused in the field. Leave setOwnerAuth "
                "false, or use device.client \"aziot-identity-service\" with hierarchyAuthorization and "
                "ownerAuthDelivery.")
                .arg(client.displayName()));
    if (config.setEndorsementAuth && client.needsEmptyEndorsementAuth())
        return fail(
            Tr::tr("The product profile sets the endorsement authorization "
                   "(ownership.setEndorsementAuth), but its device client %1 needs it empty: it proves "
                   "the EK under PolicySecret(endorsement) with an empty password, so DPS TPM "
                   "attestation would fail. Only device.client \"none\" allows it.")
                .arg(client.displayName()));
    return {};
}

} // namespace tps::ownership
