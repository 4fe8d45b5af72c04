#include "db/Permissions.h"

#include <QStringList>

namespace tps::db {

namespace {

struct Row
{
    Action action;
    const char* key;
    QList<Role> roles;
};

const QList<Row>& table()
{
    using R = Role;
    static const QList<Row> rows{
        {Action::RunLine, "run-line", {R::Operator, R::Supervisor, R::Quality, R::Admin}},
        {Action::ViewRecords, "view-records", {R::Operator, R::Supervisor, R::Quality, R::Admin}},
        {Action::OrderRework, "order-rework", {R::Supervisor, R::Admin}},
        {Action::ExportDps, "export-dps", {R::Supervisor, R::Admin}},
        {Action::ExportAudit, "export-audit", {R::Supervisor, R::Quality, R::Admin}},
        {Action::ImportUploadResult, "import-upload-result", {R::Supervisor, R::Admin}},
        {Action::ManageOperators, "manage-operators", {R::Admin}},
        {Action::ImportTrustCa, "import-trust-ca", {R::Admin}},
        {Action::ImportLot, "import-lot", {R::Supervisor, R::Admin}},
        {Action::ImportGroupKey, "import-group-key", {R::Supervisor, R::Admin}},
        {Action::RemoveSlotKeys, "remove-slot-keys", {R::Supervisor, R::Admin}},
        {Action::PinEscrow, "pin-escrow", {R::Admin}},
        {Action::Settings, "settings", {R::Admin}},
    };
    return rows;
}

const Row& row(Action action)
{
    for (const Row& r : table()) {
        if (r.action == action)
            return r;
    }
    Q_UNREACHABLE();
}

} // namespace

const QList<Action>& allActions()
{
    static const QList<Action> all = [] {
        QList<Action> out;
        for (const Row& r : table())
            out.append(r.action);
        return out;
    }();
    return all;
}

QString actionKey(Action action)
{
    return QString::fromLatin1(row(action).key);
}

std::optional<Action> actionFromKey(const QString& key)
{
    for (const Row& r : table()) {
        if (key == QLatin1String(r.key))
            return r.action;
    }
    return std::nullopt;
}

QList<Role> permittedRoles(Action action)
{
    return row(action).roles;
}

bool permits(Role role, Action action)
{
    return row(action).roles.contains(role);
}

QString permittedRoleNames(Action action)
{
    QStringList names;
    for (const Role r : row(action).roles)
        names.append(roleKey(r));
    return names.join(QStringLiteral(" / "));
}

} // namespace tps::db
