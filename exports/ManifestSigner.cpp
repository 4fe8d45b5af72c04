#include "exports/ManifestSigner.h"

#include "core/crypto/KeyFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace tps::db::exports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ManifestSigner)
};

using crypto::CryptoErrc;
using crypto::CryptoError;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, crypto::OpenSslDeleter<&CMS_ContentInfo_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, crypto::OpenSslDeleter<&X509_EXTENSION_free>>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(n));
}

QString fingerprintOf(X509* cert)
{
    unsigned char* der = nullptr;
    const int n = i2d_X509(cert, &der);
    if (n <= 0)
        return {};
    crypto::OpenSslBuffer<unsigned char> owned(der);
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray(reinterpret_cast<const char*>(der), n),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

bool addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

crypto::CryptoResult<SigningIdentity> create(const QString& keyPath, const QString& certPath,
                                             const QString& stationId)
{
    SigningIdentity id;
    id.key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!id.key)
        return fail(crypto::openSslError(QStringLiteral("signing key generation")));
    id.certificate.reset(X509_new());
    X509* cert = id.certificate.get();
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fail(crypto::openSslError(QStringLiteral("certificate serial")));
    serial[0] &= 0x7f;
    using BnPtr = std::unique_ptr<BIGNUM, crypto::OpenSslDeleter<&BN_free>>;
    BnPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    const QByteArray cn = QStringLiteral("TPS export signing %1").arg(stationId.left(36)).toUtf8();
    X509_NAME* name = X509_get_subject_name(cert);
    const bool ok =
        bn && X509_set_version(cert, 2) == 1 && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) &&
        X509_gmtime_adj(X509_getm_notBefore(cert), -3600) &&
        X509_gmtime_adj(X509_getm_notAfter(cert), 20L * 365 * 86400) &&
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>("TPM Provisioning Station"), -1, -1,
                                   0) == 1 &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0) == 1 &&
        X509_set_issuer_name(cert, name) == 1 && X509_set_pubkey(cert, id.key.get()) == 1 &&
        addExtension(cert, NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(cert, NID_key_usage, "critical,digitalSignature") &&
        addExtension(cert, NID_subject_key_identifier, "hash") &&
        X509_sign(cert, id.key.get(), EVP_sha256()) > 0;
    if (!ok)
        return fail(crypto::openSslError(QStringLiteral("signing certificate")));

    crypto::BioPtr keyBio(BIO_new(BIO_s_mem()));
    crypto::BioPtr certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio ||
        PEM_write_bio_PrivateKey(keyBio.get(), id.key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_X509(certBio.get(), cert) != 1)
        return fail(crypto::openSslError(QStringLiteral("PEM encoding")));
    id.certificatePem = bioBytes(certBio.get());

    // Owner-only from the first byte (O_EXCL, 0600), synced with its directory.
    if (auto r = crypto::createOwnerOnlyFile(keyPath, bioBytes(keyBio.get())); !r)
        return fail(
            CryptoError{CryptoErrc::Unreadable,
                        Tr::tr("Cannot write the export signing key %1: %2").arg(keyPath, r.error().detail),
                        {}});
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::WriteOnly | QIODevice::NewOnly) || certFile.write(id.certificatePem) < 0)
        return fail(CryptoError{CryptoErrc::Unreadable,
                                Tr::tr("Cannot write the export signing certificate %1: %2")
                                    .arg(certPath, certFile.errorString()),
                                {}});
    id.fingerprint = fingerprintOf(cert);
    id.created = true;
    return id;
}

} // namespace

QString signingKeyPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".signing.key");
}

QString signingCertPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".signing.crt");
}

