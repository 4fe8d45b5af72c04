#include "stations/SlotCredentials.h"

#include "core/crypto/Kdfa.h"
#include "core/crypto/SecureBase64.h"
#include "core/dps/GroupEnrollmentKey.h"
#include "core/dps/LimpetSlot.h"
#include "core/common/FaultPoints.h"
#include "core/tpm/LimpetSlots.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tps::stations {

using namespace timeline;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SlotCredentials)
};

constexpr std::size_t kIotHubKeyBytes = 32; // 256-bit keys, as IoT Hub generates them

QString hex(TPM2_HANDLE h)
{
    return QStringLiteral("0x%1").arg(h, 8, 16, QLatin1Char('0'));
}

SlotStepFailure storeFailure(const QString& message)
{
    return SlotStepFailure{StepErrc::Storage,
                           Tr::tr("The station cannot keep the device's slot keys: %1 Nothing was shipped; "
                                  "run the step again.")
                               .arg(message),
                           message, Outcome::Error};
}

SlotStepFailure slotFailure(const dps::SlotError& e, const QString& what)
{
    return SlotStepFailure{StepErrc::Tpm, what.arg(e.operatorMessage()), e.technical(), Outcome::Error};
}

Result<dps::SlotKeys, SlotStepFailure> makeKeys(const CredentialConfig& config, dps::SlotKeyStore& store,
                                                const QString& product, const QString& registrationId)
{
    dps::SlotKeys keys;
    if (config.mode == CredentialMode::IotHubSymmetricSlot) {
        auto primary = crypto::SecureBytes::random(kIotHubKeyBytes);
        auto secondary = crypto::SecureBytes::random(kIotHubKeyBytes);
        if (!primary || !secondary)
            return fail(SlotStepFailure{StepErrc::Internal,
                                        Tr::tr("The station's random generator refused to make device keys."),
                                        QStringLiteral("RAND_priv_bytes failed"), Outcome::Error});
        keys.primary = std::move(*primary);
        keys.secondary = std::move(*secondary);
        return keys;
    }
    auto group = store.groupKey(product);
    if (!group)
        return fail(SlotStepFailure{StepErrc::Configuration, group.error().message,
                                    QStringLiteral("no group key for product ") + product, Outcome::Error});
    auto derived = dps::deriveDeviceKey(*group, registrationId);
    if (!derived)
        return fail(SlotStepFailure{StepErrc::Validation, derived.error().message,
                                    QStringLiteral("group key derivation refused"), Outcome::Error});
    keys.primary = std::move(*derived);
    return keys;
}

void recordSlot(StepResult& result, const QString& prefix, int slot, const SlotIdentity& identity)
{
    result.add(Measurement::record(prefix + QStringLiteral("slot"), slot));
    result.add(Measurement::record(prefix + QStringLiteral("slot_nv_index"), hex(dps::slotNvIndex(slot))));
    result.add(
        Measurement::record(prefix + QStringLiteral("slot_key_handle"), hex(dps::slotKeyHandle(slot))));
    result.add(Measurement::record(prefix + QStringLiteral("slot_host_name"), identity.hostName));
    result.add(Measurement::record(prefix + QStringLiteral("slot_device_id"), identity.deviceId));
}

// The token as the device forms it, rebuilt from the parts the TPM reported and the expected signature.
bool tokenWellFormed(const tpm::SlotSas& sas, const QByteArray& expectedHmac)
{
    const QString expected = dps::slotSasToken(sas.hostName, sas.deviceId, sas.expiry, expectedHmac);
    const QString prefix =
        QStringLiteral("SharedAccessSignature sr=%1/devices/%2&sig=").arg(sas.hostName, sas.deviceId);
    return sas.token == expected && sas.token.startsWith(prefix) &&
           sas.token.endsWith(QStringLiteral("&se=%1").arg(sas.expiry)) &&
           !sas.token.contains(QLatin1String("skn="));
}
} // namespace

Result<SlotIdentity, QString> slotIdentityFor(const CredentialConfig& config, const QString& serial,
                                              const QString& registrationId, const QString& dpsEndpoint)
{
    if (config.mode == CredentialMode::DpsSymmetricGroup) {
        if (auto ok = dps::validateHostName(dpsEndpoint); !ok)
            return fail(ok.error().operatorMessage());
        return SlotIdentity{dpsEndpoint, registrationId};
    }
    auto id = config.deviceIdFor(serial, registrationId);
    if (!id)
        return fail(id.error());
    return SlotIdentity{config.hubHostName, *id};
}

