// Manage operators: list them, add one (the first of a new station is added by the station itself, every
// later one by a signed-in admin), disable one (by a signed-in admin, with a reason). The CLI's `operator`
// command calls it; db::Operators checks the roles and audits every change and sign-in.
#pragma once

#include "db/Operators.h"
#include "services/StationSession.h"

#include <optional>

namespace tps::services {

// Every operator of the database at `path`, opened read-only (nothing is written).
ServiceResult<QList<db::OperatorInfo>> listOperators(const QString& path);

class OperatorService
{
public:
    explicit OperatorService(StationSession& session) : m_session(session) {}

    // Whether adding needs an admin's signature: false only while the station has no operator yet.
    ServiceResult<bool> addNeedsAdmin();
    // Adds an operator; `admin` signs in first when addNeedsAdmin() (refused without one).
    ServiceResult<db::OperatorInfo> add(const std::optional<timeline::Credentials>& admin,
                                        const QString& operatorId, const QString& fullName, db::Role role,
                                        const crypto::SecureBytes& password, const QString& reason);
    ServiceResult<void> disable(const timeline::Credentials& admin, const QString& operatorId,
                                const QString& reason);

private:
    ServiceResult<db::Actor> signInAdmin(const timeline::Credentials& admin);

    StationSession& m_session;
};

} // namespace tps::services
