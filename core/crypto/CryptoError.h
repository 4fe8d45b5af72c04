// Typed errors of the software crypto (service side of the DPS rehearsal).
#pragma once

#include "common/Result.h"

#include <QString>

namespace tps::crypto {

enum class CryptoErrc {
    InvalidInput, // a key, name or size the operation cannot use
    Unsupported,  // an algorithm the station does not implement (e.g. an ECC EK)
    OpenSsl,      // OpenSSL refused (detail carries its error queue)
    Random,       // the DRBG failed
};

struct CryptoError
{
    CryptoErrc code = CryptoErrc::OpenSsl;
    QString detail; // English, for logs; never contains secret material
};

template <typename T>
using CryptoResult = Result<T, CryptoError>;

// The OpenSSL error queue as one line (and cleared), prefixed with `what`.
CryptoError openSslError(const QString& what);

} // namespace tps::crypto
