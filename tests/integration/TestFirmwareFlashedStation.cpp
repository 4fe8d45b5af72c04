// Step 4 against a real simulated device (swtpm + flash file): verified releases are flashed and
// read back, the provisioning settings land in NV index 0x01500100 (defined by step 3, written with
// the index authorization and write-locked) where `tpm2_nvread` (no auth) reads them, and every
// refusal leaves the device's flash and NV exactly as they were.
#include "FirmwareFixture.h"
#include "TestMain.h"
#include "SecretScan.h"
#include "TestSupport.h"

#include "core/firmware/ProvisioningSettings.h"
#include "core/timeline/MemoryDeviceRecords.h"
#include "core/tpm/TpmSession.h"
#include "stations/FirmwareFlashedStation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using test::readFile;
using test::writeFile;
using namespace tps::timeline;
using tps::stations::FirmwareFlashedStation;

namespace {
const QString kRegId = QStringLiteral("n3kzqkqo5wdifsmqdsq2d6ax4wspxhl7aqa6uvmzqeinjmxdmvja");

class RecordingPrompts final : public OperatorPrompts
{
public:
    explicit RecordingPrompts(PromptAnswer answer) : m_answer(answer) {}
    PromptAnswer ask(const Prompt& prompt) override
    {
        asked << prompt.message;
        return m_answer;
    }
    QStringList asked;

private:
    PromptAnswer m_answer;
};
} // namespace

