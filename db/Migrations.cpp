#include "db/Migrations.h"

#include "db/AuditTrail.h"
#include "db/EscrowImport.h"
#include "db/Outbox.h"

#include <QCoreApplication>
#include <span>

namespace tps::db {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

// Version 1: the records of the line and the hash-chained audit trail.
const char* const kV1 = R"SQL(
CREATE TABLE station_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE devices (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    serial          TEXT NOT NULL,
    product         TEXT NOT NULL,
    simulated       INTEGER NOT NULL CHECK (simulated IN (0, 1)),
    ek_digest       TEXT UNIQUE,
    registration_id TEXT UNIQUE,
    station_id      TEXT NOT NULL,
    created_utc     TEXT NOT NULL,
    UNIQUE (product, serial)
);
CREATE TRIGGER devices_no_delete BEFORE DELETE ON devices
BEGIN SELECT RAISE(ABORT, 'devices are never deleted'); END;
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    device_id   INTEGER NOT NULL REFERENCES devices(id),
    station_id  TEXT NOT NULL,
    socket      INTEGER NOT NULL,
    actor_id    TEXT NOT NULL,
    started_utc TEXT NOT NULL,
    ended_utc   TEXT,
    state       TEXT NOT NULL DEFAULT 'running'
);
CREATE INDEX runs_device ON runs(device_id);
CREATE TABLE step_results (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    run_id           INTEGER NOT NULL REFERENCES runs(id),
    device_id        INTEGER NOT NULL REFERENCES devices(id),
    step             INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5),
    attempt          INTEGER NOT NULL CHECK (attempt >= 1),
    kind             TEXT NOT NULL CHECK (kind IN ('run', 'recheck')),
    outcome          TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'error', 'aborted', 'skipped')),
    error_code       TEXT NOT NULL DEFAULT '',
    operator_message TEXT NOT NULL DEFAULT '',
    technical        TEXT NOT NULL DEFAULT '',
    duration_ms      INTEGER NOT NULL,
    recorded_utc     TEXT NOT NULL,
    UNIQUE (device_id, step, attempt)
);
CREATE TRIGGER step_results_no_update BEFORE UPDATE ON step_results
BEGIN SELECT RAISE(ABORT, 'step results are never changed'); END;
CREATE TRIGGER step_results_no_delete BEFORE DELETE ON step_results
BEGIN SELECT RAISE(ABORT, 'step results are never deleted'); END;
CREATE TABLE measurements (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    step_result_id INTEGER NOT NULL REFERENCES step_results(id),
    name           TEXT NOT NULL,
    value          TEXT NOT NULL,
    unit           TEXT NOT NULL DEFAULT '',
    lower_limit    REAL,
    upper_limit    REAL,
    expected       TEXT,
    verdict        TEXT NOT NULL CHECK (verdict IN ('pass', 'fail', 'none'))
);
CREATE INDEX measurements_result ON measurements(step_result_id);
CREATE TABLE artifacts (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    step_result_id INTEGER NOT NULL REFERENCES step_results(id),
    name           TEXT NOT NULL,
    media_type     TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    data           BLOB NOT NULL
);
CREATE INDEX artifacts_result ON artifacts(step_result_id);
CREATE TABLE audit_events (
    seq              INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    time_utc         TEXT NOT NULL,
    station_id       TEXT NOT NULL,
    software_version TEXT NOT NULL,
    actor_id         TEXT NOT NULL,
    actor_name       TEXT NOT NULL,
    device_serial    TEXT NOT NULL DEFAULT '',
    action           TEXT NOT NULL,
    object           TEXT NOT NULL,
    field            TEXT NOT NULL DEFAULT '',
    old_value        TEXT NOT NULL DEFAULT '',
    new_value        TEXT NOT NULL DEFAULT '',
    reason           TEXT NOT NULL DEFAULT '',
    prev_hash        BLOB NOT NULL,
    hash             BLOB NOT NULL
);
)SQL";

