// The product profile (core/timeline/ProductProfile) and every section parser: ownership
// (OwnershipConfig), device (DeviceClient), firmware (FirmwareConfig, ProvisioningSettings), ek, qa + dps,
// the DPS export profile, and the cross-section check (stations/ProfileCheck). A profile file is edited by
// people; each parser accepts or refuses with a message, never crashes. Each section parser also gets the
// whole document, so the fuzzer need not find the nesting first.
#include "FuzzSupport.h"

#include "core/dps/DeviceClient.h"
#include "core/firmware/ProvisioningSettings.h"
#include "core/ownership/OwnershipConfig.h"
#include "core/timeline/ProductProfile.h"
#include "exports/DpsBatchExporter.h"
#include "stations/EkExtractedStation.h"
#include "stations/FirmwareConfig.h"
#include "stations/ProfileCheck.h"
#include "stations/QaCheckStation.h"

#include <QJsonDocument>

namespace {

void sections(const QJsonObject& own, const QJsonObject& device, const QJsonObject& firmware,
              const QJsonObject& ek, const QJsonObject& qa, const QJsonObject& dps)
{
    using namespace tps;
    const auto ownership = ownership::OwnershipConfig::fromJson(own);
    const auto client = dps::DeviceClient::fromJson(device);
    if (ownership && client)
        (void)ownership::checkClientOwnership(*client, *ownership);
    if (const auto fw = stations::FirmwareConfig::parse(firmware, QStringLiteral("product")); !fw)
        fuzz::require(!fw.error().isEmpty(), "a refused firmware section says why");
    (void)firmware::ProvisioningSettings::fromJson(firmware);
    (void)stations::EkStepConfig::parse(ek, false);
    (void)stations::EkStepConfig::parse(ek, true);
    (void)stations::QaConfig::parse(qa, dps);
    (void)db::exports::DpsProfile::fromJson(dps);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tps;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject root = doc.object();
    const timeline::ProductProfile profile = timeline::ProductProfile::fromJson(root);
    // What a profile writes, it reads back the same.
    const timeline::ProductProfile again = timeline::ProductProfile::fromJson(profile.toJson());
    fuzz::require(again.id == profile.id && again.name == profile.name &&
                      again.production == profile.production && again.maxRetries == profile.maxRetries &&
                      again.sections == profile.sections,
                  "a profile survives toJson/fromJson");
    if (const auto checked = stations::checkProfile(profile); !checked)
        fuzz::require(!checked.error().isEmpty(), "a refused profile says why");
    sections(profile.section(QStringLiteral("ownership")), profile.section(QStringLiteral("device")),
             profile.section(QStringLiteral("firmware")), profile.section(QStringLiteral("ek")),
             profile.section(QStringLiteral("qa")), profile.section(QStringLiteral("dps")));
    sections(root, root, root, root, root, root);
    return 0;
}
