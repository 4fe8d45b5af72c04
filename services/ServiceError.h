// The typed error of the service layer: what went wrong (for the caller's exit code or page) and a
// translated message for the operator.
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tps::services {

enum class ServiceErrc {
    Profile,      // the product profile cannot be read or is refused
    Store,        // the station database cannot be opened or written
    SignIn,       // the operator's ID or password is refused
    Fleet,        // the simulated fleet cannot be prepared or started
    Directory,    // a directory cannot be created
    NotPermitted, // the actor's role (or the unattended station) may not take the action (db/Permissions.h)
    Central,      // the factory database's connection string is refused (unparsable, a password in it)
};

struct ServiceError
{
    ServiceErrc code = ServiceErrc::Store;
    QString message; // translated
};

template <typename T>
using ServiceResult = Result<T, ServiceError>;

} // namespace tps::services