// Version 2: people and their signatures; rework orders.
const char* const kV2 = R"SQL(
ALTER TABLE devices ADD COLUMN rework_epoch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE step_results ADD COLUMN rework_epoch INTEGER NOT NULL DEFAULT 0;
CREATE TABLE operators (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    operator_id     TEXT NOT NULL UNIQUE,
    full_name       TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('operator', 'supervisor', 'quality', 'admin')),
    kdf             TEXT NOT NULL,
    salt            BLOB NOT NULL,
    password_hash   BLOB NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT NOT NULL DEFAULT '',
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_utc     TEXT NOT NULL
);
CREATE TRIGGER operators_no_delete BEFORE DELETE ON operators
BEGIN SELECT RAISE(ABORT, 'operators are disabled, never deleted'); END;
CREATE TABLE signatures (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    signer_id     TEXT NOT NULL,
    signer_name   TEXT NOT NULL,
    meaning       TEXT NOT NULL,
    signed_utc    TEXT NOT NULL,
    record_type   TEXT NOT NULL,
    record_uuid   TEXT NOT NULL,
    record_sha256 TEXT NOT NULL,
    reason        TEXT NOT NULL
);
CREATE TABLE reworks (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    device_id    INTEGER NOT NULL REFERENCES devices(id),
    step         INTEGER NOT NULL,
    epoch        INTEGER NOT NULL,
    signature_id INTEGER NOT NULL REFERENCES signatures(id),
    reason       TEXT NOT NULL,
    created_utc  TEXT NOT NULL,
    UNIQUE (device_id, epoch)
);
)SQL";

// Version 3: signed checkpoints over the audit trail.
const char* const kV3 = R"SQL(
CREATE TABLE checkpoints (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    seq         INTEGER NOT NULL,
    hash        BLOB NOT NULL,
    created_utc TEXT NOT NULL,
    public_key  BLOB NOT NULL,
    signature   BLOB NOT NULL
);
)SQL";

// Version 4: DPS enrollment batches (exports/) and each device's upload result.
const char* const kV4 = R"SQL(
CREATE TABLE batches (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    creator_id   TEXT NOT NULL,
    creator_name TEXT NOT NULL,
    created_utc  TEXT NOT NULL,
    product      TEXT NOT NULL,
    simulated    INTEGER NOT NULL CHECK (simulated IN (0, 1)),
    devices      INTEGER NOT NULL,
    operations   INTEGER NOT NULL,
    manifest_sha256 TEXT NOT NULL
);
CREATE TRIGGER batches_no_delete BEFORE DELETE ON batches
BEGIN SELECT RAISE(ABORT, 'batches are never deleted'); END;
CREATE TABLE batch_devices (
    id              INTEGER PRIMARY KEY,
    batch_id        INTEGER NOT NULL REFERENCES batches(id),
    device_id       INTEGER NOT NULL REFERENCES devices(id),
    registration_id TEXT NOT NULL,
    operation       INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'exported' CHECK (status IN ('exported', 'uploaded', 'failed')),
    error_code      TEXT NOT NULL DEFAULT '',
    error_status    TEXT NOT NULL DEFAULT '',
    updated_utc     TEXT NOT NULL,
    UNIQUE (batch_id, device_id)
);
CREATE INDEX batch_devices_device ON batch_devices(device_id);
CREATE INDEX batch_devices_operation ON batch_devices(batch_id, operation);
CREATE TRIGGER batch_devices_no_delete BEFORE DELETE ON batch_devices
BEGIN SELECT RAISE(ABORT, 'batch records are never deleted'); END;
)SQL";

