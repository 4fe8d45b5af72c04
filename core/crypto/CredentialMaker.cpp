#include "core/crypto/CredentialMaker.h"

#include "core/crypto/Kdfa.h"
#include "core/crypto/OpenSslPtr.h"

#include <QtEndian>
#include <cstring>
#include <openssl/core_names.h>
#include <openssl/rsa.h>
#include <tss2/tss2_mu.h>

namespace tps::crypto {

namespace {

constexpr int kDigestSize = 32; // SHA-256

QByteArray be16(quint16 v)
{
    QByteArray out(2, Qt::Uninitialized);
    qToBigEndian(v, out.data());
    return out;
}

QByteArray sized(const QByteArray& data)
{
    return be16(quint16(data.size())) + data;
}

CryptoResult<PkeyPtr> rsaPublicKey(const TPM2B_PUBLIC& pub)
{
    const TPMT_PUBLIC& area = pub.publicArea;
    if (area.type != TPM2_ALG_RSA)
        return fail(
            CryptoError{CryptoErrc::Unsupported,
                        {},
                        QStringLiteral("key type 0x%1 is not RSA").arg(area.type, 4, 16, QLatin1Char('0'))});
    const TPM2B_PUBLIC_KEY_RSA& n = area.unique.rsa;
    if (n.size == 0 || n.size > sizeof n.buffer)
        return fail(CryptoError{CryptoErrc::InvalidInput, {}, QStringLiteral("RSA key without modulus")});
    const quint32 exponent =
        area.parameters.rsaDetail.exponent == 0 ? 65537u : area.parameters.rsaDetail.exponent;
    BignumPtr bnN(BN_bin2bn(n.buffer, int(n.size), nullptr));
    BignumPtr bnE(BN_new());
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bnN || !bnE || !bld || BN_set_word(bnE.get(), exponent) != 1 ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()) != 1)
        return fail(openSslError(QStringLiteral("RSA public parameters")));
    ParamsPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return fail(openSslError(QStringLiteral("RSA public key")));
    return PkeyPtr(raw);
}

CryptoResult<int> symmetricKeyBytes(const TPM2B_PUBLIC& pub)
{
    const TPMT_SYM_DEF_OBJECT& sym = pub.publicArea.parameters.rsaDetail.symmetric;
    if (sym.algorithm != TPM2_ALG_AES || sym.mode.aes != TPM2_ALG_CFB)
        return fail(CryptoError{
            CryptoErrc::Unsupported, {}, QStringLiteral("storage key symmetric algorithm is not AES-CFB")});
    if (sym.keyBits.aes != 128 && sym.keyBits.aes != 192 && sym.keyBits.aes != 256)
        return fail(
            CryptoError{CryptoErrc::Unsupported, {}, QStringLiteral("AES key size %1").arg(sym.keyBits.aes)});
    if (pub.publicArea.nameAlg != TPM2_ALG_SHA256)
        return fail(CryptoError{
            CryptoErrc::Unsupported, {}, QStringLiteral("storage key name algorithm is not SHA-256")});
    return int(sym.keyBits.aes / 8);
}

// The outer wrapper shared by MakeCredential and duplication (Part 1 §24.4, §23.3.2.3):
// AES-CFB with KDFa(seed, "STORAGE", name) and an HMAC with KDFa(seed, "INTEGRITY") over cipher || name.
CryptoResult<QByteArray> outerWrap(const QByteArray& seed, const QByteArray& name, int symKeyBytes,
                                   const QByteArray& plain)
{
    auto symKey = kdfaSha256(seed, QByteArrayLiteral("STORAGE"), name, {}, symKeyBytes * 8);
    if (!symKey)
        return fail(symKey.error());
    auto encrypted = aesCfbEncrypt(*symKey, plain);
    if (!encrypted)
        return fail(encrypted.error());
    auto hmacKey = kdfaSha256(seed, QByteArrayLiteral("INTEGRITY"), {}, {}, kDigestSize * 8);
    if (!hmacKey)
        return fail(hmacKey.error());
    auto integrity = hmacSha256(*hmacKey, *encrypted + name);
    if (!integrity)
        return fail(integrity.error());
    return sized(*integrity) + *encrypted;
}

} // namespace

