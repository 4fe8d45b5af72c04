// The software the device will run to register with Azure DPS by TPM attestation, as one declarative
// description per client (docs/DPS_AUTHENTICATION_KEY.md, "Device clients"): which hierarchy
// authorizations it needs empty, where it persists its identity key, what it deletes before, and the
// order of its TPM commands. The ownership step and the QA replay read the description; adding a
// client is adding one entry to kClients in DeviceClient.cpp, not editing the steps.
//
// Profile section "device":
//   { "client": "azure-iot-sdk-c" | "azure-iot-sdk-csharp" | "azure-iot-sdk-java" |
//               "aziot-identity-service" | "none",            default azure-iot-sdk-c
//     "authKeyIndex": 256,            aziot-identity-service only: [tpm] auth_key_index (0x81000000 + it)
//     "hierarchyAuthorization": false, aziot-identity-service only: the device is given ownerAuth
//     "ownerAuthDelivery": "..." }    required with hierarchyAuthorization: how the device receives it
#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <tss2/tss2_tpm2_types.h>

namespace tps::dps {

enum class DeviceClientKind { AzureIotSdkC, AzureIotSdkCsharp, AzureIotSdkJava, AziotIdentityService, None };

// One TPM command of the client's attestation, in the client's order. Each runs with the empty
// password unless the client is given hierarchy authorization (ownerAuth) by the profile.
enum class ClientCommand {
    UndefineSlotNv,     // TPM2_NV_UndefineSpace(owner, 0x01400100), result ignored (C# Destroy())
    EvictPreviousKey,   // TPM2_EvictControl(owner, authKeyHandle) of any key there, result ignored
    ActivateCredential, // PolicySecret(endorsement, empty) + TPM2_ActivateCredential(SRK, EK)
    ImportAndLoad,      // TPM2_Import + TPM2_Load under the SRK 0x81000001
    PersistKey,         // TPM2_EvictControl(owner, transient -> authKeyHandle)
    HmacSas,            // TPM2_HMAC of the SAS string-to-sign with the persisted key
};

inline constexpr TPM2_HANDLE kDefaultAuthKeyHandle = 0x81000100;
inline constexpr TPM2_HANDLE kSlotNvIndex = 0x01400100; // the C# SDK's Destroy() removes it

struct DeviceClient
{
    DeviceClientKind kind = DeviceClientKind::AzureIotSdkC;
    TPM2_HANDLE authKeyHandle = kDefaultAuthKeyHandle;
    bool hierarchyAuthorization = false; // the device is given the owner authorization (aziot only)
    QString ownerAuthDelivery;           // how it receives it (required with hierarchyAuthorization)

    static Result<DeviceClient, QString> fromJson(const QJsonObject& device);
    QJsonObject toJson() const;

    QString key() const;         // "azure-iot-sdk-c"
    QString displayName() const; // "Azure IoT C SDK" (product names: not translated)
    bool attestsWithTpm() const { return kind != DeviceClientKind::None; }
    // The owner authorization must stay empty for the client to persist its key.
    bool needsEmptyOwnerAuth() const { return attestsWithTpm() && !hierarchyAuthorization; }
    // The endorsement authorization must stay empty (PolicySecret(endorsement) with the empty password).
    bool needsEmptyEndorsementAuth() const { return attestsWithTpm(); }
    QList<ClientCommand> sequence() const;
    // Every TPM command code the client's source issues for attestation, including those the station's
    // replay does not run itself (the C SDK's TPM2_Create of the wrap key object, the Java SDK's
    // TPM2_EncryptDecrypt2 of the URI data): QA checks that the TPM implements each.
    QList<TPM2_CC> tpmCommands() const;
};

// The command as the operator reads it in a failure: "EvictControl to 0x81000100".
QString commandName(ClientCommand command, const DeviceClient& client);

// A hierarchy authorization that is set where the client's own sequence needs it empty: the client's
// first command that the TPM would refuse, and the hierarchy. One rule for the QA check, the ownership
// step and `ownership verify` (read from TPMA_PERMANENT; nothing is tried).
struct ClientRefusal
{
    ClientCommand command;
    bool ownerHierarchy; // true: owner; false: endorsement
};
QList<ClientRefusal> clientRefusals(const DeviceClient& client, bool ownerAuthSet, bool endorsementAuthSet);
// Translated: "Azure IoT C SDK: EvictControl to 0x81000100 with empty owner authorization is refused —
// owner authorization is set".
QString refusalText(const DeviceClient& client, const ClientRefusal& refusal);
// The client's TPM commands missing from `implemented`, by name ("TPM2_EncryptDecrypt2").
QStringList missingCommands(const DeviceClient& client, const QSet<TPM2_CC>& implemented);

// Translated: what to do about a refusal on the line ("Rework: clear the TPM with the escrowed lockout
// authorization, order the rework from the ownership step, then run the line again.").
QString reworkAdvice();

// All known client keys, for messages and the settings page.
QStringList deviceClientKeys();

} // namespace tps::dps