// Version 5: escrowed ownership secrets (docs/ESCROW.md): CMS EnvelopedData only, never a secret in clear. A
// record is never deleted and its content never changes; only its state (with the applied hierarchies and the
// update time) moves, and only forward: pending -> applied/abandoned/revoked, applied -> revoked. Every
// change is also an audit event.
const char* const kV5 = R"SQL(
CREATE TABLE escrow_records (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT NOT NULL UNIQUE,
    device_serial         TEXT NOT NULL,
    device_uuid           TEXT NOT NULL,
    hierarchies           TEXT NOT NULL,
    recipient_fingerprint TEXT NOT NULL,
    cms                   BLOB NOT NULL,
    state                 TEXT NOT NULL
                          CHECK (state IN ('pending', 'applied', 'abandoned', 'revoked')),
    applied               TEXT NOT NULL DEFAULT '',
    created_utc           TEXT NOT NULL,
    updated_utc           TEXT NOT NULL
);
CREATE INDEX escrow_records_serial ON escrow_records(device_serial, id);
)SQL";

// Version 6: the state of each step result (device, step, kind, outcome, attempt, rework epoch) in one
// covering index, so the per-device lookups of a DPS batch ("passed QA in its current epoch", "the EK of the
// latest passing step 2", "the firmware of the latest passing step 4") never read the step_results rows
// themselves (docs/BENCHMARKS.md, DPS enrollment batch export).
const char* const kV6 = R"SQL(
CREATE INDEX step_results_state ON step_results(device_id, step, kind, outcome, attempt, rework_epoch);
)SQL";

// Version 7: the keys the station puts into Limpet slots (credential modes iothub-symmetric-slot and
// dps-symmetric-group) and the DPS group keys they are derived from, as CMS EnvelopedData to the station's
// key-encryption key (<db>.slotkeys.kek, named by kek_id) only. Slot key records move pending -> applied |
// abandoned, applied -> removed; group keys are append-only (the newest of a product is in use).
const char* const kV7 = R"SQL(
CREATE TABLE slot_keys (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    device_serial TEXT NOT NULL,
    device_uuid   TEXT NOT NULL,
    product       TEXT NOT NULL,
    mode          TEXT NOT NULL CHECK (mode IN ('iothub-symmetric-slot', 'dps-symmetric-group')),
    slot          INTEGER NOT NULL CHECK (slot BETWEEN 0 AND 9),
    host_name     TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    kek_id        TEXT NOT NULL,
    cms           BLOB NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('pending', 'applied', 'abandoned', 'removed')),
    created_utc   TEXT NOT NULL,
    updated_utc   TEXT NOT NULL
);
CREATE INDEX slot_keys_serial ON slot_keys(device_serial, id);
CREATE TABLE group_keys (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    product     TEXT NOT NULL,
    kek_id      TEXT NOT NULL,
    cms         BLOB NOT NULL,
    actor_id    TEXT NOT NULL,
    created_utc TEXT NOT NULL
);
CREATE INDEX group_keys_product ON group_keys(product, id);
)SQL";

