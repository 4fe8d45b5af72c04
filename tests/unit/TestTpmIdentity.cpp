#include "TestMain.h"
#include "core/tpm/TpmIdentity.h"

#include <QTest>
#include <tss2/tss2_tpm2_types.h>

using namespace tps::tpm;

namespace {
std::vector<std::pair<quint32, quint32>> infineonLike()
{
    return {
        {TPM2_PT_FAMILY_INDICATOR, 0x322E3000}, // "2.0"
        {TPM2_PT_LEVEL, 0},
        {TPM2_PT_REVISION, 138},
        {TPM2_PT_DAY_OF_YEAR, 8},
        {TPM2_PT_YEAR, 2018},
        {TPM2_PT_MANUFACTURER, 0x49465800},    // "IFX"
        {TPM2_PT_VENDOR_STRING_1, 0x534C4239}, // "SLB9"
        {TPM2_PT_VENDOR_STRING_2, 0x36373000}, // "670"
        {TPM2_PT_VENDOR_STRING_3, 0},
        {TPM2_PT_VENDOR_STRING_4, 0},
        {TPM2_PT_FIRMWARE_VERSION_1, 0x0007003F}, // 7.63
        {TPM2_PT_FIRMWARE_VERSION_2, 0x0D190000}, // 3353.0
        {TPM2_PT_NV_BUFFER_MAX, 768},
    };
}
} // namespace

class TestTpmIdentity : public QObject
{
    Q_OBJECT
private slots:
    void buildsIdentity()
    {
        auto id = identityFromProperties(infineonLike());
        QVERIFY(id.ok());
        QCOMPARE(id->family, QStringLiteral("2.0"));
        QCOMPARE(id->manufacturer, QStringLiteral("IFX"));
        QCOMPARE(id->manufacturerName, QStringLiteral("Infineon"));
        QCOMPARE(id->vendorString, QStringLiteral("SLB9670"));
        QCOMPARE(id->firmwareVersion(), QStringLiteral("7.63.3353.0"));
        QCOMPARE(id->specRevisionText(), QStringLiteral("1.38"));
        QCOMPARE(id->nvBufferMax, 768u);
        QCOMPARE(id->toJson().value(QStringLiteral("manufacturerId")).toString(),
                 QStringLiteral("0x49465800"));
    }
    void refusesTpm12()
    {
        auto props = infineonLike();
        props[0].second = 0x312E3200; // "1.2"
        auto id = identityFromProperties(props);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, TpmErrc::NotTpm20);
        QVERIFY(id.error().detail.contains(QStringLiteral("1.2")));
    }
    void refusesMissingFamily()
    {
        auto id = identityFromProperties({{TPM2_PT_MANUFACTURER, 0x49424D00}});
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, TpmErrc::NotTpm20);
    }
    void unknownManufacturerKeepsId()
    {
        QCOMPARE(manufacturerDisplayName(QStringLiteral("ZZZZ")), QStringLiteral("ZZZZ"));
        QCOMPARE(propertyText(0x49424D00), QStringLiteral("IBM"));
    }
};

STATION_TEST_GUILESS_MAIN(TestTpmIdentity)
#include "TestTpmIdentity.moc"
