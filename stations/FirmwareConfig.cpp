#include "stations/FirmwareConfig.h"

#include "core/firmware/ProvisioningSettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tps::stations {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareConfig)
};

bool stringList(const QJsonValue& v, QStringList& out)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue& e : v.toArray()) {
        if (!e.isString())
            return false;
        out << e.toString();
    }
    return true;
}

Result<firmware::CommandTemplate, QString> commandTemplate(const QJsonObject& o, const QString& field)
{
    firmware::CommandTemplate t;
    t.program = o.value(QStringLiteral("program")).toString();
    if (t.program.isEmpty())
        return fail(Tr::tr("firmware.%1.program is missing").arg(field));
    const QJsonValue args = o.value(QStringLiteral("arguments"));
    if (!args.isUndefined() && !stringList(args, t.arguments))
        return fail(Tr::tr("firmware.%1.arguments must be a list of strings").arg(field));
    return t;
}
} // namespace

Result<FirmwareConfig, QString> FirmwareConfig::parse(const QJsonObject& section,
                                                      const QString& defaultProduct)
{
    FirmwareConfig c;
    if (section.isEmpty())
        return fail(Tr::tr("the product profile has no \"firmware\" section"));
    c.catalog = section.value(QStringLiteral("catalog")).toString();
    if (c.catalog.isEmpty())
        return fail(Tr::tr("firmware.catalog is missing"));
    c.manifest = section.value(QStringLiteral("manifest")).toString();
    c.version = section.value(QStringLiteral("version")).toString();
    c.product = section.value(QStringLiteral("product")).toString(defaultProduct);
    if (section.value(QStringLiteral("signingKey")).isString())
        c.signingKeys << section.value(QStringLiteral("signingKey")).toString();
    const QJsonValue keys = section.value(QStringLiteral("signingKeys"));
    if (!keys.isUndefined() && !stringList(keys, c.signingKeys))
        return fail(Tr::tr("firmware.signingKeys must be a list of file names"));
    if (c.signingKeys.isEmpty())
        return fail(Tr::tr("firmware.signingKeys is missing: no firmware-signing key is trusted"));

    const QJsonObject flasher = section.value(QStringLiteral("flasher")).toObject();
    const QString kind = flasher.value(QStringLiteral("kind")).toString(QStringLiteral("simulated"));
    const int timeoutMs = flasher.value(QStringLiteral("timeoutMs")).toInt(120000);
    if (timeoutMs < 100 || timeoutMs > 3600000)
        return fail(Tr::tr("firmware.flasher.timeoutMs must be between 100 and 3600000"));
    c.timeout = std::chrono::milliseconds(timeoutMs);
    if (kind == QLatin1String("simulated")) {
        c.flasherKind = FlasherKind::Simulated;
        const auto fault = firmware::simFaultFromKey(flasher.value(QStringLiteral("fault")).toString());
        if (!fault)
            return fail(Tr::tr("firmware.flasher.fault must be none, fail, hang or corrupt-readback"));
        c.simFault = *fault;
    } else if (kind == QLatin1String("command")) {
        c.flasherKind = FlasherKind::Command;
        auto flash = commandTemplate(flasher, QStringLiteral("flasher"));
        if (!flash)
            return fail(flash.error());
        c.command.flash = *flash;
        if (flasher.contains(QStringLiteral("readBack"))) {
            auto rb = commandTemplate(flasher.value(QStringLiteral("readBack")).toObject(),
                                      QStringLiteral("flasher.readBack"));
            if (!rb)
                return fail(rb.error());
            c.command.readBack = *rb;
        }
        if (auto ok = firmware::CommandFlasher::validate(c.command); !ok)
            return fail(ok.error().technical);
    } else {
        return fail(Tr::tr("firmware.flasher.kind must be \"simulated\" or \"command\""));
    }

    const QJsonObject dps = section.value(QStringLiteral("dps")).toObject();
    c.idScope = dps.value(QStringLiteral("idScope")).toString();
    c.endpoint =
        dps.value(QStringLiteral("endpoint")).toString(QLatin1String(firmware::kDefaultGlobalEndpoint));
    return c;
}

} // namespace tps::stations
