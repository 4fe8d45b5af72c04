// What the TCG EK Credential Profile puts into an EK certificate, read the way the profile intends:
//
// - the TPM manufacturer, model and version from the (critical) subjectAltName directoryName with the
//   attributes tpmManufacturer 2.23.133.2.1, tpmModel 2.23.133.2.2 and tpmVersion 2.23.133.2.3, whether
//   each sits in its own RDN or all three in one multi-valued RDN (Nuvoton);
// - the manufacturer value "id:XXXXXXXX" decoded as the TCG vendor ID, four ASCII bytes ("id:4E544300"
//   is "NTC"), comparable with TPM_PT_MANUFACTURER;
// - the key usage an EK certificate must carry (keyEncipherment for RSA, keyAgreement for ECC) and the
//   EKU 2.23.133.8.1 (usual, not universal: Nuvoton's older certificates and Google's PCA ones lack it);
// - EK certificates whose RSA key is marked with the RSAES-OAEP algorithm identifier
//   (1.2.840.113549.1.1.7) instead of rsaEncryption: OpenSSL 3.0 cannot load such a key. The key bits are
//   the same RSAPublicKey either way, so withRsaEncryptionSpki() rewrites the SubjectPublicKeyInfo's
//   AlgorithmIdentifier (a minimal DER reader, no OpenSSL) to produce a certificate OpenSSL can load for
//   the key comparison and chain building. Its signature no longer covers the rewritten bytes: the
//   verifier checks the ORIGINAL certificate's signature with the issuer's key (docs/FORMATS.md).
//   Rewriting was chosen over extracting modulus/exponent by hand because the rest of the verifier
//   (SPKI comparison, chain building, key description) then stays one OpenSSL path for every certificate.
#pragma once

#include <QByteArray>
#include <QString>
#include <openssl/types.h>
#include <optional>

namespace tps::crypto {

struct TpmSanAttributes
{
    QString manufacturerId; // the SAN value as written, e.g. "id:4E544300"
    QString manufacturer;   // the TCG vendor ID it encodes, e.g. "NTC"; empty when not decodable
    QString model;          // e.g. "NPCT75x"
    QString version;        // e.g. "id:00070002"
    QString note;           // English: a known quirk applied while decoding (see tcgManufacturer)
};

// The TPM attributes of the certificate's subjectAltName; nullopt when it has no directoryName carrying
// tpmManufacturer.
std::optional<TpmSanAttributes> tpmSanAttributes(const X509* cert);

// "id:4E544300" -> "NTC" (four bytes, trailing NULs and spaces dropped as TPM_PT_MANUFACTURER is shown);
// empty when the value is not "id:" + 8 hex digits of printable ASCII. One known quirk: swtpm_setup
// 0.7 writes IBM's PCI vendor ID ("id:00001014", model "swtpm") where the TCG vendor ID of its TPM,
// "IBM", belongs; that pair decodes to "IBM" and says so in `note`.
QString tcgManufacturer(const QString& manufacturerId, const QString& model, QString* note = nullptr);

enum class EkKeyUsage {
    Absent,       // no keyUsage extension
    Encipherment, // keyEncipherment, keyAgreement or dataEncipherment: an EK's use
    SigningOnly,  // only signature bits: an attestation or signing key's certificate, not an EK's
};
EkKeyUsage ekKeyUsage(X509* cert);
// The certificate lists EKU 2.23.133.8.1 (tcg-kp-EKCertificate).
bool hasEkCertificateEku(X509* cert);

// The certificate's SPKI algorithm is RSAES-OAEP.
bool hasRsaOaepSpki(const QByteArray& certDer);
// `certDer` with an RSAES-OAEP SPKI rewritten to rsaEncryption (NULL parameters), lengths re-encoded;
// nullopt when the SPKI is not RSAES-OAEP or the DER cannot be walked.
std::optional<QByteArray> withRsaEncryptionSpki(const QByteArray& certDer);

// "RSA-2048", "EC P-256", "EC P-384", ... (empty when unknown).
QString keyDescription(const EVP_PKEY* key);
// OpenSSL's long name of the certificate's signature algorithm, e.g. "sha1WithRSAEncryption".
QString signatureAlgorithm(const X509* cert);
// Lower-case hex SHA-256 of the certificate's DER (its fingerprint).
QString sha256Fingerprint(const X509* cert);

} // namespace tps::crypto
