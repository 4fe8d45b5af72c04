#include "core/crypto/EkCertificate.h"

#include "core/crypto/TpmPublicKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <vector>

namespace tps::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EkCertificate)
};

struct Free
{
    void operator()(X509* p) const { X509_free(p); }
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
    void operator()(BIO* p) const { BIO_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

QString nameText(const X509_NAME* name)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return {};
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(len));
}

QDateTime asn1Time(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

// Certificates in one file: every CERTIFICATE block of a PEM file, or one DER certificate.
std::vector<Owned<X509>> loadFile(const QString& path)
{
    std::vector<Owned<X509>> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray data = f.readAll();
    if (data.contains("-----BEGIN")) {
        Owned<BIO> bio(BIO_new_mem_buf(data.constData(), int(data.size())));
        while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
            out.emplace_back(cert);
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        if (X509* cert = d2i_X509(nullptr, &p, long(data.size())))
            out.emplace_back(cert);
    }
    ERR_clear_error(); // the end of a PEM file and non-certificate files leave errors behind
    return out;
}

std::vector<Owned<X509>> loadDir(const QString& dir)
{
    std::vector<Owned<X509>> out;
    if (dir.isEmpty())
        return out;
    const QDir d(dir);
    for (const QString& name : d.entryList(QDir::Files | QDir::Readable, QDir::Name))
        for (auto& cert : loadFile(d.filePath(name)))
            out.push_back(std::move(cert));
    return out;
}

bool selfSigned(X509* cert)
{
    return X509_check_issued(cert, cert) == X509_V_OK;
}

// Accepts exactly the TCG uses of critical extensions OpenSSL does not process.
int verifyCallback(int ok, X509_STORE_CTX* ctx)
{
    if (ok || X509_STORE_CTX_get_error(ctx) != X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION)
        return ok;
    X509* cert = X509_STORE_CTX_get_current_cert(ctx);
    if (!cert)
        return 0;
    for (int i = 0; i < X509_get_ext_count(cert); ++i) {
        X509_EXTENSION* ext = X509_get_ext(cert, i);
        if (!X509_EXTENSION_get_critical(ext) || X509_supported_extension(ext))
            continue;
        const int nid = OBJ_obj2nid(X509_EXTENSION_get_object(ext));
        if (nid != NID_subject_directory_attributes && nid != NID_subject_alt_name)
            return 0;
    }
    X509_STORE_CTX_set_error(ctx, X509_V_OK);
    return 1;
}

CertCheck verdict(CertVerdict v, const QString& detail, const X509* cert = nullptr)
{
    CertCheck c;
    c.verdict = v;
    c.detail = detail;
    if (cert) {
        c.subject = nameText(X509_get_subject_name(cert));
        c.issuer = nameText(X509_get_issuer_name(cert));
        c.notAfter = asn1Time(X509_get0_notAfter(cert));
    }
    return c;
}

} // namespace