// Version 8: the step a rework restarts the device from (0: where it failed; SqliteRunStore::orderRework).
const char* const kV8 = R"SQL(
ALTER TABLE reworks ADD COLUMN restart_step INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 11: the TPM manufacturer trust store and incoming TPM lots (issue 21; docs/FORMATS.md). A CA is
// never deleted: removing it stamps who removed it, when and why (once). Imports and removals are e-signed
// (signatures) and audited. A lot's entries are fixed; only an entry's consumption (the device whose step 2
// took it) is set, once.
const char* const kV11 = R"SQL(
CREATE TABLE trust_cas (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    import_uuid          TEXT NOT NULL,
    sha256               TEXT NOT NULL,
    der                  BLOB NOT NULL,
    vendor               TEXT NOT NULL,
    name                 TEXT NOT NULL,
    known                INTEGER NOT NULL CHECK (known IN (0, 1)),
    subject              TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('root', 'intermediate')),
    not_before           TEXT NOT NULL,
    not_after            TEXT NOT NULL,
    source               TEXT NOT NULL,
    imported_by          TEXT NOT NULL,
    imported_utc         TEXT NOT NULL,
    reason               TEXT NOT NULL,
    signature_id         INTEGER NOT NULL REFERENCES signatures(id),
    removed_utc          TEXT NOT NULL DEFAULT '',
    removed_by           TEXT NOT NULL DEFAULT '',
    removed_reason       TEXT NOT NULL DEFAULT '',
    removed_signature_id INTEGER REFERENCES signatures(id)
);
CREATE UNIQUE INDEX trust_cas_active ON trust_cas(sha256) WHERE removed_utc = '';
CREATE TABLE lots (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    lot           TEXT NOT NULL UNIQUE,
    part          TEXT NOT NULL,
    format        TEXT NOT NULL,
    source        TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    entries       INTEGER NOT NULL,
    imported_by   TEXT NOT NULL,
    imported_utc  TEXT NOT NULL,
    reason        TEXT NOT NULL,
    signature_id  INTEGER NOT NULL REFERENCES signatures(id)
);
CREATE TABLE lot_entries (
    id              INTEGER PRIMARY KEY,
    lot_id          INTEGER NOT NULL REFERENCES lots(id),
    row             INTEGER NOT NULL,
    ek_key_id       TEXT NOT NULL UNIQUE,
    form            TEXT NOT NULL,
    key_algorithm   TEXT NOT NULL,
    tpm_serial      TEXT NOT NULL DEFAULT '',
    ek_public       BLOB NOT NULL,
    registration_id TEXT NOT NULL DEFAULT '',
    certificate     BLOB NOT NULL,
    device_id       INTEGER REFERENCES devices(id),
    consumed_utc    TEXT NOT NULL DEFAULT '',
    UNIQUE (lot_id, row)
);
CREATE INDEX lot_entries_lot ON lot_entries(lot_id, id);
CREATE INDEX lot_entries_device ON lot_entries(device_id);
CREATE TABLE lot_batches (
    id       INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL UNIQUE REFERENCES batches(id),
    lot_id   INTEGER NOT NULL REFERENCES lots(id)
);
CREATE TRIGGER lot_batches_no_delete BEFORE DELETE ON lot_batches
BEGIN SELECT RAISE(ABORT, 'batch records are never deleted'); END;
)SQL";

DbResult<void> createTriggers(Database& db, const char* table)
{
    int count = 0;
    const ProtectionTrigger* triggers = protectionTriggers(&count);
    for (const ProtectionTrigger& t : std::span(triggers, size_t(count))) {
        // The outbox's triggers (schemas 12, 13) are made with the outbox itself (createOutbox,
        // extendOutbox).
        if (qstrcmp(t.table, table) != 0 || qstrncmp(t.name, "outbox_", 7) == 0)
            continue;
        if (auto r = db.exec(t.sql); !r)
            return r;
    }
    return {};
}

