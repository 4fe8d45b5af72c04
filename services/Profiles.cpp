#include "services/Profiles.h"

#include "stations/ProfileCheck.h"

#include <QCoreApplication>

namespace tps::services {

using timeline::ProfileErrc;
using timeline::ProfileError;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Profiles)
};
} // namespace

Result<void, ProfileError> checkProfile(const timeline::ProductProfile& profile)
{
    if (auto valid = profile.valid(); !valid)
        return valid;
    if (auto checked = stations::checkProfile(profile); !checked)
        return fail(ProfileError{ProfileErrc::Refused,
                                 Tr::tr("The product profile is refused: %1").arg(checked.error())});
    return {};
}

ProfileResult loadProfile(const QString& path)
{
    auto profile = timeline::ProductProfile::load(path);
    if (!profile)
        return profile;
    if (auto checked = checkProfile(*profile); !checked)
        return fail(checked.error());
    return profile;
}

Result<void, ProfileError> checkSimulationProfile(const timeline::ProductProfile& profile)
{
    if (profile.production)
        return fail(ProfileError{
            ProfileErrc::Production,
            Tr::tr("The product profile %1 is a production profile: it cannot run on simulated devices.")
                .arg(profile.id)});
    return {};
}

} // namespace tps::services
