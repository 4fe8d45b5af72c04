// The one table of who may do what on the station: each action a person (or the unattended station
// software) can take, and the roles permitted to take it. The service layer and the db layer refuse with
// it (db::requireRole, services::StationSession::authorize), and the GUI derives the pages it offers from
// it (app/gui/MainWindow::allowed): there is no second copy. docs/CLI.md and docs/OPERATOR_GUIDE.md list it.
#pragma once

#include "db/Operators.h"

#include <QList>
#include <QString>
#include <optional>

namespace tps::db {

enum class Action {
    RunLine,            // run devices through the line (GUI station page, `line`, the simulated fleet)
    ViewRecords,        // read devices, the audit trail and the dashboard
    OrderRework,        // sign a rework order for a device that exhausted its retries
    ExportDps,          // export a DPS enrollment batch (after QA or from a lot)
    ExportAudit,        // export the audit trail
    ImportUploadResult, // import a DPS bulk upload result
    ManageOperators,    // add or disable operators
    ImportTrustCa,      // change the EK trust store
    ImportLot,          // accept an incoming TPM lot
    ImportGroupKey,     // import a DPS slot group key
    RemoveSlotKeys,     // remove a device's slot keys
    PinEscrow,          // change the escrow certificate pin of a product profile
    Settings,           // change the station's settings
};

const QList<Action>& allActions();
// "run-line", "export-dps", ... (the keys of the profile's "station.unattended" list and of the audit).
QString actionKey(Action action);
std::optional<Action> actionFromKey(const QString& key);

QList<Role> permittedRoles(Action action);
bool permits(Role role, Action action);
// "supervisor / admin": the roles permitted, for messages and the audit trail.
QString permittedRoleNames(Action action);

} // namespace tps::db
