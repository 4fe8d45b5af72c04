// The DPS identity of a TPM (DESIGN §3.1): the `endorsementKey` string and the default registration ID
// the Azure IoT C and Java SDKs derive from the EK, and the registration-ID rules of the service.
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tps::dps {

// RFC 4648 base32 (alphabet A-Z 2-7) with '=' padding.
QString base32(const QByteArray& data);

// SHA-256 over the marshaled TPM2B_PUBLIC (with its 2-byte size prefix), base32, lowercased, '='
// removed: 52 characters. The same ID the SDKs' tpm_device_provision prints.
QString registrationIdFromEk(const QByteArray& ekTpm2bPublic);

// base64 of the marshaled TPM2B_PUBLIC including its size prefix (what DPS takes as endorsementKey).
QString endorsementKeyFromEk(const QByteArray& ekTpm2bPublic);

enum class RegistrationIdErrc { Empty, TooLong, InvalidCharacter, Uppercase, BadFirstOrLast };

struct RegistrationIdError
{
    RegistrationIdErrc code;
    QString message; // translated
};

// Up to 128 characters, lowercase alphanumerics and - . _ :, starting and ending alphanumeric.
Result<void, RegistrationIdError> validateRegistrationId(const QString& id);

enum class EkInputErrc { Empty, NotAnEk };

struct EkInputError
{
    EkInputErrc code;
    QString message; // translated
};

// An EK given as the binary TPM2B_PUBLIC (what `tpm2_createek -u` writes) or as its base64 text
// (surrounding whitespace allowed): the marshaled TPM2B_PUBLIC bytes.
Result<QByteArray, EkInputError> ekFromBinaryOrBase64(const QByteArray& content);

// Whether DPS TPM attestation accepts this EK: RSA-2048 only (every SDK hardcodes the RSA template).
struct DpsReadiness
{
    bool ready = false;
    QString reason; // translated, empty when ready
};
DpsReadiness dpsReadiness(const QByteArray& ekTpm2bPublic);

} // namespace tps::dps
