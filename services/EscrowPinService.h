// Changing a product profile's escrow certificate pin (docs/ESCROW.md): an admin's action with an
// electronic signature. The admin signs (ID and password, purpose "signature"), the permission table is
// asked (db::Action::PinEscrow, a refusal audited), the SHA-256 of the profile's escrow certificate (over
// its DER) is written to ownership.escrowCertificateSha256 of the profile file, and the signature over
// {profile, certificate, old pin, new pin} is recorded with its "sign" audit event. The CLI's
// `profile pin-escrow` calls it.
#pragma once

#include "services/StationSession.h"

namespace tps::services {

struct EscrowPinChange
{
    QString profileId;
    QString certificate;
    QString oldPin; // empty: the profile had none
    QString newPin;
};

ServiceResult<EscrowPinChange> pinEscrowCertificate(StationSession& session, const QString& profilePath,
                                                    const timeline::Credentials& admin,
                                                    const QString& reason);

} // namespace tps::services
