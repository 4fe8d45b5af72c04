// Real EK certificates of real TPMs (Google vTPM, Intel PTT, Nuvoton), verified offline against the real
// vendor CAs, read at run time from STATION_VENDOR_CERTS (../shared/tpm-vendor-certs; never copied into
// the repository; without it CTest lists this test as disabled). Each certificate gets the verdict it
// deserves, with the reason next to it. Oracles: `openssl verify` for the chains OpenSSL can build,
// `openssl dgst -verify` for the RSAES-OAEP certificate's signature (OpenSSL cannot load its key),
// `openssl asn1parse` for its modulus, `openssl x509` for key usages, Python's hashlib for the CA
// fingerprints the manifest records.
#include "TestMain.h"
#include "TestSupport.h"
#include "VendorLeaves.h"

#include "core/crypto/CaDirectory.h"
#include "core/crypto/EkCertificate.h"
#include "core/crypto/VendorCaManifest.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpmwire/PublicArea.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

using namespace tps;
using crypto::CertVerdict;
using test::readFile;
using test::runTool;

namespace {
using test::Expected;
using test::kLeaves;
const QDateTime kAt = test::kVendorLeavesAt;
} // namespace

class TestVendorEkCertificates : public QObject
{
    Q_OBJECT
private:
    QString m_data;
    QTemporaryDir m_tmp;
    std::shared_ptr<const crypto::CaDirectory> m_roots;

    QString roots() const { return m_data + QStringLiteral("/roots"); }
    QString leaf(const QString& name) const { return m_data + QStringLiteral("/leaf/") + name; }
    crypto::CertTrust trust(const QString& manufacturer = {}) const
    {
        crypto::CertTrust t;
        t.rootsDir = roots();
        t.roots = m_roots;
        t.at = kAt;
        t.tpmManufacturer = manufacturer;
        return t;
    }
    static QByteArray der(const QString& path)
    {
        return crypto::trimCertificateDer(readFile(path)).value_or(QByteArray());
    }
    // The three top-level items of a DER certificate: tbsCertificate, signatureAlgorithm, signatureValue.
    static QList<QByteArray> topLevel(const QByteArray& d)
    {
        QList<QByteArray> items;
        qsizetype pos = 4; // 30 82 xx xx
        while (pos < d.size()) {
            const int lenBytes = quint8(d[pos + 1]) & 0x80 ? quint8(d[pos + 1]) & 0x7F : 0;
            qsizetype len = lenBytes ? 0 : quint8(d[pos + 1]);
            for (int i = 0; i < lenBytes; ++i)
                len = (len << 8) | quint8(d[pos + 2 + i]);
            items.append(d.mid(pos, 2 + lenBytes + len));
            pos += 2 + lenBytes + len;
        }
        return items;
    }

private slots:
    void initTestCase()
    {
        m_data = qEnvironmentVariable("STATION_VENDOR_CERTS");
        QVERIFY2(QFileInfo(m_data + QStringLiteral("/leaf")).isDir(),
                 "STATION_VENDOR_CERTS must name the vendor certificate directory (CTest sets it)");
        QVERIFY(m_tmp.isValid());
        m_roots = std::make_shared<crypto::CaDirectory>(crypto::loadCaDirectory(roots(), kAt));
        QVERIFY(m_roots->certificates.size() >= 372 * 2); // the vendor folders and the two bundles
        QVERIFY(!m_roots->hasIssue(crypto::CaIssue::NotCa));
    }

    void everyLeafGetsTheVerdictItDeserves()
    {
        for (const Expected& e : kLeaves) {
            const QString name = QString::fromLatin1(e.file);
            const QByteArray d = der(leaf(name));
            QVERIFY2(!d.isEmpty(), e.file);
            const crypto::CertCheck c = crypto::verifyEkCertificateFile(d, trust());
            QVERIFY2(c.verdict == e.verdict,
                     qPrintable(QStringLiteral("%1: %2 (%3), expected %4 because %5")
                                    .arg(name, crypto::certVerdictKey(c.verdict), c.detail,
                                         crypto::certVerdictKey(e.verdict), QLatin1String(e.why))));
            QCOMPARE(c.tpm ? c.tpm->manufacturer : QString(), QString::fromLatin1(e.manufacturer));
            QCOMPARE(c.keyAlgorithm, QString::fromLatin1(e.key));
            QVERIFY2(!c.chain.isEmpty(), e.file);
            for (const crypto::ChainCa& ca : c.chain) // every CA on the way is a known vendor CA
                QVERIFY2(!ca.name.isEmpty(), qPrintable(ca.subject));
        }
    }

