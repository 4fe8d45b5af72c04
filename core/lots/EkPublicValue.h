// An EK's public key as a TPM vendor's delivery list gives it, or as the TPM reports it, reduced to one
// comparable identity: the SHA-256 of its SubjectPublicKeyInfo as the station encodes it (rsaEncryption
// with the modulus and exponent, or id-ecPublicKey with the named curve and the uncompressed point).
//
// Accepted values (docs/FORMATS.md "Incoming TPM lots"): an EK certificate (PEM, or DER as base64 or
// hex, also as read from NV with a TCG header or trailing padding; an RSAES-OAEP key identifier is read as
// rsaEncryption), a public key (PEM "PUBLIC KEY", or DER
// SubjectPublicKeyInfo as base64 or hex), a marshaled TPM2B_PUBLIC (base64 or hex, as `tpm2_createek -u`
// writes it), or an RSA-2048 modulus in hex (256 bytes; colons, spaces and a 0x prefix allowed).
//
// An RSA-2048 key with exponent 65537 or an ECC P-256 key is also given as the TPM2B_PUBLIC of the TCG
// low-range EK template (L-1 / L-2) with that key as unique: the bytes the TPM reports for its EK, and so
// the DPS endorsementKey, before the TPM is soldered.
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tps::lots {

enum class EkValueForm { Certificate, PublicKey, TpmPublic, RsaModulus };
QString ekValueFormKey(EkValueForm form); // "certificate", "spki", "tpm2b-public", "rsa-modulus"

struct EkPublicValue
{
    EkValueForm form = EkValueForm::PublicKey;
    QString keyId;             // lower-case hex SHA-256 of the SubjectPublicKeyInfo (see above)
    QString keyAlgorithm;      // "RSA-2048", "EC P-256", "EC P-384", ...
    QByteArray tpm2bPublic;    // the TPM2B_PUBLIC given, or the low-range template's; empty when neither
    QByteArray certificateDer; // when the value was a certificate
};

// Parses one value (surrounding whitespace and quotes ignored). The error is translated and says what was
// expected.
Result<EkPublicValue, QString> parseEkPublicValue(const QByteArray& text);

// The identity (keyId) of a TPM's EK given as its marshaled TPM2B_PUBLIC; empty when it is not a key.
QString ekKeyIdFromTpmPublic(const QByteArray& tpm2bPublic);

} // namespace tps::lots