crypto::CryptoResult<SigningIdentity> loadOrCreateSigningIdentity(const QString& databasePath,
                                                                  const QString& stationId)
{
    const QString keyPath = signingKeyPathFor(databasePath);
    const QString certPath = signingCertPathFor(databasePath);
    const bool haveKey = QFile::exists(keyPath);
    const bool haveCert = QFile::exists(certPath);
    if (!haveKey && !haveCert)
        return create(keyPath, certPath, stationId);
    if (haveKey != haveCert)
        return fail(CryptoError{CryptoErrc::Unreadable,
                                Tr::tr("The export signing key %1 and certificate %2 must both exist; one is "
                                       "missing.")
                                    .arg(keyPath, certPath),
                                {}});
    auto keyPem = crypto::readOwnerOnlyFile(keyPath);
    if (!keyPem && keyPem.error().code == crypto::KeyFileErrc::TooOpen)
        return fail(
            CryptoError{CryptoErrc::BadKey,
                        Tr::tr("The export signing key %1 is accessible to other users (mode %2); it must be "
                               "readable by its owner only (chmod 600).")
                            .arg(keyPath, keyPem.error().detail),
                        {}});
    QFile certFile(certPath);
    if (!keyPem || !certFile.open(QIODevice::ReadOnly))
        return fail(CryptoError{
            CryptoErrc::Unreadable,
            Tr::tr("Cannot read the export signing key or certificate next to %1.").arg(databasePath),
            {}});
    SigningIdentity id;
    id.certificatePem = certFile.readAll();
    crypto::BioPtr keyBio(BIO_new_mem_buf(keyPem->constData(), static_cast<int>(keyPem->size())));
    crypto::BioPtr certBio(
        BIO_new_mem_buf(id.certificatePem.constData(), static_cast<int>(id.certificatePem.size())));
    id.key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!id.key)
        return fail(CryptoError{CryptoErrc::BadKey, Tr::tr("%1 is not a private key.").arg(keyPath),
                                crypto::drainErrors()});
    id.certificate.reset(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!id.certificate)
        return fail(CryptoError{CryptoErrc::BadCertificate, Tr::tr("%1 is not a certificate.").arg(certPath),
                                crypto::drainErrors()});
    if (X509_check_private_key(id.certificate.get(), id.key.get()) != 1)
        return fail(CryptoError{
            CryptoErrc::BadKey,
            Tr::tr("The export signing certificate %1 does not belong to the key %2.").arg(certPath, keyPath),
            crypto::drainErrors()});
    id.fingerprint = fingerprintOf(id.certificate.get());
    return id;
}

crypto::CryptoResult<QByteArray> signDetached(const SigningIdentity& identity, const QByteArray& content)
{
    crypto::BioPtr in(BIO_new_mem_buf(content.constData(), static_cast<int>(content.size())));
    if (!in)
        return fail(crypto::openSslError(QStringLiteral("CMS input")));
    CmsPtr cms(CMS_sign(identity.certificate.get(), identity.key.get(), nullptr, in.get(),
                        CMS_DETACHED | CMS_BINARY));
    if (!cms)
        return fail(crypto::openSslError(QStringLiteral("CMS sign")));
    crypto::BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || i2d_CMS_bio(out.get(), cms.get()) != 1)
        return fail(crypto::openSslError(QStringLiteral("CMS encoding")));
    return bioBytes(out.get());
}

crypto::CryptoResult<QString> writeSignedManifest(const SigningIdentity& identity, const QString& dir,
                                                  const QJsonObject& manifest)
{
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    auto signature = signDetached(identity, bytes);
    if (!signature)
        return fail(signature.error());
    const auto writeWhole = [&](const QString& name, const QByteArray& content) {
        QFile f(QDir(dir).filePath(name));
        return f.open(QIODevice::WriteOnly | QIODevice::NewOnly) && f.write(content) == content.size() &&
               f.flush();
    };
    if (!writeWhole(QStringLiteral("manifest.json"), bytes) ||
        !writeWhole(QStringLiteral("manifest.json.p7s"), *signature) ||
        !writeWhole(QStringLiteral("signing-certificate.pem"), identity.certificatePem))
        return fail(CryptoError{
            CryptoErrc::Unreadable, Tr::tr("Cannot write the signed manifest into %1.").arg(dir), {}});
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace tps::db::exports
