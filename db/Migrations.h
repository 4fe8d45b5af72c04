// The station database schema and its versioned migrations (PRAGMA user_version). Every migration runs
// in one transaction and is recorded in the audit trail; older databases are brought up to date, a newer
// one is refused by Database::open before anything is written.
#pragma once

#include "db/Database.h"

namespace tps::db {

// 1: devices, runs, step results, measurements, artifacts, audit trail
// 2: operators, electronic signatures, rework orders (rework epochs on devices and step results)
// 3: signed checkpoints of the audit trail
// 4: DPS enrollment batches and their devices' upload results (exports/)
// 5: escrow records (the ownership step's CMS-encrypted secrets; docs/ESCROW.md)
// 6: a covering index of the step results' state (the DPS batch lookups)
// 7: loose escrow files (escrow-SERIAL.json, written by the GUI before its engine escrowed into the
//    database) imported into escrow_records, each audited; the files are removed after the commit
inline constexpr int kSchemaVersion = 7;

// Brings the open read-write database from its version up to `target` (<= kSchemaVersion).
// `looseEscrowDirectory`: what schema 7 imports (empty: nothing).
DbResult<void> migrate(Database& db, int target, const QString& looseEscrowDirectory = {});

// Names of the triggers that make the audit trail, the signed records and the escrow records append-only
// (or forward-only), their SQL as sqlite_schema stores it, and their table. `audit verify` checks them all.
struct ProtectionTrigger
{
    const char* name;
    const char* sql;
    const char* table;
};
const ProtectionTrigger* protectionTriggers(int* count);

} // namespace tps::db
