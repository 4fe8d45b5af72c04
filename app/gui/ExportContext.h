// What the exports need from the signed-in window at the moment they start: who exports (recorded in the
// batch, the manifest and the audit trail) and the product profile (its "dps" section, production flag).
#pragma once

#include "core/timeline/ProductProfile.h"
#include "core/timeline/RunStore.h"

#include <functional>

namespace tps::gui {

struct ExportContext
{
    timeline::Actor actor;
    timeline::ProductProfile profile;
};

using ExportContextFn = std::function<ExportContext()>;

} // namespace tps::gui
