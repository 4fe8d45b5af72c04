#include "ownership/OwnershipConfig.h"

#include <QCoreApplication>
#include <QJsonValue>
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
    static const QStringList known = {
        QStringLiteral("escrowCertificate"), QStringLiteral("maxTries"),
        QStringLiteral("recoveryTime"),      QStringLiteral("lockoutRecovery"),
        QStringLiteral("disableClear"),      QStringLiteral("setEndorsementAuth")};
    for (auto it = section.begin(); it != section.end(); ++it)
        if (!known.contains(it.key()))
            return fail(Tr::tr("Unknown ownership setting \"%1\".").arg(it.key()));
    auto maxTries = readCount(section, QStringLiteral("maxTries"), c.maxTries, 1);
    auto recovery = readCount(section, QStringLiteral("recoveryTime"), c.recoveryTime, 0);
    auto lockout = readCount(section, QStringLiteral("lockoutRecovery"), c.lockoutRecovery, 0);
    auto disableClear = readBool(section, QStringLiteral("disableClear"));
    auto endorsement = readBool(section, QStringLiteral("setEndorsementAuth"));
    for (const QString* e :
         {maxTries ? nullptr : &maxTries.error(), recovery ? nullptr : &recovery.error(),
          lockout ? nullptr : &lockout.error(), disableClear ? nullptr : &disableClear.error(),
          endorsement ? nullptr : &endorsement.error()})
        if (e)
            return fail(*e);
    c.maxTries = *maxTries;
    c.recoveryTime = *recovery;
    c.lockoutRecovery = *lockout;
    c.disableClear = *disableClear;
    c.setEndorsementAuth = *endorsement;
    return c;
}

QJsonObject OwnershipConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("escrowCertificate"), escrowCertificate},
                       {QStringLiteral("maxTries"), double(maxTries)},
                       {QStringLiteral("recoveryTime"), double(recoveryTime)},
                       {QStringLiteral("lockoutRecovery"), double(lockoutRecovery)},
                       {QStringLiteral("disableClear"), disableClear},
                       {QStringLiteral("setEndorsementAuth"), setEndorsementAuth}};
}

} // namespace tps::ownership
