// How a device gets its Azure identity: the product profile's "credentials" section (docs/FORMATS.md,
// "Credential modes"). Steps 4 and 5 follow the mode; steps 1-3, the timeline, audit and resume do not
// change.
//
//   "credentials": {
//     "mode": "dps-tpm" | "iothub-symmetric-slot" | "dps-symmetric-group",   default "dps-tpm"
//     "slot": 1,                            the Limpet slot (0..9; slot modes only)
//     "hubHostName": "hub.azure-devices.net",  iothub-symmetric-slot: the IoT Hub the slot names
//     "deviceIdPattern": "{serial}",        iothub-symmetric-slot: {serial} and {registrationId}
//     "cloudCertificate": "/path/cloud.pem" iothub-symmetric-slot: the cloud engineer's certificate, the
//                                           only recipient of exports that carry keys
//   }
// dps-symmetric-group imprints the slot with the DPS endpoint as its hostname and the registration ID as
// its device ID (the ID scope is in the settings index, section "firmware.dps"); its key is derived from
// the group key a supervisor imported (`slot group-key import`).
#pragma once

#include "core/common/Result.h"
#include "core/dps/DeviceClient.h"
#include "core/timeline/ProductProfile.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace tps::stations {

enum class CredentialMode {
    DpsTpm,              // DPS TPM attestation (the EK): no slot
    IotHubSymmetricSlot, // an IoT Hub device key per device, generated at the station, in a Limpet slot
    DpsSymmetricGroup,   // a DPS group-enrollment key derived per registration ID, in a Limpet slot
};
QString credentialModeKey(CredentialMode mode); // "dps-tpm", ...
std::optional<CredentialMode> credentialModeFromKey(const QString& key);

struct CredentialConfig
{
    CredentialMode mode = CredentialMode::DpsTpm;
    int slot = 1;
    QString hubHostName;
    QString deviceIdPattern = QStringLiteral("{serial}");
    QString cloudCertificate;

    bool usesSlot() const { return mode != CredentialMode::DpsTpm; }

    // Parses the section (absent: dps-tpm); errors are translated and name the field.
    static Result<CredentialConfig, QString> parse(const QJsonObject& section);
    // The section of `profile`, checked against its device client and ownership: the slot must survive
    // the client's DPS attestation (dps::checkSlotAgainstClient) and the owner authorization must stay
    // empty (Limpet's owner commands use the empty password).
    static Result<CredentialConfig, QString> fromProfile(const timeline::ProductProfile& profile);

    // The IoT Hub device ID of a device (iothub-symmetric-slot), checked against IoT Hub's rules.
    Result<QString, QString> deviceIdFor(const QString& serial, const QString& registrationId) const;
};

} // namespace tps::stations
