#include "core/crypto/Kdfa.h"

#include "core/crypto/OpenSslPtr.h"

#include <QtEndian>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>

namespace tps::crypto {

CryptoError openSslError(const QString& what)
{
    const QString queue = drainErrors();
    return CryptoError{CryptoErrc::OpenSsl, {}, queue.isEmpty() ? what : what + QStringLiteral(": ") + queue};
}

namespace {

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

QByteArray be32(quint32 v)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(v, out.data());
    return out;
}

CryptoResult<QByteArray> aesCfb(const QByteArray& key, const QByteArray& in, bool encrypt)
{
    const EVP_CIPHER* cipher = nullptr;
    switch (key.size()) {
    case 16:
        cipher = EVP_aes_128_cfb128();
        break;
    case 24:
        cipher = EVP_aes_192_cfb128();
        break;
    case 32:
        cipher = EVP_aes_256_cfb128();
        break;
    default:
        return fail(
            CryptoError{CryptoErrc::InvalidInput, {}, QStringLiteral("AES key of %1 bytes").arg(key.size())});
    }
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const unsigned char iv[16] = {};
    if (!ctx || EVP_CipherInit_ex2(ctx.get(), cipher, bytes(key), iv, encrypt ? 1 : 0, nullptr) != 1)
        return fail(openSslError(QStringLiteral("AES-CFB init")));
    QByteArray out(in.size() + 16, Qt::Uninitialized);
    int len = 0;
    int tail = 0;
    if (EVP_CipherUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, bytes(in),
                         int(in.size())) != 1 ||
        EVP_CipherFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + len, &tail) != 1)
        return fail(openSslError(QStringLiteral("AES-CFB")));
    out.truncate(len + tail);
    return out;
}

} // namespace

CryptoResult<QByteArray> hmacSha256(const QByteArray& key, const QByteArray& data)
{
    MacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac)
        return fail(openSslError(QStringLiteral("EVP_MAC_fetch(HMAC)")));
    MacCtxPtr ctx(EVP_MAC_CTX_new(mac.get()));
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    // An empty HMAC key is legal (RFC 2104); OpenSSL wants a non-null pointer for it.
    static const unsigned char kEmpty[1] = {0};
    const unsigned char* k = key.isEmpty() ? kEmpty : bytes(key);
    if (!ctx || EVP_MAC_init(ctx.get(), k, size_t(key.size()), params) != 1 ||
        EVP_MAC_update(ctx.get(), bytes(data), size_t(data.size())) != 1)
        return fail(openSslError(QStringLiteral("HMAC-SHA256")));
    QByteArray out(32, Qt::Uninitialized);
    size_t len = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, size_t(out.size())) != 1)
        return fail(openSslError(QStringLiteral("HMAC-SHA256 final")));
    out.truncate(qsizetype(len));
    return out;
}

CryptoResult<QByteArray> kdfaSha256(const QByteArray& key, const QByteArray& label,
                                    const QByteArray& contextU, const QByteArray& contextV, int bits)
{
    if (bits <= 0 || bits % 8 != 0 || bits > 8 * 1024)
        return fail(CryptoError{CryptoErrc::InvalidInput, {}, QStringLiteral("KDFa of %1 bits").arg(bits)});
    const QByteArray fixed = label + QByteArray(1, '\0') + contextU + contextV + be32(quint32(bits));
    QByteArray out;
    for (quint32 i = 1; out.size() < bits / 8; ++i) {
        auto block = hmacSha256(key, be32(i) + fixed);
        if (!block)
            return fail(block.error());
        out += *block;
    }
    out.truncate(bits / 8);
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len,
                   EVP_sha256(), nullptr) != 1)
        return {};
    return out;
}

bool equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

CryptoResult<QByteArray> aesCfbEncrypt(const QByteArray& key, const QByteArray& plain)
{
    return aesCfb(key, plain, true);
}

CryptoResult<QByteArray> aesCfbDecrypt(const QByteArray& key, const QByteArray& cipher)
{
    return aesCfb(key, cipher, false);
}

CryptoResult<QByteArray> randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        return fail(CryptoError{CryptoErrc::Random, {}, QStringLiteral("RAND_bytes failed")});
    return out;
}

} // namespace tps::crypto
