// Limpet slots against the device client's DPS attestation: slot 0 is refused with every Azure SDK client
// (its key handle is the SDKs' DPS identity key handle; the C# SDK also deletes its NV index), slots 1..9
// are fine, and with the Identity Service it is the configured authKeyIndex that decides.
#include "TestMain.h"
#include "core/dps/DeviceClient.h"
#include "core/dps/SlotConflict.h"

#include <QJsonObject>
#include <QTest>

using namespace tps;

namespace {
dps::DeviceClient client(const QJsonObject& o)
{
    auto c = dps::DeviceClient::fromJson(o);
    if (!c)
        qFatal("%s", qPrintable(c.error()));
    return *c;
}
dps::DeviceClient named(const char* key)
{
    return client(QJsonObject{{QStringLiteral("client"), QString::fromLatin1(key)}});
}
dps::DeviceClient aziot(int authKeyIndex)
{
    return client(QJsonObject{{QStringLiteral("client"), QStringLiteral("aziot-identity-service")},
                              {QStringLiteral("authKeyIndex"), authKeyIndex}});
}
} // namespace

class TestSlotConflict : public QObject
{
    Q_OBJECT
private slots:
    void sdkClientsRefuseSlotZero_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("C") << QStringLiteral("azure-iot-sdk-c");
        QTest::newRow("C#") << QStringLiteral("azure-iot-sdk-csharp");
        QTest::newRow("Java") << QStringLiteral("azure-iot-sdk-java");
    }
    void sdkClientsRefuseSlotZero()
    {
        QFETCH(QString, key);
        const dps::DeviceClient c = named(key.toLatin1().constData());
        auto refused = dps::checkSlotAgainstClient(c, 0);
        QVERIFY(!refused.ok());
        // The message says why: the handle, the slot and the client.
        QVERIFY(refused.error().contains(QStringLiteral("0x81000100")));
        QVERIFY(refused.error().contains(c.displayName()));
        QVERIFY(refused.error().contains(QStringLiteral("slot 0")));
        for (int slot = 1; slot <= 9; ++slot)
            QVERIFY2(dps::checkSlotAgainstClient(c, slot).ok(), qPrintable(QString::number(slot)));
        QVERIFY(!dps::checkSlotsAgainstClient(c, {3, 0, 5}).ok());
        QVERIFY(dps::checkSlotsAgainstClient(c, {1, 2, 9}).ok());
    }

    void csharpAlsoNamesTheDeletedIndex()
    {
        auto refused = dps::checkSlotAgainstClient(named("azure-iot-sdk-csharp"), 0);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("0x01400100")));
        auto c = dps::checkSlotAgainstClient(named("azure-iot-sdk-c"), 0);
        QVERIFY(!c.error().contains(QStringLiteral("0x01400100")));
    }

    void identityServiceDependsOnAuthKeyIndex()
    {
        QVERIFY(!dps::checkSlotAgainstClient(aziot(256), 0).ok()); // its default index is slot 0's handle
        QVERIFY(dps::checkSlotAgainstClient(aziot(256), 1).ok());
        QVERIFY(dps::checkSlotAgainstClient(aziot(300), 0).ok()); // moved: slot 0 is fine
        auto moved = dps::checkSlotAgainstClient(aziot(257), 1);  // ...but not onto another slot
        QVERIFY(!moved.ok());
        QVERIFY(moved.error().contains(QStringLiteral("0x81000101")));
        QVERIFY(moved.error().contains(QStringLiteral("257")));
        QVERIFY(dps::checkSlotAgainstClient(aziot(257), 0).ok());
    }

    void noTpmAttestationNoConflict()
    {
        for (int slot = 0; slot <= 9; ++slot)
            QVERIFY(dps::checkSlotAgainstClient(named("none"), slot).ok());
    }
};

STATION_TEST_GUILESS_MAIN(TestSlotConflict)
#include "TestSlotConflict.moc"
