#include "core/firmware/SignatureVerifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <openssl/pem.h>

namespace tps::firmware {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignatureVerifier)
};

FirmwareError keyUnusable(const QString& source, const QString& why)
{
    return FirmwareError{FirmwareErrc::KeyUnusable,
                         Tr::tr("The firmware-signing key %1 cannot be used (%2). Ask a supervisor to check "
                                "the product profile.")
                             .arg(source, why),
                         QStringLiteral("signing key %1: %2").arg(source, why)};
}
} // namespace

QString algorithmName(SignatureAlgorithm a)
{
    return a == SignatureAlgorithm::Ed25519 ? QStringLiteral("ed25519") : QStringLiteral("ecdsa-p256-sha256");
}

QString SignatureVerifier::keyIdOf(EVP_PKEY* key)
{
    unsigned char* raw = nullptr;
    const int len = i2d_PUBKEY(key, &raw);
    crypto::OpenSslBuffer<unsigned char> der(raw);
    if (len <= 0)
        return {};
    const QByteArray bytes(reinterpret_cast<const char*>(der.get()), len);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

FirmwareResult<SigningKey> SignatureVerifier::loadKey(const QByteArray& pem, const QString& source)
{
    crypto::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return fail(keyUnusable(source, QStringLiteral("out of memory")));
    crypto::PkeyPtr key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    const QString sslError = crypto::drainErrors();
    if (!key)
        return fail(keyUnusable(source, QStringLiteral("not a PEM public key: %1").arg(sslError)));
    SigningKey k;
    if (EVP_PKEY_is_a(key.get(), "ED25519")) {
        k.algorithm = SignatureAlgorithm::Ed25519;
    } else if (EVP_PKEY_is_a(key.get(), "EC")) {
        char group[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_group_name(key.get(), group, sizeof group, &len) != 1 ||
            (qstrcmp(group, "prime256v1") != 0 && qstrcmp(group, "P-256") != 0))
            return fail(keyUnusable(
                source, QStringLiteral("EC curve %1 is not P-256").arg(QString::fromLatin1(group))));
        k.algorithm = SignatureAlgorithm::EcdsaP256Sha256;
    } else {
        return fail(keyUnusable(source, QStringLiteral("key type %1 is not ECDSA P-256 or Ed25519")
                                            .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key.get())))));
    }
    k.keyId = keyIdOf(key.get());
    if (k.keyId.isEmpty())
        return fail(keyUnusable(source, QStringLiteral("cannot encode the public key")));
    k.source = source;
    k.key = std::move(key);
    return k;
}

FirmwareResult<SignatureVerifier> SignatureVerifier::fromFiles(const QStringList& pemPaths)
{
    SignatureVerifier verifier;
    if (pemPaths.isEmpty())
        return fail(
            keyUnusable(QStringLiteral("-"), QStringLiteral("no firmware-signing key is configured")));
    for (const QString& path : pemPaths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(keyUnusable(path, f.errorString()));
        auto key = loadKey(f.read(64 * 1024), path);
        if (!key)
            return fail(key.error());
        verifier.add(std::move(key).value());
    }
    return verifier;
}

const SigningKey* SignatureVerifier::find(const QString& keyId) const
{
    for (const SigningKey& k : m_keys)
        if (k.keyId == keyId)
            return &k;
    return nullptr;
}

FirmwareResult<const SigningKey*> SignatureVerifier::verify(const QString& keyId, const QByteArray& message,
                                                            const QByteArray& signature) const
{
    const SigningKey* key = find(keyId);
    if (!key)
        return fail(FirmwareError{FirmwareErrc::UnknownKey,
                                  Tr::tr("The firmware was signed with a key this product does not trust. "
                                         "Nothing was written; set the release aside and call engineering."),
                                  QStringLiteral("unknown signing key %1").arg(keyId)});
    const auto bad = [&](const QString& why) {
        return fail(FirmwareError{FirmwareErrc::BadSignature,
                                  Tr::tr("The firmware signature is not valid: the release may have been "
                                         "altered. Nothing was written; call engineering."),
                                  QStringLiteral("signature (%1, key %2) does not verify: %3")
                                      .arg(algorithmName(key->algorithm), keyId, why)});
    };
    if (signature.isEmpty() || signature.size() > 1024)
        return bad(QStringLiteral("signature length %1").arg(signature.size()));
    crypto::MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx)
        return bad(QStringLiteral("out of memory"));
    const char* md = key->algorithm == SignatureAlgorithm::Ed25519 ? nullptr : "SHA256";
    if (EVP_DigestVerifyInit_ex(ctx.get(), nullptr, md, nullptr, nullptr, key->key.get(), nullptr) != 1)
        return bad(crypto::drainErrors());
    const int rc = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()));
    const QString sslError = crypto::drainErrors();
    if (rc != 1)
        return bad(sslError.isEmpty() ? QStringLiteral("verification failed") : sslError);
    return key;
}

} // namespace tps::firmware
