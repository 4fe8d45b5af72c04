// The "ownership" section of a product profile (docs/OWNERSHIP.md):
//   { "escrowCertificate": "/path/owner.pem",   required: the device owner's X.509 certificate
//     "escrowCertificateSha256": "ab12…",         its pin: SHA-256 of the DER (required in production)
//     "escrowCaFile": "/path/customer-ca.pem",   optional: the customer CA the certificate must chain to
//     "maxTries": 32, "recoveryTime": 7200, "lockoutRecovery": 86400,   dictionary-attack parameters
//     "disableClear": false,                     TPM2_ClearControl(YES) after ownership
//     "setOwnerAuth": false,                     only for a device client given hierarchy authorization
//     "setEndorsementAuth": false }              only with device.client "none": DPS needs it empty
// The lockout authorization is always set (a fresh secret per device, escrowed). Whether owner and
// endorsement may be set is the device client's decision: checkClientOwnership() below.
#pragma once

#include "core/common/Result.h"
#include "core/dps/DeviceClient.h"

#include <QJsonObject>
#include <QString>

namespace tps::ownership {

struct OwnershipConfig
{
    QString escrowCertificate;
    QString escrowCertificateSha256; // lowercase hex, 64 digits; empty: not pinned (refused in production)
    QString escrowCaFile;            // empty: no customer CA
    quint32 maxTries = 32;
    quint32 recoveryTime = 7200;     // seconds
    quint32 lockoutRecovery = 86400; // seconds
    bool disableClear = false;
    bool setOwnerAuth = false;
    bool setEndorsementAuth = false;

    // Refuses missing/ill-typed/out-of-range values with a translated message.
    static Result<OwnershipConfig, QString> fromJson(const QJsonObject& section);
    QJsonObject toJson() const;
};

// Refuses ownership settings the device client cannot live with (owner authorization set for a client
// that persists its key with an empty owner password; endorsement authorization set for any DPS client),
// with a translated message that names the client and what it needs.
Result<void, QString> checkClientOwnership(const dps::DeviceClient& client, const OwnershipConfig& config);

} // namespace tps::ownership
