// The EK certificate: cutting the DER out of what the NV index holds, and the verdict on it — does it
// chain to the TPM manufacturer's roots, and does it certify this TPM's EK?
//
// Trust has two sets of anchors. `rootsDir` holds the real TPM manufacturers' roots and intermediates
// (PEM or DER files, self-signed ones become trust anchors, the others untrusted intermediates).
// `simulationRootsDir` holds the simulated fleet's CA and is consulted ONLY for a device marked
// simulated on a non-production profile: the fleet CA can never make a real device trusted, and a
// production profile never trusts a simulated chain through it.
//
// Critical extensions: TCG EK certificates carry a critical subjectAltName (TPM manufacturer, model,
// version as a directoryName) and may carry subjectDirectoryAttributes (TPM specification) marked
// critical. OpenSSL refuses unhandled critical extensions; the verifier accepts exactly these two TCG
// uses (subjectAltName and subjectDirectoryAttributes) and still refuses any other unhandled one.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace tps::crypto {

enum class CertVerdict { Trusted, UntrustedIssuer, KeyMismatch, NoCertificate, Malformed, Expired };

// Stable machine name: "trusted", "untrusted-issuer", "key-mismatch", "no-certificate", "malformed",
// "expired" (recorded as the measurement ek.certificate_verdict).
QString certVerdictKey(CertVerdict verdict);
std::optional<CertVerdict> certVerdictFromKey(const QString& key);
// What happened and what the operator should do (translated).
QString certVerdictMessage(CertVerdict verdict);

// The DER certificate inside NV index data: skips a `10 01 00 || len16` header when present, reads the
// outer DER SEQUENCE length and drops trailing padding. nullopt when the data holds no DER SEQUENCE
// that fits.
std::optional<QByteArray> trimCertificateDer(const QByteArray& nvData);

struct CertTrust
{
    QString rootsDir;           // TPM manufacturer roots and intermediates
    QString simulationRootsDir; // the simulated fleet's CA (see above)
    bool deviceSimulated = false;
    bool production = false;
    std::optional<QDateTime> at; // verification time (default: now)
};

struct CertCheck
{
    CertVerdict verdict = CertVerdict::NoCertificate;
    QString detail; // English, technical (OpenSSL's reason, key algorithms, ...)
    QString subject;
    QString issuer;
    QDateTime notAfter;
};

// Verdict on `der` (already trimmed; empty: no certificate) as the certificate of the EK in
// `ekTpm2bPublic`. Order: malformed, key mismatch, then the chain (untrusted issuer / expired).
CertCheck verifyEkCertificate(const QByteArray& der, const QByteArray& ekTpm2bPublic, const CertTrust& trust);

// Number of certificates loadable from a directory (PEM or DER files; others ignored).
int countCertificates(const QString& dir);

} // namespace tps::crypto