    void opensslAgreesOnTheChains()
    {
        // openssl verify builds the same chains (it does not judge key usage: the signing-key certificates
        // pass it too, which is why not-ek is our TCG rule); it cannot handle the RSAES-OAEP certificate.
        for (const Expected& e : kLeaves) {
            const QString name = QString::fromLatin1(e.file);
            const QString pem = m_tmp.filePath(QFileInfo(name).fileName() + QStringLiteral(".pem"));
            QVERIFY(runTool(QStringLiteral("openssl"),
                            {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                             QStringLiteral("-in"), leaf(name), QStringLiteral("-out"), pem})
                        .ok());
            const test::ToolRun v = runTool(
                QStringLiteral("openssl"),
                {QStringLiteral("verify"), QStringLiteral("-attime"), QString::number(kAt.toSecsSinceEpoch()),
                 QStringLiteral("-CAfile"), roots() + QStringLiteral("/all_roots.pem"),
                 QStringLiteral("-untrusted"), roots() + QStringLiteral("/all_intermediates.pem"), pem});
            const bool oaep = name.contains(QStringLiteral("root2010"));
            QVERIFY2(v.ok() == !oaep, qPrintable(name + QLatin1Char(' ') + QString::fromUtf8(v.out + v.err)));
            const QString usage = QString::fromUtf8(
                runTool(QStringLiteral("openssl"),
                        {QStringLiteral("x509"), QStringLiteral("-in"), pem, QStringLiteral("-noout"),
                         QStringLiteral("-ext"), QStringLiteral("keyUsage")})
                    .out);
            if (e.verdict == CertVerdict::NotEndorsementKey)
                QVERIFY2(usage.contains(QStringLiteral("Digital Signature")) &&
                             !usage.contains(QStringLiteral("Encipherment")) &&
                             !usage.contains(QStringLiteral("Key Agreement")),
                         qPrintable(name + usage));
        }
    }

    void paddedNvDumpIsCutAtTheDerLength()
    {
        const QByteArray raw = readFile(leaf(QStringLiteral("nuvoton/ntc_root2010_hirs_padded_bytes.raw")));
        const QByteArray plain = readFile(leaf(QStringLiteral("nuvoton/ntc_root2010_hirs_padded_bytes.der")));
        QVERIFY(raw.size() > plain.size());
        QCOMPARE(*crypto::trimCertificateDer(raw), plain);
        QVERIFY(raw.startsWith(plain));
    }

