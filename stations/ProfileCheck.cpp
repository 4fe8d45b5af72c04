#include "stations/ProfileCheck.h"

#include "core/dps/DeviceClient.h"
#include "core/ownership/OwnershipConfig.h"
#include "core/tpm/TimingModel.h"
#include "stations/CredentialConfig.h"

namespace tps::stations {

Result<void, QString> checkProfile(const timeline::ProductProfile& profile)
{
    auto client = dps::DeviceClient::fromJson(profile.section(QStringLiteral("device")));
    if (!client)
        return fail(client.error());
    if (profile.sections.contains(QStringLiteral("ownership"))) {
        auto ownership = ownership::OwnershipConfig::fromJson(profile.section(QStringLiteral("ownership")));
        if (!ownership)
            return fail(ownership.error());
        if (auto ok = ownership::checkClientOwnership(*client, *ownership); !ok)
            return ok;
    }
    if (auto credentials = CredentialConfig::fromProfile(profile); !credentials)
        return fail(credentials.error());
    if (auto deadlines = tpm::deadlinesFromJson(
            profile.section(QStringLiteral("tpm")).value(QStringLiteral("deadlines_ms")).toObject());
        !deadlines)
        return fail(deadlines.error());
    return {};
}

} // namespace tps::stations
