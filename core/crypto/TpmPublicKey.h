// The public key of a TPM object as OpenSSL sees it: a TPM2B_PUBLIC (RSA or ECC) turned into a DER
// SubjectPublicKeyInfo, the form an X.509 certificate carries, so the two can be compared byte for byte.
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tps::crypto {

struct KeyError
{
    QString detail; // English, technical
};

// DER SubjectPublicKeyInfo of the key in a marshaled TPM2B_PUBLIC (RSA: modulus with the TPM's
// exponent, 0 meaning 65537; ECC NIST P-256/P-384/P-521: named curve, uncompressed point).
Result<QByteArray, KeyError> spkiFromTpmPublic(const QByteArray& tpm2bPublic);

// PEM ("-----BEGIN PUBLIC KEY-----") of a DER SubjectPublicKeyInfo, as `tpm2_readpublic -f pem` writes.
Result<QByteArray, KeyError> pemFromSpki(const QByteArray& spkiDer);

} // namespace tps::crypto
