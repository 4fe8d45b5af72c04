// A directory of TPM manufacturer CA certificates as the EK verifier and `ek verify --roots` read it:
// every file below it (subdirectories included), PEM files with one or more certificates or DER files;
// files holding no certificate are ignored. Each certificate is recognised against the shipped manifest
// of known vendor CAs (VendorCaManifest) and reviewed:
//   - not a CA (no basicConstraints cA, e.g. an EK certificate dropped among the roots): never used as an
//     anchor or intermediate; `ek verify` refuses such a directory;
//   - expired / not yet valid at the verification time: still used, so certificates that need it are
//     judged `expired` rather than `untrusted-issuer`; reported;
//   - unknown to the manifest: used (the directory is the customer's decision) but flagged loudly.
#pragma once

#include "core/crypto/OpenSslPtr.h"
#include "core/crypto/VendorCaManifest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>
#include <vector>

namespace tps::crypto {

struct CaCertificate
{
    QString file; // the file it came from
    X509Ptr cert;
    QString subject;         // RFC 2253
    QString sha256;          // lower-case hex of the DER
    bool selfIssued = false; // verifies with its own key: a trust anchor candidate
    bool ca = false;         // basicConstraints cA (or a v1 self-signed certificate, as OpenSSL counts it)
    QDateTime notBefore;
    QDateTime notAfter;
    const VendorCa* known = nullptr; // the manifest's entry, nullptr when unknown
};

enum class CaIssue { NotCa, Expired, NotYetValid, Unknown };

struct CaProblem
{
    CaIssue issue;
    QString file;
    QString subject;
    QString message; // translated, names the file and what to do
};

struct CaDirectory
{
    std::vector<CaCertificate> certificates;
    QList<CaProblem> problems;
    bool hasIssue(CaIssue issue) const;
};

// The certificates of one CA file as vendors publish them: every CERTIFICATE and PKCS7 block of a PEM
// text (several per file), one DER certificate, or a DER PKCS#7 bundle (`openssl crl2pkcs7 -nocrl`).
// Empty when the data holds none.
std::vector<X509Ptr> certificatesInData(const QByteArray& data);

// One CA certificate described (`source`: the file or store entry it came from) and reviewed at `at`
// (the problems listed above appended to `problems`).
CaCertificate describeCa(const QString& source, X509Ptr cert);
void reviewCa(const CaCertificate& ca, const QDateTime& at, QList<CaProblem>& problems);
// A CaDirectory of certificates from anywhere (the station's trust store), each with its source; `at` as
// for loadCaDirectory.
CaDirectory caDirectoryOf(std::vector<std::pair<QString, X509Ptr>> certificates, const QDateTime& at = {});

// Loads `dir` (empty: nothing). `at`: the verification time for the validity review (invalid: now).
CaDirectory loadCaDirectory(const QString& dir, const QDateTime& at = {});

// "Infineon OPTIGA(TM) RSA Root CA (Infineon)" for a known CA, the subject and "NOT in the manifest of
// known TPM vendor CAs" otherwise (translated).
QString caDisplayName(const CaCertificate& ca);

// RFC 2253 text of a certificate name; ISO date-time of an ASN1_TIME (UTC).
QString certNameText(const X509_NAME* name);
QDateTime certTime(const ASN1_TIME* t);

} // namespace tps::crypto
