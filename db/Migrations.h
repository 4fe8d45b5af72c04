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
// 7: the TPM manufacturer trust store (trust_cas) and incoming TPM lots (lots, lot_entries)
inline constexpr int kSchemaVersion = 7;

// Brings the open read-write database from its version up to `target` (<= kSchemaVersion).
DbResult<void> migrate(Database& db, int target);

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
