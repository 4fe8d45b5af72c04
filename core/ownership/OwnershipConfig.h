// The "ownership" section of a product profile (docs/OWNERSHIP.md):
//   { "escrowCertificate": "/path/owner.pem",   required: the device owner's X.509 certificate
//     "maxTries": 32, "recoveryTime": 7200, "lockoutRecovery": 86400,   dictionary-attack parameters
//     "disableClear": false,                     TPM2_ClearControl(YES) after ownership
//     "setEndorsementAuth": false }              DANGER: breaks DPS TPM attestation in the field
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

namespace tps::ownership {

struct OwnershipConfig
{
    QString escrowCertificate;
    quint32 maxTries = 32;
    quint32 recoveryTime = 7200;     // seconds
    quint32 lockoutRecovery = 86400; // seconds
    bool disableClear = false;
    bool setEndorsementAuth = false;

    // Refuses missing/ill-typed/out-of-range values with a translated message.
    static Result<OwnershipConfig, QString> fromJson(const QJsonObject& section);
    QJsonObject toJson() const;
};

} // namespace tps::ownership
