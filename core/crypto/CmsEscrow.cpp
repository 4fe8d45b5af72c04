#include "core/crypto/CmsEscrow.h"

#include "core/crypto/OpenSslPtr.h"

#include <QCoreApplication>
#include <QFile>
#include <cstring>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace tps::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CmsEscrow)
};

using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<&CMS_ContentInfo_free>>;

BioPtr readOnlyBio(const void* data, std::size_t size)
{
    return BioPtr(BIO_new_mem_buf(data, int(size)));
}

CryptoError error(CryptoErrc code, const QString& message)
{
    return CryptoError{code, message, drainErrors()};
}

CryptoResult<SecureBytes> contentOf(BIO* out)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(out, &data);
    if (len < 0)
        return fail(error(CryptoErrc::DecryptFailed, Tr::tr("decryption failed")));
    return SecureBytes(reinterpret_cast<const unsigned char*>(data), std::size_t(len));
}

// CMS_final over the content and the DER encoding of the finished EnvelopedData; empty on failure.
QByteArray finalDer(CMS_ContentInfo* cms, BIO* in)
{
    if (CMS_final(cms, in, nullptr, CMS_BINARY) != 1)
        return {};
    unsigned char* der = nullptr;
    const int len = i2d_CMS_ContentInfo(cms, &der);
    std::unique_ptr<unsigned char, OpenSslFree> owned(der);
    return len > 0 ? QByteArray(reinterpret_cast<const char*>(der), len) : QByteArray();
}

Result<QByteArray, CryptoError> readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            CryptoError{CryptoErrc::Unreadable, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()), {}});
    return f.readAll();
}

} // namespace

CryptoResult<EscrowCertificate> EscrowCertificate::fromFile(const QString& path)
{
    auto bytes = readAll(path);
    if (!bytes)
        return fail(bytes.error());
    auto cert = fromBytes(*bytes);
    if (!cert) {
        CryptoError e = cert.error();
        e.message = Tr::tr("%1: %2").arg(path, e.message);
        return fail(std::move(e));
    }
    return cert;
}

CryptoResult<EscrowCertificate> EscrowCertificate::fromBytes(const QByteArray& pemOrDer)
{
    ERR_clear_error();
    X509* raw = nullptr;
    if (pemOrDer.contains("-----BEGIN")) {
        BioPtr bio = readOnlyBio(pemOrDer.constData(), std::size_t(pemOrDer.size()));
        raw = bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(pemOrDer.constData());
        raw = d2i_X509(nullptr, &p, long(pemOrDer.size()));
    }
    if (!raw)
        return fail(error(CryptoErrc::BadCertificate, Tr::tr("not an X.509 certificate (PEM or DER)")));
    EscrowCertificate out;
    out.m_cert = std::shared_ptr<X509>(raw, OpenSslDeleter<&X509_free>{});
    if (X509_cmp_current_time(X509_get0_notAfter(raw)) <= 0)
        return fail(
            CryptoError{CryptoErrc::BadCertificate, Tr::tr("the escrow certificate has expired"), {}});
    if (X509_cmp_current_time(X509_get0_notBefore(raw)) >= 0)
        return fail(
            CryptoError{CryptoErrc::BadCertificate, Tr::tr("the escrow certificate is not valid yet"), {}});
    EVP_PKEY* pub = X509_get0_pubkey(raw);
    if (!pub)
        return fail(error(CryptoErrc::BadCertificate, Tr::tr("the certificate's public key cannot be read")));
    const bool rsa = EVP_PKEY_is_a(pub, "RSA");
    if (!(rsa || EVP_PKEY_is_a(pub, "EC")) || (rsa && EVP_PKEY_get_bits(pub) < 2048))
        return fail(
            CryptoError{CryptoErrc::UnsupportedKey,
                        Tr::tr("the escrow certificate must carry an RSA (2048 bits or more) or an EC key, "
                               "not %1")
                            .arg(out.keyDescription()),
                        {}});
    return out;
}

