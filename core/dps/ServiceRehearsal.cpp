#include "core/dps/ServiceRehearsal.h"

#include "core/crypto/CredentialMaker.h"
#include "core/crypto/Kdfa.h"

#include <tss2/tss2_mu.h>

namespace tps::dps {

crypto::CryptoResult<IssuedAuthenticationKey>
issueAuthenticationKey(const TPM2B_PUBLIC& ekPublic, const TPM2B_PUBLIC& srkPublic, const QByteArray& payload)
{
    auto srkName = crypto::nameOf(srkPublic);
    if (!srkName)
        return fail(srkName.error());
    auto hmacKey = crypto::randomBytes(32);
    auto innerWrapKey = crypto::randomBytes(16); // AES-128: the credential IS the inner wrap key
    if (!hmacKey || !innerWrapKey)
        return fail(crypto::CryptoError{crypto::CryptoErrc::Random, {}, QStringLiteral("DRBG failed")});
    auto credential = crypto::makeCredential(ekPublic, *innerWrapKey, *srkName);
    if (!credential)
        return fail(credential.error());
    auto duplicated = crypto::duplicateHmacKey(srkPublic, *hmacKey, *innerWrapKey);
    if (!duplicated)
        return fail(duplicated.error());
    auto data = crypto::aesCfbEncrypt(*innerWrapKey, payload);
    innerWrapKey->fill('\0');
    if (!data)
        return fail(data.error());

    QByteArray area(sizeof(TPMT_PUBLIC), Qt::Uninitialized);
    size_t offset = 0;
    if (Tss2_MU_TPMT_PUBLIC_Marshal(&duplicated->publicArea.publicArea,
                                    reinterpret_cast<uint8_t*>(area.data()), size_t(area.size()),
                                    &offset) != TSS2_RC_SUCCESS)
        return fail(
            crypto::CryptoError{crypto::CryptoErrc::InvalidInput, {}, QStringLiteral("key public area")});
    area.truncate(qsizetype(offset));

    IssuedAuthenticationKey issued;
    issued.blob = AuthenticationKeyBlob{credential->idObject,
                                        credential->encryptedSecret,
                                        duplicated->duplicate,
                                        duplicated->inSymSeed,
                                        area,
                                        *data};
    issued.hmacKey = *hmacKey;
    issued.keyName = duplicated->name;
    return issued;
}

} // namespace tps::dps
