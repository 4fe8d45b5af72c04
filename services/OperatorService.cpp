#include "services/OperatorService.h"

#include <QCoreApplication>

namespace tps::services {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OperatorService)
};

ServiceError storeError(const db::DbError& e)
{
    return ServiceError{e.code == db::DbErrc::Auth ? ServiceErrc::SignIn : ServiceErrc::Store, e.message};
}
} // namespace

ServiceResult<QList<db::OperatorInfo>> listOperators(const QString& path)
{
    auto database = db::Database::open(path, db::OpenOptions::readOnly());
    if (!database)
        return fail(ServiceError{ServiceErrc::Store, database.error().message});
    db::Operators operators(**database);
    auto list = operators.list();
    if (!list)
        return fail(storeError(list.error()));
    return *list;
}

ServiceResult<bool> OperatorService::addNeedsAdmin()
{
    db::Operators operators(m_session.database());
    auto existing = operators.count();
    if (!existing)
        return fail(storeError(existing.error()));
    return *existing > 0;
}

ServiceResult<db::Actor> OperatorService::signInAdmin(const timeline::Credentials& admin)
{
    db::Operators operators(m_session.database());
    auto who = operators.authenticate(admin.operatorId, admin.password, QStringLiteral("login"));
    if (!who)
        return fail(ServiceError{ServiceErrc::SignIn, who.error().message});
    return who->actor();
}

ServiceResult<db::OperatorInfo> OperatorService::add(const std::optional<timeline::Credentials>& admin,
                                                     const QString& operatorId, const QString& fullName,
                                                     db::Role role, const crypto::SecureBytes& password,
                                                     const QString& reason)
{
    auto needsAdmin = addNeedsAdmin();
    if (!needsAdmin)
        return fail(needsAdmin.error());
    db::Actor by = db::systemActor(); // the first operator of a new station
    if (*needsAdmin) {
        if (!admin)
            return fail(
                ServiceError{ServiceErrc::SignIn, Tr::tr("An admin must sign in to add an operator.")});
        auto signedIn = signInAdmin(*admin);
        if (!signedIn)
            return fail(signedIn.error());
        by = *signedIn;
    }
    db::Operators operators(m_session.database());
    auto added = operators.add(by, operatorId, fullName, role, password, reason);
    if (!added)
        return fail(storeError(added.error()));
    return *added;
}

ServiceResult<void> OperatorService::disable(const timeline::Credentials& admin, const QString& operatorId,
                                             const QString& reason)
{
    auto by = signInAdmin(admin);
    if (!by)
        return fail(by.error());
    db::Operators operators(m_session.database());
    if (auto r = operators.disable(*by, operatorId, reason); !r)
        return fail(storeError(r.error()));
    return {};
}

} // namespace tps::services
