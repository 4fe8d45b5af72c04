// The DPS service's half of TPM attestation, played by the station in software (DESIGN §3.5): a fresh
// HMAC key is duplicated to the device's SRK under an inner wrap key, and the inner wrap key is sent as a
// credential made to the device's EK for the SRK's name. Only a TPM holding both EK and SRK recovers it.
#pragma once

#include "core/crypto/CryptoError.h"
#include "core/dps/AuthenticationKeyBlob.h"

#include <tss2/tss2_tpm2_types.h>

namespace tps::dps {

struct IssuedAuthenticationKey
{
    AuthenticationKeyBlob blob;
    QByteArray hmacKey; // secret: the key the station checks the SAS signature with; never log it
    QByteArray keyName; // the HMAC key's TPM name
};

// `payload` goes AES-128-CFB encrypted under the inner wrap key into the blob's encrypted-data part.
crypto::CryptoResult<IssuedAuthenticationKey> issueAuthenticationKey(const TPM2B_PUBLIC& ekPublic,
                                                                     const TPM2B_PUBLIC& srkPublic,
                                                                     const QByteArray& payload = {});

} // namespace tps::dps
