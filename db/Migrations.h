// The station database schema and its versioned migrations (PRAGMA user_version). Every migration runs
// in one transaction and is recorded in the audit trail; older databases are brought up to date, a newer
// one is refused by Database::connect before anything is written. Database::open (declared in
// db/Database.h) is defined here: connect, then migrate. The schema's version and protection triggers are
// in db/Schema.h, so that db/Database and db/AuditTrail need not include this file.
#pragma once

#include "db/Database.h"
#include "db/Schema.h"

namespace tps::db {

// Brings the open read-write database from its version up to `target` (<= kSchemaVersion).
// `looseEscrowDirectory`: what schema 10 imports (empty: nothing).
DbResult<void> migrate(Database& db, int target, const QString& looseEscrowDirectory = {});

} // namespace tps::db
