// TPM 2.0 key derivation and the HMAC/hash/AES primitives around it (OpenSSL 3 EVP only).
//
// KDFa (TPM 2.0 Part 1 §11.4.10.2): the SP 800-108 counter-mode KDF with HMAC:
//   K(i) = HMAC(key, [i]32 || label || 0x00 || contextU || contextV || [bits]32), i = 1, 2, ...
// The label is used with its terminating NUL ("STORAGE" -> "STORAGE\0"); pass it without the NUL.
#pragma once

#include "core/crypto/CryptoError.h"

#include <QByteArray>

namespace tps::crypto {

// KDFa with SHA-256; `bits` must be a positive multiple of 8.
CryptoResult<QByteArray> kdfaSha256(const QByteArray& key, const QByteArray& label,
                                    const QByteArray& contextU, const QByteArray& contextV, int bits);

CryptoResult<QByteArray> hmacSha256(const QByteArray& key, const QByteArray& data);
QByteArray sha256(const QByteArray& data);
// Constant-time equality.
bool equalConstantTime(const QByteArray& a, const QByteArray& b);

// AES-CFB (full-block feedback, as the TPM uses it) with IV = 0; key of 16/24/32 bytes.
CryptoResult<QByteArray> aesCfbEncrypt(const QByteArray& key, const QByteArray& plain);
CryptoResult<QByteArray> aesCfbDecrypt(const QByteArray& key, const QByteArray& cipher);

// `count` bytes from the OpenSSL DRBG.
CryptoResult<QByteArray> randomBytes(int count);

} // namespace tps::crypto
