// DPS symmetric-key group enrollment: every device of the group derives its own key from the group's key
// and its registration ID, and the device key is what goes into a Limpet slot (docs/FORMATS.md,
// "DPS symmetric-key group enrollment"):
//   device key = base64(HMAC-SHA256(key = base64-decode(groupKey), data = utf8(registrationId)))
// Both keys are secrets: they live only in crypto::SecureBytes.
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QString>

namespace tps::dps {

enum class GroupKeyErrc {
    InvalidGroupKey,       // not base64, or not 16..64 bytes (DPS' rule for symmetric keys)
    InvalidRegistrationId, // outside DPS' registration ID rules
    Crypto,                // OpenSSL refused the HMAC
};

struct GroupKeyError
{
    GroupKeyErrc code = GroupKeyErrc::Crypto;
    QString message; // translated
};

inline constexpr int kMinGroupKeyBytes = 16;
inline constexpr int kMaxGroupKeyBytes = 64;

// The group key's base64 text (surrounding whitespace allowed) -> its bytes.
Result<crypto::SecureBytes, GroupKeyError> decodeGroupKey(const crypto::SecureBytes& groupKeyBase64);

// The device's key bytes (32: the HMAC-SHA256 itself), i.e. base64-decode(device key): what a slot holds.
Result<crypto::SecureBytes, GroupKeyError> deriveDeviceKey(const crypto::SecureBytes& groupKey,
                                                           const QString& registrationId);
// The device key as DPS and the device SDKs write it: base64 of deriveDeviceKey.
Result<crypto::SecureBytes, GroupKeyError> deriveDeviceKeyBase64(const crypto::SecureBytes& groupKey,
                                                                 const QString& registrationId);

} // namespace tps::dps
