// Rework: a supervisor orders rework of a device that exhausted its retries, signing with ID and password
// (checked and written on a store connection of the calling thread). The CLI's `rework` and the GUI's
// rework page call it; the GUI from its DbJobRunner worker.
#pragma once

#include "services/StationSession.h"

#include <optional>

namespace tps::services {

// `restartFrom`: the step the device starts again from (none: where it failed; RunStore::orderRework).
ServiceResult<void> orderRework(StationSession& session, const QString& product, const QString& serial,
                                const timeline::Credentials& supervisor, const QString& reason,
                                std::optional<timeline::StepId> restartFrom = std::nullopt);

} // namespace tps::services
