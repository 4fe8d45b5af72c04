// The factory database's schema (PostgreSQL 15, schema `tps`; docs/FORMATS.md "Factory database"), managed
// by versioned migrations like the station's: `central init` creates or migrates it, the relay refuses a
// schema of another version. Roles: tps_relay may only insert (and read what it compares against), never
// update or delete; tps_auditor only reads; tps_exporter (v3) reads and records the central DPS batches.
// Audit events, records and central batches are append-only by privileges and, as a second line, by
// triggers.
#pragma once

#include "sync/PgConnection.h"

namespace tps::sync {

// 2: exact bytes of audit fields (sync/ExactText.h); 3: central DPS batches; 4: the one duplicate-EK rule;
// 5: pinned station keys and checkpoint verdicts (sync/CentralVerifier.h); 6: the event hash inlined;
// 7: one arrival check per station at a time, bounded by what it read (the relay checks a backlog beside
// its batches)
inline constexpr int kCentralSchemaVersion = 7;

// Creates or migrates the schema (the connecting role must own the database and may create roles).
// Returns the version it was at before (0: none).
SyncResult<int> initCentralSchema(PgConnection& pg);

// The schema's version, or NotInitialised / SchemaVersion errors when it is missing or not ours.
SyncResult<int> checkCentralSchema(PgConnection& pg);

} // namespace tps::sync
