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
//
// The TCG EK Credential Profile (core/crypto/TcgEkProfile.h): the SAN's TPM manufacturer, model and
// version are recorded, and the manufacturer is compared with the TPM's own (TPM_PT_MANUFACTURER, read
// at step 1) when the caller knows it; an RSA key marked RSAES-OAEP is accepted (its certificate's
// signature is checked on the original bytes); a certificate whose key usage is signing only is not an
// EK certificate. Signatures: whatever OpenSSL 3.0 verifies in X.509 (RSA PKCS#1 v1.5 and RSASSA-PSS,
// ECDSA), SHA-1 included: vendors' older roots and intermediates (Infineon's EK CAs, Nuvoton's 2010
// roots) sign with SHA-1 and an EK certificate cannot be re-issued for a TPM already soldered; each
// certificate's signature algorithm is reported (CertCheck::signatures) so an audit can see it.
#pragma once

#include "core/crypto/CaDirectory.h"
#include "core/crypto/TcgEkProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace tps::crypto {

enum class CertVerdict {
    Trusted,
    UntrustedIssuer,
    KeyMismatch,
    NoCertificate,
    Malformed,
    Expired,
    ManufacturerMismatch, // the SAN names another TPM manufacturer than the TPM reports
    NotEndorsementKey,    // the key usage is signing only: the certificate of another key (an AK, ...)
};

// Stable machine name: "trusted", "untrusted-issuer", "key-mismatch", "no-certificate", "malformed",
// "expired", "manufacturer-mismatch", "not-ek" (recorded as the measurement ek.certificate_verdict).
QString certVerdictKey(CertVerdict verdict);
std::optional<CertVerdict> certVerdictFromKey(const QString& key);
// What happened and what the operator should do (translated).
QString certVerdictMessage(CertVerdict verdict);
// Every verdict decided after the key comparison: the certificate certifies the EK it was checked with.
bool certifiesKey(CertVerdict verdict);

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
    // The TPM's manufacturer as TPM_PT_MANUFACTURER shows it ("IBM", "NTC", "STM"); empty: not compared.
    QString tpmManufacturer;
    // rootsDir already loaded (verifying many certificates against one directory); used instead of
    // reading rootsDir again when set.
    std::shared_ptr<const CaDirectory> roots;
};

// One CA of the chain that was built (issuer first, the anchor last).
struct ChainCa
{
    QString subject;
    QString sha256;
    QString vendor; // from the manifest of known vendor CAs; empty when unknown
    QString name;   // likewise
};

struct CertCheck
{
    CertVerdict verdict = CertVerdict::NoCertificate;
    QString detail; // English, technical (OpenSSL's reason, key algorithms, ...)
    QString subject;
    QString issuer;
    QDateTime notAfter;
    std::optional<TpmSanAttributes> tpm; // the SAN's TPM manufacturer/model/version
    QString tpmManufacturerReported;     // the TPM's manufacturer it was compared with (empty: not)
    QString keyAlgorithm;                // "RSA-2048", "EC P-384", ...
    bool keyCompared = false;            // the key was compared with a TPM's EK (not an offline check)
    bool rsaOaepKey = false;             // the SPKI carried the RSAES-OAEP identifier
    bool ekEku = false;                  // EKU 2.23.133.8.1 present
    QStringList signatures;              // signature algorithms: the certificate's, then each CA's
    QList<ChainCa> chain;                // filled when a chain to an anchor was built
};

// Verdict on `der` (already trimmed; empty: no certificate) as the certificate of the EK in
// `ekTpm2bPublic`. Order: malformed, key mismatch, then the chain (untrusted issuer / expired).
CertCheck verifyEkCertificate(const QByteArray& der, const QByteArray& ekTpm2bPublic, const CertTrust& trust);
// The same without a TPM (vendor deliveries, audits: `ek verify`): no key comparison; the verdicts that
// remain are malformed, then the chain, not-ek, and manufacturer-mismatch when trust.tpmManufacturer is set.
CertCheck verifyEkCertificateFile(const QByteArray& der, const CertTrust& trust);

// certVerdictMessage, with both manufacturers named for a manufacturer mismatch (translated).
QString certCheckMessage(const CertCheck& check);

// Number of certificates loadable from a directory and its subdirectories (PEM or DER files; others
// ignored).
int countCertificates(const QString& dir);

} // namespace tps::crypto