DbResult<void> applyVersion(Database& db, int version)
{
    switch (version) {
    case 1: {
        if (auto r = db.exec(kV1); !r)
            return r;
        if (auto r = createTriggers(db, "audit_events"); !r)
            return r;
        auto info = db.prepare("INSERT INTO station_info(key, value) VALUES ('station_id', ?1), "
                               "('created_utc', ?2)");
        if (!info)
            return fail(info.error());
        info->bind(1, newUuid()).bind(2, utcNow());
        if (auto r = info->exec(); !r)
            return r;
        if (auto r = db.exec("PRAGMA application_id="
                             "1414550321");
            !r) // kApplicationId
            return r;
        return {};
    }
    case 2:
        if (auto r = db.exec(kV2); !r)
            return r;
        return createTriggers(db, "signatures");
    case 3:
        if (auto r = db.exec(kV3); !r)
            return r;
        return createTriggers(db, "checkpoints");
    case 4:
        return db.exec(kV4);
    case 5:
        if (auto r = db.exec(kV5); !r)
            return r;
        return createTriggers(db, "escrow_records"); // the protection triggers (db/Schema)
    case 6:
        return db.exec(kV6);
    case 7:
        if (auto r = db.exec(kV7); !r)
            return r;
        if (auto r = createTriggers(db, "slot_keys"); !r)
            return r;
        return createTriggers(db, "group_keys");
    case 8:
        return db.exec(kV8);
    case 9:
        return createTriggers(db, "station_info"); // the identity and trusted key, written once
    case 10: // the loose escrow files: imported by migrate(), which removes them after the commit
        return {};
    case 11:
        if (auto r = db.exec(kV11); !r)
            return r;
        for (const char* table : {"trust_cas", "lots", "lot_entries"})
            if (auto r = createTriggers(db, table); !r)
                return r;
        return {};
    case 12:
        return createOutbox(db); // the outbox, its triggers, every existing row queued once (db/Outbox)
    case 13:
        return extendOutbox(db); // the trust store, the lots and the operators queued too
    default:
        return fail(DbError{DbErrc::Invalid, Tr::tr("Unknown schema version %1.").arg(version)});
    }
}

} // namespace

static_assert(kApplicationId == 1414550321, "keep the literal in applyVersion in step");

DbResult<void> migrate(Database& db, int target, const QString& looseEscrowDirectory)
{
    if (target > kSchemaVersion || target < 1)
        return fail(DbError{DbErrc::Invalid, Tr::tr("Unknown schema version %1.").arg(target)});
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return fail(current.error());
    for (int version = static_cast<int>(*current) + 1; version <= target; ++version) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return fail(tx.error());
        // Another connection may have migrated while this one waited for the write lock.
        auto now = db.queryInt("PRAGMA user_version");
        if (!now)
            return fail(now.error());
        if (*now >= version)
            continue;
        if (auto r = applyVersion(db, version); !r)
            return fail(
                DbError{r.error().code,
                        Tr::tr("Migration to schema %1 failed: %2").arg(version).arg(r.error().message)});
        EscrowImport imported;
        if (version == 10) {
            auto r = importLooseEscrowFiles(db, looseEscrowDirectory);
            if (!r)
                return fail(
                    DbError{r.error().code,
                            Tr::tr("Migration to schema %1 failed: %2").arg(version).arg(r.error().message)});
            imported = *r;
        }
        const QByteArray pragma = "PRAGMA user_version=" + QByteArray::number(version);
        if (auto r = db.exec(pragma.constData()); !r)
            return r;
        if (auto r = db.loadIdentity(); !r)
            return r;
        AuditTrail audit(db);
        AuditEntry entry;
        entry.action = QStringLiteral("change");
        entry.object = QStringLiteral("database");
        entry.field = QStringLiteral("schema_version");
        entry.oldValue = QString::number(version - 1);
        entry.newValue = QString::number(version);
        entry.reason = version == 1 ? QStringLiteral("station database created")
                                    : QStringLiteral("schema upgrade by station software");
        if (auto r = audit.append(systemActor(), entry); !r)
            return fail(r.error());
        if (auto r = (*tx)->commit(); !r)
            return r;
        removeImportedEscrowFiles(imported); // only now: their records are committed
    }
    return {};
}

// Declared in db/Database.h: the connection (Database::connect) brought up to the schema this version
// writes. Defined here, in the unit that knows the schema, so that db/Database does not depend on it.
DbResult<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    auto db = connect(path, options);
    if (!db)
        return db;
    if (!(*db)->readOnly()) {
        if (auto migrated = migrate(**db, options.migrateTo > 0 ? options.migrateTo : kSchemaVersion,
                                    options.looseEscrowDirectory);
            !migrated)
            return fail(migrated.error());
    }
    if (auto identity = (*db)->loadIdentity(); !identity)
        return fail(identity.error());
    return db;
}

} // namespace tps::db
