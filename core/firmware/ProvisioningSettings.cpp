#include "core/firmware/ProvisioningSettings.h"

#include "core/firmware/FirmwareManifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

namespace tps::firmware {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProvisioningSettings)
};

SettingsError invalid(const QString& field, const QString& message)
{
    return SettingsError{field, message};
}
} // namespace

bool isValidIdScope(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^0ne[0-9A-Z]{8}\\z"));
    return re.match(s).hasMatch();
}

bool isValidRegistrationId(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([a-z0-9._:-]{0,126}[a-z0-9])?\\z"));
    return re.match(s).hasMatch();
}

bool isValidHostname(const QString& s)
{
    if (s.isEmpty() || s.size() > 253)
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\z"));
    const QStringList labels = s.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString& l : labels)
        if (!label.match(l).hasMatch())
            return false;
    return true;
}

SettingsResult<void> ProvisioningSettings::validate() const
{
    if (!isValidHostname(endpoint))
        return fail(invalid(QStringLiteral("endpoint"),
                            Tr::tr("The DPS endpoint '%1' is not a host name (for example %2).")
                                .arg(endpoint, QLatin1String(kDefaultGlobalEndpoint))));
    if (!isValidIdScope(idScope))
        return fail(invalid(QStringLiteral("idScope"),
                            Tr::tr("The DPS ID scope '%1' is not valid: it is '0ne' followed by 8 "
                                   "upper-case letters or digits, for example 0ne000A1B2C.")
                                .arg(idScope)));
    if (!isValidRegistrationId(registrationId))
        return fail(invalid(QStringLiteral("registrationId"),
                            Tr::tr("The registration ID '%1' is not valid: up to 128 lower-case letters, "
                                   "digits and - . _ :, beginning and ending with a letter or digit.")
                                .arg(registrationId)));
    if (!isValidProductId(product))
        return fail(invalid(
            QStringLiteral("product"),
            Tr::tr("The product '%1' is not valid: 1 to 64 letters, digits and . _ -.").arg(product)));
    return {};
}

QJsonObject ProvisioningSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("tps-provisioning-settings/1")},
                       {QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("idScope"), idScope},
                       {QStringLiteral("registrationId"), registrationId},
                       {QStringLiteral("product"), product}};
}

QByteArray ProvisioningSettings::toSettingsFile() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

SettingsResult<ProvisioningSettings> ProvisioningSettings::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("tps-provisioning-settings/1"))
        return fail(
            invalid(QStringLiteral("record"), Tr::tr("The provisioning settings have an unknown format.")));
    ProvisioningSettings s;
    s.endpoint = json.value(QStringLiteral("endpoint")).toString();
    s.idScope = json.value(QStringLiteral("idScope")).toString();
    s.registrationId = json.value(QStringLiteral("registrationId")).toString();
    s.product = json.value(QStringLiteral("product")).toString();
    if (auto ok = s.validate(); !ok)
        return fail(ok.error());
    return s;
}

SettingsResult<QByteArray> ProvisioningSettings::toNvRecord() const
{
    if (auto ok = validate(); !ok)
        return fail(ok.error());
    const QByteArray payload = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    if (payload.size() > kSettingsNvSize - kSettingsNvHeader)
        return fail(invalid(QStringLiteral("record"),
                            Tr::tr("The provisioning settings do not fit into the TPM's settings index.")));
    QByteArray record(kSettingsNvSize, '\0');
    char* p = record.data();
    memcpy(p, kSettingsNvMagic, 4);
    p[4] = char(kSettingsNvLayout);
    p[5] = 0; // flags
    qToBigEndian<quint16>(quint16(payload.size()), p + 6);
    const QByteArray digest = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    memcpy(p + 8, digest.constData(), 32);
    memcpy(p + kSettingsNvHeader, payload.constData(), size_t(payload.size()));
    return record;
}

SettingsResult<ProvisioningSettings> ProvisioningSettings::fromNvRecord(const QByteArray& record)
{
    const auto bad = [](const QString& why) {
        return fail(invalid(QStringLiteral("record"),
                            Tr::tr("The TPM holds no valid provisioning settings (%1).").arg(why)));
    };
    if (record.size() < kSettingsNvHeader)
        return bad(QStringLiteral("record shorter than its header"));
    if (!record.startsWith(kSettingsNvMagic))
        return bad(QStringLiteral("no settings record"));
    if (quint8(record.at(4)) != kSettingsNvLayout)
        return bad(QStringLiteral("unknown layout %1").arg(quint8(record.at(4))));
    const int length = qFromBigEndian<quint16>(record.constData() + 6);
    if (length > record.size() - kSettingsNvHeader)
        return bad(QStringLiteral("length %1 exceeds the record").arg(length));
    const QByteArray payload = record.mid(kSettingsNvHeader, length);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha256) != record.mid(8, 32))
        return bad(QStringLiteral("digest mismatch (torn or altered record)"));
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject())
        return bad(QStringLiteral("payload is not JSON"));
    return fromJson(doc.object());
}

} // namespace tps::firmware
