// `tpm-station-cli firmware verify|settings` as an operator or engineer runs them.
#include "FirmwareFixture.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/firmware/SettingsNv.h"
#include "core/tpm/TpmSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

class TestFirmwareCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::FirmwareFixture> m_fx;
    test::KeyFiles m_key;

    static test::ToolRun cli(const QStringList& args) { return test::runTool(test::cliPath(), args); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!test::cliPath().isEmpty());
        m_fx = std::make_unique<test::FirmwareFixture>(m_dir.path());
        m_key = m_fx->generateKey(QStringLiteral("k"), QStringLiteral("ec"));
        QVERIFY(!m_fx->release(QStringLiteral("w"), QStringLiteral("widget"), QStringLiteral("2.0"),
                               test::FirmwareFixture::randomImage(1000, 1), m_key)
                     .isEmpty());
    }

    void verifyAccepts()
    {
        const test::ToolRun r =
            cli({QStringLiteral("firmware"), QStringLiteral("verify"), QStringLiteral("--catalog"),
                 m_fx->catalogDir(), QStringLiteral("--product"), QStringLiteral("widget"),
                 QStringLiteral("--key"), m_key.publicPem, QStringLiteral("--json")});
        QVERIFY2(r.ok(), r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(o.value(QStringLiteral("keyId")).toString(), m_key.keyId);
    }

    void verifyRefuses()
    {
        const test::ToolRun wrong =
            cli({QStringLiteral("firmware"), QStringLiteral("verify"), QStringLiteral("--catalog"),
                 m_fx->catalogDir(), QStringLiteral("--product"), QStringLiteral("gadget"),
                 QStringLiteral("--key"), m_key.publicPem, QStringLiteral("--manifest"),
                 QStringLiteral("w.manifest.json")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("wrong-product"), wrong.err.constData());
        const test::KeyFiles other = m_fx->generateKey(QStringLiteral("o"), QStringLiteral("ed25519"));
        const test::ToolRun unknown =
            cli({QStringLiteral("firmware"), QStringLiteral("verify"), QStringLiteral("--catalog"),
                 m_fx->catalogDir(), QStringLiteral("--product"), QStringLiteral("widget"),
                 QStringLiteral("--key"), other.publicPem});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("unknown-key"), unknown.err.constData());
        const test::ToolRun usage = cli({QStringLiteral("firmware"), QStringLiteral("verify"),
                                         QStringLiteral("--catalog"), m_fx->catalogDir()});
        QCOMPARE(usage.exitCode, 2);
    }

    void settingsReadsTheIndex()
    {
        test::TestFleet fleet(1);
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString tcti = fleet.devices().at(0).tcti();
        const test::ToolRun none =
            cli({QStringLiteral("firmware"), QStringLiteral("settings"), QStringLiteral("--tcti"), tcti});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("0x01500100"), none.err.constData());

        firmware::ProvisioningSettings s;
        s.idScope = QStringLiteral("0ne0000BEEF");
        s.registrationId = QStringLiteral("device-42");
        s.product = QStringLiteral("widget");
        {
            auto session = tpm::TpmSession::open({tcti});
            QVERIFY(session.ok());
            auto stored = firmware::storeSettingsRecord(**session, *s.toNvRecord(), {}, tpm::NvIo{200});
            QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().technical()));
        }
        const test::ToolRun r = cli({QStringLiteral("firmware"), QStringLiteral("settings"),
                                     QStringLiteral("--tcti"), tcti, QStringLiteral("--json")});
        QVERIFY2(r.ok(), r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), s.toJson());
        // The documented shell one-liner gives the same JSON payload.
        const test::ToolRun nv =
            test::runTool(QStringLiteral("tpm2_nvread"), {QStringLiteral("0x01500100")}, tcti);
        QVERIFY(nv.ok());
        QByteArray payload = nv.out.mid(40);
        payload.replace('\0', QByteArray());
        QCOMPARE(QJsonDocument::fromJson(payload).object(), s.toJson());
    }
};

STATION_TEST_GUILESS_MAIN(TestFirmwareCli)
#include "TestFirmwareCli.moc"