    void rsaOaepCertificateSignatureAndKey()
    {
        const QByteArray d = readFile(leaf(QStringLiteral("nuvoton/ntc_root2010_hirs_padded_bytes.der")));
        QVERIFY(crypto::hasRsaOaepSpki(d));
        // Oracle 1: the signature as issued verifies with Nuvoton TPM Root CA 2010's key (SHA-1, PKCS#1
        // v1.5).
        const QList<QByteArray> items = topLevel(d);
        QCOMPARE(items.size(), 3);
        const QByteArray bits = items.at(2); // 03 82 01 01 00 || signature
        QVERIFY(test::writeFile(m_tmp.filePath(QStringLiteral("tbs.der")), items.at(0)));
        QVERIFY(test::writeFile(m_tmp.filePath(QStringLiteral("sig.bin")), bits.mid(5)));
        const QString rootPem =
            roots() + QStringLiteral("/nuvoton/root_Nuvoton_TPM_Root_CA_2010_970b1cb0.pem");
        const test::ToolRun pub =
            runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), rootPem,
                                                QStringLiteral("-noout"), QStringLiteral("-pubkey")});
        QVERIFY(pub.ok() && test::writeFile(m_tmp.filePath(QStringLiteral("root2010.pub")), pub.out));
        const test::ToolRun dgst =
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("dgst"), QStringLiteral("-sha1"), QStringLiteral("-verify"),
                     m_tmp.filePath(QStringLiteral("root2010.pub")), QStringLiteral("-signature"),
                     m_tmp.filePath(QStringLiteral("sig.bin")), m_tmp.filePath(QStringLiteral("tbs.der"))});
        QVERIFY2(dgst.ok() && dgst.out.contains("Verified OK"), dgst.out + dgst.err);

        // Oracle 2: openssl asn1parse reads the modulus out of the SPKI's BIT STRING; the TPM's EK with
        // that modulus (L-1 template, exponent 65537) is the certificate's key, any other is not.
        const test::ToolRun outer = runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("asn1parse"), QStringLiteral("-inform"), QStringLiteral("DER"),
             QStringLiteral("-in"), leaf(QStringLiteral("nuvoton/ntc_root2010_hirs_padded_bytes.der"))});
        const auto bitString = QRegularExpression(QStringLiteral("^\\s*(\\d+):d=3 .*BIT STRING"),
                                                  QRegularExpression::MultilineOption)
                                   .match(QString::fromUtf8(outer.out));
        QVERIFY2(bitString.hasMatch(), outer.out.constData());
        const test::ToolRun inner = runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("asn1parse"), QStringLiteral("-inform"), QStringLiteral("DER"),
             QStringLiteral("-in"), leaf(QStringLiteral("nuvoton/ntc_root2010_hirs_padded_bytes.der")),
             QStringLiteral("-strparse"), bitString.captured(1)});
        const auto ints = QRegularExpression(QStringLiteral("INTEGER\\s*:([0-9A-F]+)"))
                              .globalMatch(QString::fromUtf8(inner.out));
        QVERIFY(ints.hasNext());
        const QByteArray modulus = QByteArray::fromHex(ints.peekNext().captured(1).toLatin1());
        QCOMPARE(modulus.size(), 256);
        TPM2B_PUBLIC ek = tpm::ekTemplateRsa2048();
        std::memcpy(ek.publicArea.unique.rsa.buffer, modulus.constData(), 256);
        crypto::CertCheck c =
            crypto::verifyEkCertificate(d, tpm::marshalPublic(ek), trust(QStringLiteral("NTC")));
        QVERIFY2(c.verdict == CertVerdict::Trusted, qPrintable(c.detail));
        QVERIFY(c.rsaOaepKey && c.keyCompared);
        QCOMPARE(c.signatures, QStringList{QStringLiteral("sha1WithRSAEncryption")});
        ek.publicArea.unique.rsa.buffer[100] ^= 0x01;
        QCOMPARE(crypto::verifyEkCertificate(d, tpm::marshalPublic(ek), trust()).verdict,
                 CertVerdict::KeyMismatch);

        // A changed byte in the signed part (the model "NPCT6xx") is caught although OpenSSL verifies the
        // rewritten certificate for us.
        QByteArray tampered = d;
        const qsizetype at = tampered.indexOf("NPCT6xx");
        QVERIFY(at > 0);
        tampered[at + 5] = 'y';
        c = crypto::verifyEkCertificateFile(tampered, trust());
        QCOMPARE(c.verdict, CertVerdict::UntrustedIssuer);
        QVERIFY2(c.detail.contains(QStringLiteral("signature")), qPrintable(c.detail));
    }

    void manufacturerComparisonAndExpiry()
    {
        const QByteArray ntc = der(leaf(QStringLiteral("nuvoton/ntc_root2111_guard_sr630.der")));
        QCOMPARE(crypto::verifyEkCertificateFile(ntc, trust(QStringLiteral("NTC"))).verdict,
                 CertVerdict::Trusted);
        const crypto::CertCheck c = crypto::verifyEkCertificateFile(ntc, trust(QStringLiteral("IFX")));
        QCOMPARE(c.verdict, CertVerdict::ManufacturerMismatch);
        QVERIFY(crypto::certCheckMessage(c).contains(QStringLiteral("NTC")));
        QVERIFY(crypto::certCheckMessage(c).contains(QStringLiteral("IFX")));
        // Nuvoton TPM Root CA 2010 expires 2035-04-19; its EK certificate (until 2036) is expired after.
        crypto::CertTrust later = trust();
        later.roots.reset();
        later.at = QDateTime(QDate(2035, 6, 1), QTime(0, 0), Qt::UTC);
        const QByteArray oaep = der(leaf(QStringLiteral("nuvoton/ntc_root2010_hirs_padded_bytes.der")));
        QCOMPARE(crypto::verifyEkCertificateFile(oaep, later).verdict, CertVerdict::Expired);
    }

    void manifestRecognisesEveryVendorCa()
    {
        // Oracle: Python's hashlib over the base64 of each PEM file in roots/<vendor>/.
        const QString script = QStringLiteral(
            "import base64,hashlib,pathlib,sys\n"
            "for p in sorted(pathlib.Path(sys.argv[1]).glob('*/*.pem')):\n"
            "    b=p.read_text().split('-----')[2]\n"
            "    print(p.parent.name, hashlib.sha256(base64.b64decode(''.join(b.split()))).hexdigest())\n");
        const test::ToolRun py = runTool(QStringLiteral("python3"), {QStringLiteral("-c"), script, roots()});
        QVERIFY2(py.ok(), py.err.constData());
        const QList<QByteArray> lines = py.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 372);
        for (const QByteArray& line : lines) {
            const QList<QByteArray> f = line.split(' ');
            const crypto::VendorCa* known = crypto::findVendorCa(QString::fromLatin1(f.at(1)));
            QVERIFY2(known, line.constData());
            QVERIFY2(known->vendor.toLower().startsWith(QString::fromLatin1(f.at(0)).left(3)),
                     line.constData());
        }
        // The issue's example, as the roots directory review shows it.
        const crypto::CaDirectory infineon =
            crypto::loadCaDirectory(roots() + QStringLiteral("/infineon"), kAt);
        const auto it =
            std::find_if(infineon.certificates.cbegin(), infineon.certificates.cend(), [](const auto& c) {
                return c.file.endsWith(QStringLiteral("root_Infineon_OPTIGA_TM_RSA_Root_CA_899e3547.pem"));
            });
        QVERIFY(it != infineon.certificates.cend());
        QCOMPARE(crypto::caDisplayName(*it), QStringLiteral("Infineon OPTIGA(TM) RSA Root CA (Infineon)"));
        QCOMPARE(it->known->role, QStringLiteral("root"));
        QVERIFY(!infineon.hasIssue(crypto::CaIssue::Unknown));
        // Real expired CAs: Infineon TPM CA 008 (2018) and IFX TPM EK Intermediate CA 01 (2025).
        QStringList expired;
        for (const crypto::CaProblem& p : infineon.problems)
            if (p.issue == crypto::CaIssue::Expired)
                expired << QFileInfo(p.file).fileName();
        QCOMPARE(expired, QStringList({QStringLiteral("int_IFX_TPM_EK_Intermediate_CA_01_10ef2285.pem"),
                                       QStringLiteral("root_Infineon_TPM_CA_008_2f933443.pem")}));
    }

    void cliVerifiesTheLeavesAlike()
    {
        QStringList args{
            QStringLiteral("ek"),   QStringLiteral("verify"),  QStringLiteral("--roots"), roots(),
            QStringLiteral("--at"), kAt.toString(Qt::ISODate), QStringLiteral("--json")};
        for (const Expected& e : kLeaves)
            args << leaf(QString::fromLatin1(e.file));
        const test::ToolRun r = runTool(test::cliPath(), args);
        QCOMPARE(r.exitCode, 1); // not every file is a trusted EK certificate
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonArray results = doc.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), int(std::size(kLeaves)));
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject o = results.at(i).toObject();
            QCOMPARE(o.value(QStringLiteral("certificate")).toString(),
                     crypto::certVerdictKey(kLeaves[i].verdict));
            QCOMPARE(o.value(QStringLiteral("tpmManufacturer")).toString(),
                     QString::fromLatin1(kLeaves[i].manufacturer));
        }
        const QJsonObject raw = results.last().toObject();
        QVERIFY(raw.value(QStringLiteral("trimmed")).toBool());
        QVERIFY(raw.value(QStringLiteral("rsaOaepKey")).toBool());
        QCOMPARE(raw.value(QStringLiteral("chain"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Nuvoton TPM Root CA 2010"));
        // The expired Infineon CAs are flagged, on standard error and in the JSON.
        QVERIFY(r.err.contains("Infineon TPM CA 008"));
        QVERIFY(doc.value(QStringLiteral("warnings")).toArray().size() >= 2);
        // Only EK certificates, matching manufacturer: exit 0.
        const test::ToolRun ok =
            runTool(test::cliPath(),
                    {QStringLiteral("ek"), QStringLiteral("verify"), QStringLiteral("--roots"),
                     roots() + QStringLiteral("/nuvoton"), QStringLiteral("--tpm-manufacturer"),
                     QStringLiteral("NTC"), leaf(QStringLiteral("nuvoton/ntc_root2111_guard_sr630.der")),
                     leaf(QStringLiteral("nuvoton/ntc_root2010_hirs_padded_bytes.raw"))});
        QVERIFY2(ok.ok(), ok.out + ok.err);
        QCOMPARE(ok.out.count(": trusted — "), 2);
    }
};

STATION_TEST_GUILESS_MAIN(TestVendorEkCertificates)
#include "TestVendorEkCertificates.moc"