CryptoResult<QByteArray> rsaOaepEncrypt(const TPM2B_PUBLIC& pub, const QByteArray& label,
                                        const QByteArray& data)
{
    auto key = rsaPublicKey(pub);
    if (!key)
        return fail(key.error());
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key->get(), nullptr));
    char pad[] = OSSL_PKEY_RSA_PAD_MODE_OAEP;
    char md[] = "SHA256";
    char mgf[] = "SHA256";
    QByteArray labelCopy = label; // OpenSSL copies the label; the parameter just wants a mutable pointer
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_ASYM_CIPHER_PARAM_PAD_MODE, pad, 0),
                                 OSSL_PARAM_construct_utf8_string(OSSL_ASYM_CIPHER_PARAM_OAEP_DIGEST, md, 0),
                                 OSSL_PARAM_construct_utf8_string(OSSL_ASYM_CIPHER_PARAM_MGF1_DIGEST, mgf, 0),
                                 OSSL_PARAM_construct_octet_string(OSSL_ASYM_CIPHER_PARAM_OAEP_LABEL,
                                                                   labelCopy.data(),
                                                                   size_t(labelCopy.size())),
                                 OSSL_PARAM_construct_end()};
    if (!ctx || EVP_PKEY_encrypt_init_ex(ctx.get(), params) != 1)
        return fail(openSslError(QStringLiteral("RSA-OAEP init")));
    size_t outLen = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(data.constData());
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &outLen, in, size_t(data.size())) != 1)
        return fail(openSslError(QStringLiteral("RSA-OAEP size")));
    QByteArray out(qsizetype(outLen), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &outLen, in,
                         size_t(data.size())) != 1)
        return fail(openSslError(QStringLiteral("RSA-OAEP")));
    out.truncate(qsizetype(outLen));
    return out;
}

CryptoResult<QByteArray> nameOf(const TPM2B_PUBLIC& pub)
{
    if (pub.publicArea.nameAlg != TPM2_ALG_SHA256)
        return fail(
            CryptoError{CryptoErrc::Unsupported, {}, QStringLiteral("name algorithm is not SHA-256")});
    QByteArray area(sizeof(TPMT_PUBLIC), Qt::Uninitialized);
    size_t offset = 0;
    if (Tss2_MU_TPMT_PUBLIC_Marshal(&pub.publicArea, reinterpret_cast<uint8_t*>(area.data()),
                                    size_t(area.size()), &offset) != TSS2_RC_SUCCESS)
        return fail(
            CryptoError{CryptoErrc::InvalidInput, {}, QStringLiteral("public area does not marshal")});
    area.truncate(qsizetype(offset));
    return be16(TPM2_ALG_SHA256) + sha256(area);
}

CryptoResult<MadeCredential> makeCredentialWithSeed(const TPM2B_PUBLIC& ekPublic,
                                                    const QByteArray& credential,
                                                    const QByteArray& objectName, const QByteArray& seed)
{
    auto symBytes = symmetricKeyBytes(ekPublic);
    if (!symBytes)
        return fail(symBytes.error());
    if (credential.isEmpty() || credential.size() > kDigestSize)
        return fail(
            CryptoError{CryptoErrc::InvalidInput,
                        {},
                        QStringLiteral("credential of %1 bytes (1..32 allowed)").arg(credential.size())});
    if (objectName.size() != 2 + kDigestSize)
        return fail(CryptoError{
            CryptoErrc::InvalidInput, {}, QStringLiteral("object name of %1 bytes").arg(objectName.size())});
    auto secret = rsaOaepEncrypt(ekPublic, QByteArray("IDENTITY", 9), seed);
    if (!secret)
        return fail(secret.error());
    auto idObject = outerWrap(seed, objectName, *symBytes, sized(credential));
    if (!idObject)
        return fail(idObject.error());
    return MadeCredential{*idObject, *secret};
}

CryptoResult<MadeCredential> makeCredential(const TPM2B_PUBLIC& ekPublic, const QByteArray& credential,
                                            const QByteArray& objectName)
{
    auto seed = randomBytes(kDigestSize);
    if (!seed)
        return fail(seed.error());
    return makeCredentialWithSeed(ekPublic, credential, objectName, *seed);
}

