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

    void refusalsNameTheClientAndTheCommand()
    {
        auto c = dps::DeviceClient::fromJson(client("azure-iot-sdk-c"));
        QVERIFY(c.ok());
        QVERIFY(dps::clientRefusals(*c, false, false).isEmpty());
        auto r = dps::clientRefusals(*c, true, false);
        QCOMPARE(r.size(), 1);
        // The wording, exactly.
        QCOMPARE(
            dps::refusalText(*c, r.first()),
            QStringLiteral("Azure IoT C SDK: EvictControl to 0x81000100 with empty owner authorization is "
                           "refused — owner authorization is set"));
        r = dps::clientRefusals(*c, true, true);
        QCOMPARE(r.size(), 2);
        QCOMPARE(dps::refusalText(*c, r.first()),
                 QStringLiteral("Azure IoT C SDK: ActivateCredential with empty endorsement authorization is "
                                "refused — endorsement authorization is set"));
        QVERIFY(dps::reworkAdvice().contains(QStringLiteral("escrowed lockout authorization")));
        // The Identity Service with a moved index names its handle; given the owner value, a set owner
        // authorization is no refusal; `none` refuses nothing.
        QJsonObject moved = client("aziot-identity-service");
        moved.insert(QStringLiteral("authKeyIndex"), 0x2345);
        c = dps::DeviceClient::fromJson(moved);
        QVERIFY(c.ok());
        QVERIFY(dps::refusalText(*c, dps::clientRefusals(*c, true, false).first())
                    .startsWith(QStringLiteral("Azure IoT Identity Service: EvictControl to 0x81002345")));
        moved.insert(QStringLiteral("hierarchyAuthorization"), true);
        moved.insert(QStringLiteral("ownerAuthDelivery"), QStringLiteral("config"));
        c = dps::DeviceClient::fromJson(moved);
        QVERIFY(c.ok());
        QVERIFY(dps::clientRefusals(*c, true, false).isEmpty());
        QCOMPARE(dps::clientRefusals(*c, true, true).size(), 1);
        c = dps::DeviceClient::fromJson(client("none"));
        QVERIFY(c.ok() && dps::clientRefusals(*c, true, true).isEmpty());
    }

    void everyCommandOfTheClientIsListed()
    {
        // The commands from the clients' sources; a TPM without TPM2_EncryptDecrypt2 fails the Java SDK
        // only, one without TPM2_NV_UndefineSpace the C# SDK only.
        auto c = dps::DeviceClient::fromJson(client("azure-iot-sdk-c"));
        auto java = dps::DeviceClient::fromJson(client("azure-iot-sdk-java"));
        auto csharp = dps::DeviceClient::fromJson(client("azure-iot-sdk-csharp"));
        auto none = dps::DeviceClient::fromJson(client("none"));
        QVERIFY(c.ok() && java.ok() && csharp.ok() && none.ok());
        QVERIFY(c->tpmCommands().contains(TPM2_CC_Create) &&
                !c->tpmCommands().contains(TPM2_CC_EncryptDecrypt2));
        QVERIFY(java->tpmCommands().contains(TPM2_CC_EncryptDecrypt2));
        QVERIFY(csharp->tpmCommands().contains(TPM2_CC_NV_UndefineSpace));
        QVERIFY(none->tpmCommands().isEmpty());
        QSet<TPM2_CC> all;
        for (const auto& k : {*c, *java, *csharp})
            for (TPM2_CC cc : k.tpmCommands())
                all.insert(cc);
        QVERIFY(dps::missingCommands(*java, all).isEmpty());
        QSet<TPM2_CC> noEncryptDecrypt2 = all;
        noEncryptDecrypt2.remove(TPM2_CC_EncryptDecrypt2);
        QCOMPARE(dps::missingCommands(*java, noEncryptDecrypt2),
                 QStringList{QStringLiteral("TPM2_EncryptDecrypt2")});
        QVERIFY(dps::missingCommands(*c, noEncryptDecrypt2).isEmpty());
        QSet<TPM2_CC> noUndefine = all;
        noUndefine.remove(TPM2_CC_NV_UndefineSpace);
        QCOMPARE(dps::missingCommands(*csharp, noUndefine),
                 QStringList{QStringLiteral("TPM2_NV_UndefineSpace")});
        QVERIFY(dps::missingCommands(*none, {}).isEmpty());
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