class TestFirmwareFlashedStation : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    std::unique_ptr<test::FirmwareFixture> m_fx;
    test::KeyFiles m_key;
    test::KeyFiles m_edKey;
    test::KeyFiles m_otherKey;
    QByteArray m_image;
    QString m_tcti;
    QString m_flash;

    QJsonObject section(const QJsonObject& overrides = {}) const
    {
        QJsonObject s{
            {QStringLiteral("catalog"), m_fx->catalogDir()},
            {QStringLiteral("signingKeys"), QJsonArray{m_key.publicPem, m_edKey.publicPem}},
            {QStringLiteral("flasher"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("simulated")},
                                                    {QStringLiteral("timeoutMs"), 5000}}},
            {QStringLiteral("dps"), QJsonObject{{QStringLiteral("idScope"), QStringLiteral("0ne000A1B2C")}}}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            s.insert(it.key(), it.value());
        return s;
    }

    struct Run
    {
        StepResult result;
        QStringList prompts;
    };
    Run run(const QJsonObject& firmwareSection, const QString& regId = kRegId, bool simulated = true,
            bool production = false, PromptAnswer answer = PromptAnswer::Confirmed,
            FirmwareFlashedStation::OwnerAuthSource ownerAuth = {},
            std::shared_ptr<firmware::ReleaseCache> releases = {})
    {
        Run out;
        ProductProfile profile;
        profile.id = QStringLiteral("widget");
        profile.production = production;
        profile.setSection(QStringLiteral("firmware"), firmwareSection);
        Device device;
        device.uuid = QStringLiteral("00000000-0000-4000-8000-000000000004");
        device.serial = m_fleet->devices().at(0).serial;
        device.product = profile.id;
        device.simulated = simulated;
        device.tcti = m_tcti;
        device.flashPath = m_flash;
        device.programmerPort = QStringLiteral("usb:1-2");
        QMap<StepId, StepResult> previous;
        if (!regId.isNull()) {
            StepResult ek;
            ek.add(Measurement::record(QStringLiteral("dps.registration_id"), regId));
            previous.insert(StepId::EkExtracted, ek);
        }
        RecordingPrompts prompts(answer);
        MemoryDeviceRecords records;
        std::atomic<bool> cancel{false};
        auto session = tpm::TpmSession::open({m_tcti});
        if (!session) {
            out.result = StepResult::failure(StepErrc::Tpm, session.error().technical());
            return out;
        }
        StepContext ctx{**session, device, profile, prompts, records, previous, cancel};
        FirmwareFlashedStation station(std::move(ownerAuth), {}, std::move(releases));
        out.result = station.run(ctx);
        out.prompts = prompts.asked;
        return out; // the session closes here: tpm2-tools may connect afterwards
    }

    // The device's state as seen from outside: flash digest + the settings index (tpm2-tools).
    QByteArray deviceState() const
    {
        QByteArray state = QCryptographicHash::hash(readFile(m_flash), QCryptographicHash::Sha256).toHex();
        const test::ToolRun list =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-nv-index")}, m_tcti);
        if (!list.out.contains("0x1500100"))
            return state + " nv:absent";
        const test::ToolRun read =
            test::runTool(QStringLiteral("tpm2_nvread"), {QStringLiteral("0x01500100")}, m_tcti);
        return state + " nv:" + QCryptographicHash::hash(read.out, QCryptographicHash::Sha256).toHex();
    }

    // Removes the settings index (owner authorization still empty), whatever state it is in.
    bool undefineIndex() const
    {
        const test::ToolRun list =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-nv-index")}, m_tcti);
        if (!list.out.contains("0x1500100"))
            return true;
        return test::runTool(QStringLiteral("tpm2_nvundefine"),
                             {QStringLiteral("0x01500100"), QStringLiteral("-C"), QStringLiteral("o")},
                             m_tcti)
            .ok();
    }
    // The index as step 3 defines it (fresh, unwritten).
    bool predefineIndex() const
    {
        return undefineIndex() &&
               test::runTool(QStringLiteral("tpm2_nvdefine"),
                             {QStringLiteral("0x01500100"), QStringLiteral("-C"), QStringLiteral("o"),
                              QStringLiteral("-s"), QStringLiteral("1024"), QStringLiteral("-a"),
                              QStringLiteral("authwrite|writedefine|authread|ownerread|no_da")},
                             m_tcti)
                   .ok();
    }
    QByteArray nvPublic() const
    {
        return test::runTool(QStringLiteral("tpm2_nvreadpublic"), {QStringLiteral("0x01500100")}, m_tcti).out;
    }

    QString script(const QString& name, const QByteArray& body)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("#!/bin/sh\n" + body) < 0)
            return {};
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_fleet = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_tcti = m_fleet->devices().at(0).tcti();
        m_flash = m_fleet->devices().at(0).flashPath;
        QCOMPARE(QFileInfo(m_flash).size(), sim::SimFleet::kFlashSize);
        m_fx = std::make_unique<test::FirmwareFixture>(m_dir.filePath(QStringLiteral("fw")));
        m_key = m_fx->generateKey(QStringLiteral("release"), QStringLiteral("ec"));
        m_edKey = m_fx->generateKey(QStringLiteral("release-ed"), QStringLiteral("ed25519"));
        m_otherKey = m_fx->generateKey(QStringLiteral("other"), QStringLiteral("ec"));
        QVERIFY(!m_key.keyId.isEmpty() && !m_edKey.keyId.isEmpty() && !m_otherKey.keyId.isEmpty());
        m_image = test::FirmwareFixture::randomImage(100000, 4);
        QVERIFY(!m_fx->release(QStringLiteral("widget-1.0.0"), QStringLiteral("widget"),
                               QStringLiteral("1.0.0"), test::FirmwareFixture::randomImage(90000, 3), m_key)
                     .isEmpty());
        QVERIFY(!m_fx->release(QStringLiteral("widget-1.2.0"), QStringLiteral("widget"),
                               QStringLiteral("1.2.0"), m_image, m_key)
                     .isEmpty());
        // Releases that must be refused; their versions/products never win the automatic selection.
        const QByteArray img = test::FirmwareFixture::randomImage(5000, 5);
        QVERIFY(!m_fx->release(QStringLiteral("gadget"), QStringLiteral("gadget"), QStringLiteral("9.0"), img,
                               m_key)
                     .isEmpty());
        QVERIFY(!m_fx->release(QStringLiteral("unknown-key"), QStringLiteral("widget"), QStringLiteral("0.1"),
                               img, m_otherKey)
                     .isEmpty());
        test::KeyFiles forged = m_otherKey;
        forged.keyId = m_key.keyId;
        QVERIFY(!m_fx->release(QStringLiteral("forged"), QStringLiteral("widget"), QStringLiteral("0.2"), img,
                               forged)
                     .isEmpty());
        const QString altered = m_fx->release(QStringLiteral("altered"), QStringLiteral("widget"),
                                              QStringLiteral("0.3"), img, m_key);
        QByteArray changed = img;
        changed[77] = char(changed.at(77) ^ 1);
        QVERIFY(writeFile(QDir(m_fx->catalogDir()).filePath(QStringLiteral("altered.bin")), changed));
        QVERIFY(!m_fx->release(QStringLiteral("truncated"), QStringLiteral("widget"), QStringLiteral("0.4"),
                               img, m_key)
                     .isEmpty());
        QVERIFY(
            writeFile(QDir(m_fx->catalogDir()).filePath(QStringLiteral("truncated.bin")), img.left(4096)));
        const QString nosig = m_fx->release(QStringLiteral("nosig"), QStringLiteral("widget"),
                                            QStringLiteral("0.5"), img, m_key);
        QVERIFY(QFile::remove(nosig + QStringLiteral(".sig")));
        const QString tampered = m_fx->release(QStringLiteral("tampered"), QStringLiteral("widget"),
                                               QStringLiteral("0.6"), img, m_key);
        QByteArray t = readFile(tampered);
        t.replace("0.6", "0.7");
        QVERIFY(writeFile(tampered, t));
        QVERIFY(!m_fx->release(QStringLiteral("huge"), QStringLiteral("widget"), QStringLiteral("0.8"),
                               QByteArray(sim::SimFleet::kFlashSize + 1, 'h'), m_key)
                     .isEmpty());
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<QString>("regId");
        QTest::addColumn<bool>("simulated");
        QTest::addColumn<bool>("production");
        QTest::addColumn<int>("errc");
        const auto manifest = [](const char* name) {
            return QJsonObject{
                {QStringLiteral("manifest"), QString::fromLatin1(name) + QStringLiteral(".manifest.json")}};
        };
        const int fw = int(StepErrc::Firmware);
        QTest::newRow("wrong product") << manifest("gadget") << kRegId << true << false << fw;
        QTest::newRow("unknown key") << manifest("unknown-key") << kRegId << true << false << fw;
        QTest::newRow("forged signature") << manifest("forged") << kRegId << true << false << fw;
        QTest::newRow("tampered manifest") << manifest("tampered") << kRegId << true << false << fw;
        QTest::newRow("digest mismatch") << manifest("altered") << kRegId << true << false << fw;
        QTest::newRow("truncated image") << manifest("truncated") << kRegId << true << false << fw;
        QTest::newRow("missing signature") << manifest("nosig") << kRegId << true << false << fw;
        QTest::newRow("version not in catalog")
            << QJsonObject{{QStringLiteral("version"), QStringLiteral("3.0")}} << kRegId << true << false
            << fw;
        QTest::newRow("image larger than flash")
            << manifest("huge") << kRegId << true << false << int(StepErrc::Programmer);
        QTest::newRow("catalog missing")
            << QJsonObject{{QStringLiteral("catalog"), QStringLiteral("/nonexistent/catalog")}} << kRegId
            << true << false << int(StepErrc::Configuration);
        QTest::newRow("no trusted key") << QJsonObject{{QStringLiteral("signingKeys"), QJsonArray{}}}
                                        << kRegId << true << false << int(StepErrc::Configuration);
        QTest::newRow("signing key is private")
            << QJsonObject{{QStringLiteral("signingKeys"), QJsonArray{m_key.privatePem}}} << kRegId << true
            << false << int(StepErrc::Configuration);
        QTest::newRow("bad id scope")
            << QJsonObject{{QStringLiteral("dps"),
                            QJsonObject{{QStringLiteral("idScope"), QStringLiteral("0ne-bad")}}}}
            << kRegId << true << false << int(StepErrc::Validation);
        QTest::newRow("bad endpoint")
            << QJsonObject{{QStringLiteral("dps"),
                            QJsonObject{
                                {QStringLiteral("idScope"), QStringLiteral("0ne000A1B2C")},
                                {QStringLiteral("endpoint"), QStringLiteral("https://x.example.com/")}}}}
            << kRegId << true << false << int(StepErrc::Validation);
        QTest::newRow("bad registration id")
            << QJsonObject{} << QStringLiteral("Not_Valid") << true << false << int(StepErrc::Validation);
        QTest::newRow("no registration id")
            << QJsonObject{} << QString() << true << false << int(StepErrc::Precondition);
        QTest::newRow("simulated flasher, real device")
            << QJsonObject{} << kRegId << false << false << int(StepErrc::Configuration);
        QTest::newRow("simulated flasher, production")
            << QJsonObject{} << kRegId << true << true << int(StepErrc::Configuration);
        QTest::newRow("unknown placeholder")
            << QJsonObject{{QStringLiteral("flasher"),
                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("command")},
                                        {QStringLiteral("program"), QStringLiteral("/bin/true")},
                                        {QStringLiteral("arguments"), QJsonArray{QStringLiteral("{imag}")}}}}}
            << kRegId << true << false << int(StepErrc::Configuration);
        QTest::newRow("unknown flasher kind")
            << QJsonObject{{QStringLiteral("flasher"),
                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("jtag")}}}}
            << kRegId << true << false << int(StepErrc::Configuration);
    }
    void refusalsChangeNothing()
    {
        QFETCH(QJsonObject, overrides);
        QFETCH(QString, regId);
        QFETCH(bool, simulated);
        QFETCH(bool, production);
        QFETCH(int, errc);
        const QByteArray before = deviceState();
        const Run r = run(section(overrides), regId, simulated, production);
        QVERIFY(!r.result.passed());
        QVERIFY(r.result.error.has_value());
        QCOMPARE(int(r.result.error->code), errc);
        QVERIFY(!r.result.error->operatorMessage.isEmpty());
        QCOMPARE(deviceState(), before);
    }

    void simulatedFlashAndSettings()
    {
        QVERIFY(predefineIndex());
        QVERIFY(!nvPublic().contains("written"));
        const Run r = run(section());
        QVERIFY2(r.result.passed(), qPrintable(r.result.error ? r.result.error->technical : QString()));
        QVERIFY(r.prompts.isEmpty()); // no programmer to connect
        const QByteArray flash = readFile(m_flash);
        QCOMPARE(flash.size(), int(sim::SimFleet::kFlashSize));
        QCOMPARE(flash.left(m_image.size()), m_image);
        QCOMPARE(flash.mid(m_image.size()), QByteArray(flash.size() - m_image.size(), '\xFF'));

        const auto value = [&](const char* name) {
            const Measurement* m = r.result.measurement(QString::fromLatin1(name));
            return m ? m->value.toString() : QStringLiteral("<missing>");
        };
        QCOMPARE(value("firmware.version"), QStringLiteral("1.2.0")); // highest version selected
        QCOMPARE(value("firmware.sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(m_image, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(value("firmware.signing_key"), m_key.keyId);
        QCOMPARE(value("firmware.programmer"), QStringLiteral("simulated"));
        QCOMPARE(value("firmware.readback_sha256"), value("firmware.sha256"));
        QCOMPARE(value("settings.nv_index"), QStringLiteral("0x01500100"));
        QCOMPARE(value("dps.registration_id"), kRegId);
        QCOMPARE(value("dps.endpoint"), QStringLiteral("global.azure-devices-provisioning.net"));
        QVERIFY(r.result.measurement(QStringLiteral("firmware.flash_time")));
        QVERIFY(r.result.artifact(QStringLiteral("programmer.log")));
        QVERIFY(r.result.artifact(QStringLiteral("programmer.log"))->data.contains("read back 100000 bytes"));
        QCOMPARE(r.result.artifact(QStringLiteral("firmware-manifest.json"))->data,
                 readFile(QDir(m_fx->catalogDir()).filePath(QStringLiteral("widget-1.2.0.manifest.json"))));

        // tpm2-tools read the settings without any authorization.
        firmware::ProvisioningSettings expected;
        expected.idScope = QStringLiteral("0ne000A1B2C");
        expected.registrationId = kRegId;
        expected.product = QStringLiteral("widget");
        const test::ToolRun nv =
            test::runTool(QStringLiteral("tpm2_nvread"), {QStringLiteral("0x01500100")}, m_tcti);
        QVERIFY2(nv.ok(), nv.err.constData());
        QCOMPARE(nv.out, *expected.toNvRecord());
        auto decoded = firmware::ProvisioningSettings::fromNvRecord(nv.out);
        QVERIFY(decoded.ok());
        QVERIFY(*decoded == expected);
        const QByteArray pub = nvPublic();
        for (const char* attr :
             {"authwrite", "writedefine", "writelocked", "authread", "ownerread", "no_da", "written"})
            QVERIFY2(pub.contains(attr), attr);
        QVERIFY(!pub.contains("ownerwrite"));
        QVERIFY(!pub.contains("ppwrite"));
        QVERIFY(pub.contains("size: 1024"));
        QCOMPARE(value("settings.defined_by_step3"), QStringLiteral("true"));
        QCOMPARE(value("settings.already_locked"), QStringLiteral("false"));

        // Locked: neither the index's nor the owner's authorization can write it any more.
        const QString junk = m_dir.filePath(QStringLiteral("junk.bin"));
        QVERIFY(writeFile(junk, QByteArray(16, 'j')));
        for (const QString& authority : {QStringLiteral("0x01500100"), QStringLiteral("o")})
            QVERIFY2(!test::runTool(QStringLiteral("tpm2_nvwrite"),
                                    {QStringLiteral("0x01500100"), QStringLiteral("-C"), authority,
                                     QStringLiteral("-i"), junk},
                                    m_tcti)
                          .ok(),
                     qPrintable(authority));
        QCOMPARE(test::runTool(QStringLiteral("tpm2_nvread"), {QStringLiteral("0x01500100")}, m_tcti).out,
                 *expected.toNvRecord());
    }

    void rerunOnLockedIndex()
    {
        // The index is locked with the default settings (simulatedFlashAndSettings).
        QVERIFY(nvPublic().contains("writelocked"));
        const Run same = run(section());
        QVERIFY2(same.result.passed(),
                 qPrintable(same.result.error ? same.result.error->technical : QString()));
        QCOMPARE(same.result.measurement(QStringLiteral("settings.already_locked"))->value.toString(),
                 QStringLiteral("true"));

        // Other settings: refused before anything is written (flash and NV unchanged).
        QVERIFY(writeFile(m_flash, QByteArray(sim::SimFleet::kFlashSize, '\xFF')));
        const QByteArray before = deviceState();
        const Run other =
            run(section({{QStringLiteral("dps"),
                          QJsonObject{{QStringLiteral("idScope"), QStringLiteral("0ne00YYYYYY")}}}}));
        QVERIFY(!other.result.passed());
        QCOMPARE(other.result.outcome, Outcome::Fail);
        QCOMPARE(other.result.error->code, StepErrc::Tpm);
        QVERIFY2(other.result.error->operatorMessage.contains(QStringLiteral("locked")),
                 qPrintable(other.result.error->operatorMessage));
        QVERIFY(other.result.error->operatorMessage.contains(QStringLiteral("undefine")));
        QCOMPARE(deviceState(), before);
    }

    // Issue 20: one station session verifies a release's signature once per release digest; the image
    // read from the catalog is hashed against the signed digest for every device all the same.
    void releaseSignatureVerifiedOncePerSession()
    {
        QVERIFY(nvPublic().contains("writelocked")); // locked with the default settings: re-runs pass
        auto releases = std::make_shared<firmware::ReleaseCache>();
        const auto session = [&](const QJsonObject& overrides = {}) {
            return run(section(overrides), kRegId, true, false, PromptAnswer::Confirmed, {}, releases);
        };
        const auto refusedAs = [](const Run& r) {
            const Measurement* m = r.result.measurement(QStringLiteral("firmware.refused"));
            return m ? m->value.toString() : QStringLiteral("<not refused>");
        };
        for (int device = 0; device < 3; ++device) {
            const Run r = session();
            QVERIFY2(r.result.passed(), qPrintable(r.result.error ? r.result.error->technical : QString()));
            QCOMPARE(r.result.measurement(QStringLiteral("firmware.signing_key"))->value.toString(),
                     m_key.keyId);
        }
        QCOMPARE(releases->signatureVerifications(), 1);

        // Another image under the same manifest and signature (the same release digest): refused by its
        // digest although the signature is known, and nothing is written.
        const QString imagePath = QDir(m_fx->catalogDir()).filePath(QStringLiteral("widget-1.2.0.bin"));
        QByteArray swapped = m_image;
        swapped[1234] = char(swapped.at(1234) ^ 1);
        QVERIFY(writeFile(imagePath, swapped));
        QVERIFY(writeFile(m_flash, QByteArray(sim::SimFleet::kFlashSize, '\xFF')));
        const QByteArray before = deviceState();
        const Run tampered = session();
        QVERIFY(writeFile(imagePath, m_image));
        QVERIFY(!tampered.result.passed());
        QCOMPARE(refusedAs(tampered), QStringLiteral("digest-mismatch"));
        QCOMPARE(deviceState(), before);
        QCOMPARE(releases->signatureVerifications(), 1);

        // The key that verified it is no longer trusted: what the cache knows vouches for nothing.
        const Run untrusted = session({{QStringLiteral("signingKeys"), QJsonArray{m_edKey.publicPem}}});
        QVERIFY(!untrusted.result.passed());
        QCOMPARE(refusedAs(untrusted), QStringLiteral("unknown-key"));
        QCOMPARE(deviceState(), before);
        QCOMPARE(releases->signatureVerifications(), 2);

        // Another station session verifies it again, once.
        releases = std::make_shared<firmware::ReleaseCache>();
        QVERIFY(session().result.passed());
        QVERIFY(session().result.passed());
        QCOMPARE(releases->signatureVerifications(), 1);
    }

    void rerunRewritesAndRedefinesForeignIndex()
    {
        // Someone defined the index with another size: the station replaces it.
        QVERIFY(test::runTool(QStringLiteral("tpm2_nvundefine"),
                              {QStringLiteral("0x01500100"), QStringLiteral("-C"), QStringLiteral("o")},
                              m_tcti)
                    .ok());
        QVERIFY(test::runTool(QStringLiteral("tpm2_nvdefine"),
                              {QStringLiteral("0x01500100"), QStringLiteral("-C"), QStringLiteral("o"),
                               QStringLiteral("-s"), QStringLiteral("64"), QStringLiteral("-a"),
                               QStringLiteral("ownerwrite|ownerread")},
                              m_tcti)
                    .ok());
        QVERIFY(!nvPublic().contains("writelocked"));
        QJsonObject s =
            section({{QStringLiteral("version"), QStringLiteral("1.0.0")},
                     {QStringLiteral("dps"),
                      QJsonObject{{QStringLiteral("idScope"), QStringLiteral("0ne00ZZZZZZ")},
                                  {QStringLiteral("endpoint"), QStringLiteral("dps.example.com")}}}});
        const Run r = run(s);
        QVERIFY2(r.result.passed(), qPrintable(r.result.error ? r.result.error->technical : QString()));
        QCOMPARE(r.result.measurement(QStringLiteral("firmware.version"))->value.toString(),
                 QStringLiteral("1.0.0"));
        const test::ToolRun nv =
            test::runTool(QStringLiteral("tpm2_nvread"), {QStringLiteral("0x01500100")}, m_tcti);
        QVERIFY2(nv.ok(), nv.err.constData());
        auto decoded = firmware::ProvisioningSettings::fromNvRecord(nv.out);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->idScope, QStringLiteral("0ne00ZZZZZZ"));
        QCOMPARE(decoded->endpoint, QStringLiteral("dps.example.com"));
        QVERIFY(nvPublic().contains("writelocked"));
        QVERIFY(nvPublic().contains("authwrite"));
        QCOMPARE(r.result.measurement(QStringLiteral("settings.defined_by_step3"))->value.toString(),
                 QStringLiteral("false"));
        QCOMPARE(readFile(m_flash).left(90000), test::FirmwareFixture::randomImage(90000, 3));
    }

    void ed25519Release()
    {
        QVERIFY(undefineIndex()); // no step 3: the station defines the index itself (empty owner auth)
        const QString m =
            m_fx->release(QStringLiteral("widget-ed"), QStringLiteral("widget"), QStringLiteral("1.1.0"),
                          test::FirmwareFixture::randomImage(4096, 9), m_edKey);
        QVERIFY(!m.isEmpty());
        const Run r = run(section({{QStringLiteral("manifest"), QStringLiteral("widget-ed.manifest.json")}}));
        QVERIFY2(r.result.passed(), qPrintable(r.result.error ? r.result.error->technical : QString()));
        QCOMPARE(r.result.measurement(QStringLiteral("firmware.signature_algorithm"))->value.toString(),
                 QStringLiteral("ed25519"));
        QVERIFY(nvPublic().contains("writelocked"));
        QVERIFY(QFile::remove(m)); // keep the automatic selection on 1.2.0
    }

    void simulatedFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("outcome");
        QTest::newRow("fail") << QStringLiteral("fail") << int(Outcome::Fail);
        QTest::newRow("hang") << QStringLiteral("hang") << int(Outcome::Error);
        QTest::newRow("corrupt-readback") << QStringLiteral("corrupt-readback") << int(Outcome::Fail);
    }
    void simulatedFaults()
    {
        QFETCH(QString, fault);
        QFETCH(int, outcome);
        QVERIFY(writeFile(m_flash, QByteArray(sim::SimFleet::kFlashSize, '\xFF')));
        const QByteArray before = deviceState();
        const QByteArray nvBefore = before.mid(before.indexOf(" nv:"));
        const Run r = run(section(
            {{QStringLiteral("flasher"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("simulated")},
                                                     {QStringLiteral("fault"), fault},
                                                     {QStringLiteral("timeoutMs"), 400}}}}));
        QVERIFY(!r.result.passed());
        QCOMPARE(int(r.result.outcome), outcome);
        QCOMPARE(r.result.error->code, StepErrc::Programmer);
        QVERIFY(r.result.error->operatorMessage.contains(QStringLiteral("NOT flashed")));
        QVERIFY(r.result.artifact(QStringLiteral("programmer.log")));
        const QByteArray after = deviceState();
        QCOMPARE(after.mid(after.indexOf(" nv:")), nvBefore); // settings only after a good flash
        if (fault != QLatin1String("corrupt-readback"))
            QCOMPARE(after, before);
    }

    void commandFlasherThroughStation()
    {
        const QString settingsCopy = m_dir.filePath(QStringLiteral("settings-seen.json"));
        const QString flash = script(QStringLiteral("programmer.sh"),
                                     "dd if=\"$1\" of=\"$2\" conv=notrunc status=none\ncp \"$3\" \"$4\"\n"
                                     "echo \"flashed $5 via $6\"\n");
        const QString readBack = script(QStringLiteral("readback.sh"), "head -c \"$2\" \"$1\"\n");
        const QJsonObject flasher{
            {QStringLiteral("kind"), QStringLiteral("command")},
            {QStringLiteral("program"), flash},
            {QStringLiteral("arguments"),
             QJsonArray{QStringLiteral("{image}"), m_flash, QStringLiteral("{settings}"), settingsCopy,
                        QStringLiteral("{serial}"), QStringLiteral("{port}")}},
            {QStringLiteral("timeoutMs"), 10000},
            {QStringLiteral("readBack"),
             QJsonObject{{QStringLiteral("program"), readBack},
                         {QStringLiteral("arguments"), QJsonArray{m_flash, QStringLiteral("{size}")}}}}};
        QVERIFY(writeFile(m_flash, QByteArray(sim::SimFleet::kFlashSize, '\xFF')));
        QVERIFY(predefineIndex());

        // The operator declines: nothing runs, nothing changes.
        const QByteArray before = deviceState();
        const Run declined =
            run(section({{QStringLiteral("flasher"), flasher}}), kRegId, true, false, PromptAnswer::Declined);
        QCOMPARE(declined.result.outcome, Outcome::Aborted);
        QCOMPARE(declined.prompts.size(), 1);
        QCOMPARE(deviceState(), before);
        QVERIFY(!QFile::exists(settingsCopy));

        const Run r = run(section({{QStringLiteral("flasher"), flasher}}));
        QVERIFY2(r.result.passed(), qPrintable(r.result.error ? r.result.error->technical : QString()));
        QCOMPARE(r.prompts.size(), 1);
        QVERIFY(r.prompts.first().contains(m_fleet->devices().at(0).serial));
        QCOMPARE(readFile(m_flash).left(m_image.size()), m_image);
        QCOMPARE(readFile(settingsCopy),
                 r.result.artifact(QStringLiteral("provisioning-settings.json"))->data);
        QVERIFY(readFile(settingsCopy).contains("0ne000A1B2C"));
        const QByteArray log = r.result.artifact(QStringLiteral("programmer.log"))->data;
        QVERIFY(log.contains("flashed " + m_fleet->devices().at(0).serial.toUtf8() + " via usb:1-2"));
        QCOMPARE(r.result.measurement(QStringLiteral("firmware.programmer"))->value.toString(),
                 QStringLiteral("command:") + flash);
        QCOMPARE(r.result.measurement(QStringLiteral("firmware.readback_sha256"))->verdict, Verdict::Pass);
    }

    void commandFlasherHangIsNotFlashed()
    {
        const QString hang = script(QStringLiteral("hang.sh"), "exec sleep 30\n");
        const QByteArray nvBefore = deviceState().split(' ').last();
        const Run r = run(section(
            {{QStringLiteral("flasher"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("command")},
                                                     {QStringLiteral("program"), hang},
                                                     {QStringLiteral("timeoutMs"), 500}}}}));
        QVERIFY(!r.result.passed());
        QCOMPARE(r.result.error->code, StepErrc::Programmer);
        QVERIFY(r.result.error->technical.startsWith(QStringLiteral("timeout")));
        QVERIFY(r.result.error->operatorMessage.contains(QStringLiteral("NOT flashed")));
        QCOMPARE(deviceState().split(' ').last(), nvBefore);
    }

    void ownerAuthorizationContract()
    {
        // An index without step 3's definition needs the owner authorization to define it.
        QVERIFY(undefineIndex());
        const QByteArray secret = "owner-secret-from-step-3";
        QVERIFY(test::runTool(QStringLiteral("tpm2_changeauth"),
                              {QStringLiteral("-c"), QStringLiteral("o"), QString::fromLatin1(secret)},
                              m_tcti)
                    .ok());
        const Run refused = run(section());
        QVERIFY(!refused.result.passed());
        QCOMPARE(refused.result.error->code, StepErrc::Tpm);
        QVERIFY(!refused.result.error->technical.contains(QString::fromLatin1(secret)));
        const Run r = run(section(), kRegId, true, false, PromptAnswer::Confirmed,
                          [&](const StepContext&) -> Result<crypto::SecureBytes, QString> { return test::secretOf(secret); });
        QVERIFY2(r.result.passed(), qPrintable(r.result.error ? r.result.error->technical : QString()));
        for (const Measurement& m : r.result.measurements)
            QVERIFY(!m.value.toString().contains(QString::fromLatin1(secret)));
        for (const Artifact& a : r.result.artifacts)
            QVERIFY(!a.data.contains(secret));
        QVERIFY(test::runTool(QStringLiteral("tpm2_changeauth"),
                              {QStringLiteral("-c"), QStringLiteral("o"), QStringLiteral("-p"),
                               QString::fromLatin1(secret)},
                              m_tcti)
                    .ok());
    }

    void predefinedIndexNeedsNoOwnerAuthorization()
    {
        // Step 3 defined the index, then set the owner authorization; this session does not hold it.
        QVERIFY(predefineIndex());
        const QByteArray secret = "owner-secret-not-held";
        QVERIFY(test::runTool(QStringLiteral("tpm2_changeauth"),
                              {QStringLiteral("-c"), QStringLiteral("o"), QString::fromLatin1(secret)},
                              m_tcti)
                    .ok());
        int asked = 0;
        const Run r = run(section(), kRegId, true, false, PromptAnswer::Confirmed,
                          [&](const StepContext&) -> Result<crypto::SecureBytes, QString> {
                              ++asked;
                              return fail(QStringLiteral("not held"));
                          });
        QVERIFY2(r.result.passed(), qPrintable(r.result.error ? r.result.error->technical : QString()));
        QCOMPARE(asked, 0);
        QVERIFY(nvPublic().contains("writelocked"));
        QVERIFY(test::runTool(QStringLiteral("tpm2_changeauth"),
                              {QStringLiteral("-c"), QStringLiteral("o"), QStringLiteral("-p"),
                               QString::fromLatin1(secret)},
                              m_tcti)
                    .ok());
    }
};

STATION_TEST_GUILESS_MAIN(TestFirmwareFlashedStation)
#include "TestFirmwareFlashedStation.moc"
