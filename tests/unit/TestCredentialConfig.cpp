// The product profile's credential modes (stations/CredentialConfig): parsed and checked when a profile
// is loaded, with translated errors that name the field; a slot the device client's DPS attestation
// would destroy, or an owner authorization Limpet could not use, refuses the whole profile.
#include "EscrowTestKeys.h"
#include "TestMain.h"
#include "stations/CredentialConfig.h"
#include "stations/ProfileCheck.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using stations::CredentialConfig;
using stations::CredentialMode;

class TestCredentialConfig : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::OwnerKeys m_cloud;

    QJsonObject slotSection(int slot) const
    {
        return QJsonObject{{QStringLiteral("mode"), QStringLiteral("iothub-symmetric-slot")},
                           {QStringLiteral("slot"), slot},
                           {QStringLiteral("hubHostName"), QStringLiteral("widgets.azure-devices.net")},
                           {QStringLiteral("cloudCertificate"), m_cloud.cert}};
    }
    static timeline::ProductProfile profileWith(const QJsonObject& credentials,
                                                const QJsonObject& device = {},
                                                const QJsonObject& ownership = {})
    {
        timeline::ProductProfile p;
        p.setSection(QStringLiteral("credentials"), credentials);
        if (!device.isEmpty())
            p.setSection(QStringLiteral("device"), device);
        if (!ownership.isEmpty())
            p.setSection(QStringLiteral("ownership"), ownership);
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cloud = test::makeOwnerKeys(m_dir.path(), QStringLiteral("cloud"));
        QVERIFY(!m_cloud.cert.isEmpty());
    }

    void absentSectionIsDpsTpm()
    {
        auto c = CredentialConfig::parse({});
        QVERIFY(c.ok());
        QCOMPARE(c->mode, CredentialMode::DpsTpm);
        QVERIFY(!c->usesSlot());
        QVERIFY(stations::checkProfile(timeline::ProductProfile{}).ok());
    }

    void modesRoundTrip()
    {
        for (const char* key : {"dps-tpm", "iothub-symmetric-slot", "dps-symmetric-group"})
            QCOMPARE(stations::credentialModeKey(*stations::credentialModeFromKey(QLatin1String(key))),
                     QLatin1String(key));
        QVERIFY(!stations::credentialModeFromKey(QStringLiteral("x509")));
    }

    void iotHubSlotParses()
    {
        auto c = CredentialConfig::parse(slotSection(3));
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error()));
        QCOMPARE(c->mode, CredentialMode::IotHubSymmetricSlot);
        QCOMPARE(c->slot, 3);
        QCOMPARE(c->hubHostName, QStringLiteral("widgets.azure-devices.net"));
        QCOMPARE(*c->deviceIdFor(QStringLiteral("SIM-0001"), QStringLiteral("abc")),
                 QStringLiteral("SIM-0001"));
    }

    void groupModeNeedsOnlyTheSlot()
    {
        auto c = CredentialConfig::parse(QJsonObject{
            {QStringLiteral("mode"), QStringLiteral("dps-symmetric-group")}, {QStringLiteral("slot"), 2}});
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error()));
        QCOMPARE(c->mode, CredentialMode::DpsSymmetricGroup);
        QCOMPARE(c->slot, 2);
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mode") << "mode" << QJsonValue(QStringLiteral("x509")) << "credentials.mode";
        QTest::newRow("slot 10") << "slot" << QJsonValue(10) << "credentials.slot";
        QTest::newRow("slot -1") << "slot" << QJsonValue(-1) << "credentials.slot";
        QTest::newRow("slot 1.5") << "slot" << QJsonValue(1.5) << "credentials.slot";
        QTest::newRow("slot text") << "slot" << QJsonValue(QStringLiteral("1")) << "credentials.slot";
        QTest::newRow("host") << "hubHostName" << QJsonValue(QStringLiteral("not a host"))
                              << "credentials.hubHostName";
        QTest::newRow("host empty") << "hubHostName" << QJsonValue(QString()) << "credentials.hubHostName";
        QTest::newRow("pattern") << "deviceIdPattern" << QJsonValue(QStringLiteral("fixed"))
                                 << "deviceIdPattern";
        QTest::newRow("cert missing") << "cloudCertificate" << QJsonValue(QString()) << "cloudCertificate";
        QTest::newRow("cert bad") << "cloudCertificate" << QJsonValue(QStringLiteral("/etc/hostname"))
                                  << "cloudCertificate";
    }
    void badInputNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject section = slotSection(1);
        section.insert(field, value);
        auto c = CredentialConfig::parse(section);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().contains(expected), qPrintable(c.error()));
        QVERIFY(!stations::checkProfile(profileWith(section)).ok());
    }

    void missingSlotRefused()
    {
        QJsonObject section = slotSection(1);
        section.remove(QStringLiteral("slot"));
        auto c = CredentialConfig::parse(section);
        QVERIFY(!c.ok());
        QVERIFY(c.error().contains(QStringLiteral("credentials.slot")));
    }

    void deviceIdOutsideIotHubRulesRefused()
    {
        QJsonObject section = slotSection(1);
        section.insert(QStringLiteral("deviceIdPattern"), QStringLiteral("dev {serial}")); // a space
        auto c = CredentialConfig::parse(section);
        QVERIFY(c.ok());
        QVERIFY(!c->deviceIdFor(QStringLiteral("A1"), {}).ok());
        section.insert(QStringLiteral("deviceIdPattern"), QStringLiteral("{serial}-{registrationId}"));
        auto d = CredentialConfig::parse(section);
        QCOMPARE(*d->deviceIdFor(QStringLiteral("A1"), QStringLiteral("r2")), QStringLiteral("A1-r2"));
        QVERIFY(!d->deviceIdFor(QString(200, QLatin1Char('a')), QStringLiteral("r")).ok());
    }

    // The slot-0 conflict with the SDK clients' DPS identity key, refused at load by the profile check.
    void slotZeroWithSdkClientRefusedAtLoad()
    {
        const QJsonObject sdk{{QStringLiteral("client"), QStringLiteral("azure-iot-sdk-c")}};
        auto refused = CredentialConfig::fromProfile(profileWith(slotSection(0), sdk));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("0x81000100")), qPrintable(refused.error()));
        QVERIFY(!stations::checkProfile(profileWith(slotSection(0), sdk)).ok());
        QVERIFY(!stations::checkProfile(profileWith(slotSection(0))).ok()); // the default client is an SDK
        QVERIFY(stations::checkProfile(profileWith(slotSection(1), sdk)).ok());
        const QJsonObject none{{QStringLiteral("client"), QStringLiteral("none")}};
        QVERIFY(stations::checkProfile(profileWith(slotSection(0), none)).ok());
        const QJsonObject aziot{{QStringLiteral("client"), QStringLiteral("aziot-identity-service")},
                                {QStringLiteral("authKeyIndex"), 0x200}};
        QVERIFY(stations::checkProfile(profileWith(slotSection(0), aziot)).ok());
    }

    void ownerAuthWithSlotRefused()
    {
        const QJsonObject aziot{{QStringLiteral("client"), QStringLiteral("aziot-identity-service")},
                                {QStringLiteral("authKeyIndex"), 0x200},
                                {QStringLiteral("hierarchyAuthorization"), true},
                                {QStringLiteral("ownerAuthDelivery"), QStringLiteral("config file")}};
        const QJsonObject ownership{{QStringLiteral("escrowCertificate"), m_cloud.cert},
                                    {QStringLiteral("setOwnerAuth"), true}};
        // The same ownership is fine for dps-tpm with this client ...
        QVERIFY(stations::checkProfile(profileWith({}, aziot, ownership)).ok());
        // ... but Limpet's owner commands use the empty password.
        auto refused = stations::checkProfile(profileWith(slotSection(1), aziot, ownership));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("setOwnerAuth")), qPrintable(refused.error()));
    }
};

STATION_TEST_GUILESS_MAIN(TestCredentialConfig)
#include "TestCredentialConfig.moc"
