#include "core/tpm/TpmIdentity.h"

#include "core/tpm/TpmSession.h"

#include <QCoreApplication>
#include <QHash>

namespace tps::tpm {

QString propertyText(quint32 value)
{
    QByteArray bytes;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const char c = static_cast<char>((value >> shift) & 0xFFu);
        if (c == '\0')
            break;
        bytes.append(c);
    }
    return QString::fromLatin1(bytes).trimmed();
}

QString manufacturerDisplayName(const QString& id)
{
    // TCG Vendor ID Registry (the IDs a factory is likely to meet).
    static const QHash<QString, QString> names = {
        {QStringLiteral("AMD"), QStringLiteral("AMD")},
        {QStringLiteral("ATML"), QStringLiteral("Atmel")},
        {QStringLiteral("BRCM"), QStringLiteral("Broadcom")},
        {QStringLiteral("CSCO"), QStringLiteral("Cisco")},
        {QStringLiteral("GOOG"), QStringLiteral("Google")},
        {QStringLiteral("HPE"), QStringLiteral("HPE")},
        {QStringLiteral("IBM"), QStringLiteral("IBM (software TPM)")},
        {QStringLiteral("IFX"), QStringLiteral("Infineon")},
        {QStringLiteral("INTC"), QStringLiteral("Intel")},
        {QStringLiteral("LEN"), QStringLiteral("Lenovo")},
        {QStringLiteral("MSFT"), QStringLiteral("Microsoft")},
        {QStringLiteral("NSM"), QStringLiteral("National Semiconductor")},
        {QStringLiteral("NTC"), QStringLiteral("Nuvoton")},
        {QStringLiteral("NTZ"), QStringLiteral("Nationz")},
        {QStringLiteral("QCOM"), QStringLiteral("Qualcomm")},
        {QStringLiteral("ROCC"), QStringLiteral("Fuzhou Rockchip")},
        {QStringLiteral("SMSC"), QStringLiteral("SMSC")},
        {QStringLiteral("SNS"), QStringLiteral("Sinosun")},
        {QStringLiteral("STM"), QStringLiteral("STMicroelectronics")},
        {QStringLiteral("TXN"), QStringLiteral("Texas Instruments")},
        {QStringLiteral("WEC"), QStringLiteral("Winbond")},
    };
    return names.value(id, id);
}

QString TpmIdentity::specRevisionText() const
{
    return QStringLiteral("%1.%2").arg(specRevision / 100).arg(specRevision % 100, 2, 10, QLatin1Char('0'));
}

QString TpmIdentity::firmwareVersion() const
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(firmware1 >> 16)
        .arg(firmware1 & 0xFFFFu)
        .arg(firmware2 >> 16)
        .arg(firmware2 & 0xFFFFu);
}

QJsonObject TpmIdentity::toJson() const
{
    const auto hex = [](quint32 v) {
        return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
    };
    return QJsonObject{
        {QStringLiteral("family"), family},
        {QStringLiteral("specLevel"), static_cast<qint64>(specLevel)},
        {QStringLiteral("specRevision"), specRevisionText()},
        {QStringLiteral("specYear"), static_cast<qint64>(specYear)},
        {QStringLiteral("specDayOfYear"), static_cast<qint64>(specDayOfYear)},
        {QStringLiteral("manufacturerId"), hex(manufacturerId)},
        {QStringLiteral("manufacturer"), manufacturer},
        {QStringLiteral("manufacturerName"), manufacturerName},
        {QStringLiteral("vendorString"), vendorString},
        {QStringLiteral("vendorTpmType"), static_cast<qint64>(vendorTpmType)},
        {QStringLiteral("firmware1"), hex(firmware1)},
        {QStringLiteral("firmware2"), hex(firmware2)},
        {QStringLiteral("firmwareVersion"), firmwareVersion()},
        {QStringLiteral("nvBufferMax"), static_cast<qint64>(nvBufferMax)},
        {QStringLiteral("inputBufferMax"), static_cast<qint64>(inputBufferMax)},
    };
}

TpmResult<TpmIdentity> identityFromProperties(const std::vector<std::pair<quint32, quint32>>& properties)
{
    QHash<quint32, quint32> p;
    for (const auto& [key, value] : properties)
        p.insert(key, value);
    const auto notTpm20 = [](const QString& why) {
        return fail(TpmError{TpmErrc::NotTpm20, 0, QStringLiteral("TPM2_GetCapability"), why});
    };
    if (!p.contains(TPM2_PT_FAMILY_INDICATOR))
        return notTpm20(QStringLiteral("the TPM reports no family indicator"));

    TpmIdentity id;
    id.family = propertyText(p.value(TPM2_PT_FAMILY_INDICATOR));
    if (id.family != QLatin1String("2.0"))
        return notTpm20(QStringLiteral("TPM family '%1' is not 2.0").arg(id.family));
    id.specLevel = p.value(TPM2_PT_LEVEL);
    id.specRevision = p.value(TPM2_PT_REVISION);
    id.specDayOfYear = p.value(TPM2_PT_DAY_OF_YEAR);
    id.specYear = p.value(TPM2_PT_YEAR);
    id.manufacturerId = p.value(TPM2_PT_MANUFACTURER);
    id.manufacturer = propertyText(id.manufacturerId);
    id.manufacturerName = manufacturerDisplayName(id.manufacturer);
    for (quint32 k : {TPM2_PT_VENDOR_STRING_1, TPM2_PT_VENDOR_STRING_2, TPM2_PT_VENDOR_STRING_3,
                      TPM2_PT_VENDOR_STRING_4}) {
        // Vendor strings are concatenated byte for byte; only trailing NULs end a part.
        const quint32 v = p.value(k);
        for (int shift = 24; shift >= 0; shift -= 8) {
            const char c = static_cast<char>((v >> shift) & 0xFFu);
            if (c != '\0')
                id.vendorString.append(QLatin1Char(c));
        }
    }
    id.vendorString = id.vendorString.trimmed();
    id.vendorTpmType = p.value(TPM2_PT_VENDOR_TPM_TYPE);
    id.firmware1 = p.value(TPM2_PT_FIRMWARE_VERSION_1);
    id.firmware2 = p.value(TPM2_PT_FIRMWARE_VERSION_2);
    id.nvBufferMax = p.value(TPM2_PT_NV_BUFFER_MAX);
    id.inputBufferMax = p.value(TPM2_PT_INPUT_BUFFER);
    return id;
}

TpmResult<TpmIdentity> identify(TpmSession& session)
{
    auto props = session.properties(TPM2_PT_FIXED, TPM2_PT_GROUP);
    if (!props)
        return fail(props.error());
    std::vector<std::pair<quint32, quint32>> pairs;
    pairs.reserve(props->size());
    for (const auto& p : *props)
        pairs.emplace_back(p.property, p.value);
    return identityFromProperties(pairs);
}

} // namespace tps::tpm