QByteArray EscrowCertificate::der() const
{
    unsigned char* raw = nullptr;
    const int len = i2d_X509(m_cert.get(), &raw);
    std::unique_ptr<unsigned char, OpenSslFree> owned(raw);
    return len > 0 ? QByteArray(reinterpret_cast<const char*>(raw), len) : QByteArray();
}

QString EscrowCertificate::fingerprintSha256() const
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(m_cert.get(), EVP_sha256(), md, &len) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(len)).toHex());
}

QString EscrowCertificate::subject() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), X509_get_subject_name(m_cert.get()), 0, XN_FLAG_RFC2253) < 0)
        return {};
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, len);
}

QString EscrowCertificate::keyDescription() const
{
    EVP_PKEY* pub = X509_get0_pubkey(m_cert.get());
    if (!pub)
        return QStringLiteral("unknown");
    if (EVP_PKEY_is_a(pub, "RSA"))
        return QStringLiteral("RSA-%1").arg(EVP_PKEY_get_bits(pub));
    if (EVP_PKEY_is_a(pub, "EC")) {
        char group[64] = {};
        size_t len = 0;
        EVP_PKEY_get_utf8_string_param(pub, "group", group, sizeof group, &len);
        return QStringLiteral("EC %1").arg(QString::fromLatin1(group));
    }
    return QString::fromLatin1(EVP_PKEY_get0_type_name(pub));
}

CryptoResult<EscrowPrivateKey> EscrowPrivateKey::fromFile(const QString& path)
{
    auto bytes = readAll(path);
    if (!bytes)
        return fail(bytes.error());
    ERR_clear_error();
    BioPtr bio = readOnlyBio(bytes->constData(), std::size_t(bytes->size()));
    EVP_PKEY* raw = nullptr;
    if (bio) {
        if (bytes->contains("-----BEGIN"))
            raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
        else
            raw = d2i_PrivateKey_bio(bio.get(), nullptr);
    }
    OPENSSL_cleanse(bytes->data(), std::size_t(bytes->size()));
    if (!raw)
        return fail(
            error(CryptoErrc::BadKey, Tr::tr("%1 is not an unencrypted private key (PEM or DER)").arg(path)));
    EscrowPrivateKey out;
    out.m_key = std::shared_ptr<EVP_PKEY>(raw, OpenSslDeleter<&EVP_PKEY_free>{});
    return out;
}

CryptoResult<QByteArray> cmsEncrypt(const SecureBytes& plaintext, const EscrowCertificate& recipient)
{
    ERR_clear_error();
    const auto failed = [] {
        return fail(error(CryptoErrc::EncryptFailed, Tr::tr("escrow encryption failed")));
    };
    BioPtr in = readOnlyBio(plaintext.data(), plaintext.size());
    if (!in)
        return failed();
    constexpr unsigned flags = CMS_BINARY | CMS_PARTIAL | CMS_KEY_PARAM;
    CmsPtr cms(CMS_encrypt_ex(nullptr, nullptr, EVP_aes_256_cbc(), flags, nullptr, nullptr));
    if (!cms)
        return failed();
    CMS_RecipientInfo* ri = CMS_add1_recipient_cert(cms.get(), recipient.get(), CMS_KEY_PARAM);
    if (!ri)
        return failed();
    EVP_PKEY_CTX* pctx = CMS_RecipientInfo_get0_pkey_ctx(ri);
    if (!pctx)
        return failed();
    if (CMS_RecipientInfo_type(ri) == CMS_RECIPINFO_TRANS) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_OAEP_PADDING) <= 0 ||
            EVP_PKEY_CTX_set_rsa_oaep_md(pctx, EVP_sha256()) <= 0 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256()) <= 0)
            return failed();
    } else if (CMS_RecipientInfo_type(ri) == CMS_RECIPINFO_AGREE) {
        if (EVP_PKEY_CTX_set_ecdh_kdf_md(pctx, EVP_sha256()) <= 0)
            return failed();
    } else {
        return failed();
    }
    const QByteArray der = finalDer(cms.get(), in.get());
    if (der.isEmpty())
        return failed();
    return der;
}

