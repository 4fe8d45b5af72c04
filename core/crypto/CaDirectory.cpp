#include "core/crypto/CaDirectory.h"

#include "core/crypto/TcgEkProfile.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/x509v3.h>

namespace tps::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaDirectory)
};

std::vector<X509Ptr> certificatesOfPkcs7(PKCS7* p7)
{
    std::vector<X509Ptr> out;
    if (!p7 || OBJ_obj2nid(p7->type) != NID_pkcs7_signed || !p7->d.sign)
        return out;
    STACK_OF(X509)* certs = p7->d.sign->cert;
    for (int i = 0; i < sk_X509_num(certs); ++i) {
        X509* cert = sk_X509_value(certs, i);
        if (X509_up_ref(cert) == 1)
            out.emplace_back(cert);
    }
    return out;
}

// Every CERTIFICATE and PKCS7 block of a PEM text, in order.
std::vector<X509Ptr> certificatesInPem(const QByteArray& data)
{
    std::vector<X509Ptr> out;
    BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* body = nullptr;
    long len = 0;
    while (PEM_read_bio(bio.get(), &name, &header, &body, &len) == 1) {
        const OpenSslBuffer<char> n(name), h(header);
        const OpenSslBuffer<unsigned char> b(body);
        const unsigned char* p = body;
        if (qstrcmp(name, PEM_STRING_X509) == 0 || qstrcmp(name, PEM_STRING_X509_OLD) == 0) {
            if (X509* cert = d2i_X509(nullptr, &p, len))
                out.emplace_back(cert);
        } else if (qstrcmp(name, PEM_STRING_PKCS7) == 0 || qstrcmp(name, "CERTIFICATE CHAIN") == 0) {
            std::unique_ptr<PKCS7, OpenSslDeleter<&PKCS7_free>> p7(d2i_PKCS7(nullptr, &p, len));
            for (X509Ptr& cert : certificatesOfPkcs7(p7.get()))
                out.push_back(std::move(cert));
        }
    }
    return out;
}

// Certificates in one file: see certificatesInData.
std::vector<X509Ptr> certificatesIn(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return certificatesInData(f.readAll());
}

} // namespace

CaCertificate describeCa(const QString& file, X509Ptr cert)
{
    CaCertificate c;
    c.file = file;
    c.subject = certNameText(X509_get_subject_name(cert.get()));
    c.sha256 = sha256Fingerprint(cert.get());
    c.selfIssued = X509_check_issued(cert.get(), cert.get()) == X509_V_OK;
    c.ca = X509_check_ca(cert.get()) > 0;
    c.notBefore = certTime(X509_get0_notBefore(cert.get()));
    c.notAfter = certTime(X509_get0_notAfter(cert.get()));
    c.known = findVendorCa(c.sha256);
    c.cert = std::move(cert);
    ERR_clear_error();
    return c;
}

void reviewCa(const CaCertificate& c, const QDateTime& at, QList<CaProblem>& problems)
{
    const auto add = [&](CaIssue issue, const QString& message) {
        problems.append(CaProblem{issue, c.file, c.subject, message});
    };
    const QString subject = c.subject.isEmpty() ? Tr::tr("(empty subject)") : c.subject;
    if (!c.ca)
        add(CaIssue::NotCa, Tr::tr("%1: '%2' is not a CA certificate (no basicConstraints cA:TRUE). A roots "
                                   "directory holds TPM manufacturer CA certificates only: remove this file.")
                                .arg(c.file, subject));
    if (c.notAfter.isValid() && c.notAfter < at)
        add(CaIssue::Expired, Tr::tr("%1: the CA '%2' expired on %3. EK certificates that need it are judged "
                                     "expired; ask the TPM vendor for its successor.")
                                  .arg(c.file, subject, c.notAfter.toString(Qt::ISODate)));
    else if (c.notBefore.isValid() && c.notBefore > at)
        add(CaIssue::NotYetValid, Tr::tr("%1: the CA '%2' is not valid before %3. Check the station's clock.")
                                      .arg(c.file, subject, c.notBefore.toString(Qt::ISODate)));
    if (!c.known)
        add(CaIssue::Unknown,
            Tr::tr("%1: the CA '%2' (SHA-256 %3) is NOT in the station's manifest of known TPM vendor CAs. "
                   "Check where this file came from before trusting it.")
                .arg(c.file, subject, c.sha256));
}

std::vector<X509Ptr> certificatesInData(const QByteArray& data)
{
    std::vector<X509Ptr> out;
    if (data.contains("-----BEGIN")) {
        out = certificatesInPem(data);
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
        if (X509* cert = d2i_X509(nullptr, &p, long(data.size()))) {
            out.emplace_back(cert);
        } else {
            p = reinterpret_cast<const unsigned char*>(data.constData());
            std::unique_ptr<PKCS7, OpenSslDeleter<&PKCS7_free>> p7(d2i_PKCS7(nullptr, &p, long(data.size())));
            out = certificatesOfPkcs7(p7.get());
        }
    }
    ERR_clear_error(); // the end of a PEM file and non-certificate files leave errors behind
    return out;
}

CaDirectory caDirectoryOf(std::vector<std::pair<QString, X509Ptr>> certificates, const QDateTime& at)
{
    CaDirectory out;
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    for (auto& [source, cert] : certificates) {
        out.certificates.push_back(describeCa(source, std::move(cert)));
        reviewCa(out.certificates.back(), when, out.problems);
    }
    return out;
}

bool CaDirectory::hasIssue(CaIssue issue) const
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [&](const CaProblem& p) { return p.issue == issue; });
}

CaDirectory loadCaDirectory(const QString& dir, const QDateTime& at)
{
    if (dir.isEmpty())
        return {};
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext())
        files.append(it.next());
    files.sort(); // a stable order for messages and tests
    std::vector<std::pair<QString, X509Ptr>> all;
    for (const QString& file : std::as_const(files))
        for (X509Ptr& cert : certificatesIn(file))
            all.emplace_back(file, std::move(cert));
    return caDirectoryOf(std::move(all), at);
}

QString caDisplayName(const CaCertificate& ca)
{
    if (ca.known)
        return QStringLiteral("%1 (%2)").arg(ca.known->name, ca.known->vendor);
    return Tr::tr("%1 — NOT in the manifest of known TPM vendor CAs").arg(ca.subject);
}

QString certNameText(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return {};
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(len));
}

QDateTime certTime(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

} // namespace tps::crypto
