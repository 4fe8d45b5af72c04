// Typed errors of the station's software crypto (escrow, DPS rehearsal, certificates).
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tps::crypto {

enum class CryptoErrc {
    InvalidInput,   // a key, name or size the operation cannot use
    Unsupported,    // an algorithm the station does not implement (e.g. an ECC EK)
    OpenSsl,        // OpenSSL refused (detail carries its error queue)
    Random,         // the DRBG failed
    Unreadable,     // a key or certificate file cannot be read
    BadCertificate, // not an X.509 certificate (PEM or DER), or expired / not yet valid
    BadKey,         // not a private key (PEM or DER), or it needs a passphrase
    UnsupportedKey, // a key type the operation cannot use
    EncryptFailed,
    DecryptFailed, // e.g. not a CMS EnvelopedData, or not encrypted to this key
};

struct CryptoError
{
    CryptoErrc code = CryptoErrc::OpenSsl;
    QString message; // translated, for the operator (may be empty for internal failures)
    QString detail;  // English, for logs (OpenSSL's error queue); never contains secret material
};

template <typename T>
using CryptoResult = Result<T, CryptoError>;

// The OpenSSL error queue as one line (and cleared), prefixed with `what`.
CryptoError openSslError(const QString& what);

} // namespace tps::crypto
