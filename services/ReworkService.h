// Rework: a supervisor orders rework of a device that exhausted its retries, signing with ID and password
// (checked and written on a store connection of the calling thread). The CLI's `rework` and the GUI's
// rework page call it; the GUI from its DbJobRunner worker.
#pragma once

#include "services/StationSession.h"

namespace tps::services {

ServiceResult<void> orderRework(StationSession& session, const QString& product, const QString& serial,
                                const timeline::Credentials& supervisor, const QString& reason);

} // namespace tps::services
