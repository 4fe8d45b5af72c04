// Step 4's release choice (core/firmware/FirmwareProcedure: verifyRelease): releases signed by the openssl
// CLI, chosen by product and version or named, and every refusal placed at the stage that refused it —
// the station's configuration, the selection, or the release itself.
#include "FirmwareFixture.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/firmware/FirmwareProcedure.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::firmware;

class TestFirmwareProcedure : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::FirmwareFixture> m_fx;
    test::KeyFiles m_key;
    QByteArray m_image;
    QString m_old;
    QString m_new;

    ReleaseChoice choice() const
    {
        return ReleaseChoice{m_fx->catalogDir(), {m_key.publicPem}, {}, QStringLiteral("widget"), {}};
    }
    static void expectRefused(const ReleaseChoice& c, ReleaseStage stage, FirmwareErrc code)
    {
        auto r = verifyRelease(c);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().stage), int(stage));
        QCOMPARE(QString::fromLatin1(errcName(r.error().error.code)), QString::fromLatin1(errcName(code)));
        QVERIFY(!r.error().error.message.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fx = std::make_unique<test::FirmwareFixture>(m_dir.path());
        m_key = m_fx->generateKey(QStringLiteral("ec"), QStringLiteral("ec"));
        QVERIFY(!m_key.keyId.isEmpty());
        m_image = test::FirmwareFixture::randomImage(4096, 11);
        m_old = m_fx->release(QStringLiteral("w-1"), QStringLiteral("widget"), QStringLiteral("1.0.0"),
                              m_image, m_key);
        m_new = m_fx->release(QStringLiteral("w-2"), QStringLiteral("widget"), QStringLiteral("1.2.0"),
                              m_image, m_key);
        QVERIFY(!m_old.isEmpty() && !m_new.isEmpty());
    }

    void highestVersionOfTheProductIsChosen()
    {
        auto r = verifyRelease(choice());
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().error.technical));
        QCOMPARE(r->manifest.version, QStringLiteral("1.2.0"));
        QCOMPARE(r->image, m_image);
        QCOMPARE(r->keyId, m_key.keyId);
    }

    void versionAndManifestChooseExactly()
    {
        ReleaseChoice byVersion = choice();
        byVersion.version = QStringLiteral("1.0.0");
        auto r = verifyRelease(byVersion);
        QVERIFY(r.ok());
        QCOMPARE(r->manifest.version, QStringLiteral("1.0.0"));
        ReleaseChoice named = choice();
        named.manifest = m_old;
        auto n = verifyRelease(named);
        QVERIFY(n.ok());
        QCOMPARE(n->manifest.version, QStringLiteral("1.0.0"));
    }

    void configurationRefusals()
    {
        ReleaseChoice noKey = choice();
        noKey.signingKeys = {m_dir.filePath(QStringLiteral("absent.pem"))};
        expectRefused(noKey, ReleaseStage::Configuration, FirmwareErrc::KeyUnusable);
        ReleaseChoice noCatalog = choice();
        noCatalog.catalog = m_dir.filePath(QStringLiteral("absent"));
        expectRefused(noCatalog, ReleaseStage::Configuration, FirmwareErrc::CatalogMissing);
    }

    void selectionRefusals()
    {
        ReleaseChoice other = choice();
        other.product = QStringLiteral("gadget");
        expectRefused(other, ReleaseStage::Selection, FirmwareErrc::NotFound);
        ReleaseChoice missingVersion = choice();
        missingVersion.version = QStringLiteral("9.9.9");
        expectRefused(missingVersion, ReleaseStage::Selection, FirmwareErrc::NotFound);
    }

    void alteredImageIsRefusedAtVerification()
    {
        const QString manifest = m_fx->release(QStringLiteral("t-1"), QStringLiteral("tool"),
                                               QStringLiteral("2.0.0"), m_image, m_key);
        QVERIFY(!manifest.isEmpty());
        QByteArray altered = m_image;
        altered[100] = char(altered[100] ^ 0x01);
        QFile image(m_fx->catalogDir() + QStringLiteral("/t-1.bin"));
        QVERIFY(image.open(QIODevice::WriteOnly));
        QCOMPARE(image.write(altered), qint64(altered.size()));
        image.close();
        ReleaseChoice tool = choice();
        tool.product = QStringLiteral("tool");
        expectRefused(tool, ReleaseStage::Verification, FirmwareErrc::DigestMismatch);
    }
};

STATION_TEST_GUILESS_MAIN(TestFirmwareProcedure)
#include "TestFirmwareProcedure.moc"
