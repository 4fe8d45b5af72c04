#include "core/sim/SimulationKit.h"

#include "core/crypto/CmsEscrow.h"

#include "core/crypto/OpenSslPtr.h"
#include "core/firmware/FirmwareManifest.h"
#include "core/firmware/SignatureVerifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tps::sim {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SimulationKit)
};

using crypto::BioPtr;
using crypto::MdCtxPtr;
using crypto::PkeyPtr;
using crypto::X509Ptr;

const QString kCustomerDir = QStringLiteral("/customer");
const QString kFirmwareDir = QStringLiteral("/firmware");

QString openSslFailure(const QString& what)
{
    return Tr::tr("The simulation kit failed at: %1 (%2).").arg(what, crypto::drainErrors());
}

// Writes `data` to `path` through a temporary file created with `mode`, synced, then renamed: the file
// never exists with wider permissions or half-written.
Result<void, QString> writeFileAtomically(const QString& path, const QByteArray& data, mode_t mode)
{
    const QByteArray tmp = QFile::encodeName(path + QStringLiteral(".tmp"));
    ::unlink(tmp.constData());
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return fail(Tr::tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    qsizetype done = 0;
    bool ok = true;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = false;
            break;
        }
        done += n;
    }
    ok = ok && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
    ok = (::close(fd) == 0) && ok;
    if (!ok || ::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(tmp.constData());
        return fail(Tr::tr("Cannot write %1.").arg(path));
    }
    return {};
}

Result<void, QString> makeDirectory(const QString& path, mode_t mode)
{
    if (!QDir().mkpath(path) || ::chmod(QFile::encodeName(path).constData(), mode) != 0)
        return fail(Tr::tr("Cannot create the directory %1.").arg(path));
    return {};
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, qsizetype(len)) : QByteArray();
}

Result<QByteArray, QString> privateKeyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fail(openSslFailure(QStringLiteral("encode a private key")));
    return bioBytes(bio.get());
}

Result<QByteArray, QString> publicKeyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1)
        return fail(openSslFailure(QStringLiteral("encode a public key")));
    return bioBytes(bio.get());
}

Result<PkeyPtr, QString> readPrivateKey(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray pem = f.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return fail(openSslFailure(QStringLiteral("read the key %1").arg(path)));
    return key;
}

// The simulated owner's EC P-256 key and a self-signed certificate for it (10 years).
Result<void, QString> makeCustomer(const QString& keyPath, const QString& certPath)
{
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return fail(openSslFailure(QStringLiteral("generate the simulated customer's key")));
    X509Ptr cert(X509_new());
    unsigned char serial[16];
    if (!cert || RAND_bytes(serial, sizeof serial) != 1)
        return fail(openSslFailure(QStringLiteral("create a certificate")));
    serial[0] &= 0x7f;
    using BnPtr = std::unique_ptr<BIGNUM, crypto::OpenSslDeleter<&BN_free>>;
    BnPtr bn(BN_bin2bn(serial, int(sizeof serial), nullptr));
    X509_NAME* name = X509_get_subject_name(cert.get());
    const auto add = [&](const char* field, const char* value) {
        return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char*>(value), -1, -1, 0) == 1;
    };
    const bool ok = bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())) &&
                    X509_set_version(cert.get(), X509_VERSION_3) == 1 &&
                    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) &&
                    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600) &&
                    X509_set_pubkey(cert.get(), key.get()) == 1 && add("O", "Simulated Customer") &&
                    add("CN", "Simulated customer escrow key (simulation only)") &&
                    X509_set_issuer_name(cert.get(), name) == 1 &&
                    X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok)
        return fail(openSslFailure(QStringLiteral("create the simulated customer's certificate")));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert.get()) != 1)
        return fail(openSslFailure(QStringLiteral("encode a certificate")));
    auto pem = privateKeyPem(key.get());
    if (!pem)
        return fail(pem.error());
    if (auto w = writeFileAtomically(keyPath, *pem, 0600); !w)
        return w;
    return writeFileAtomically(certPath, bioBytes(bio.get()), 0644);
}

Result<void, QString> makeSigningKey(const QString& keyPath, const QString& pubPath)
{
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        return fail(openSslFailure(QStringLiteral("generate the firmware-signing key")));
    auto priv = privateKeyPem(key.get());
    if (!priv)
        return fail(priv.error());
    auto pub = publicKeyPem(key.get());
    if (!pub)
        return fail(pub.error());
    if (auto w = writeFileAtomically(keyPath, *priv, 0600); !w)
        return w;
    return writeFileAtomically(pubPath, *pub, 0644);
}

