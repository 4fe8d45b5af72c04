// What the rest of db knows of the station schema without migrating it: its version and the triggers
// that make the audited tables append-only. db/Migrations builds the schema; db/Database refuses a newer
// one; db/AuditTrail's verify checks the triggers.
#pragma once

namespace tps::db {

// 1: devices, runs, step results, measurements, artifacts, audit trail
// 2: operators, electronic signatures, rework orders (rework epochs on devices and step results)
// 3: signed checkpoints of the audit trail
// 4: DPS enrollment batches and their devices' upload results (exports/)
// 5: escrow records (the ownership step's CMS-encrypted secrets; docs/ESCROW.md)
// 6: a covering index of the step results' state (the DPS batch lookups)
inline constexpr int kSchemaVersion = 6;

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
