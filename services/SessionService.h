// The end of a person's session at the station (issue 18: a signed checkpoint at every sign-out and
// shutdown). Whoever was signed in is audited as signed out ("logout" on "operator:ID", the reason key in
// new_value), then a checkpoint is signed over the end of the trail, so the trail an auditor witnesses ends
// with the sign-out. The GUI calls it when it locks (the menu, the inactivity timer) and when its window
// closes — on its DbJobRunner worker with that worker's own connection, never on the GUI thread.
#pragma once

#include "db/AuditTrail.h"
#include "db/Checkpoints.h"
#include "db/StationStore.h"
#include "services/ServiceError.h"

#include <optional>

namespace tps::services {

enum class SessionEnd {
    SignOut,    // the operator signed out (Lock / sign out)
    Inactivity, // the station locked itself after the operator's inactivity
    Shutdown,   // the station's window closed
};
// "sign-out", "inactivity", "shutdown": what the audit event records.
QString sessionEndKey(SessionEnd why);

// Audits the end of `who`'s session (nothing when nobody was signed in) on `connection` (a connection to
// `store`'s database of the calling thread), then signs a checkpoint over the trail's end with the store's
// key. Returns the checkpoint written (nullopt: the latest one already covers the trail).
ServiceResult<std::optional<db::Checkpoint>> endSession(db::Database& connection,
                                                        const db::StationStore& store,
                                                        const std::optional<db::Actor>& who, SessionEnd why);

} // namespace tps::services
