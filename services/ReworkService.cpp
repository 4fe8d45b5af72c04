#include "services/ReworkService.h"

namespace tps::services {

ServiceResult<void> orderRework(StationSession& session, const QString& product, const QString& serial,
                                const timeline::Credentials& supervisor, const QString& reason,
                                std::optional<timeline::StepId> restartFrom)
{
    auto connection = session.store().connect(); // this thread's own connection, for this order
    if (!connection)
        return fail(ServiceError{ServiceErrc::Store, connection.error().message});
    if (auto ordered = (*connection)->orderRework(product, serial, supervisor, reason, restartFrom);
        !ordered)
        return fail(ServiceError{ServiceErrc::SignIn, ordered.error().message});
    return {};
}

} // namespace tps::services
