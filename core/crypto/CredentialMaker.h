// The service side of TPM attestation, in software: what TPM2_MakeCredential and a TPM-compatible
// duplication produce, computed with OpenSSL so that the station can play the DPS service against the
// TPM on the line (DESIGN §3.5). Only RSA storage/endorsement keys (EK L-1, SRK) are supported.
//
// All outputs are the *contents* of the TPM2B structures (without their 2-byte size).
#pragma once

#include "core/crypto/CryptoError.h"

#include <QByteArray>
#include <tss2/tss2_tpm2_types.h>

namespace tps::crypto {

struct MadeCredential
{
    QByteArray idObject;        // TPM2B_ID_OBJECT: integrityHMAC (TPM2B_DIGEST) || encIdentity
    QByteArray encryptedSecret; // TPM2B_ENCRYPTED_SECRET: the seed, RSA-OAEP(SHA-256, "IDENTITY\0")
};

// TPM2_MakeCredential(handle = ekPublic, credential, objectName) in software. The credential must not be
// longer than the EK's name-algorithm digest.
CryptoResult<MadeCredential> makeCredential(const TPM2B_PUBLIC& ekPublic, const QByteArray& credential,
                                            const QByteArray& objectName);

// As above with a caller-chosen seed (for tests that compare against a known derivation).
CryptoResult<MadeCredential> makeCredentialWithSeed(const TPM2B_PUBLIC& ekPublic,
                                                    const QByteArray& credential,
                                                    const QByteArray& objectName, const QByteArray& seed);

struct DuplicatedKey
{
    TPM2B_PUBLIC publicArea{}; // the duplicated object's public area
    QByteArray name;           // its name (nameAlg || H(TPMT_PUBLIC))
    QByteArray
        duplicate; // TPM2B_PRIVATE: outer HMAC || AES-CFB(outer, AES-CFB(inner, innerIntegrity || sensitive))
    QByteArray inSymSeed; // TPM2B_ENCRYPTED_SECRET: RSA-OAEP(SHA-256, "DUPLICATE\0") to the new parent
};

// The public area of an HMAC-SHA-256 keyedHash key as the DPS service sends it: sign | userWithAuth |
// noDA, empty policy, unique = SHA-256(seedValue || key).
TPM2B_PUBLIC hmacKeyPublic(const QByteArray& seedValue, const QByteArray& hmacKey);

// Duplicates an HMAC-SHA-256 key (`hmacKey`, 1..64 bytes, empty authValue) to `parentPublic` (an RSA
// storage key such as the SRK) with an inner wrapper (AES-128-CFB keyed by `innerWrapKey`, 16 bytes) and
// an outer wrapper, so that TPM2_Import(parent, encryptionKey = innerWrapKey, AES-128-CFB) accepts it.
CryptoResult<DuplicatedKey> duplicateHmacKey(const TPM2B_PUBLIC& parentPublic, const QByteArray& hmacKey,
                                             const QByteArray& innerWrapKey);

// The name of a public area (nameAlg big-endian || SHA-256(marshaled TPMT_PUBLIC)); SHA-256 only.
CryptoResult<QByteArray> nameOf(const TPM2B_PUBLIC& pub);

// RSA-OAEP(SHA-256) of `data` to the RSA public key in `pub`, with `label` (give the NUL explicitly).
CryptoResult<QByteArray> rsaOaepEncrypt(const TPM2B_PUBLIC& pub, const QByteArray& label,
                                        const QByteArray& data);

} // namespace tps::crypto
