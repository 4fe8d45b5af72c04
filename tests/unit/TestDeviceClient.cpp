// The "device" profile section and the rule that ownership follows the device client: parsing,
// the clients' descriptions, and the contradictions refused when a profile is loaded.
#include "TestMain.h"
#include "core/dps/DeviceClient.h"
#include "core/ownership/OwnershipConfig.h"
#include "stations/ProfileCheck.h"

#include <QTest>

using namespace tps;

namespace {
QJsonObject ownershipSection(bool owner, bool endorsement)
{
    return QJsonObject{{QStringLiteral("escrowCertificate"), QStringLiteral("/o.pem")},
                       {QStringLiteral("setOwnerAuth"), owner},
                       {QStringLiteral("setEndorsementAuth"), endorsement}};
}

timeline::ProductProfile profileWith(const QJsonObject& device, const QJsonObject& own)
{
    timeline::ProductProfile p;
    p.setSection(QStringLiteral("device"), device);
    p.setSection(QStringLiteral("ownership"), own);
    return p;
}

QJsonObject client(const char* key)
{
    return QJsonObject{{QStringLiteral("client"), QString::fromLatin1(key)}};
}
} // namespace

class TestDeviceClient : public QObject
{
    Q_OBJECT
private slots:
    void defaultIsTheCSdkWithEmptyOwnerAndEndorsement()
    {
        auto c = dps::DeviceClient::fromJson({});
        QVERIFY(c.ok());
        QCOMPARE(c->key(), QStringLiteral("azure-iot-sdk-c"));
        QCOMPARE(c->authKeyHandle, 0x81000100u);
        QVERIFY(c->needsEmptyOwnerAuth() && c->needsEmptyEndorsementAuth());
        QCOMPARE(c->sequence().first(), dps::ClientCommand::ActivateCredential);
        QCOMPARE(dps::commandName(dps::ClientCommand::PersistKey, *c),
                 QStringLiteral("EvictControl to 0x81000100"));
    }

    void csharpDestroysBeforeActivating()
    {
        auto c = dps::DeviceClient::fromJson(client("azure-iot-sdk-csharp"));
        QVERIFY(c.ok());
        const auto seq = c->sequence();
        QVERIFY(seq.indexOf(dps::ClientCommand::UndefineSlotNv) <
                seq.indexOf(dps::ClientCommand::ActivateCredential));
        QVERIFY(seq.indexOf(dps::ClientCommand::EvictPreviousKey) <
                seq.indexOf(dps::ClientCommand::ActivateCredential));
    }

    void identityServiceSettings()
    {
        QJsonObject o = client("aziot-identity-service");
        o.insert(QStringLiteral("authKeyIndex"), 0x123);
        auto c = dps::DeviceClient::fromJson(o);
        QVERIFY(c.ok());
        QCOMPARE(c->authKeyHandle, 0x81000123u);
        QVERIFY(c->needsEmptyOwnerAuth());
        o.insert(QStringLiteral("hierarchyAuthorization"), true);
        QVERIFY(!dps::DeviceClient::fromJson(o).ok()); // how does the device receive it?
        o.insert(QStringLiteral("ownerAuthDelivery"), QStringLiteral("config.toml from the escrow"));
        c = dps::DeviceClient::fromJson(o);
        QVERIFY(c.ok());
        QVERIFY(!c->needsEmptyOwnerAuth() && c->needsEmptyEndorsementAuth());
        QCOMPARE(dps::DeviceClient::fromJson(c->toJson())->toJson(), c->toJson());
        o.insert(QStringLiteral("authKeyIndex"), 1); // 0x81000001 is the SRK
        QVERIFY(!dps::DeviceClient::fromJson(o).ok());
    }

    void refusals()
    {
        QVERIFY(!dps::DeviceClient::fromJson(client("azure-iot-sdk-go")).ok());
        QJsonObject o = client("azure-iot-sdk-c");
        o.insert(QStringLiteral("authKeyIndex"), 0x100);
        auto r = dps::DeviceClient::fromJson(o);
        QVERIFY(!r.ok() && r.error().contains(QStringLiteral("Azure IoT C SDK")));
        QVERIFY(!dps::DeviceClient::fromJson(QJsonObject{{QStringLiteral("clients"), 1}}).ok());
    }

    void contradictoryProfilesAreRefusedAtLoad()
    {
        auto r =
            stations::checkProfile(profileWith(client("azure-iot-sdk-c"), ownershipSection(true, false)));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("Azure IoT C SDK")) &&
                     r.error().contains(QStringLiteral("setOwnerAuth")),
                 qPrintable(r.error()));
        for (const char* key :
             {"azure-iot-sdk-c", "azure-iot-sdk-csharp", "azure-iot-sdk-java", "aziot-identity-service"}) {
            r = stations::checkProfile(profileWith(client(key), ownershipSection(false, true)));
            QVERIFY2(!r.ok() && r.error().contains(QStringLiteral("setEndorsementAuth")), key);
        }
        QVERIFY(stations::checkProfile(profileWith(client("azure-iot-sdk-c"), ownershipSection(false, false)))
                    .ok());
        QVERIFY(stations::checkProfile(profileWith(client("none"), ownershipSection(true, true))).ok());
        QJsonObject given = client("aziot-identity-service");
        given.insert(QStringLiteral("hierarchyAuthorization"), true);
        given.insert(QStringLiteral("ownerAuthDelivery"), QStringLiteral("config"));
        QVERIFY(stations::checkProfile(profileWith(given, ownershipSection(true, false))).ok());
    }
};

STATION_TEST_GUILESS_MAIN(TestDeviceClient)
#include "TestDeviceClient.moc"
