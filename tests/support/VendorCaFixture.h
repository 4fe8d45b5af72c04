// A test CA that mimics a TPM vendor's structure, made with the openssl command line (not the station's
// code): a root and an issuing intermediate in <dir>/roots, and EK certificates shaped as the TCG EK
// Credential Profile and real vendors shape them — empty subject, critical subjectAltName with a
// directoryName of tpmManufacturer/tpmModel/tpmVersion (one multi-valued RDN as Nuvoton writes it, or
// one RDN each), subjectDirectoryAttributes with the TPM specification (2.0, level 0, revision 138),
// critical keyUsage keyEncipherment, EKU 2.23.133.8.1, authorityKeyIdentifier.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tps::test {

struct EkCertOptions
{
    QString manufacturerId = QStringLiteral("id:49424D00"); // "IBM", as swtpm reports TPM_PT_MANUFACTURER
    QString model = QStringLiteral("swtpm");
    QString version = QStringLiteral("id:20191023");
    bool multiValuedRdn = true;
    QString keyUsage = QStringLiteral("keyEncipherment"); // e.g. "digitalSignature" for a signing key
    bool ekEku = true;
    QString digest = QStringLiteral("sha256"); // "sha1" as older vendor CAs sign
    bool pss = false;                          // RSASSA-PSS signature (RSA issuing CA only)
    int days = 3650;
};

class VendorCaFixture
{
public:
    // keyAlgorithm: "ec" (P-384 root and intermediate, ECDSA over RSA EKs as Intel and Nuvoton do) or
    // "rsa" (RSA-3072).
    VendorCaFixture(const QString& dir, const QString& vendor,
                    const QString& keyAlgorithm = QStringLiteral("ec"), int days = 3650);
    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    QString rootsDir() const { return m_dir + QStringLiteral("/roots"); }
    QString rootPem() const { return rootsDir() + QStringLiteral("/root.pem"); }
    QString intermediatePem() const { return rootsDir() + QStringLiteral("/intermediate.pem"); }
    QString rootName() const { return m_vendor + QStringLiteral(" EK Root CA"); }

    // The EK certificate (DER) for the public key in `publicPem` (PEM SubjectPublicKeyInfo), written to
    // <dir>/<name>.der as well; empty on failure (see error()).
    QByteArray issueEk(const QString& publicPem, const QString& name, const EkCertOptions& options = {});

private:
    bool openssl(const QStringList& args);
    QString path(const QString& name) const { return m_dir + QLatin1Char('/') + name; }

    QString m_dir;
    QString m_vendor;
    QString m_error;
    int m_serial = 100;
};

} // namespace tps::test
