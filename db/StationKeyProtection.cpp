#include "db/StationKeyProtection.h"

#include "core/crypto/KeyFile.h"
#include "core/crypto/OpenSslPtr.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <cstdio>
#include <cstring>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace tps::db {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StationKeyProtection)
};

DbError keyError(const QString& message)
{
    return DbError{DbErrc::Io, message};
}

QMutex& sourceMutex()
{
    static QMutex mutex;
    return mutex;
}

KeyPassphraseSource& source()
{
    static KeyPassphraseSource s;
    return s;
}

using SigPtr = std::unique_ptr<X509_SIG, crypto::OpenSslDeleter<&X509_SIG_free>>;
using P8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, crypto::OpenSslDeleter<&PKCS8_PRIV_KEY_INFO_free>>;

// The PKCS#8 structure of `key` encrypted under `passphrase` (scrypt + AES-256-CBC).
SigPtr seal(EVP_PKEY* key, const crypto::SecureBytes& passphrase)
{
    X509_ALGOR* pbe = PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 0, nullptr, 16384, 8, 1);
    P8Ptr info(pbe ? EVP_PKEY2PKCS8(key) : nullptr);
    SigPtr sealed(info ? PKCS8_set0_pbe(reinterpret_cast<const char*>(passphrase.data()),
                                        static_cast<int>(passphrase.size()), info.get(), pbe)
                       : nullptr);
    if (!sealed)
        X509_ALGOR_free(pbe);
    return sealed;
}
} // namespace

void setKeyPassphraseSource(KeyPassphraseSource s)
{
    QMutexLocker lock(&sourceMutex());
    source() = std::move(s);
}

std::optional<crypto::SecureBytes> keyPassphrase(const QString& keyPath)
{
    QMutexLocker lock(&sourceMutex());
    return source() ? source()(keyPath) : std::nullopt;
}

int keyPassphraseCallback(char* buf, int size, int /*rwflag*/, void* u)
{
    const auto* passphrase = static_cast<const crypto::SecureBytes*>(u);
    if (!passphrase || passphrase->size() > static_cast<std::size_t>(size))
        return -1;
    std::memcpy(buf, passphrase->data(), passphrase->size());
    return static_cast<int>(passphrase->size());
}

bool isStationKeyProtected(const QString& keyPath)
{
    QFile file(keyPath);
    return file.open(QIODevice::ReadOnly) && file.read(64).contains("BEGIN ENCRYPTED PRIVATE KEY");
}

DbResult<void> protectStationKey(const QString& keyPath, const crypto::SecureBytes& passphrase)
{
    if (passphrase.empty())
        return fail(DbError{DbErrc::Invalid, Tr::tr("The admin's passphrase must not be empty.")});
    if (isStationKeyProtected(keyPath))
        return fail(
            DbError{DbErrc::Invalid, Tr::tr("The station key %1 is already protected.").arg(keyPath)});
    auto pem = crypto::readOwnerOnlyFile(keyPath);
    if (!pem)
        return fail(keyError(Tr::tr("Cannot read the station key %1: %2").arg(keyPath, pem.error().detail)));
    crypto::BioPtr in(BIO_new_mem_buf(pem->constData(), static_cast<int>(pem->size())));
    crypto::PkeyPtr key(PEM_read_bio_PrivateKey(in.get(), nullptr, &keyPassphraseCallback, nullptr));
    SigPtr sealed = key ? seal(key.get(), passphrase) : SigPtr();
    crypto::BioPtr out(BIO_new(BIO_s_mem()));
    if (!sealed || !out || PEM_write_bio_PKCS8(out.get(), sealed.get()) != 1)
        return fail(keyError(Tr::tr("Cannot encrypt the station key %1.").arg(keyPath)));
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    const QString next = keyPath + QStringLiteral(".new");
    QFile::remove(next);
    if (auto r = crypto::createOwnerOnlyFile(next, QByteArray(data, static_cast<qsizetype>(size))); !r)
        return fail(keyError(Tr::tr("Cannot write %1: %2").arg(next, r.error().detail)));
    if (std::rename(QFile::encodeName(next).constData(), QFile::encodeName(keyPath).constData()) != 0 ||
        !crypto::syncDirectoryOf(keyPath)) {
        QFile::remove(next);
        return fail(keyError(Tr::tr("Cannot replace the station key %1.").arg(keyPath)));
    }
    return {};
}

} // namespace tps::db
