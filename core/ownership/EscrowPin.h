// The escrow certificate pin (docs/ESCROW.md): step 3 encrypts every device's new secrets to the profile's
// escrow certificate, so whoever can edit the profile would otherwise receive them. Before any TPM command
// the certificate's SHA-256 (over the DER, as `openssl x509 -outform DER | sha256sum` prints it) must equal
// the profile's ownership.escrowCertificateSha256 — required in production profiles — and, when the profile
// names a customer CA (ownership.escrowCaFile), the certificate must chain to it.
#pragma once

#include "core/common/Result.h"
#include "core/crypto/CmsEscrow.h"
#include "core/ownership/OwnershipConfig.h"

#include <QString>

namespace tps::ownership {

// Refuses (translated, with both fingerprints on a mismatch) a certificate the profile does not pin, or one
// that does not chain to the customer CA.
Result<void, QString> checkEscrowPin(const crypto::EscrowCertificate& certificate,
                                     const OwnershipConfig& config, bool production);

// Whether `certificate` chains to the CA certificate(s) in `caFile` (PEM); the reason when not.
Result<void, QString> verifyEscrowChain(const crypto::EscrowCertificate& certificate, const QString& caFile);

} // namespace tps::ownership
