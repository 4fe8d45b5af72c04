// The TCG EK Credential Profile pieces without a TPM and without the vendors' files: SAN TPM attributes
// (one RDN each and Nuvoton's multi-valued RDN), the TCG vendor ID decoding, ECDSA CAs over RSA EKs,
// SHA-1 and RSASSA-PSS signatures, signing-only certificates (not-ek), the manufacturer comparison, the
// RSAES-OAEP SPKI rewrite, CA directory review and the manifest format. Certificates are made by the
// openssl command line (tests/support/VendorCaFixture), and `openssl verify` / `openssl x509` are the
// oracles for what OpenSSL itself says of them.
#include "TestMain.h"
#include "TestSupport.h"
#include "VendorCaFixture.h"

#include "core/crypto/CaDirectory.h"
#include "core/crypto/EkCertificate.h"
#include "core/crypto/TcgEkProfile.h"
#include "core/crypto/VendorCaManifest.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpmwire/PublicArea.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

using namespace tps;
using crypto::CertVerdict;
using test::readFile;
using test::runTool;

class TestTcgEkProfile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::VendorCaFixture> m_ec;  // ECDSA P-384 CA, as Intel and Nuvoton 2111
    std::unique_ptr<test::VendorCaFixture> m_rsa; // RSA-3072 CA (SHA-1, PSS)
    QByteArray m_ekPublic;                        // TPM2B_PUBLIC (L-2) of ek-ec.key

    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList& args) { return runTool(QStringLiteral("openssl"), args).ok(); }
    bool genKey(const QString& name, const QString& algorithm, const QString& option)
    {
        return openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), algorithm,
                        QStringLiteral("-pkeyopt"), option, QStringLiteral("-out"),
                        path(name + QStringLiteral(".key"))}) &&
               openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path(name + QStringLiteral(".key")),
                        QStringLiteral("-pubout"), QStringLiteral("-out"),
                        path(name + QStringLiteral(".pem"))});
    }
    crypto::CertTrust trust(const test::VendorCaFixture& ca, const QString& manufacturer = {}) const
    {
        crypto::CertTrust t;
        t.rootsDir = ca.rootsDir();
        t.tpmManufacturer = manufacturer;
        return t;
    }
    // What `openssl verify` says of a DER certificate with the fixture's root and intermediate.
    bool opensslVerifies(const test::VendorCaFixture& ca, const QString& der)
    {
        const QString pem = der + QStringLiteral(".pem");
        return openssl({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                        QStringLiteral("-in"), der, QStringLiteral("-out"), pem}) &&
               openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca.rootPem(),
                        QStringLiteral("-untrusted"), ca.intermediatePem(), pem});
    }
    QString x509Text(const QString& der, const QString& what)
    {
        return QString::fromUtf8(
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                     QStringLiteral("-in"), der, QStringLiteral("-noout"), what})
                .out);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ec = std::make_unique<test::VendorCaFixture>(path(QStringLiteral("ec")),
                                                       QStringLiteral("Test TPM Vendor"));
        QVERIFY2(m_ec->ok(), qPrintable(m_ec->error()));
        m_rsa = std::make_unique<test::VendorCaFixture>(
            path(QStringLiteral("rsa")), QStringLiteral("Old TPM Vendor"), QStringLiteral("rsa"));
        QVERIFY2(m_rsa->ok(), qPrintable(m_rsa->error()));
        QVERIFY(
            genKey(QStringLiteral("ek-rsa"), QStringLiteral("RSA"), QStringLiteral("rsa_keygen_bits:2048")));
        QVERIFY(
            genKey(QStringLiteral("ek-ec"), QStringLiteral("EC"), QStringLiteral("ec_paramgen_curve:P-256")));
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                         path(QStringLiteral("ek-ec.pem")), QStringLiteral("-outform"), QStringLiteral("DER"),
                         QStringLiteral("-out"), path(QStringLiteral("ek-ec.spki"))}));
        const QByteArray spki = readFile(path(QStringLiteral("ek-ec.spki")));
        TPM2B_PUBLIC pub = tpm::ekTemplateEccP256();
        std::memcpy(pub.publicArea.unique.ecc.x.buffer, spki.constData() + spki.size() - 64, 32);
        std::memcpy(pub.publicArea.unique.ecc.y.buffer, spki.constData() + spki.size() - 32, 32);
        m_ekPublic = tpm::marshalPublic(pub);
    }

    void tcgVendorIds()
    {
        QCOMPARE(crypto::tcgManufacturer(QStringLiteral("id:4E544300"), {}), QStringLiteral("NTC"));
        QCOMPARE(crypto::tcgManufacturer(QStringLiteral("id:494E5443"), {}), QStringLiteral("INTC"));
        QCOMPARE(crypto::tcgManufacturer(QStringLiteral("id:53544D20"), {}),
                 QStringLiteral("STM")); // space-padded
        QCOMPARE(crypto::tcgManufacturer(QStringLiteral("ID:49424d00"), {}), QStringLiteral("IBM"));
        QVERIFY(crypto::tcgManufacturer(QStringLiteral("NTC"), {}).isEmpty());
        QVERIFY(crypto::tcgManufacturer(QStringLiteral("id:4E5443"), {}).isEmpty());   // three bytes
        QVERIFY(crypto::tcgManufacturer(QStringLiteral("id:4E54430G"), {}).isEmpty()); // not hex
        QVERIFY(crypto::tcgManufacturer(QStringLiteral("id:00001014"), {}).isEmpty()); // not ASCII
        // swtpm_setup's PCI vendor ID for IBM, only with swtpm's model, and said so.
        QString note;
        QCOMPARE(crypto::tcgManufacturer(QStringLiteral("id:00001014"), QStringLiteral("swtpm"), &note),
                 QStringLiteral("IBM"));
        QVERIFY(note.contains(QStringLiteral("0x1014")));
    }

    void sanAttributesInOneOrSeveralRdns()
    {
        for (bool multi : {true, false}) {
            test::EkCertOptions o;
            o.multiValuedRdn = multi;
            const QString name = multi ? QStringLiteral("multi") : QStringLiteral("separate");
            const QByteArray der = m_ec->issueEk(path(QStringLiteral("ek-rsa.pem")), name, o);
            QVERIFY2(!der.isEmpty(), qPrintable(m_ec->error()));
            // The oracle: openssl prints a multi-valued RDN joined by '+', separate RDNs by '/'.
            const QString san = x509Text(path(QStringLiteral("ec/") + name + QStringLiteral(".der")),
                                         QStringLiteral("-ext=subjectAltName"));
            QVERIFY2(san.contains(QStringLiteral("critical")), qPrintable(san));
            QCOMPARE(san.contains(QStringLiteral("+2.23.133.2")), multi);
            const auto check = crypto::verifyEkCertificateFile(der, trust(*m_ec));
            QVERIFY2(check.verdict == CertVerdict::Trusted, qPrintable(check.detail));
            QVERIFY(check.tpm.has_value());
            QCOMPARE(check.tpm->manufacturerId, QStringLiteral("id:49424D00"));
            QCOMPARE(check.tpm->manufacturer, QStringLiteral("IBM"));
            QCOMPARE(check.tpm->model, QStringLiteral("swtpm"));
            QCOMPARE(check.tpm->version, QStringLiteral("id:20191023"));
            QVERIFY(check.subject.isEmpty());
            QVERIFY(check.ekEku);
        }
    }

    void ecdsaCaOverRsaEk()
    {
        const QByteArray der = m_ec->issueEk(path(QStringLiteral("ek-rsa.pem")), QStringLiteral("ecdsa"));
        QVERIFY(opensslVerifies(*m_ec, path(QStringLiteral("ec/ecdsa.der"))));
        const auto check = crypto::verifyEkCertificateFile(der, trust(*m_ec));
        QVERIFY2(check.verdict == CertVerdict::Trusted, qPrintable(check.detail));
        QCOMPARE(check.keyAlgorithm, QStringLiteral("RSA-2048"));
        QCOMPARE(check.signatures,
                 QStringList({QStringLiteral("ecdsa-with-SHA256"), QStringLiteral("ecdsa-with-SHA256")}));
        QCOMPARE(check.chain.size(), 2); // intermediate, then the root
        QVERIFY(check.chain.at(1).subject.contains(m_ec->rootName()));
        QVERIFY(check.chain.at(1).name.isEmpty()); // a test CA: not in the manifest of known vendor CAs
        QVERIFY(!check.keyCompared);
        QVERIFY(crypto::certCheckMessage(check).contains(QStringLiteral("offline")));
        // Without the intermediate (roots only), no chain.
        QDir tmp(path(QStringLiteral("rootonly")));
        QVERIFY(tmp.mkpath(QStringLiteral(".")));
        QVERIFY(QFile::copy(m_ec->rootPem(), tmp.filePath(QStringLiteral("root.pem"))));
        crypto::CertTrust t;
        t.rootsDir = tmp.path();
        QCOMPARE(crypto::verifyEkCertificateFile(der, t).verdict, CertVerdict::UntrustedIssuer);
    }

    void sha1AndRsaPssSignaturesAreAccepted()
    {
        test::EkCertOptions sha1;
        sha1.digest = QStringLiteral("sha1");
        test::EkCertOptions pss;
        pss.pss = true;
        const QByteArray a = m_rsa->issueEk(path(QStringLiteral("ek-rsa.pem")), QStringLiteral("sha1"), sha1);
        const QByteArray b = m_rsa->issueEk(path(QStringLiteral("ek-rsa.pem")), QStringLiteral("pss"), pss);
        QVERIFY2(!a.isEmpty() && !b.isEmpty(), qPrintable(m_rsa->error()));
        QVERIFY(x509Text(path(QStringLiteral("rsa/sha1.der")), QStringLiteral("-text"))
                    .contains(QStringLiteral("sha1WithRSAEncryption")));
        QVERIFY(x509Text(path(QStringLiteral("rsa/pss.der")), QStringLiteral("-text"))
                    .contains(QStringLiteral("rsassaPss")));
        QVERIFY(opensslVerifies(*m_rsa, path(QStringLiteral("rsa/sha1.der"))));
        QVERIFY(opensslVerifies(*m_rsa, path(QStringLiteral("rsa/pss.der"))));
        auto check = crypto::verifyEkCertificateFile(a, trust(*m_rsa));
        QVERIFY2(check.verdict == CertVerdict::Trusted, qPrintable(check.detail));
        QCOMPARE(check.signatures.first(), QStringLiteral("sha1WithRSAEncryption"));
        check = crypto::verifyEkCertificateFile(b, trust(*m_rsa));
        QVERIFY2(check.verdict == CertVerdict::Trusted, qPrintable(check.detail));
        QCOMPARE(check.signatures.first(), QStringLiteral("rsassaPss"));
        // A byte changed in a signed PSS certificate is caught.
        QByteArray tampered = b;
        tampered[tampered.indexOf("swtpm")] = 'S';
        QCOMPARE(crypto::verifyEkCertificateFile(tampered, trust(*m_rsa)).verdict,
                 CertVerdict::UntrustedIssuer);
    }

    void signingOnlyCertificateIsNotAnEkCertificate()
    {
        test::EkCertOptions o;
        o.keyUsage = QStringLiteral("digitalSignature");
        const QByteArray der = m_ec->issueEk(path(QStringLiteral("ek-ec.pem")), QStringLiteral("signing"), o);
        QVERIFY(opensslVerifies(*m_ec, path(QStringLiteral("ec/signing.der")))); // the chain itself is fine
        auto check = crypto::verifyEkCertificateFile(der, trust(*m_ec));
        QCOMPARE(check.verdict, CertVerdict::NotEndorsementKey);
        QVERIFY(check.detail.contains(QStringLiteral("signing only")));
        check = crypto::verifyEkCertificate(der, m_ekPublic, trust(*m_ec));
        QCOMPARE(crypto::certVerdictKey(check.verdict), QStringLiteral("not-ek"));
        // keyAgreement is an ECC EK's usage: accepted.
        o.keyUsage = QStringLiteral("keyAgreement");
        const QByteArray agreement =
            m_ec->issueEk(path(QStringLiteral("ek-ec.pem")), QStringLiteral("agree"), o);
        QCOMPARE(crypto::verifyEkCertificate(agreement, m_ekPublic, trust(*m_ec)).verdict,
                 CertVerdict::Trusted);
    }

    void sanManufacturerIsComparedWithTheTpms()
    {
        test::EkCertOptions ntc;
        ntc.manufacturerId = QStringLiteral("id:4E544300");
        ntc.model = QStringLiteral("NPCT75x");
        const QByteArray ibmCert = m_ec->issueEk(path(QStringLiteral("ek-ec.pem")), QStringLiteral("ibm"));
        const QByteArray ntcCert =
            m_ec->issueEk(path(QStringLiteral("ek-ec.pem")), QStringLiteral("ntc"), ntc);
        QCOMPARE(
            crypto::verifyEkCertificate(ibmCert, m_ekPublic, trust(*m_ec, QStringLiteral("IBM"))).verdict,
            CertVerdict::Trusted);
        const auto check =
            crypto::verifyEkCertificate(ntcCert, m_ekPublic, trust(*m_ec, QStringLiteral("IBM")));
        QCOMPARE(check.verdict, CertVerdict::ManufacturerMismatch);
        QCOMPARE(check.tpmManufacturerReported, QStringLiteral("IBM"));
        const QString message = crypto::certCheckMessage(check);
        QVERIFY2(message.contains(QStringLiteral("NTC")) && message.contains(QStringLiteral("IBM")),
                 qPrintable(message));
        QVERIFY(check.detail.contains(QStringLiteral("id:4E544300")));
        QVERIFY(crypto::certifiesKey(check.verdict));
        // Unknown TPM manufacturer: nothing to compare.
        QCOMPARE(crypto::verifyEkCertificate(ntcCert, m_ekPublic, trust(*m_ec)).verdict,
                 CertVerdict::Trusted);
        // Precedence: an untrusted chain is reported before the manufacturer.
        crypto::CertTrust none;
        none.tpmManufacturer = QStringLiteral("IBM");
        QCOMPARE(crypto::verifyEkCertificate(ntcCert, m_ekPublic, none).verdict,
                 CertVerdict::UntrustedIssuer);
    }

    void rsaOaepIdentifierIsRewrittenAndTheSignatureStillCounts()
    {
        const QByteArray der = m_ec->issueEk(path(QStringLiteral("ek-rsa.pem")), QStringLiteral("plain"));
        QVERIFY(!crypto::hasRsaOaepSpki(der));
        QVERIFY(!crypto::withRsaEncryptionSpki(der).has_value());
        QVERIFY(!crypto::withRsaEncryptionSpki("garbage").has_value());
        // The rsaEncryption OID (…01 01 01) turned into RSAES-OAEP (…01 01 07), NULL parameters kept.
        const QByteArray rsaEncryption = QByteArray::fromHex("06092a864886f70d0101010500");
        QCOMPARE(der.count(rsaEncryption), 1);
        QByteArray oaep = der;
        oaep.replace(rsaEncryption, QByteArray::fromHex("06092a864886f70d0101070500"));
        QVERIFY(crypto::hasRsaOaepSpki(oaep));
        QCOMPARE(*crypto::withRsaEncryptionSpki(oaep), der);
        // The oracle: OpenSSL 3.0 cannot load such a key.
        QVERIFY(test::writeFile(path(QStringLiteral("oaep.der")), oaep));
        const test::ToolRun pub = runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
             path(QStringLiteral("oaep.der")), QStringLiteral("-noout"), QStringLiteral("-pubkey")});
        QVERIFY(!pub.ok() || !pub.out.contains("BEGIN PUBLIC KEY"));
        // Its signature covers the rsaEncryption bytes, not these: the verifier checks the bytes as issued.
        const auto check = crypto::verifyEkCertificateFile(oaep, trust(*m_ec));
        QCOMPARE(check.verdict, CertVerdict::UntrustedIssuer);
        QVERIFY2(check.detail.contains(QStringLiteral("signature")), qPrintable(check.detail));
        QVERIFY(check.rsaOaepKey);
        QCOMPARE(check.keyAlgorithm, QStringLiteral("RSA-2048"));
    }

    void caDirectoryReview()
    {
        const QString dir = path(QStringLiteral("review"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/vendor/sub")));
        QVERIFY(QFile::copy(m_ec->rootPem(), dir + QStringLiteral("/vendor/root.pem")));
        QVERIFY(QFile::copy(m_ec->intermediatePem(), dir + QStringLiteral("/vendor/sub/int.pem")));
        QVERIFY(QFile::copy(path(QStringLiteral("ec/plain.der")), dir + QStringLiteral("/ek.der")));
        QVERIFY(test::writeFile(dir + QStringLiteral("/README.txt"), "not a certificate"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        crypto::CaDirectory loaded = crypto::loadCaDirectory(dir, now);
        QCOMPARE(int(loaded.certificates.size()), 3); // subdirectories included, the README ignored
        QVERIFY(loaded.hasIssue(crypto::CaIssue::NotCa));
        QVERIFY(loaded.hasIssue(crypto::CaIssue::Unknown));
        QVERIFY(!loaded.hasIssue(crypto::CaIssue::Expired));
        for (const crypto::CaProblem& p : std::as_const(loaded.problems))
            if (p.issue == crypto::CaIssue::NotCa) {
                QVERIFY(p.file.endsWith(QStringLiteral("/ek.der")));
                QVERIFY(p.message.contains(QStringLiteral("not a CA certificate")));
                QVERIFY(p.message.contains(QStringLiteral("(empty subject)")));
            }
        // Four years on, the ten-year fixture CAs are valid still; a one-day CA has expired.
        test::VendorCaFixture shortLived(path(QStringLiteral("short")), QStringLiteral("Short Vendor"),
                                         QStringLiteral("ec"), 1);
        QVERIFY2(shortLived.ok(), qPrintable(shortLived.error()));
        loaded = crypto::loadCaDirectory(shortLived.rootsDir(), now.addDays(3));
        QVERIFY(loaded.hasIssue(crypto::CaIssue::Expired));
        QVERIFY(loaded.problems.first().message.contains(QStringLiteral("expired on")));
        // The verdict on a certificate issued under it, then: expired.
        const QByteArray der = shortLived.issueEk(path(QStringLiteral("ek-rsa.pem")), QStringLiteral("late"));
        crypto::CertTrust t;
        t.rootsDir = shortLived.rootsDir();
        t.at = now.addDays(3);
        QCOMPARE(crypto::verifyEkCertificateFile(der, t).verdict, CertVerdict::Expired);
        // Certificates that are not CAs never become anchors: the EK certificate alone anchors nothing.
        t.rootsDir = dir + QStringLiteral("/vendor");
        t.at.reset();
        QCOMPARE(crypto::verifyEkCertificateFile(der, t).verdict, CertVerdict::UntrustedIssuer);
    }

    void manifestFormat()
    {
        const QList<crypto::VendorCa>& shipped = crypto::vendorCaManifest();
        QVERIFY(shipped.size() >= 372);
        QSet<QString> fingerprints;
        for (const crypto::VendorCa& ca : shipped)
            fingerprints.insert(ca.sha256);
        QCOMPARE(fingerprints.size(), shipped.size());
        QCOMPARE(crypto::findVendorCa(shipped.first().sha256.toUpper()), &shipped.first());
        QVERIFY(!crypto::findVendorCa(QString(64, QLatin1Char('0'))));
        // The TSV as shipped, parsed by the same function.
        QFile f(qEnvironmentVariable("STATION_SOURCE_DIR") +
                QStringLiteral("/core/crypto/data/tpm-vendor-cas.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(crypto::parseVendorCaManifest(f.readAll())->size(), shipped.size());

        const QByteArray header = "sha256\tvendor\trole\tname\tkey\tnot_after\n";
        const QByteArray good =
            QByteArray(64, 'a') + "\tAcme\troot\tAcme TPM Root CA\tRSA-2048\t2040-01-01\n";
        QCOMPARE(crypto::parseVendorCaManifest("# comment\n" + header + good)->size(), 1);
        const auto refused = [](const QByteArray& tsv, const QString& expected) {
            auto r = crypto::parseVendorCaManifest(tsv);
            return !r && r.error().contains(expected);
        };
        QVERIFY(refused(good, QStringLiteral("header")));
        QVERIFY(refused(header + "abc\tAcme\troot\tX\tRSA-2048\t2040-01-01\n", QStringLiteral("line 2")));
        QVERIFY(refused(header + QByteArray(64, 'a') + "\tAcme\tleaf\tX\tk\td\n", QStringLiteral("role")));
        QVERIFY(refused(header + QByteArray(64, 'a') + "\tAcme\troot\n", QStringLiteral("3 fields")));
        QVERIFY(refused({}, QStringLiteral("no header")));
    }

    void newVerdictKeysRoundTrip()
    {
        for (CertVerdict v : {CertVerdict::ManufacturerMismatch, CertVerdict::NotEndorsementKey}) {
            QCOMPARE(crypto::certVerdictFromKey(crypto::certVerdictKey(v)), std::optional<CertVerdict>(v));
            QVERIFY(!crypto::certVerdictMessage(v).isEmpty());
            QVERIFY(crypto::certifiesKey(v));
        }
        QCOMPARE(crypto::certVerdictKey(CertVerdict::ManufacturerMismatch),
                 QStringLiteral("manufacturer-mismatch"));
        QVERIFY(!crypto::certifiesKey(CertVerdict::KeyMismatch));
        QVERIFY(!crypto::certifiesKey(CertVerdict::Malformed));
    }
};

STATION_TEST_GUILESS_MAIN(TestTcgEkProfile)
#include "TestTcgEkProfile.moc"