TPM2B_PUBLIC hmacKeyPublic(const QByteArray& seedValue, const QByteArray& hmacKey)
{
    TPM2B_PUBLIC pub{};
    TPMT_PUBLIC& area = pub.publicArea;
    area.type = TPM2_ALG_KEYEDHASH;
    area.nameAlg = TPM2_ALG_SHA256;
    area.objectAttributes = TPMA_OBJECT_SIGN_ENCRYPT | TPMA_OBJECT_USERWITHAUTH | TPMA_OBJECT_NODA;
    area.parameters.keyedHashDetail.scheme.scheme = TPM2_ALG_HMAC;
    area.parameters.keyedHashDetail.scheme.details.hmac.hashAlg = TPM2_ALG_SHA256;
    const QByteArray unique = sha256(seedValue + hmacKey);
    area.unique.keyedHash.size = UINT16(unique.size());
    std::memcpy(area.unique.keyedHash.buffer, unique.constData(), size_t(unique.size()));
    return pub;
}

CryptoResult<DuplicatedKey> duplicateHmacKey(const TPM2B_PUBLIC& parentPublic, const QByteArray& hmacKey,
                                             const QByteArray& innerWrapKey)
{
    auto symBytes = symmetricKeyBytes(parentPublic);
    if (!symBytes)
        return fail(symBytes.error());
    if (hmacKey.isEmpty() || hmacKey.size() > 64)
        return fail(CryptoError{
            CryptoErrc::InvalidInput, {}, QStringLiteral("HMAC key of %1 bytes").arg(hmacKey.size())});
    if (innerWrapKey.size() != 16)
        return fail(CryptoError{
            CryptoErrc::InvalidInput,
            {},
            QStringLiteral("inner wrap key of %1 bytes (AES-128 needs 16)").arg(innerWrapKey.size())});
    auto seedValue = randomBytes(kDigestSize);
    if (!seedValue)
        return fail(seedValue.error());

    DuplicatedKey out;
    out.publicArea = hmacKeyPublic(*seedValue, hmacKey);
    auto name = nameOf(out.publicArea);
    if (!name)
        return fail(name.error());
    out.name = *name;

    // TPMT_SENSITIVE { keyedHash, authValue = empty, seedValue, bits = key }, marshaled as TPM2B_SENSITIVE.
    TPM2B_SENSITIVE sensitive{};
    sensitive.sensitiveArea.sensitiveType = TPM2_ALG_KEYEDHASH;
    sensitive.sensitiveArea.seedValue.size = UINT16(seedValue->size());
    std::memcpy(sensitive.sensitiveArea.seedValue.buffer, seedValue->constData(), size_t(seedValue->size()));
    sensitive.sensitiveArea.sensitive.bits.size = UINT16(hmacKey.size());
    std::memcpy(sensitive.sensitiveArea.sensitive.bits.buffer, hmacKey.constData(), size_t(hmacKey.size()));
    QByteArray marshaled(sizeof(TPM2B_SENSITIVE), Qt::Uninitialized);
    size_t offset = 0;
    const TSS2_RC rc = Tss2_MU_TPM2B_SENSITIVE_Marshal(
        &sensitive, reinterpret_cast<uint8_t*>(marshaled.data()), size_t(marshaled.size()), &offset);
    std::memset(&sensitive, 0, sizeof sensitive);
    if (rc != TSS2_RC_SUCCESS)
        return fail(
            CryptoError{CryptoErrc::InvalidInput, {}, QStringLiteral("sensitive area does not marshal")});
    marshaled.truncate(qsizetype(offset));

    // Inner wrapper (Part 1 §23.3.2.2): innerIntegrity = H(sensitive || name), encrypted with the wrap key.
    const QByteArray innerIntegrity = sha256(marshaled + out.name);
    auto inner = aesCfbEncrypt(innerWrapKey, sized(innerIntegrity) + marshaled);
    marshaled.fill('\0');
    if (!inner)
        return fail(inner.error());

    // Outer wrapper with a fresh seed encrypted to the new parent.
    auto seed = randomBytes(kDigestSize);
    if (!seed)
        return fail(seed.error());
    auto encSeed = rsaOaepEncrypt(parentPublic, QByteArray("DUPLICATE", 10), *seed);
    if (!encSeed)
        return fail(encSeed.error());
    auto wrapped = outerWrap(*seed, out.name, *symBytes, *inner);
    if (!wrapped)
        return fail(wrapped.error());
    out.duplicate = *wrapped;
    out.inSymSeed = *encSeed;
    return out;
}

} // namespace tps::crypto
