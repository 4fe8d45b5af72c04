// The `authenticationKey` blob DPS answers a TPM registration with (DESIGN §3.5), as the device SDK
// parses it: six parts, each `UINT16 size (big-endian) || bytes`, in this order. The format is documented
// in docs/DPS_AUTHENTICATION_KEY.md.
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tps::dps {

struct AuthenticationKeyBlob
{
    QByteArray idObject;        // TPM2B_ID_OBJECT contents: the credential blob for ActivateCredential
    QByteArray encryptedSecret; // TPM2B_ENCRYPTED_SECRET contents: the seed, encrypted to the EK
    QByteArray duplicate;       // TPM2B_PRIVATE contents: the duplicated HMAC key
    QByteArray wrapKeySeed;     // TPM2B_ENCRYPTED_SECRET contents: the duplication seed, encrypted to the SRK
    QByteArray keyPublic;       // TPM2B_PUBLIC contents (marshaled TPMT_PUBLIC) of the HMAC key
    QByteArray encryptedData;   // sized encrypted data (the SDK reads past it)

    QByteArray pack() const;
};

enum class BlobErrc {
    Truncated, // a size prefix or a part runs past the end of the blob
    Oversized, // a part is larger than its TPM structure allows
    Trailing,  // bytes follow the last part
    Malformed, // a part does not unmarshal as its TPM structure
};

struct BlobError
{
    BlobErrc code = BlobErrc::Malformed;
    QString part;                    // "credential blob", "seed", ...
    QString detail;                  // English, technical
    QString operatorMessage() const; // translated
};

// The largest contents each part may have (the TPM structures' buffer sizes in tpm2-tss 3.2.1).
int maxPartSize(int index);

// Parses a blob; any deviation is refused with the part it concerns.
Result<AuthenticationKeyBlob, BlobError> parseAuthenticationKey(const QByteArray& blob);

} // namespace tps::dps
