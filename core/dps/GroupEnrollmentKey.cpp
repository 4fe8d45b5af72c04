#include "core/dps/GroupEnrollmentKey.h"

#include "core/crypto/SecureBase64.h"
#include "core/dps/RegistrationId.h"

#include <QCoreApplication>
#include <openssl/evp.h>

namespace tps::dps {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GroupEnrollmentKey)
};

GroupKeyError error(GroupKeyErrc code, const QString& message)
{
    return GroupKeyError{code, message};
}

Result<void, GroupKeyError> checkGroupKeyLength(const crypto::SecureBytes& key)
{
    if (key.size() < std::size_t(kMinGroupKeyBytes) || key.size() > std::size_t(kMaxGroupKeyBytes))
        return fail(
            error(GroupKeyErrc::InvalidGroupKey,
                  Tr::tr("The group enrollment key decodes to %n byte(s); DPS keys are 16 to 64 bytes.",
                         nullptr, int(key.size()))));
    return {};
}

} // namespace

Result<crypto::SecureBytes, GroupKeyError> decodeGroupKey(const crypto::SecureBytes& groupKeyBase64)
{
    auto key = crypto::decodeBase64(groupKeyBase64);
    if (!key)
        return fail(
            error(GroupKeyErrc::InvalidGroupKey,
                  Tr::tr("The group enrollment key is not base64 text (the standard alphabet with '=' "
                         "padding, as DPS shows it).")));
    if (auto length = checkGroupKeyLength(*key); !length)
        return fail(length.error());
    return std::move(*key);
}

Result<crypto::SecureBytes, GroupKeyError> deriveDeviceKey(const crypto::SecureBytes& groupKey,
                                                           const QString& registrationId)
{
    if (auto length = checkGroupKeyLength(groupKey); !length)
        return fail(length.error());
    if (auto valid = validateRegistrationId(registrationId); !valid)
        return fail(error(GroupKeyErrc::InvalidRegistrationId, valid.error().message));
    const QByteArray data = registrationId.toUtf8();
    crypto::SecureBytes mac(EVP_MAX_MD_SIZE);
    size_t length = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, groupKey.data(), groupKey.size(),
                   reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), mac.data(),
                   mac.size(), &length))
        return fail(error(GroupKeyErrc::Crypto, Tr::tr("OpenSSL could not compute the HMAC-SHA256.")));
    return crypto::SecureBytes(mac.data(), length);
}

Result<crypto::SecureBytes, GroupKeyError> deriveDeviceKeyBase64(const crypto::SecureBytes& groupKey,
                                                                 const QString& registrationId)
{
    auto key = deriveDeviceKey(groupKey, registrationId);
    if (!key)
        return fail(key.error());
    return crypto::encodeBase64(*key);
}

} // namespace tps::dps
