#include "stations/CredentialConfig.h"

#include "core/crypto/CmsEscrow.h"
#include "core/dps/LimpetSlot.h"
#include "core/dps/SlotConflict.h"
#include "core/ownership/OwnershipConfig.h"

#include <QCoreApplication>

namespace tps::stations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CredentialConfig)
};

const QString kSection = QStringLiteral("credentials");

Result<void, QString> parseSlotFields(const QJsonObject& section, CredentialConfig& c)
{
    const QJsonValue slot = section.value(QStringLiteral("slot"));
    if (slot.isUndefined())
        return fail(Tr::tr("credentials.slot is missing: the mode %1 needs a Limpet slot (0 to 9).")
                        .arg(credentialModeKey(c.mode)));
    const double n = slot.toDouble(-1);
    if (!slot.isDouble() || n != double(int(n)) || !dps::validateSlot(int(n)))
        return fail(Tr::tr("credentials.slot must be a whole number from 0 to 9."));
    c.slot = int(n);
    if (c.mode != CredentialMode::IotHubSymmetricSlot)
        return {};
    c.hubHostName = section.value(QStringLiteral("hubHostName")).toString().trimmed();
    if (c.hubHostName.isEmpty())
        return fail(Tr::tr("credentials.hubHostName is missing: the IoT Hub the devices connect to."));
    if (auto ok = dps::validateHostName(c.hubHostName); !ok)
        return fail(Tr::tr("credentials.hubHostName: %1").arg(ok.error().operatorMessage()));
    c.deviceIdPattern = section.value(QStringLiteral("deviceIdPattern")).toString(c.deviceIdPattern);
    if (!c.deviceIdPattern.contains(QLatin1String("{serial}")) &&
        !c.deviceIdPattern.contains(QLatin1String("{registrationId}")))
        return fail(Tr::tr("credentials.deviceIdPattern must contain {serial} or {registrationId}, so that "
                           "every device gets its own IoT Hub device ID."));
    c.cloudCertificate = section.value(QStringLiteral("cloudCertificate")).toString();
    if (c.cloudCertificate.isEmpty())
        return fail(Tr::tr("credentials.cloudCertificate is missing: exports that carry device keys are "
                           "encrypted to the cloud engineer's certificate only."));
    if (auto cert = crypto::EscrowCertificate::fromFile(c.cloudCertificate); !cert)
        return fail(Tr::tr("credentials.cloudCertificate %1 is not a usable certificate: %2")
                        .arg(c.cloudCertificate, cert.error().message));
    return {};
}
} // namespace

QString credentialModeKey(CredentialMode mode)
{
    switch (mode) {
    case CredentialMode::DpsTpm:
        return QStringLiteral("dps-tpm");
    case CredentialMode::IotHubSymmetricSlot:
        return QStringLiteral("iothub-symmetric-slot");
    case CredentialMode::DpsSymmetricGroup:
        return QStringLiteral("dps-symmetric-group");
    }
    return {};
}

std::optional<CredentialMode> credentialModeFromKey(const QString& key)
{
    for (CredentialMode m :
         {CredentialMode::DpsTpm, CredentialMode::IotHubSymmetricSlot, CredentialMode::DpsSymmetricGroup})
        if (credentialModeKey(m) == key)
            return m;
    return std::nullopt;
}

Result<CredentialConfig, QString> CredentialConfig::parse(const QJsonObject& section)
{
    CredentialConfig c;
    const QString modeKey = section.value(QStringLiteral("mode")).toString(credentialModeKey(c.mode));
    const auto mode = credentialModeFromKey(modeKey);
    if (!mode)
        return fail(Tr::tr("credentials.mode \"%1\" is not known: use dps-tpm, iothub-symmetric-slot or "
                           "dps-symmetric-group.")
                        .arg(modeKey));
    c.mode = *mode;
    if (!c.usesSlot())
        return c;
    if (auto ok = parseSlotFields(section, c); !ok)
        return fail(ok.error());
    return c;
}

Result<CredentialConfig, QString> CredentialConfig::fromProfile(const timeline::ProductProfile& profile)
{
    auto config = parse(profile.section(kSection));
    if (!config || !config->usesSlot())
        return config;
    auto client = dps::DeviceClient::fromJson(profile.section(QStringLiteral("device")));
    if (!client)
        return fail(client.error());
    if (auto ok = dps::checkSlotAgainstClient(*client, config->slot); !ok)
        return fail(ok.error());
    if (profile.sections.contains(QStringLiteral("ownership"))) {
        auto ownership = ownership::OwnershipConfig::fromJson(profile.section(QStringLiteral("ownership")));
        if (ownership && ownership->setOwnerAuth)
            return fail(Tr::tr("The product profile sets the owner authorization (ownership.setOwnerAuth), "
                               "but the credential mode %1 keeps the device's key in a Limpet slot, and "
                               "Limpet manages its slots through the owner hierarchy with an empty password. "
                               "Leave setOwnerAuth false.")
                            .arg(credentialModeKey(config->mode)));
    }
    return config;
}

Result<QString, QString> CredentialConfig::deviceIdFor(const QString& serial,
                                                       const QString& registrationId) const
{
    QString id = deviceIdPattern;
    id.replace(QLatin1String("{serial}"), serial).replace(QLatin1String("{registrationId}"), registrationId);
    if (auto ok = dps::validateDeviceId(id); !ok)
        return fail(ok.error().operatorMessage());
    return id;
}

} // namespace tps::stations
