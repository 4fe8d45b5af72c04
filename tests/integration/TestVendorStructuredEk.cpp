// Step 2 on real swtpm devices whose EK certificates were re-issued by a test CA that mimics a TPM vendor's
// structure (tests/support/VendorCaFixture: ECDSA P-384 root and intermediate, empty subject, critical
// SAN with the TPM manufacturer attributes as one multi-valued RDN, subjectDirectoryAttributes with the
// TPM specification, EKU 2.23.133.8.1) and written into the EK certificate NV index with tpm2-tools, as a
// vendor's factory does. The step runs after step 1, whose "tpm.manufacturer" (swtpm reports IBM) the
// SAN's manufacturer is compared with. Oracles: tpm2-tools (NV contents, TPM_PT_MANUFACTURER, the EK
// public keys) and `openssl verify` / `openssl x509` for the certificates.
#include "TestMain.h"
#include "TestSupport.h"
#include "VendorCaFixture.h"

#include "core/crypto/EkCertificate.h"
#include "core/timeline/MemoryDeviceRecords.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpm/TpmSession.h"
#include "stations/EkExtractedStation.h"
#include "stations/TpmInstalledStation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::timeline;
using test::readFile;

namespace {
QString hex(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
}
} // namespace

class TestVendorStructuredEk : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet; // 0: IBM certificate, 1: NTC certificate (mismatch)
    std::unique_ptr<test::VendorCaFixture> m_ca;
    QTemporaryDir m_dir;

    QString tcti(int i) const { return m_fleet->devices().at(i).tcti(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    QByteArray tool(const QString& program, const QStringList& args, const QString& tcti)
    {
        const test::ToolRun r = test::runTool(program, args, tcti);
        if (!r.ok())
            qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                     r.err.constData());
        return r.ok() ? r.out : QByteArray("<failed>");
    }
    // The EK persisted by swtpm_setup, as PEM (tpm2_readpublic is the oracle for the key).
    QString ekPem(int device, quint32 handle)
    {
        const QString pem = file(QStringLiteral("ek-%1-%2.pem").arg(device).arg(handle, 0, 16));
        tool(QStringLiteral("tpm2_readpublic"),
             {QStringLiteral("-c"), hex(handle), QStringLiteral("-f"), QStringLiteral("pem"),
              QStringLiteral("-o"), pem},
             tcti(device));
        return pem;
    }
    // The certificate written into the EK certificate index as a vendor's factory does (platform
    // hierarchy, ppwrite, readable by owner and index authorization).
    bool writeCertificate(int device, quint32 index, const QByteArray& der)
    {
        const QString path = file(QStringLiteral("nv-%1-%2.der").arg(device).arg(index, 0, 16));
        if (der.isEmpty() || !test::writeFile(path, der))
            return false;
        tool(QStringLiteral("tpm2_nvundefine"), {QStringLiteral("-C"), QStringLiteral("p"), hex(index)},
             tcti(device));
        tool(QStringLiteral("tpm2_nvdefine"),
             {hex(index), QStringLiteral("-C"), QStringLiteral("p"), QStringLiteral("-s"),
              QString::number(der.size()), QStringLiteral("-a"),
              QStringLiteral("ppwrite|ppread|ownerread|authread|no_da|platformcreate")},
             tcti(device));
        tool(QStringLiteral("tpm2_nvwrite"),
             {hex(index), QStringLiteral("-C"), QStringLiteral("p"), QStringLiteral("-i"), path},
             tcti(device));
        return tool(QStringLiteral("tpm2_nvread"), {hex(index), QStringLiteral("-C"), QStringLiteral("o")},
                    tcti(device)) == der;
    }
    ProductProfile profile(const QString& algorithm = QStringLiteral("rsa2048")) const
    {
        ProductProfile p;
        p.production = true; // the vendor CA is the only anchor: nothing of the simulation applies
        p.setSection(QStringLiteral("ek"), QJsonObject{{QStringLiteral("algorithm"), algorithm},
                                                       {QStringLiteral("rootsDir"), m_ca->rootsDir()}});
        return p;
    }
    // Step 1, then step 2 with step 1's result, as the engine runs them.
    StepResult runSteps(int device, const ProductProfile& profile, bool withStep1 = true)
    {
        auto session = tpm::TpmSession::open({tcti(device)});
        if (!session)
            return StepResult::failure(StepErrc::Tpm, session.error().operatorMessage(),
                                       session.error().technical());
        Device d;
        d.serial = QStringLiteral("VENDOR-%1").arg(device);
        d.simulated = false;
        d.tcti = tcti(device);
        AutoConfirmPrompts prompts;
        MemoryDeviceRecords records;
        const std::atomic<bool> cancel{false};
        QMap<StepId, StepResult> previous;
        if (withStep1) {
            StepContext c1{**session, d, profile, prompts, records, previous, cancel};
            stations::TpmInstalledStation step1;
            const StepResult r1 = step1.run(c1);
            if (!r1.passed())
                return r1;
            previous.insert(StepId::TpmInstalled, r1);
        }
        StepContext c2{**session, d, profile, prompts, records, previous, cancel};
        stations::EkExtractedStation step2;
        return step2.run(c2);
    }
    static QString value(const StepResult& r, const QString& name)
    {
        const Measurement* m = r.measurement(name);
        return m ? m->value.toString() : QStringLiteral("<none>");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_fleet = std::make_unique<test::TestFleet>(2);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_ca = std::make_unique<test::VendorCaFixture>(file(QStringLiteral("vendor")),
                                                       QStringLiteral("Test TPM Vendor"));
        QVERIFY2(m_ca->ok(), qPrintable(m_ca->error()));
        // The oracle for what step 1 will report: swtpm's TPM_PT_MANUFACTURER is "IBM".
        QVERIFY(tool(QStringLiteral("tpm2_getcap"), {QStringLiteral("properties-fixed")}, tcti(0))
                    .contains("value: \"IBM\""));

        QVERIFY(writeCertificate(0, tpm::kEkCertRsaIndex,
                                 m_ca->issueEk(ekPem(0, tpm::kEkRsaHandle), QStringLiteral("ibm-rsa"))));
        test::EkCertOptions ntc;
        ntc.manufacturerId = QStringLiteral("id:4E544300");
        ntc.model = QStringLiteral("NPCT75x");
        ntc.version = QStringLiteral("id:00070002");
        QVERIFY(writeCertificate(1, tpm::kEkCertRsaIndex,
                                 m_ca->issueEk(ekPem(1, tpm::kEkRsaHandle), QStringLiteral("ntc-rsa"), ntc)));
        // The high-range ECC P-384 EK swtpm_setup persisted, certified by the vendor CA as well.
        QVERIFY(writeCertificate(0, tpm::kEkCertH3Index,
                                 m_ca->issueEk(ekPem(0, tpm::kEkH3Handle), QStringLiteral("ibm-p384"))));
        QVERIFY(test::flushTransients(tcti(0)) && test::flushTransients(tcti(1)));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void vendorStructuredCertificatePassesStep2()
    {
        // The oracles on the certificate itself: openssl builds the chain and shows the TCG SAN.
        const QString pem = file(QStringLiteral("ibm-rsa.pem"));
        QVERIFY(test::runTool(QStringLiteral("openssl"),
                              {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                               QStringLiteral("-in"), file(QStringLiteral("vendor/ibm-rsa.der")),
                               QStringLiteral("-out"), pem})
                    .ok());
        QVERIFY(test::runTool(QStringLiteral("openssl"),
                              {QStringLiteral("verify"), QStringLiteral("-CAfile"), m_ca->rootPem(),
                               QStringLiteral("-untrusted"), m_ca->intermediatePem(), pem})
                    .ok());
        const QByteArray text = test::runTool(QStringLiteral("openssl"),
                                              {QStringLiteral("x509"), QStringLiteral("-in"), pem,
                                               QStringLiteral("-noout"), QStringLiteral("-subject"),
                                               QStringLiteral("-ext"), QStringLiteral("subjectAltName")})
                                    .out;
        QVERIFY2(text.contains("subject=\n") && text.contains("critical") && text.contains("id:49424D00"),
                 text.constData());

        const StepResult r = runSteps(0, profile());
        QVERIFY2(r.passed(), qPrintable(r.error ? r.error->technical : QString()));
        QCOMPARE(value(r, QStringLiteral("ek.certificate_verdict")), QStringLiteral("trusted"));
        QCOMPARE(value(r, QStringLiteral("ek.san_manufacturer")), QStringLiteral("IBM"));
        QCOMPARE(value(r, QStringLiteral("ek.san_manufacturer_id")), QStringLiteral("id:49424D00"));
        QCOMPARE(value(r, QStringLiteral("ek.san_model")), QStringLiteral("swtpm"));
        QCOMPARE(value(r, QStringLiteral("ek.san_version")), QStringLiteral("id:20191023"));
        QVERIFY(value(r, QStringLiteral("ek.certificate_root")).contains(m_ca->rootName()));
        QCOMPARE(value(r, QStringLiteral("dps.ready")), QStringLiteral("true"));
        // The certificate recorded is the one in NV, byte for byte (tpm2_nvread).
        QCOMPARE(r.artifact(QStringLiteral("ek-cert.der"))->data,
                 readFile(file(QStringLiteral("vendor/ibm-rsa.der"))));
        QCOMPARE(r.artifact(QStringLiteral("ek-cert.der"))->data,
                 tool(QStringLiteral("tpm2_nvread"),
                      {hex(tpm::kEkCertRsaIndex), QStringLiteral("-C"), QStringLiteral("o")}, tcti(0)));
    }

    void sanManufacturerDifferingFromTheTpmFailsStep2()
    {
        for (bool withStep1 : {true, false}) { // without step 1's measurement the TPM is asked
            const StepResult r = runSteps(1, profile(), withStep1);
            QVERIFY(!r.passed());
            QCOMPARE(r.outcome, Outcome::Fail);
            QCOMPARE(value(r, QStringLiteral("ek.certificate_verdict")),
                     QStringLiteral("manufacturer-mismatch"));
            QCOMPARE(value(r, QStringLiteral("ek.san_manufacturer")), QStringLiteral("NTC"));
            QVERIFY(r.error.has_value());
            QCOMPARE(r.error->code, StepErrc::Certificate);
            QVERIFY2(r.error->operatorMessage.contains(QStringLiteral("NTC")) &&
                         r.error->operatorMessage.contains(QStringLiteral("IBM")),
                     qPrintable(r.error->operatorMessage));
            QVERIFY2(r.error->technical.contains(QStringLiteral("id:4E544300")),
                     qPrintable(r.error->technical));
        }
        // The same through `ek show`, which reads the TPM's manufacturer itself.
        const test::ToolRun cli = test::runTool(
            test::cliPath(), {QStringLiteral("ek"), QStringLiteral("show"), QStringLiteral("--tcti"), tcti(1),
                              QStringLiteral("--roots"), m_ca->rootsDir(), QStringLiteral("--json")});
        QVERIFY2(cli.ok(), cli.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(cli.out).object();
        QCOMPARE(o.value(QStringLiteral("certificate")).toString(), QStringLiteral("manufacturer-mismatch"));
        QVERIFY(o.value(QStringLiteral("certificateMessage")).toString().contains(QStringLiteral("IBM")));
        QVERIFY(test::flushTransients(tcti(1)));
    }

    void highRangeP384EkRecordedButNotForDps()
    {
        const StepResult r = runSteps(0, profile(QStringLiteral("h3-ecc384")));
        QVERIFY2(r.passed(), qPrintable(r.error ? r.error->technical : QString()));
        QCOMPARE(value(r, QStringLiteral("ek.certificate_verdict")), QStringLiteral("trusted"));
        QCOMPARE(value(r, QStringLiteral("ek.algorithm")), QStringLiteral("ecc384"));
        QCOMPARE(value(r, QStringLiteral("ek.template")), QStringLiteral("H-3"));
        QCOMPARE(value(r, QStringLiteral("ek.san_manufacturer")), QStringLiteral("IBM"));
        QCOMPARE(value(r, QStringLiteral("dps.ready")), QStringLiteral("false"));
        QVERIFY(value(r, QStringLiteral("dps.not_ready_reason")).contains(QStringLiteral("RSA-2048")));
        QCOMPARE(r.artifact(QStringLiteral("ek-cert.der"))->data,
                 readFile(file(QStringLiteral("vendor/ibm-p384.der"))));
        QVERIFY(test::flushTransients(tcti(0)));
    }
};

STATION_TEST_GUILESS_MAIN(TestVendorStructuredEk)
#include "TestVendorStructuredEk.moc"