// A demo image, a manifest (docs/FIRMWARE.md) and its detached Ed25519 signature.
Result<void, QString> makeRelease(const QString& catalog, const QString& keyPath)
{
    auto key = readPrivateKey(keyPath);
    if (!key)
        return fail(key.error());
    const QString base = QStringLiteral("%1-%2").arg(QLatin1String(SimulationKit::kProductId),
                                                     QLatin1String(SimulationKit::kVersion));
    QByteArray image = QByteArrayLiteral("SIM-WIDGET FIRMWARE ") + SimulationKit::kVersion + '\n';
    image.reserve(8192);
    for (int i = 0; image.size() < 8192; ++i)
        image.append(char((i * 131 + 7) & 0xff));

    firmware::FirmwareManifest m;
    m.product = QLatin1String(SimulationKit::kProductId);
    m.version = QLatin1String(SimulationKit::kVersion);
    m.image = base + QStringLiteral(".bin");
    m.size = image.size();
    m.sha256 = QCryptographicHash::hash(image, QCryptographicHash::Sha256);
    m.keyId = firmware::SignatureVerifier::keyIdOf(key->get());
    m.description = QStringLiteral("Demo release of the simulated product (simulation kit)");
    const QByteArray manifest = QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented);

    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t sigLen = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key->get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &sigLen,
                       reinterpret_cast<const unsigned char*>(manifest.constData()),
                       size_t(manifest.size())) != 1)
        return fail(openSslFailure(QStringLiteral("sign the demo release")));
    QByteArray signature(qsizetype(sigLen), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &sigLen,
                       reinterpret_cast<const unsigned char*>(manifest.constData()),
                       size_t(manifest.size())) != 1)
        return fail(openSslFailure(QStringLiteral("sign the demo release")));
    signature.resize(qsizetype(sigLen));

    const QString manifestPath = catalog + QLatin1Char('/') + base + QLatin1String(firmware::kManifestSuffix);
    if (auto w = writeFileAtomically(catalog + QLatin1Char('/') + m.image, image, 0644); !w)
        return w;
    // The signature first: a manifest without its signature is never left alone by this kit.
    if (auto w =
            writeFileAtomically(manifestPath + QLatin1String(firmware::kSignatureSuffix), signature, 0644);
        !w)
        return w;
    return writeFileAtomically(manifestPath, manifest, 0644);
}

bool exists(const QString& path)
{
    return QFileInfo(path).isFile();
}
} // namespace

Result<SimulationKit, QString> SimulationKit::prepare(const QString& fleetRoot)
{
    if (fleetRoot.isEmpty())
        return fail(Tr::tr("The simulation kit needs a fleet root directory."));
    SimulationKit kit;
    kit.m_root = QDir(fleetRoot).absolutePath();
    if (auto d = makeDirectory(kit.m_root + kCustomerDir, 0700); !d)
        return fail(d.error());
    if (auto d = makeDirectory(kit.m_root + kFirmwareDir, 0700); !d)
        return fail(d.error());
    if (auto d = makeDirectory(kit.catalog(), 0755); !d)
        return fail(d.error());

    if (!exists(kit.customerKey()) || !exists(kit.customerCertificate()))
        if (auto made = makeCustomer(kit.customerKey(), kit.customerCertificate()); !made)
            return fail(made.error());
    bool newKey = false;
    if (!exists(kit.signingKey()) || !exists(kit.signingPublicKey())) {
        if (auto made = makeSigningKey(kit.signingKey(), kit.signingPublicKey()); !made)
            return fail(made.error());
        newKey = true;
    }
    const QString manifest = kit.catalog() + QStringLiteral("/%1-%2%3")
                                                 .arg(QLatin1String(kProductId), QLatin1String(kVersion),
                                                      QLatin1String(firmware::kManifestSuffix));
    if (newKey || !exists(manifest) || !exists(manifest + QLatin1String(firmware::kSignatureSuffix)))
        if (auto made = makeRelease(kit.catalog(), kit.signingKey()); !made)
            return fail(made.error());
    return kit;
}

QString SimulationKit::customerKey() const
{
    return m_root + kCustomerDir + QStringLiteral("/escrow-key.pem");
}
QString SimulationKit::customerCertificate() const
{
    return m_root + kCustomerDir + QStringLiteral("/escrow-cert.pem");
}
QString SimulationKit::signingKey() const
{
    return m_root + kFirmwareDir + QStringLiteral("/signing-key.pem");
}
QString SimulationKit::signingPublicKey() const
{
    return m_root + kFirmwareDir + QStringLiteral("/signing-key.pub.pem");
}
QString SimulationKit::catalog() const
{
    return m_root + kFirmwareDir + QStringLiteral("/catalog");
}
QString SimulationKit::caDirectory() const
{
    return m_root + QStringLiteral("/ca");
}

timeline::ProductProfile SimulationKit::profile() const
{
    timeline::ProductProfile p;
    p.id = QLatin1String(kProductId);
    p.name = Tr::tr("Simulated widget (simulation kit)");
    p.production = false;
    const QJsonObject dps{{QStringLiteral("idScope"), QLatin1String(kIdScope)}};
    p.setSection(QStringLiteral("ek"), QJsonObject{{QStringLiteral("simulationRootsDir"), caDirectory()}});
    // The kit pins the escrow certificate it made (docs/ESCROW.md), as a production profile must.
    QJsonObject ownership{{QStringLiteral("escrowCertificate"), customerCertificate()}};
    if (const auto cert = crypto::EscrowCertificate::fromFile(customerCertificate()))
        ownership.insert(QStringLiteral("escrowCertificateSha256"), cert->fingerprintSha256());
    p.setSection(QStringLiteral("ownership"), ownership);
    p.setSection(QStringLiteral("firmware"),
                 QJsonObject{{QStringLiteral("catalog"), catalog()},
                             {QStringLiteral("product"), QLatin1String(kProductId)},
                             {QStringLiteral("signingKey"), signingPublicKey()},
                             {QStringLiteral("flasher"),
                              QJsonObject{{QStringLiteral("kind"), QStringLiteral("simulated")}}},
                             {QStringLiteral("dps"), dps}});
    p.setSection(QStringLiteral("dps"), dps);
    p.setSection(QStringLiteral("qa"), QJsonObject{});
    return p;
}

} // namespace tps::sim
