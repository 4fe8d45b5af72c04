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
// 7: Limpet slot keys and DPS group keys, CMS-encrypted (db/SqliteSlotKeyStore; docs/FORMATS.md)
// 8: the step a rework restarts the device from (reworks.restart_step)
// 9: station_info's identity and trusted checkpoint key written once (protection triggers)
// 10: loose escrow files (escrow-SERIAL.json, written by the GUI before its engine escrowed into the
//     database) imported into escrow_records, each audited; the files are removed after the commit
// 11: the TPM manufacturer trust store (trust_cas) and incoming TPM lots (lots, lot_entries, lot_batches)
// 12: the outbox for the factory database, filled by triggers; sync state and conflicts (db/Outbox)
// 13: the trust store, the lots and the operators (without password hashes) queued in the outbox too
inline constexpr int kSchemaVersion = 13;

// Names of the triggers that make the audit trail, the signed records and the escrow records append-only
// (or forward-only), their SQL as sqlite_schema stores it, and their table. `audit verify` checks them all.
struct ProtectionTrigger
{
    const char* name;
    const char* sql;
    const char* table;
    int since = 1; // the schema version that created it (checked from then on)
};
const ProtectionTrigger* protectionTriggers(int* count);

} // namespace tps::db