CryptoResult<SecureBytes> cmsDecrypt(const QByteArray& cmsDer, const EscrowPrivateKey& key)
{
    ERR_clear_error();
    const auto* p = reinterpret_cast<const unsigned char*>(cmsDer.constData());
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(cmsDer.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_enveloped)
        return fail(error(CryptoErrc::DecryptFailed, Tr::tr("the escrow record is not a CMS EnvelopedData")));
    // A secure-memory BIO: its buffer is wiped when freed.
    BioPtr out(BIO_new(BIO_s_secmem()));
    if (!out)
        return fail(error(CryptoErrc::DecryptFailed, Tr::tr("out of memory")));
    if (CMS_decrypt(cms.get(), key.get(), nullptr, nullptr, out.get(), CMS_BINARY) != 1)
        return fail(error(CryptoErrc::DecryptFailed,
                          Tr::tr("the escrow record does not open with this key (wrong owner key?)")));
    return contentOf(out.get());
}

namespace {
// OpenSSL takes ownership of the key and its identifier (add0): copies in its own allocations.
unsigned char* openSslCopy(const unsigned char* data, std::size_t size)
{
    auto* copy = static_cast<unsigned char*>(OPENSSL_malloc(size));
    if (copy)
        std::memcpy(copy, data, size);
    return copy;
}
} // namespace

CryptoResult<QByteArray> cmsEncryptToKek(const SecureBytes& plaintext, const SecureBytes& kek,
                                         const QByteArray& kekId)
{
    ERR_clear_error();
    const auto failed = [] {
        return fail(error(CryptoErrc::EncryptFailed, Tr::tr("encryption of a station secret failed")));
    };
    if (kek.size() != 32 || kekId.isEmpty())
        return fail(error(CryptoErrc::InvalidInput, Tr::tr("the key-encryption key must be 256 bits")));
    BioPtr in = readOnlyBio(plaintext.data(), plaintext.size());
    constexpr unsigned flags = CMS_BINARY | CMS_PARTIAL;
    CmsPtr cms(CMS_encrypt_ex(nullptr, nullptr, EVP_aes_256_cbc(), flags, nullptr, nullptr));
    if (!in || !cms)
        return failed();
    unsigned char* key = openSslCopy(kek.data(), kek.size());
    auto* id =
        openSslCopy(reinterpret_cast<const unsigned char*>(kekId.constData()), std::size_t(kekId.size()));
    if (!key || !id ||
        !CMS_add0_recipient_key(cms.get(), NID_id_aes256_wrap, key, kek.size(), id, std::size_t(kekId.size()),
                                nullptr, nullptr, nullptr)) {
        OPENSSL_clear_free(key, kek.size());
        OPENSSL_free(id);
        return failed();
    }
    const QByteArray der = finalDer(cms.get(), in.get());
    if (der.isEmpty())
        return failed();
    return der;
}

CryptoResult<SecureBytes> cmsDecryptWithKek(const QByteArray& cmsDer, const SecureBytes& kek,
                                            const QByteArray& kekId)
{
    ERR_clear_error();
    const auto* p = reinterpret_cast<const unsigned char*>(cmsDer.constData());
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(cmsDer.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_enveloped)
        return fail(error(CryptoErrc::DecryptFailed, Tr::tr("the record is not a CMS EnvelopedData")));
    BioPtr out(BIO_new(BIO_s_secmem()));
    if (!out)
        return fail(error(CryptoErrc::DecryptFailed, Tr::tr("out of memory")));
    if (CMS_decrypt_set1_key(cms.get(), const_cast<unsigned char*>(kek.data()), kek.size(),
                             reinterpret_cast<const unsigned char*>(kekId.constData()),
                             std::size_t(kekId.size())) != 1 ||
        CMS_decrypt(cms.get(), nullptr, nullptr, nullptr, out.get(), CMS_BINARY) != 1)
        return fail(error(CryptoErrc::DecryptFailed,
                          Tr::tr("the record does not open with the station's key-encryption key")));
    return contentOf(out.get());
}

} // namespace tps::crypto