QString certVerdictKey(CertVerdict verdict)
{
    switch (verdict) {
    case CertVerdict::Trusted:
        return QStringLiteral("trusted");
    case CertVerdict::UntrustedIssuer:
        return QStringLiteral("untrusted-issuer");
    case CertVerdict::KeyMismatch:
        return QStringLiteral("key-mismatch");
    case CertVerdict::NoCertificate:
        return QStringLiteral("no-certificate");
    case CertVerdict::Malformed:
        return QStringLiteral("malformed");
    case CertVerdict::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<CertVerdict> certVerdictFromKey(const QString& key)
{
    for (CertVerdict v : {CertVerdict::Trusted, CertVerdict::UntrustedIssuer, CertVerdict::KeyMismatch,
                          CertVerdict::NoCertificate, CertVerdict::Malformed, CertVerdict::Expired})
        if (certVerdictKey(v) == key)
            return v;
    return std::nullopt;
}

QString certVerdictMessage(CertVerdict verdict)
{
    switch (verdict) {
    case CertVerdict::Trusted:
        return Tr::tr("The EK certificate is issued by a trusted TPM manufacturer and matches this TPM.");
    case CertVerdict::UntrustedIssuer:
        return Tr::tr("The EK certificate is not issued by a configured TPM manufacturer CA. Set the device "
                      "aside and ask the line lead to check the product's manufacturer roots.");
    case CertVerdict::KeyMismatch:
        return Tr::tr(
            "The EK certificate belongs to a different key than this TPM's EK. Set the device aside "
            "for rework: the TPM or its certificate is not genuine or was replaced.");
    case CertVerdict::NoCertificate:
        return Tr::tr("The TPM holds no EK certificate. Set the device aside and ask the line lead: this TPM "
                      "cannot prove it is genuine.");
    case CertVerdict::Malformed:
        return Tr::tr("The EK certificate stored in the TPM is damaged (not a valid X.509 certificate). Set "
                      "the device aside for rework.");
    case CertVerdict::Expired:
        return Tr::tr("The EK certificate or its issuer is outside its validity period. Check the station's "
                      "clock; if it is right, set the device aside.");
    }
    return {};
}

std::optional<QByteArray> trimCertificateDer(const QByteArray& nvData)
{
    QByteArray data = nvData;
    // TCG PC Client header: 10 01 00 || 16-bit length of the certificate that follows.
    if (data.size() >= 5 && quint8(data[0]) == 0x10 && quint8(data[1]) == 0x01 && quint8(data[2]) == 0x00) {
        const int len = (quint8(data[3]) << 8) | quint8(data[4]);
        data = data.mid(5, len);
    }
    if (data.size() < 2 || quint8(data[0]) != 0x30)
        return std::nullopt;
    const quint8 first = quint8(data[1]);
    qsizetype header = 2;
    qsizetype length = 0;
    if (first < 0x80) {
        length = first;
    } else {
        const int count = first & 0x7F;
        if (count == 0 || count > 3 || data.size() < 2 + count)
            return std::nullopt; // indefinite or absurd lengths are not DER certificates
        for (int i = 0; i < count; ++i)
            length = (length << 8) | quint8(data[2 + i]);
        header += count;
    }
    if (header + length > data.size())
        return std::nullopt;
    return data.left(header + length);
}

int countCertificates(const QString& dir)
{
    return int(loadDir(dir).size());
}

CertCheck verifyEkCertificate(const QByteArray& der, const QByteArray& ekTpm2bPublic, const CertTrust& trust)
{
    if (der.isEmpty())
        return verdict(CertVerdict::NoCertificate, QStringLiteral("no certificate data"));
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    Owned<X509> cert(d2i_X509(nullptr, &p, long(der.size())));
    if (!cert || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        ERR_clear_error();
        return verdict(CertVerdict::Malformed, QStringLiteral("not a DER X.509 certificate"));
    }

    // The certificate's key against the EK: DER SubjectPublicKeyInfo equality.
    auto ekSpki = spkiFromTpmPublic(ekTpm2bPublic);
    if (!ekSpki)
        return verdict(CertVerdict::KeyMismatch,
                       QStringLiteral("EK key unusable: %1").arg(ekSpki.error().detail), cert.get());
    unsigned char* certSpki = nullptr;
    const int len = i2d_PUBKEY(X509_get0_pubkey(cert.get()), &certSpki);
    const QByteArray certKey =
        len > 0 ? QByteArray(reinterpret_cast<const char*>(certSpki), len) : QByteArray();
    OPENSSL_free(certSpki);
    ERR_clear_error();
    if (certKey != *ekSpki)
        return verdict(CertVerdict::KeyMismatch,
                       QStringLiteral("certificate key (%1-byte SPKI) differs from the EK (%2-byte SPKI)")
                           .arg(certKey.size())
                           .arg(ekSpki->size()),
                       cert.get());

    // The chain to the configured anchors.
    Owned<X509_STORE> store(X509_STORE_new());
    Owned<STACK_OF(X509)> untrusted(sk_X509_new_null());
    if (!store || !untrusted)
        return verdict(CertVerdict::UntrustedIssuer, QStringLiteral("out of memory"), cert.get());
    int anchors = 0;
    auto add = [&](const QString& dir) {
        for (auto& c : loadDir(dir)) {
            if (selfSigned(c.get())) {
                if (X509_STORE_add_cert(store.get(), c.get()) == 1)
                    ++anchors;
            } else if (sk_X509_push(untrusted.get(), c.get()) > 0) {
                c.release();
            }
        }
        ERR_clear_error(); // duplicates in the store are not an error here
    };
    add(trust.rootsDir);
    const bool simulationApplies = trust.deviceSimulated && !trust.production;
    if (simulationApplies)
        add(trust.simulationRootsDir);
    if (anchors == 0)
        return verdict(CertVerdict::UntrustedIssuer,
                       QStringLiteral("no trusted root certificates configured (roots: '%1'%2)")
                           .arg(trust.rootsDir,
                                simulationApplies
                                    ? QStringLiteral(", simulation roots: '%1'").arg(trust.simulationRootsDir)
                                    : QString()),
                       cert.get());

    Owned<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), cert.get(), untrusted.get()) != 1)
        return verdict(CertVerdict::UntrustedIssuer, QStringLiteral("X509_STORE_CTX_init failed"),
                       cert.get());
    X509_STORE_CTX_set_verify_cb(ctx.get(), verifyCallback);
    if (trust.at)
        X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()),
                                   time_t(trust.at->toSecsSinceEpoch()));
    const int ok = X509_verify_cert(ctx.get());
    const int err = X509_STORE_CTX_get_error(ctx.get());
    ERR_clear_error();
    if (ok == 1)
        return verdict(CertVerdict::Trusted,
                       QStringLiteral("chain verified (trust anchors: %1)").arg(anchors), cert.get());
    const QString reason = QStringLiteral("%1 (depth %2)")
                               .arg(QLatin1String(X509_verify_cert_error_string(err)))
                               .arg(X509_STORE_CTX_get_error_depth(ctx.get()));
    if (err == X509_V_ERR_CERT_HAS_EXPIRED || err == X509_V_ERR_CERT_NOT_YET_VALID)
        return verdict(CertVerdict::Expired, reason, cert.get());
    return verdict(CertVerdict::UntrustedIssuer, reason, cert.get());
}

} // namespace tps::crypto
