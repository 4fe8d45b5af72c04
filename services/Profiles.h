// The product profile as the station accepts it: read by ProductProfile::load (core), then every rule
// checked in one place — the ID and retries (ProductProfile::valid) and the rules spanning sections
// (stations::checkProfile). The CLI's line and export and the GUI's main window all come through here.
#pragma once

#include "core/timeline/ProductProfile.h"

namespace tps::services {

using ProfileResult = Result<timeline::ProductProfile, timeline::ProfileError>;

// Every rule of an accepted profile; a translated ProfileError (code Invalid or Refused) otherwise.
Result<void, timeline::ProfileError> checkProfile(const timeline::ProductProfile& profile);
// load() then checkProfile().
ProfileResult loadProfile(const QString& path);
// A profile that may run on simulated devices only: refused (code Production) when it is a production one.
Result<void, timeline::ProfileError> checkSimulationProfile(const timeline::ProductProfile& profile);

} // namespace tps::services
