// Step 4 figures: the settings NV index's life on the line in-process vs the tpm2-tools pipeline a
// factory scripts today — defined as step 3 does (docs/FIRMWARE.md §5: AUTHWRITE | WRITEDEFINE |
// AUTHREAD | OWNERREAD | NO_DA), written with the index's own authorization and write-locked as step 4
// does, read back, then undefined for the next round — plus release verification and the simulated flash.
#include "FirmwareFixture.h"
#include "TestSupport.h"

#include "core/firmware/FirmwareCatalog.h"
#include "core/firmware/SettingsNv.h"
#include "core/firmware/SimulatedFlasher.h"
#include "core/tpm/TpmSession.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
constexpr int kRounds = 20;
}

class BenchFirmwareStep : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void settingsNvStationVsTools()
    {
        test::TestFleet fleet(1);
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString tcti = fleet.devices().at(0).tcti();
        firmware::ProvisioningSettings s;
        s.idScope = QStringLiteral("0ne000A1B2C");
        s.registrationId = QStringLiteral("n3kzqkqo5wdifsmqdsq2d6ax4wspxhl7aqa6uvmzqeinjmxdmvja");
        s.product = QStringLiteral("widget");
        const QByteArray record = *s.toNvRecord();

        QElapsedTimer t;
        t.start();
        {
            auto session = tpm::TpmSession::open({tcti});
            QVERIFY(session.ok());
            for (int i = 0; i < kRounds; ++i) {
                const auto defined = firmware::defineSettingsIndex(**session);
                QVERIFY(defined.ok() && *defined == firmware::SettingsDefine::Defined);
                const auto stored = firmware::storeSettingsRecord(**session, record, {});
                QVERIFY(stored.ok() && *stored == firmware::SettingsStore::Written);
                QVERIFY(tpm::nvUndefine(**session, firmware::kSettingsNvIndex, tpm::NvAuth::owner()).ok());
            }
        }
        const double station = double(t.nsecsElapsed()) / 1e6 / kRounds;

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("record.bin"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(record) == record.size());
        f.close();
        const QString idx = QStringLiteral("0x01500100");
        t.restart();
        for (int i = 0; i < kRounds; ++i) {
            QVERIFY(test::runTool(QStringLiteral("tpm2_nvdefine"),
                                  {idx, QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-s"),
                                   QStringLiteral("1024"), QStringLiteral("-a"),
                                   QStringLiteral("authwrite|writedefine|authread|ownerread|no_da")},
                                  tcti)
                        .ok());
            QVERIFY(test::runTool(QStringLiteral("tpm2_nvwrite"),
                                  {idx, QStringLiteral("-C"), idx, QStringLiteral("-i"), file}, tcti)
                        .ok());
            QVERIFY(test::runTool(QStringLiteral("tpm2_nvwritelock"), {idx, QStringLiteral("-C"), idx}, tcti)
                        .ok());
            const test::ToolRun back = test::runTool(QStringLiteral("tpm2_nvread"), {idx}, tcti);
            QVERIFY(back.ok());
            QCOMPARE(back.out, record);
            QVERIFY(test::runTool(QStringLiteral("tpm2_nvundefine"),
                                  {idx, QStringLiteral("-C"), QStringLiteral("o")}, tcti)
                        .ok());
        }
        const double tools = double(t.nsecsElapsed()) / 1e6 / kRounds;
        qInfo("settings NV (define + write 1024 B + write-lock + read back + undefine), %d rounds:", kRounds);
        qInfo("  station in-process : %8.2f ms/device", station);
        qInfo("  tpm2-tools pipeline: %8.2f ms/device (%.1fx slower)", tools, tools / station);
        QVERIFY(station < tools);
    }

    void verifyAndSimulatedFlash()
    {
        QTemporaryDir dir;
        test::FirmwareFixture fx(dir.path());
        const test::KeyFiles ec = fx.generateKey(QStringLiteral("ec"), QStringLiteral("ec"));
        const test::KeyFiles ed = fx.generateKey(QStringLiteral("ed"), QStringLiteral("ed25519"));
        const QByteArray image = test::FirmwareFixture::randomImage(200 * 1024, 11);
        QVERIFY(!fx.release(QStringLiteral("ec"), QStringLiteral("widget"), QStringLiteral("1"), image, ec)
                     .isEmpty());
        QVERIFY(!fx.release(QStringLiteral("ed"), QStringLiteral("widget"), QStringLiteral("2"), image, ed)
                     .isEmpty());
        auto keys = firmware::SignatureVerifier::fromFiles({ec.publicPem, ed.publicPem});
        auto catalog = firmware::FirmwareCatalog::open(fx.catalogDir());
        QVERIFY(keys.ok() && catalog.ok());
        for (const char* name : {"ec", "ed"}) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < kRounds; ++i)
                QVERIFY(catalog
                            ->verify(QString::fromLatin1(name) + QStringLiteral(".manifest.json"), *keys,
                                     QStringLiteral("widget"))
                            .ok());
            qInfo("verify release (%s, 200 KiB image): %.2f ms", name,
                  double(t.nsecsElapsed()) / 1e6 / kRounds);
        }
        const QString flash = dir.filePath(QStringLiteral("flash.bin"));
        QFile f(flash);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(sim::SimFleet::kFlashSize, '\xFF')));
        f.close();
        const QString imagePath = dir.filePath(QStringLiteral("catalog/ec.bin"));
        firmware::FlashJob job;
        job.imagePath = imagePath;
        job.imageSha256 = QCryptographicHash::hash(image, QCryptographicHash::Sha256);
        job.imageSize = image.size();
        firmware::SimulatedFlasher flasher(flash);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < kRounds; ++i)
            QVERIFY(flasher.flash(job).ok());
        qInfo("simulated flash + read-back (200 KiB into 256 KiB, fsync): %.2f ms",
              double(t.nsecsElapsed()) / 1e6 / kRounds);
    }
};

QTEST_GUILESS_MAIN(BenchFirmwareStep)
#include "BenchFirmwareStep.moc"
