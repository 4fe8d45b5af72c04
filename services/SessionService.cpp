#include "services/SessionService.h"

#include "db/SignedChange.h"

namespace tps::services {

QString sessionEndKey(SessionEnd why)
{
    switch (why) {
    case SessionEnd::SignOut:
        return QStringLiteral("sign-out");
    case SessionEnd::Inactivity:
        return QStringLiteral("inactivity");
    case SessionEnd::Shutdown:
        return QStringLiteral("shutdown");
    }
    return {};
}

ServiceResult<std::optional<db::Checkpoint>> endSession(db::Database& connection,
                                                        const db::StationStore& store,
                                                        const std::optional<db::Actor>& who, SessionEnd why)
{
    if (who) {
        if (auto r = db::auditChange(connection, *who, QStringLiteral("logout"),
                                     QStringLiteral("operator:") + who->id, sessionEndKey(why),
                                     QStringLiteral("session ended"));
            !r)
            return fail(ServiceError{ServiceErrc::Store, r.error().message});
    }
    auto checkpoint = db::writeCheckpoint(connection, store.key(), db::checkpointPathFor(store.path()));
    if (!checkpoint)
        return fail(ServiceError{ServiceErrc::Store, checkpoint.error().message});
    return *checkpoint;
}

} // namespace tps::services
