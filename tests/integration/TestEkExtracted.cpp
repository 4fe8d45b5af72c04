// Step 2 against real swtpm devices, with tpm2-tools and openssl as the independent oracles: the EK and
// certificate bytes, every certificate verdict, the persisted wrong-template EK, EK creation from the
// template/nonce NV indices, the high-range H-3 EK swtpm_setup persisted, and duplicate EKs.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/crypto/EkCertificate.h"
#include "core/dps/RegistrationId.h"
#include "core/timeline/MemoryDeviceRecords.h"
#include "core/tpm/EndorsementKey.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpm/NvIndex.h"
#include "core/tpm/TpmHandles.h"
#include "core/tpm/TpmSession.h"
#include "stations/EkExtractedStation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using test::readFile;
using test::writeFile;
using namespace tps::timeline;

namespace {
QString hex(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
}
} // namespace

class TestEkExtracted : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_a; // devices: 0 pristine, 1 key mismatch, 2 garbage, 3 no cert,
                                          // 4 wrong persisted EK, 5 template/nonce indices
    std::unique_ptr<test::TestFleet> m_b; // another fleet: another CA
    QTemporaryDir m_dir;
    QString m_rootsA;
    QString m_rootsB;

    QString tcti(int i) const { return m_a->devices().at(i).tcti(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    static QString copyRoots(sim::SimFleet& fleet, const QString& dir)
    {
        QDir().mkpath(dir);
        for (const QString& pem : fleet.trustedCertificates())
            QFile::copy(pem, dir + QLatin1Char('/') + QFileInfo(pem).fileName());
        return dir;
    }

    // Runs a tool that must succeed; returns its stdout.
    QByteArray tool(const QString& program, const QStringList& args, const QString& tcti,
                    const QByteArray& stdinData = {})
    {
        const test::ToolRun r = test::runTool(program, args, tcti, stdinData);
        if (!r.ok())
            qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                     r.err.constData());
        return r.ok() ? r.out : QByteArray("<failed>");
    }

    ProductProfile profile(const QString& roots, const QString& simRoots = {}, bool production = false,
                           const QString& alg = QStringLiteral("rsa2048"))
    {
        ProductProfile p;
        p.production = production;
        QJsonObject ek{{QStringLiteral("algorithm"), alg}};
        if (!roots.isEmpty())
            ek.insert(QStringLiteral("rootsDir"), roots);
        if (!simRoots.isEmpty())
            ek.insert(QStringLiteral("simulationRootsDir"), simRoots);
        p.setSection(QStringLiteral("ek"), ek);
        return p;
    }

    StepResult run(const QString& tcti, const QString& serial, const ProductProfile& profile,
                   DeviceRecords& records, bool simulated = true,
                   const QMap<StepId, StepResult>& previous = {})
    {
        auto session = tpm::TpmSession::open({tcti});
        if (!session)
            return StepResult::failure(StepErrc::Tpm, session.error().operatorMessage(),
                                       session.error().technical());
        Device device;
        device.serial = serial;
        device.simulated = simulated;
        device.tcti = tcti;
        AutoConfirmPrompts prompts;
        const std::atomic<bool> cancel{false};
        StepContext context{**session, device, profile, prompts, records, previous, cancel};
        stations::EkExtractedStation station;
        return station.run(context);
    }
    StepResult run(const QString& tcti, const ProductProfile& profile)
    {
        MemoryDeviceRecords records;
        return run(tcti, QStringLiteral("SERIAL-1"), profile, records);
    }
    static QString verdictOf(const StepResult& r)
    {
        const Measurement* m = r.measurement(QStringLiteral("ek.certificate_verdict"));
        return m ? m->value.toString() : QStringLiteral("<none>");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_a = std::make_unique<test::TestFleet>(6);
        QVERIFY2(m_a->ok(), qPrintable(m_a->error()));
        m_b = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
        m_rootsA = copyRoots(m_a->fleet(), file(QStringLiteral("rootsA")));
        m_rootsB = copyRoots(m_b->fleet(), file(QStringLiteral("rootsB")));
        QCOMPARE(crypto::countCertificates(m_rootsA), 2);
        // The fleet's CA directory itself works as simulationRootsDir: its private keys are ignored.
        QCOMPARE(crypto::countCertificates(m_a->fleet().root() + QStringLiteral("/ca")), 2);
    }
    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
    }

    void trustedEkMatchesTpm2Tools()
    {
        const StepResult r = run(tcti(0), profile(m_rootsA));
        QVERIFY2(r.passed(), qPrintable(r.error ? r.error->technical : QString()));
        QCOMPARE(verdictOf(r), QStringLiteral("trusted"));
        QCOMPARE(r.measurement(QStringLiteral("ek.algorithm"))->value.toString(), QStringLiteral("rsa2048"));
        QCOMPARE(r.measurement(QStringLiteral("ek.persisted_matches"))->value.toBool(), true);
        QCOMPARE(r.measurement(QStringLiteral("ek.source"))->value.toString(), QStringLiteral("persisted"));
        QCOMPARE(r.measurement(QStringLiteral("dps.ready"))->value.toBool(), true);
        const Artifact* pub = r.artifact(QStringLiteral("ek.pub"));
        const Artifact* cert = r.artifact(QStringLiteral("ek-cert.der"));
        QVERIFY(pub && cert);
        QCOMPARE(pub->mediaType, QStringLiteral("application/octet-stream"));
        QCOMPARE(cert->mediaType, QStringLiteral("application/pkix-cert"));

        // The oracles: tpm2_createek -u, tpm2_nvread of the certificate index, openssl | base32.
        tool(QStringLiteral("tpm2_createek"),
             {QStringLiteral("-c"), file(QStringLiteral("ek0.ctx")), QStringLiteral("-G"),
              QStringLiteral("rsa"), QStringLiteral("-u"), file(QStringLiteral("ek0.pub"))},
             tcti(0));
        QVERIFY(test::flushTransients(tcti(0)));
        QCOMPARE(pub->data, readFile(file(QStringLiteral("ek0.pub"))));
        tool(QStringLiteral("tpm2_nvread"),
             {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("0x1c00002"), QStringLiteral("-o"),
              file(QStringLiteral("cert0.bin"))},
             tcti(0));
        const QByteArray nv = readFile(file(QStringLiteral("cert0.bin")));
        QVERIFY(nv.size() >= cert->data.size());
        QCOMPARE(cert->data, nv.left(cert->data.size()));
        // openssl parses exactly these bytes as the certificate and verifies the chain.
        QVERIFY(writeFile(file(QStringLiteral("cert0.der")), cert->data));
        tool(QStringLiteral("openssl"),
             {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
              file(QStringLiteral("cert0.der")), QStringLiteral("-out"), file(QStringLiteral("cert0.pem"))},
             {});
        const QByteArray verified =
            tool(QStringLiteral("openssl"),
                 {QStringLiteral("verify"), QStringLiteral("-CAfile"), m_a->fleet().rootCaCertificate(),
                  QStringLiteral("-untrusted"), m_a->fleet().issuerCertificate(),
                  file(QStringLiteral("cert0.pem"))},
                 {});
        QVERIFY(verified.contains("OK"));

        const QByteArray regid =
            tool(QStringLiteral("sh"),
                 {QStringLiteral("-c"), QStringLiteral("openssl dgst -sha256 -binary | base32 | "
                                                       "tr A-Z a-z | tr -d '=\\n'")},
                 {}, readFile(file(QStringLiteral("ek0.pub"))));
        QCOMPARE(r.measurement(QStringLiteral("dps.registration_id"))->value.toString(),
                 QString::fromLatin1(regid));
        QCOMPARE(r.measurement(QStringLiteral("dps.endorsement_key"))->value.toString(),
                 QString::fromLatin1(readFile(file(QStringLiteral("ek0.pub"))).toBase64()));

        // Regenerating instead of reusing the persisted EK gives the same bytes and verdict.
        ProductProfile create = profile(m_rootsA);
        QJsonObject ek = create.section(QStringLiteral("ek"));
        ek.insert(QStringLiteral("reusePersisted"), false);
        create.setSection(QStringLiteral("ek"), ek);
        const StepResult created = run(tcti(0), create);
        QVERIFY(created.passed());
        QCOMPARE(created.measurement(QStringLiteral("ek.source"))->value.toString(),
                 QStringLiteral("created"));
        QCOMPARE(created.measurement(QStringLiteral("ek.persisted_matches"))->value.toBool(), true);
        QCOMPARE(created.artifact(QStringLiteral("ek.pub"))->data, pub->data);
        QCOMPARE(created.artifact(QStringLiteral("ek-cert.der"))->data, cert->data);
        QCOMPARE(verdictOf(created), QStringLiteral("trusted"));
    }

    void chunkedNvReadEqualsTpm2Nvread()
    {
        const QByteArray nv = readFile(file(QStringLiteral("cert0.bin")));
        QVERIFY(!nv.isEmpty());
        auto session = tpm::TpmSession::open({tcti(0)});
        QVERIFY(session.ok());
        auto max = tpm::nvBufferMax(**session);
        QVERIFY(max.ok());
        QCOMPARE(*max, 1024u); // swtpm's TPM_PT_NV_BUFFER_MAX
        for (quint32 chunk : {0u, 100u, 512u, 1024u}) {
            auto data = tpm::nvRead(**session, tpm::kEkCertRsaIndex, tpm::NvAuth::index(), 0, std::nullopt,
                                    tpm::NvIo{chunk});
            QVERIFY2(data.ok(), qPrintable(data ? QString() : data.error().technical()));
            QCOMPARE(*data, nv);
        }
        auto part = tpm::nvRead(**session, tpm::kEkCertRsaIndex, tpm::NvAuth::index(), 10, quint16(200),
                                tpm::NvIo{64});
        QVERIFY(part.ok());
        QCOMPARE(*part, nv.mid(10, 200));
        QVERIFY(!tpm::nvRead(**session, tpm::kEkCertRsaIndex, tpm::NvAuth::index(), 1000, quint16(200),
                             tpm::NvIo{64})
                     .ok()); // beyond the index
        auto missing = tpm::nvRead(**session, 0x01C0FFF0, tpm::NvAuth::index());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, tpm::TpmErrc::NotFound);
    }

    void usesStepOnesNvBufferMax()
    {
        // A (deliberately small) NV chunk size recorded by step 1 is honoured: same certificate bytes.
        StepResult installed;
        installed.add(Measurement::record(QStringLiteral("tpm.nv_buffer_max"), 128));
        QMap<StepId, StepResult> previous;
        previous.insert(StepId::TpmInstalled, installed);
        MemoryDeviceRecords records;
        const StepResult r =
            run(tcti(0), QStringLiteral("SERIAL-1"), profile(m_rootsA), records, true, previous);
        QVERIFY(r.passed());
        const QByteArray nv = readFile(file(QStringLiteral("cert0.bin")));
        QCOMPARE(r.artifact(QStringLiteral("ek-cert.der"))->data,
                 nv.left(r.artifact(QStringLiteral("ek-cert.der"))->data.size()));
    }

    void untrustedIssuerWithAnotherFleetsCa()
    {
        const StepResult r = run(tcti(0), profile(m_rootsB));
        QCOMPARE(verdictOf(r), QStringLiteral("untrusted-issuer"));
        QVERIFY(!r.passed());
        QCOMPARE(r.error->code, StepErrc::Certificate);
        QCOMPARE(r.error->operatorMessage, crypto::certVerdictMessage(crypto::CertVerdict::UntrustedIssuer));
        QVERIFY(r.artifact(QStringLiteral("ek.pub"))); // recorded even though the step fails
    }

    void simulationRootsNeverTrustRealOrProductionDevices()
    {
        // Fleet CA only as simulation roots, real roots = another CA.
        StepResult r = run(tcti(0), profile(m_rootsB, m_rootsA));
        QCOMPARE(verdictOf(r), QStringLiteral("trusted"));
        MemoryDeviceRecords records;
        r = run(tcti(0), QStringLiteral("REAL-1"), profile(m_rootsB, m_rootsA), records, /*simulated=*/false);
        QCOMPARE(verdictOf(r), QStringLiteral("untrusted-issuer"));
        r = run(tcti(0), QStringLiteral("SIM-1"), profile(m_rootsB, m_rootsA, /*production=*/true), records);
        QCOMPARE(verdictOf(r), QStringLiteral("untrusted-issuer"));
        QVERIFY(!r.passed());
    }

    void configurationIsCheckedFirst()
    {
        StepResult r = run(tcti(0), profile(m_rootsA, {}, false, QStringLiteral("rsa4096")));
        QCOMPARE(r.error->code, StepErrc::Configuration);
        QVERIFY(r.error->operatorMessage.contains(QStringLiteral("rsa4096")));
        QVERIFY(r.measurements.isEmpty());
        r = run(tcti(0), profile(file(QStringLiteral("no-such-dir"))));
        QCOMPARE(r.error->code, StepErrc::Configuration);
        r = run(tcti(0), profile({}, {}, /*production=*/true));
        QCOMPARE(r.error->code, StepErrc::Configuration);
        ProductProfile lax = profile({});
        QJsonObject ek = lax.section(QStringLiteral("ek"));
        ek.insert(QStringLiteral("requireTrusted"), false);
        lax.setSection(QStringLiteral("ek"), ek);
        r = run(tcti(0), lax); // a lab profile may record an untrusted certificate and go on
        QVERIFY(r.passed());
        QCOMPARE(verdictOf(r), QStringLiteral("untrusted-issuer"));
        lax.production = true;
        lax.setSection(QStringLiteral("ek"), QJsonObject{{QStringLiteral("rootsDir"), m_rootsA},
                                                         {QStringLiteral("requireTrusted"), false}});
        QCOMPARE(run(tcti(0), lax).error->code, StepErrc::Configuration);
    }

    void keyMismatchWithAnotherTpmsCertificate()
    {
        // Fleet B's EK certificate written into device A1's certificate index.
        const QString tctiB = m_b->devices().at(0).tcti();
        tool(QStringLiteral("tpm2_nvread"),
             {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("0x1c00002"), QStringLiteral("-o"),
              file(QStringLiteral("certB.bin"))},
             tctiB);
        const QByteArray certB = readFile(file(QStringLiteral("certB.bin")));
        QVERIFY(certB.size() > 500);
        tool(QStringLiteral("tpm2_nvundefine"),
             {QStringLiteral("-C"), QStringLiteral("p"), QStringLiteral("0x1c00002")}, tcti(1));
        tool(QStringLiteral("tpm2_nvdefine"),
             {QStringLiteral("0x1c00002"), QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-s"),
              QString::number(certB.size()), QStringLiteral("-a"),
              QStringLiteral("ownerread|ownerwrite|authread|authwrite|no_da")},
             tcti(1));
        tool(QStringLiteral("tpm2_nvwrite"),
             {QStringLiteral("0x1c00002"), QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-i"),
              file(QStringLiteral("certB.bin"))},
             tcti(1));
        // Trusting both CAs: the chain is fine, the key is not this TPM's.
        const QString both = file(QStringLiteral("rootsAB"));
        copyRoots(m_a->fleet(), both);
        QDir().mkpath(both + QStringLiteral("/b"));
        for (const QString& pem : m_b->fleet().trustedCertificates())
            QFile::copy(pem, both + QStringLiteral("/b-") + QFileInfo(pem).fileName());
        for (const QString& roots : {m_rootsA, both}) {
            const StepResult r = run(tcti(1), profile(roots));
            QCOMPARE(verdictOf(r), QStringLiteral("key-mismatch"));
            QCOMPARE(r.error->code, StepErrc::Certificate);
            QVERIFY(r.error->operatorMessage.contains(QStringLiteral("different key")));
        }
    }

    void garbageIsMalformed()
    {
        const QByteArray garbage = QByteArray("this is not a certificate, just flash garbage ").repeated(4);
        QVERIFY(writeFile(file(QStringLiteral("garbage.bin")), garbage));
        tool(QStringLiteral("tpm2_nvundefine"),
             {QStringLiteral("-C"), QStringLiteral("p"), QStringLiteral("0x1c00002")}, tcti(2));
        tool(QStringLiteral("tpm2_nvdefine"),
             {QStringLiteral("0x1c00002"), QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-s"),
              QString::number(garbage.size()), QStringLiteral("-a"),
              QStringLiteral("ownerread|ownerwrite|authread|authwrite|no_da")},
             tcti(2));
        tool(QStringLiteral("tpm2_nvwrite"),
             {QStringLiteral("0x1c00002"), QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-i"),
              file(QStringLiteral("garbage.bin"))},
             tcti(2));
        const StepResult r = run(tcti(2), profile(m_rootsA));
        QCOMPARE(verdictOf(r), QStringLiteral("malformed"));
        QCOMPARE(r.error->code, StepErrc::Certificate);
        QVERIFY(r.error->operatorMessage.contains(QStringLiteral("damaged")));
        QVERIFY(!r.artifact(QStringLiteral("ek-cert.der")));
    }

    void noCertificateIndex()
    {
        tool(QStringLiteral("tpm2_nvundefine"),
             {QStringLiteral("-C"), QStringLiteral("p"), QStringLiteral("0x1c00002")}, tcti(3));
        const StepResult r = run(tcti(3), profile(m_rootsA));
        QCOMPARE(verdictOf(r), QStringLiteral("no-certificate"));
        QCOMPARE(r.error->code, StepErrc::Certificate);
        QVERIFY(r.error->operatorMessage.contains(QStringLiteral("no EK certificate")));
        QVERIFY(!r.artifact(QStringLiteral("ek-cert.der")));
        QVERIFY(r.artifact(QStringLiteral("ek.pub")));
    }

    void wrongPersistedEkIsReportedAndTheTemplateEkRecorded()
    {
        // The known wrong-template case: an EK created with an empty unique persisted at 0x81010001.
        QVERIFY(writeFile(file(QStringLiteral("policy.bin")),
                          QByteArray(reinterpret_cast<const char*>(tpm::kEkAuthPolicySha256), 32)));
        tool(QStringLiteral("tpm2_evictcontrol"),
             {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"), QStringLiteral("0x81010001")},
             tcti(4));
        tool(QStringLiteral("tpm2_createprimary"),
             {QStringLiteral("-C"), QStringLiteral("e"), QStringLiteral("-g"), QStringLiteral("sha256"),
              QStringLiteral("-G"), QStringLiteral("rsa2048:null:aes128cfb"), QStringLiteral("-a"),
              QStringLiteral("fixedtpm|fixedparent|sensitivedataorigin|adminwithpolicy|restricted|decrypt"),
              QStringLiteral("-L"), file(QStringLiteral("policy.bin")), QStringLiteral("-c"),
              file(QStringLiteral("wrong.ctx"))},
             tcti(4));
        tool(QStringLiteral("tpm2_evictcontrol"),
             {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"),
              file(QStringLiteral("wrong.ctx")), QStringLiteral("0x81010001")},
             tcti(4));
        QVERIFY(test::flushTransients(tcti(4)));
        tool(QStringLiteral("tpm2_readpublic"),
             {QStringLiteral("-c"), QStringLiteral("0x81010001"), QStringLiteral("-o"),
              file(QStringLiteral("wrong.pub"))},
             tcti(4));

        const StepResult r = run(tcti(4), profile(m_rootsA));
        QVERIFY2(r.passed(), qPrintable(r.error ? r.error->technical : QString()));
        QCOMPARE(r.measurement(QStringLiteral("ek.persisted_matches"))->value.toBool(), false);
        QCOMPARE(r.measurement(QStringLiteral("ek.source"))->value.toString(), QStringLiteral("created"));
        QVERIFY(r.measurement(QStringLiteral("ek.persisted_note"))
                    ->value.toString()
                    .contains(QStringLiteral("0x81010001")));
        QCOMPARE(verdictOf(r), QStringLiteral("trusted"));
        tool(QStringLiteral("tpm2_createek"),
             {QStringLiteral("-c"), file(QStringLiteral("ek4.ctx")), QStringLiteral("-G"),
              QStringLiteral("rsa"), QStringLiteral("-u"), file(QStringLiteral("ek4.pub"))},
             tcti(4));
        QVERIFY(test::flushTransients(tcti(4)));
        QCOMPARE(r.artifact(QStringLiteral("ek.pub"))->data, readFile(file(QStringLiteral("ek4.pub"))));
        QVERIFY(r.artifact(QStringLiteral("ek.pub"))->data != readFile(file(QStringLiteral("wrong.pub"))));

        // The reusable check for the ownership step.
        auto session = tpm::TpmSession::open({tcti(4)});
        QVERIFY(session.ok());
        auto matches = tpm::persistedEkMatches(**session, tpm::EkTemplateId::L1Rsa2048);
        QVERIFY(matches.ok());
        QCOMPARE(*matches, std::optional<bool>(false));
        auto eccMatches = tpm::persistedEkMatches(**session, tpm::EkTemplateId::L2EccP256);
        QVERIFY(eccMatches.ok());
        QVERIFY(!eccMatches->has_value()); // nothing persisted at 0x81010002
    }

    void templateAndNonceIndicesAreUsed()
    {
        // A template index holding the L-1 TPMT_PUBLIC (empty unique) and a 16-byte nonce.
        TPM2B_PUBLIC templ = tpm::ekTemplateRsa2048();
        templ.publicArea.unique.rsa.size = 0;
        const QByteArray tpmt = tpm::marshalPublic(templ).mid(2);
        const QByteArray nonce = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QVERIFY(writeFile(file(QStringLiteral("template.bin")), tpmt));
        QVERIFY(writeFile(file(QStringLiteral("nonce.bin")), nonce));
        const QStringList attrs{QStringLiteral("-a"),
                                QStringLiteral("ownerread|ownerwrite|authread|authwrite|no_da")};
        tool(QStringLiteral("tpm2_nvdefine"),
             QStringList{QStringLiteral("0x1c00004"), QStringLiteral("-C"), QStringLiteral("o"),
                         QStringLiteral("-s"), QString::number(tpmt.size())} +
                 attrs,
             tcti(5));
        tool(QStringLiteral("tpm2_nvwrite"),
             {QStringLiteral("0x1c00004"), QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-i"),
              file(QStringLiteral("template.bin"))},
             tcti(5));

        // Template index without a nonce index: the stored template is used as it is (empty unique).
        {
            auto session = tpm::TpmSession::open({tcti(5)});
            QVERIFY(session.ok());
            auto choice = tpm::resolveEkTemplate(**session, tpm::EkTemplateId::L1Rsa2048, 0);
            QVERIFY(choice.ok());
            QVERIFY(choice->fromNvTemplate);
            QVERIFY(!choice->nonceApplied);
            QCOMPARE(choice->templ.publicArea.unique.rsa.size, 0);
        }

        tool(QStringLiteral("tpm2_nvdefine"),
             QStringList{QStringLiteral("0x1c00003"), QStringLiteral("-C"), QStringLiteral("o"),
                         QStringLiteral("-s"), QString::number(nonce.size())} +
                 attrs,
             tcti(5));
        tool(QStringLiteral("tpm2_nvwrite"),
             {QStringLiteral("0x1c00003"), QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-i"),
              file(QStringLiteral("nonce.bin"))},
             tcti(5));

        MemoryDeviceRecords records;
        ProductProfile lab = profile(m_rootsA);
        const StepResult r = run(tcti(5), QStringLiteral("SERIAL-5"), lab, records);
        QCOMPARE(r.measurement(QStringLiteral("ek.from_nv_template"))->value.toBool(), true);
        // swtpm's certificate was made for the default EK, not for this template: a key mismatch.
        QCOMPARE(verdictOf(r), QStringLiteral("key-mismatch"));

        // The oracle: tpm2_createprimary with the same template and unique = nonce padded to 256 bytes.
        QVERIFY(writeFile(file(QStringLiteral("policy5.bin")),
                          QByteArray(reinterpret_cast<const char*>(tpm::kEkAuthPolicySha256), 32)));
        tool(QStringLiteral("tpm2_createprimary"),
             {QStringLiteral("-C"), QStringLiteral("e"), QStringLiteral("-g"), QStringLiteral("sha256"),
              QStringLiteral("-G"), QStringLiteral("rsa2048:null:aes128cfb"), QStringLiteral("-a"),
              QStringLiteral("fixedtpm|fixedparent|sensitivedataorigin|adminwithpolicy|restricted|decrypt"),
              QStringLiteral("-L"), file(QStringLiteral("policy5.bin")), QStringLiteral("-u"),
              QStringLiteral("-"), QStringLiteral("-c"), file(QStringLiteral("nonce.ctx")),
              QStringLiteral("-o"), file(QStringLiteral("nonce.pub")), QStringLiteral("-f"),
              QStringLiteral("tss")},
             tcti(5), nonce + QByteArray(256 - nonce.size(), '\0'));
        QVERIFY(test::flushTransients(tcti(5)));
        const QByteArray expected = readFile(file(QStringLiteral("nonce.pub")));
        QCOMPARE(expected.size(), 316);
        QCOMPARE(r.artifact(QStringLiteral("ek.pub"))->data, expected);
        QVERIFY(expected != readFile(file(QStringLiteral("ek0.pub"))));
    }

    void highRangeH3MatchesSwtpmPersistedEkAndCertificate()
    {
        const StepResult r = run(tcti(0), profile(m_rootsA, {}, false, QStringLiteral("h3-ecc384")));
        QVERIFY2(r.passed(), qPrintable(r.error ? r.error->technical : QString()));
        QCOMPARE(r.measurement(QStringLiteral("ek.algorithm"))->value.toString(), QStringLiteral("ecc384"));
        QCOMPARE(r.measurement(QStringLiteral("ek.template"))->value.toString(), QStringLiteral("H-3"));
        QCOMPARE(verdictOf(r), QStringLiteral("trusted")); // swtpm's certificate at 0x01C00016
        QCOMPARE(r.measurement(QStringLiteral("ek.persisted_matches"))->value.toBool(), true);
        QCOMPARE(r.measurement(QStringLiteral("dps.ready"))->value.toBool(), false);
        QVERIFY(r.measurement(QStringLiteral("dps.not_ready_reason"))
                    ->value.toString()
                    .contains(QStringLiteral("RSA-2048")));
        // The oracle: tpm2_readpublic of swtpm_setup's persisted key at 0x81010016.
        tool(QStringLiteral("tpm2_readpublic"),
             {QStringLiteral("-c"), hex(tpm::kEkH3Handle), QStringLiteral("-o"),
              file(QStringLiteral("h3.pub"))},
             tcti(0));
        QCOMPARE(r.artifact(QStringLiteral("ek.pub"))->data, readFile(file(QStringLiteral("h3.pub"))));
    }

    void highRangeH1MatchesTpm2Createprimary()
    {
        // H-1: userWithAuth added, PolicyB (SHA-256), empty unique. swtpm_setup makes no H-1 certificate.
        tpm::KeyPublic ek;
        {
            auto session = tpm::TpmSession::open({tcti(0)});
            QVERIFY(session.ok());
            auto created = tpm::createEk(**session, tpm::EkTemplateId::H1Rsa2048, 0);
            QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().technical()));
            ek = created->key;
        }
        QVERIFY(writeFile(file(QStringLiteral("policyB.bin")),
                          QByteArray(reinterpret_cast<const char*>(tpm::kEkPolicyBSha256), 32)));
        tool(QStringLiteral("tpm2_createprimary"),
             {QStringLiteral("-C"), QStringLiteral("e"), QStringLiteral("-g"), QStringLiteral("sha256"),
              QStringLiteral("-G"), QStringLiteral("rsa2048:null:aes128cfb"), QStringLiteral("-a"),
              QStringLiteral(
                  "fixedtpm|fixedparent|sensitivedataorigin|userwithauth|adminwithpolicy|restricted|decrypt"),
              QStringLiteral("-L"), file(QStringLiteral("policyB.bin")), QStringLiteral("-c"),
              file(QStringLiteral("h1.ctx")), QStringLiteral("-o"), file(QStringLiteral("h1.pub")),
              QStringLiteral("-f"), QStringLiteral("tss")},
             tcti(0));
        QVERIFY(test::flushTransients(tcti(0)));
        QCOMPARE(ek.publicArea, readFile(file(QStringLiteral("h1.pub"))));
        QVERIFY(ek.publicArea != readFile(file(QStringLiteral("ek0.pub")))); // not the L-1 key
        QCOMPARE(ek.publicArea.mid(4, 2), QByteArray::fromHex("000b"));      // nameAlg SHA-256
        QCOMPARE(ek.publicArea.mid(6, 4), QByteArray::fromHex("000300f2"));
    }

    void lowRangeEccIsRecordedButNotDpsReady()
    {
        MemoryDeviceRecords records;
        ProductProfile p = profile(m_rootsA, {}, false, QStringLiteral("ecc256"));
        QJsonObject ek = p.section(QStringLiteral("ek"));
        ek.insert(QStringLiteral("requireTrusted"), false); // swtpm_setup makes no L-2 certificate
        p.setSection(QStringLiteral("ek"), ek);
        const StepResult r = run(tcti(0), QStringLiteral("SERIAL-E"), p, records);
        QVERIFY(r.passed());
        QCOMPARE(verdictOf(r), QStringLiteral("no-certificate"));
        QCOMPARE(r.measurement(QStringLiteral("ek.algorithm"))->value.toString(), QStringLiteral("ecc256"));
        QCOMPARE(r.measurement(QStringLiteral("dps.ready"))->value.toBool(), false);
        QVERIFY(!r.measurement(QStringLiteral("ek.persisted_matches")));
        tool(QStringLiteral("tpm2_createek"),
             {QStringLiteral("-c"), file(QStringLiteral("ecc.ctx")), QStringLiteral("-G"),
              QStringLiteral("ecc"), QStringLiteral("-u"), file(QStringLiteral("ecc.pub"))},
             tcti(0));
        QVERIFY(test::flushTransients(tcti(0)));
        QCOMPARE(r.artifact(QStringLiteral("ek.pub"))->data, readFile(file(QStringLiteral("ecc.pub"))));
    }

    void duplicateEkOnAnotherSerialIsRefused()
    {
        MemoryDeviceRecords records;
        StepResult first = run(tcti(0), QStringLiteral("SERIAL-A"), profile(m_rootsA), records);
        QVERIFY(first.passed());
        const QString regId = first.measurement(QStringLiteral("dps.registration_id"))->value.toString();
        records.rememberRegistrationId(QStringLiteral("SERIAL-A"), regId);
        // The same device again under its own serial: fine.
        QVERIFY(run(tcti(0), QStringLiteral("SERIAL-A"), profile(m_rootsA), records).passed());
        QVERIFY(records.events().isEmpty());
        // The same TPM seen on another serial: refused, audited, nothing recorded as an artifact.
        const StepResult dup = run(tcti(0), QStringLiteral("SERIAL-B"), profile(m_rootsA), records);
        QVERIFY(!dup.passed());
        QCOMPARE(dup.error->code, StepErrc::Duplicate);
        QVERIFY(dup.error->operatorMessage.contains(QStringLiteral("SERIAL-A")));
        QVERIFY(dup.artifacts.isEmpty());
        QCOMPARE(records.events().size(), 1);
        QVERIFY(records.events().first().startsWith(QStringLiteral("SERIAL-B duplicate-ek")));
        QVERIFY(records.events().first().contains(regId));
        // The first device's registration is untouched.
        QCOMPARE(*records.serialWithRegistrationId(regId, QString()),
                 std::optional<QString>(QStringLiteral("SERIAL-A")));
    }
};

STATION_TEST_GUILESS_MAIN(TestEkExtracted)
#include "TestEkExtracted.moc"
