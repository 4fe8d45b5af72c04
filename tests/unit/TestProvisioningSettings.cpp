// Provisioning settings: validation rules (DESIGN §3.1 registration IDs, DPS ID scope, endpoint
// host name) and the NV record layout of docs/FIRMWARE.md.
#include "TestMain.h"
#include "core/firmware/ProvisioningSettings.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>
#include <QtEndian>

using namespace tps::firmware;

namespace {
ProvisioningSettings valid()
{
    ProvisioningSettings s;
    s.idScope = QStringLiteral("0ne000A1B2C");
    s.registrationId = QStringLiteral("n3kzqkqo5wdifsmqdsq2d6ax4wspxhl7aqa6uvmzqeinjmxdmvja");
    s.product = QStringLiteral("widget");
    return s;
}
} // namespace

class TestProvisioningSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        QCOMPARE(ProvisioningSettings().endpoint, QStringLiteral("global.azure-devices-provisioning.net"));
        QVERIFY(valid().validate().ok());
        QCOMPARE(kSettingsNvIndex, 0x01500100u);
    }

    void idScope_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("typical") << QStringLiteral("0ne000A1B2C") << true;
        QTest::newRow("digits") << QStringLiteral("0ne00000000") << true;
        QTest::newRow("letters") << QStringLiteral("0neZZZZZZZZ") << true;
        QTest::newRow("lowercase tail") << QStringLiteral("0ne000a1b2c") << false;
        QTest::newRow("uppercase prefix") << QStringLiteral("0NE000A1B2C") << false;
        QTest::newRow("short") << QStringLiteral("0ne000A1B2") << false;
        QTest::newRow("long") << QStringLiteral("0ne000A1B2CD") << false;
        QTest::newRow("prefix") << QStringLiteral("1ne000A1B2C") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dash") << QStringLiteral("0ne000A-B2C") << false;
        // A "^...$" pattern also matches before a final newline (found by tests/fuzz identifiers).
        QTest::newRow("trailing newline") << QStringLiteral("0ne000A1B2C\n") << false;
    }
    void idScope()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QCOMPARE(isValidIdScope(value), ok);
        ProvisioningSettings s = valid();
        s.idScope = value;
        QCOMPARE(s.validate().ok(), ok);
        if (!ok)
            QCOMPARE(s.validate().error().field, QStringLiteral("idScope"));
    }

    void registrationId_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("base32") << QStringLiteral("n3kzqkqo5wdifsmqdsq2d6ax4wspxhl7aqa6uvmzqeinjmxdmvja")
                                << true;
        QTest::newRow("one char") << QStringLiteral("a") << true;
        QTest::newRow("punctuation") << QStringLiteral("dev-1.line_2:a") << true;
        QTest::newRow("128") << QString(128, QLatin1Char('a')) << true;
        QTest::newRow("129") << QString(129, QLatin1Char('a')) << false;
        QTest::newRow("trailing newline") << QStringLiteral("dev-1\n") << false;
        QTest::newRow("uppercase") << QStringLiteral("Device1") << false;
        QTest::newRow("starts dash") << QStringLiteral("-dev") << false;
        QTest::newRow("ends colon") << QStringLiteral("dev:") << false;
        QTest::newRow("space") << QStringLiteral("dev 1") << false;
        QTest::newRow("percent") << QStringLiteral("dev%1") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void registrationId()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QCOMPARE(isValidRegistrationId(value), ok);
        ProvisioningSettings s = valid();
        s.registrationId = value;
        QCOMPARE(s.validate().ok(), ok);
        if (!ok)
            QCOMPARE(s.validate().error().field, QStringLiteral("registrationId"));
    }

    void endpoint_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("global") << QStringLiteral("global.azure-devices-provisioning.net") << true;
        QTest::newRow("private") << QStringLiteral("dps-1.example.com") << true;
        QTest::newRow("url") << QStringLiteral("https://global.azure-devices-provisioning.net") << false;
        QTest::newRow("trailing newline") << QStringLiteral("dps-1.example.com\n") << false;
        QTest::newRow("newline in a label") << QStringLiteral("dps-1\n.example.com") << false;
        QTest::newRow("path") << QStringLiteral("global.azure-devices-provisioning.net/x") << false;
        QTest::newRow("single label") << QStringLiteral("localhost") << false;
        QTest::newRow("leading dash") << QStringLiteral("-a.example.com") << false;
        QTest::newRow("empty label") << QStringLiteral("a..example.com") << false;
        QTest::newRow("port") << QStringLiteral("a.example.com:443") << false;
        QTest::newRow("long label") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void endpoint()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QCOMPARE(isValidHostname(value), ok);
        ProvisioningSettings s = valid();
        s.endpoint = value;
        QCOMPARE(s.validate().ok(), ok);
    }

    void product()
    {
        ProvisioningSettings s = valid();
        s.product = QStringLiteral("bad product");
        QCOMPARE(s.validate().error().field, QStringLiteral("product"));
        QVERIFY(!s.toNvRecord().ok());
    }

    void nvRecordLayout()
    {
        const ProvisioningSettings s = valid();
        auto record = s.toNvRecord();
        QVERIFY(record.ok());
        QCOMPARE(record->size(), int(kSettingsNvSize));
        QCOMPARE(record->left(4), QByteArray("TPSP"));
        QCOMPARE(quint8(record->at(4)), quint8(1));
        const int len = qFromBigEndian<quint16>(record->constData() + 6);
        const QByteArray payload = record->mid(40, len);
        QCOMPARE(record->mid(8, 32), QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
        QCOMPARE(QJsonDocument::fromJson(payload).object(), s.toJson());
        QCOMPARE(record->mid(40 + len), QByteArray(kSettingsNvSize - 40 - len, '\0'));
        auto back = ProvisioningSettings::fromNvRecord(*record);
        QVERIFY(back.ok());
        QVERIFY(*back == s);
    }

    void nvRecordDamageDetected()
    {
        const QByteArray record = *valid().toNvRecord();
        QByteArray torn = record;
        torn[45] = char(torn.at(45) ^ 1);
        QVERIFY(!ProvisioningSettings::fromNvRecord(torn).ok());
        QVERIFY(!ProvisioningSettings::fromNvRecord(QByteArray(kSettingsNvSize, '\xFF')).ok());
        QVERIFY(!ProvisioningSettings::fromNvRecord(record.left(20)).ok());
        QByteArray longLength = record;
        qToBigEndian<quint16>(quint16(2000), longLength.data() + 6);
        QVERIFY(!ProvisioningSettings::fromNvRecord(longLength).ok());
        QByteArray layout = record;
        layout[4] = 2;
        QVERIFY(!ProvisioningSettings::fromNvRecord(layout).ok());
    }

    void settingsFileIsJson()
    {
        const ProvisioningSettings s = valid();
        const QJsonObject o = QJsonDocument::fromJson(s.toSettingsFile()).object();
        QCOMPARE(o.value(QStringLiteral("idScope")).toString(), s.idScope);
        QCOMPARE(o.value(QStringLiteral("endpoint")).toString(), s.endpoint);
        QCOMPARE(o.value(QStringLiteral("registrationId")).toString(), s.registrationId);
        QCOMPARE(o.value(QStringLiteral("product")).toString(), s.product);
        QVERIFY(*ProvisioningSettings::fromJson(o) == s);
    }
};

STATION_TEST_GUILESS_MAIN(TestProvisioningSettings)
#include "TestProvisioningSettings.moc"
