// Step 5 — QA check: rehearses DPS TPM attestation on the line (DESIGN §3.5) and re-checks what the
// earlier steps left on the TPM, without needing any escrowed secret:
//   - the EK at 0x81010001 is the one recorded by the EK step ("ek.pub");
//   - an SRK of the standard template is persisted at 0x81000001;
//   - the hierarchy authorizations are what the device client (profile section "device") needs: for
//     the Azure IoT SDKs owner and endorsement empty, lockout set (read from TPMA_PERMANENT: no
//     authorization is tried, so nothing can count towards lockout);
//   - the firmware settings index written by the firmware step exists and is readable;
//   - the station plays the DPS service in software (credential to the EK for the SRK's name + an HMAC
//     key duplicated to the SRK), the TPM runs the device SDK's import, signs the SAS string-to-sign with
//     TPM2_HMAC, the station verifies the signature and removes the QA key — every command with the
//     client's own authorizations (the empty password for the SDKs), in the client's order;
//   - in the slot credential modes (profile section "credentials"), the Limpet slot signs a SAS token as
//     the device would and it verifies against the recorded key (stations/SlotCredentials.h);
//   - ship-clean inventory: no persistent object or NV index the product does not ship with (the slot's
//     NV index and key handle are expected in the slot modes).
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/dps/SlotKeyStore.h"
#include "core/firmware/ProvisioningSettings.h"
#include "core/timeline/Station.h"

#include <QByteArray>
#include <QJsonObject>
#include <functional>
#include <memory>
#include <optional>
#include <tss2/tss2_tpm2_types.h>

namespace tps::stations {

// The NV index in which the firmware step (step 4) stores the device's firmware settings. Defined by
// that step; the QA check only verifies that it exists, was written and is readable.
inline constexpr TPM2_HANDLE kFirmwareSettingsNvIndex = firmware::kSettingsNvIndex; // written by step 4

// Profile sections "qa" and "dps", parsed.
struct QaConfig
{
    QString idScope;                     // dps.idScope (required)
    QString registrationId;              // qa.registrationId; empty: the device serial in lower case
    qint64 sasValiditySeconds = 3600;    // qa.sasValiditySeconds
    bool requireLockoutAuthSet = true;   // qa.requireLockoutAuthSet
    bool requireFirmwareSettings = true; // qa.requireFirmwareSettings
    TPM2_HANDLE firmwareNvIndex = kFirmwareSettingsNvIndex; // qa.firmwareNvIndex ("0x..." or number)

    // A translated message on refusal.
    static Result<QaConfig, QString> parse(const QJsonObject& qa, const QJsonObject& dps);
    // The registration ID used for the device (validated: DPS allows a-z 0-9 - . _ :, at most 128).
    Result<QString, QString> registrationIdFor(const QString& serial) const;
};

class QaCheckStation final : public timeline::Station
{
public:
    // Supplies the owner authorization the device is given, for a client with hierarchy authorization
    // only (secret; never logged). Without one the rehearsal of such a client uses the loaded key
    // without persisting it. The SDK clients never use it: they persist with the empty password.
    using OwnerAuthSource = std::function<std::optional<crypto::SecureBytes>(const timeline::StepContext&)>;

    explicit QaCheckStation(OwnerAuthSource ownerAuth = {}, std::shared_ptr<dps::SlotKeyStore> slotKeys = {})
        : m_ownerAuth(std::move(ownerAuth)), m_slotKeys(std::move(slotKeys))
    {}
    timeline::StepId id() const override { return timeline::StepId::QaCheck; }
    QList<timeline::StepId> preconditions() const override;
    timeline::StepResult run(timeline::StepContext& context) override;

private:
    OwnerAuthSource m_ownerAuth;
    std::shared_ptr<dps::SlotKeyStore> m_slotKeys;
};

} // namespace tps::stations