std::optional<SlotStepFailure> imprintSlot(StepContext& context, const CredentialConfig& config,
                                           dps::SlotKeyStore* store, const SlotIdentity& identity,
                                           const QString& registrationId, StepResult& result)
{
    if (!config.usesSlot())
        return std::nullopt;
    if (!store)
        return SlotStepFailure{
            StepErrc::Configuration,
            Tr::tr("The credential mode %1 needs the station database to keep the device's "
                   "keys, and this station runs without one.")
                .arg(credentialModeKey(config.mode)),
            QStringLiteral("no SlotKeyStore"), Outcome::Error};
    const Device& device = context.device;
    auto keys = makeKeys(config, *store, context.profile.id, registrationId);
    if (!keys)
        return keys.error();
    if (auto ok = store->abandonPending(device.serial, QStringLiteral("the slot is imprinted again")); !ok)
        return storeFailure(ok.error().message);
    dps::SlotKeyRecord record{{},
                              device.serial,
                              device.uuid,
                              context.profile.id,
                              credentialModeKey(config.mode),
                              config.slot,
                              identity.hostName,
                              identity.deviceId,
                              dps::SlotKeyState::Pending,
                              {}};
    auto id = store->saveSlotKeys(record, *keys); // written ahead of the slot
    if (!id)
        return storeFailure(id.error().message);
    faultPoint("slot.after-keys-saved");

    dps::SlotProvisioning request{config.slot, identity.hostName, identity.deviceId, keys->primary.clone(),
                                  true};
    auto before = tpm::readSlot(context.tpm, config.slot);
    auto provisioned = tpm::provisionSlot(context.tpm, request);
    if (!provisioned)
        return slotFailure(
            provisioned.error(),
            Tr::tr("The device's key could not be imprinted into its TPM slot: %1 Run the step "
                   "again."));
    faultPoint("slot.after-imprint");
    if (auto ok =
            store->setSlotKeyState(device.serial, *id, dps::SlotKeyState::Applied,
                                   QStringLiteral("Limpet slot %1 holds the primary key").arg(config.slot));
        !ok)
        return storeFailure(ok.error().message);
    if (auto ok =
            store->removeAppliedExcept(device.serial, *id, QStringLiteral("the slot was imprinted again"));
        !ok)
        return storeFailure(ok.error().message);
    result.add(Measurement::record(QStringLiteral("slot.mode"), credentialModeKey(config.mode)));
    recordSlot(result, QStringLiteral("slot."), config.slot, identity);
    result.add(Measurement::record(QStringLiteral("slot.replaced"), before.ok() && before->occupied()));
    result.add(Measurement::record(QStringLiteral("slot.key_record"), *id));
    result.add(Measurement::record(QStringLiteral("slot.secondary_key"), !keys->secondary.empty()));
    return std::nullopt;
}

std::optional<SlotStepFailure> checkSlot(StepContext& context, const CredentialConfig& config,
                                         dps::SlotKeyStore* store, qint64 validitySeconds, StepResult& result)
{
    if (!config.usesSlot())
        return std::nullopt;
    if (!store)
        return SlotStepFailure{StepErrc::Configuration,
                               Tr::tr("The slot check needs the station database, and this station runs "
                                      "without one."),
                               QStringLiteral("no SlotKeyStore"), Outcome::Error};
    const QString& serial = context.device.serial;
    auto record = store->latest(serial, dps::SlotKeyState::Applied);
    if (!record)
        return storeFailure(record.error().message);
    if (!*record || (*record)->slot != config.slot)
        return SlotStepFailure{
            StepErrc::Precondition,
            Tr::tr("No keys are recorded for slot %1 of this device: the firmware step must "
                   "imprint the slot again.")
                .arg(config.slot),
            QStringLiteral("no applied slot key record"), Outcome::Fail};
    auto keys = store->openSlotKeys((*record)->id);
    if (!keys)
        return storeFailure(keys.error().message);

    // The device's view: hostname and device ID from the NV index, TPM2_HMAC with the persisted key.
    auto info = tpm::readSlot(context.tpm, config.slot);
    if (!info)
        return slotFailure(info.error(), Tr::tr("The TPM slot cannot be read: %1"));
    result.add(Measurement::equals(QStringLiteral("qa.slot_layout_matches"), info->layoutMatches(), true));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto sas = tpm::slotSasToken(context.tpm, config.slot, validitySeconds, now);
    if (!sas)
        return slotFailure(sas.error(),
                           Tr::tr("The TPM could not compute the device's SAS token: %1 Send the "
                                  "device back to the firmware step."));
    recordSlot(result, QStringLiteral("qa."), config.slot, SlotIdentity{sas->hostName, sas->deviceId});
    const bool sameIdentity = sas->hostName == (*record)->hostName && sas->deviceId == (*record)->deviceId;
    result.add(Measurement::equals(QStringLiteral("qa.slot_identity_matches_record"), sameIdentity, true));

    // The station's side: the same string signed in software with the key it generated.
    const QByteArray key = QByteArray::fromRawData(reinterpret_cast<const char*>(keys->primary.data()),
                                                   qsizetype(keys->primary.size()));
    auto expected = crypto::hmacSha256(key, sas->stringToSign);
    const bool valid = expected.ok() && crypto::equalConstantTime(*expected, sas->signature);
    result.add(Measurement::equals(QStringLiteral("qa.slot_sas_signature_valid"), valid, true));
    const bool formatted = expected.ok() && tokenWellFormed(*sas, *expected);
    result.add(Measurement::equals(QStringLiteral("qa.slot_sas_format"), formatted, true));
    result.add(Measurement::within(QStringLiteral("qa.slot_sas_validity"), double(sas->expiry - now), 1,
                                   double(validitySeconds), QStringLiteral("s")));
    if (!sameIdentity || !valid || !formatted || !info->layoutMatches())
        return SlotStepFailure{
            StepErrc::Attestation,
            Tr::tr("The SAS token the TPM computes from slot %1 does not match the keys recorded for this "
                   "device: IoT Hub would refuse it. Send the device back to the firmware step.")
                .arg(config.slot),
            QStringLiteral("slot %1: identity %2, signature %3, format %4, layout %5")
                .arg(config.slot)
                .arg(sameIdentity)
                .arg(valid)
                .arg(formatted)
                .arg(info->layoutMatches()),
            Outcome::Fail};
    return std::nullopt;
}

} // namespace tps::stations
