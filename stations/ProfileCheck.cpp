#include "stations/ProfileCheck.h"

#include "core/dps/DeviceClient.h"
#include "core/ownership/OwnershipConfig.h"

namespace tps::stations {

Result<void, QString> checkProfile(const timeline::ProductProfile& profile)
{
    auto client = dps::DeviceClient::fromJson(profile.section(QStringLiteral("device")));
    if (!client)
        return fail(client.error());
    if (!profile.sections.contains(QStringLiteral("ownership")))
        return {};
    auto ownership = ownership::OwnershipConfig::fromJson(profile.section(QStringLiteral("ownership")));
    if (!ownership)
        return fail(ownership.error());
    return ownership::checkClientOwnership(*client, *ownership);
}

} // namespace tps::stations
