#include "sync/CentralSchema.h"

#include <QCoreApplication>

namespace tps::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CentralSchema)
};

// Version 1: stations, their audit events (typed, for the chain verification), every other record as the
// station's JSON row, the verification state and its findings.
const char* const kCentralV1 = R"SQL(
CREATE TABLE tps.stations (
    station_id  uuid PRIMARY KEY,
    first_seen  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE tps.audit_events (
    uuid             uuid PRIMARY KEY,
    station_id       uuid NOT NULL,
    seq              bigint NOT NULL,
    time_utc         text NOT NULL,
    software_version text NOT NULL,
    actor_id         text NOT NULL,
    actor_name       text NOT NULL,
    device_serial    text NOT NULL,
    action           text NOT NULL,
    object           text NOT NULL,
    field            text NOT NULL,
    old_value        text NOT NULL,
    new_value        text NOT NULL,
    reason           text NOT NULL,
    prev_hash        bytea NOT NULL,
    hash             bytea NOT NULL,
    outbox_seq       bigint NOT NULL,
    received_utc     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_station_seq ON tps.audit_events (station_id, seq);
CREATE TABLE tps.records (
    uuid         uuid PRIMARY KEY,
    station_id   uuid NOT NULL,
    outbox_seq   bigint NOT NULL,
    table_name   text NOT NULL,
    row_key      text NOT NULL,
    op           text NOT NULL CHECK (op IN ('insert', 'update')),
    payload      jsonb NOT NULL,
    created_utc  text NOT NULL,
    received_utc timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX records_row ON tps.records (station_id, table_name, row_key, outbox_seq);
CREATE INDEX records_ek_digest ON tps.records ((payload->>'ek_digest')) WHERE table_name = 'devices';
CREATE TABLE tps.chain_state (
    station_id         uuid PRIMARY KEY,
    verified_seq       bigint NOT NULL,
    verified_hash      bytea NOT NULL,
    checked_outbox_seq bigint NOT NULL DEFAULT 0,
    verified_utc       timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE tps.findings (
    id         bigserial PRIMARY KEY,
    station_id uuid NOT NULL,
    seq        bigint NOT NULL,
    kind       text NOT NULL,
    message    text NOT NULL,
    found_utc  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (station_id, seq, kind)
);
-- A device whose EK digest another device (of any station) already has: the factory-wide duplicate EK,
-- found when the second one arrives (a station that was offline at step 2 could not ask).
CREATE TABLE tps.duplicate_eks (
    id               bigserial PRIMARY KEY,
    ek_digest        text NOT NULL,
    station_id       uuid NOT NULL,
    device           text NOT NULL,
    serial           text NOT NULL,
    other_station_id uuid NOT NULL,
    other_device     text NOT NULL,
    other_serial     text NOT NULL,
    found_utc        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (station_id, device, other_station_id, other_device)
);
-- The station's canonical event encoding (docs/AUDIT.md): a field is its UTF-8 length (uint32 BE) and bytes.
CREATE FUNCTION tps.audit_field(t text) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN int4send(octet_length(convert_to(t, 'UTF8'))) || convert_to(t, 'UTF8');
CREATE FUNCTION tps.audit_hash(e tps.audit_events) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN sha256('\x5450532d41554449542d5631'::bytea || tps.audit_field(e.uuid::text)
        || tps.audit_field(e.time_utc) || tps.audit_field(e.station_id::text)
        || tps.audit_field(e.software_version) || tps.audit_field(e.actor_id) || tps.audit_field(e.actor_name)
        || tps.audit_field(e.device_serial) || tps.audit_field(e.action) || tps.audit_field(e.object)
        || tps.audit_field(e.field) || tps.audit_field(e.old_value) || tps.audit_field(e.new_value)
        || tps.audit_field(e.reason) || e.prev_hash);
-- What the central side checks as a station's records arrive (called by the relay in the batch's
-- transaction; runs with the owner's rights, the relay cannot write the verdicts itself): the station's
-- chain from where it last stopped — the first gap, broken link or altered event is a finding and
-- verification stops there; a checkpoint whose hash is not that of its event (a chain recomputed without
-- the station's key) is a finding too — and the EK digests of the devices that arrived.
CREATE FUNCTION tps.check_arrival(station uuid) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    from_seq bigint := 0;
    from_hash bytea := decode(repeat('00', 32), 'hex');
    from_outbox bigint := 0;
    bad record;
    good record;
BEGIN
    SELECT verified_seq, verified_hash, checked_outbox_seq INTO from_seq, from_hash, from_outbox
        FROM tps.chain_state WHERE station_id = station;
    IF NOT FOUND THEN
        from_seq := 0; from_hash := decode(repeat('00', 32), 'hex'); from_outbox := 0;
    END IF;
    WITH ev AS (
        SELECT e.seq, e.hash, e.prev_hash, tps.audit_hash(e) AS computed,
               lag(e.seq, 1, from_seq) OVER w AS prev_seq, lag(e.hash, 1, from_hash) OVER w AS prev_hash_expected
        FROM tps.audit_events e WHERE e.station_id = station AND e.seq > from_seq WINDOW w AS (ORDER BY e.seq))
    SELECT seq, prev_seq,
           CASE WHEN seq <> prev_seq + 1 THEN 'missing'
                WHEN prev_hash <> prev_hash_expected THEN 'broken-link'
                WHEN computed <> hash THEN 'altered' END AS kind
        INTO bad FROM ev
        WHERE seq <> prev_seq + 1 OR prev_hash <> prev_hash_expected OR computed <> hash ORDER BY seq LIMIT 1;
    IF FOUND THEN
        INSERT INTO tps.findings(station_id, seq, kind, message) VALUES (station,
            CASE WHEN bad.kind = 'missing' THEN bad.prev_seq + 1 ELSE bad.seq END, bad.kind,
            CASE bad.kind
                WHEN 'missing' THEN format('audit events %s to %s are missing', bad.prev_seq + 1, bad.seq - 1)
                WHEN 'broken-link' THEN format('audit event %s does not follow event %s', bad.seq, bad.seq - 1)
                ELSE format('audit event %s does not match its hash', bad.seq) END)
            ON CONFLICT DO NOTHING;
    END IF;
    SELECT e.seq, e.hash INTO good FROM tps.audit_events e
        WHERE e.station_id = station AND e.seq > from_seq AND (bad.seq IS NULL OR e.seq < bad.seq)
        ORDER BY e.seq DESC LIMIT 1;
    IF FOUND THEN
        from_seq := good.seq; from_hash := good.hash;
    END IF;
    INSERT INTO tps.findings(station_id, seq, kind, message)
        SELECT station, (r.payload->>'seq')::bigint, 'checkpoint-mismatch',
               format('checkpoint %s names a hash that audit event %s does not have', r.uuid, r.payload->>'seq')
        FROM tps.records r
        WHERE r.station_id = station AND r.table_name = 'checkpoints' AND r.outbox_seq > from_outbox
          AND NOT EXISTS (SELECT 1 FROM tps.audit_events e WHERE e.station_id = station
                          AND e.seq = (r.payload->>'seq')::bigint AND e.hash = decode(r.payload->>'hash', 'hex'))
        ON CONFLICT DO NOTHING;
    INSERT INTO tps.duplicate_eks(ek_digest, station_id, device, serial, other_station_id, other_device,
                                  other_serial)
        SELECT n.payload->>'ek_digest', n.station_id, n.row_key, n.payload->>'serial', o.station_id, o.row_key,
               o.payload->>'serial'
        FROM tps.records n JOIN tps.records o ON o.table_name = 'devices'
            AND o.payload->>'ek_digest' = n.payload->>'ek_digest' AND (o.station_id, o.row_key) <> (n.station_id, n.row_key)
        WHERE n.station_id = station AND n.table_name = 'devices' AND n.outbox_seq > from_outbox
          AND n.payload->>'ek_digest' IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO tps.chain_state(station_id, verified_seq, verified_hash, checked_outbox_seq)
        VALUES (station, from_seq, from_hash,
                greatest(from_outbox, (SELECT coalesce(max(outbox_seq), 0) FROM tps.records WHERE station_id = station)))
        ON CONFLICT (station_id) DO UPDATE SET verified_seq = excluded.verified_seq,
            verified_hash = excluded.verified_hash, checked_outbox_seq = excluded.checked_outbox_seq,
            verified_utc = now();
    RETURN from_seq;
END
$$;
REVOKE ALL ON FUNCTION tps.check_arrival(uuid) FROM PUBLIC;
CREATE FUNCTION tps.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'tps.% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON tps.audit_events
    FOR EACH ROW EXECUTE FUNCTION tps.refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON tps.audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION tps.refuse_change();
CREATE TRIGGER records_append_only BEFORE UPDATE OR DELETE ON tps.records
    FOR EACH ROW EXECUTE FUNCTION tps.refuse_change();
CREATE TRIGGER records_no_truncate BEFORE TRUNCATE ON tps.records
    FOR EACH STATEMENT EXECUTE FUNCTION tps.refuse_change();
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tps_relay') THEN
        CREATE ROLE tps_relay NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tps_auditor') THEN
        CREATE ROLE tps_auditor NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO tps_relay', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO tps_auditor', current_database());
END
$$;
GRANT USAGE ON SCHEMA tps TO tps_relay, tps_auditor;
REVOKE ALL ON ALL TABLES IN SCHEMA tps FROM tps_relay, tps_auditor;
GRANT SELECT, INSERT ON tps.stations, tps.audit_events, tps.records TO tps_relay;
GRANT SELECT ON tps.chain_state, tps.findings, tps.duplicate_eks TO tps_relay;
GRANT EXECUTE ON FUNCTION tps.check_arrival(uuid) TO tps_relay;
GRANT SELECT ON ALL TABLES IN SCHEMA tps TO tps_auditor;
)SQL";

// Version 2: the exact bytes of audit event fields PostgreSQL cannot hold as text (a NUL, invalid UTF-8;
// sync/ExactText.h) kept beside the event, and the hash re-verified from them.
const char* const kCentralV2 = R"SQL(
ALTER TABLE tps.audit_events ADD COLUMN exact jsonb;
CREATE FUNCTION tps.audit_exact(x jsonb, name text, t text) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN x ? name THEN int4send(length(decode(x->>name, 'hex'))) || decode(x->>name, 'hex')
                ELSE tps.audit_field(t) END;
CREATE OR REPLACE FUNCTION tps.audit_hash(e tps.audit_events) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT
    PARALLEL SAFE
    RETURN sha256('\x5450532d41554449542d5631'::bytea || tps.audit_exact(e.exact, 'uuid', e.uuid::text)
        || tps.audit_exact(e.exact, 'time_utc', e.time_utc) || tps.audit_field(e.station_id::text)
        || tps.audit_exact(e.exact, 'software_version', e.software_version)
        || tps.audit_exact(e.exact, 'actor_id', e.actor_id) || tps.audit_exact(e.exact, 'actor_name', e.actor_name)
        || tps.audit_exact(e.exact, 'device_serial', e.device_serial) || tps.audit_exact(e.exact, 'action', e.action)
        || tps.audit_exact(e.exact, 'object', e.object) || tps.audit_exact(e.exact, 'field', e.field)
        || tps.audit_exact(e.exact, 'old_value', e.old_value) || tps.audit_exact(e.exact, 'new_value', e.new_value)
        || tps.audit_exact(e.exact, 'reason', e.reason) || e.prev_hash);
)SQL";

// Version 3: the DPS batches exported from the factory database (`export dps --central`) and their devices,
// each device at most once (the primary key); append-only. Role tps_exporter reads everything and may only
// insert batches; the relay has no right on them, the auditor reads them.
const char* const kCentralV3 = R"SQL(
CREATE TABLE tps.central_batches (
    uuid              uuid PRIMARY KEY,
    name              text NOT NULL,
    product           text NOT NULL,
    simulated         boolean NOT NULL,
    devices           integer NOT NULL,
    operations        integer NOT NULL,
    manifest_sha256   text NOT NULL,
    exporting_station uuid NOT NULL,
    creator_id        text NOT NULL,
    creator_name      text NOT NULL,
    created_utc       text NOT NULL,
    stations          uuid[],
    recorded_by       text NOT NULL DEFAULT current_user,
    recorded_utc      timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE tps.central_batch_devices (
    station_id      uuid NOT NULL,
    device_uuid     uuid NOT NULL,
    batch_uuid      uuid NOT NULL REFERENCES tps.central_batches(uuid),
    serial          text NOT NULL,
    registration_id text NOT NULL,
    operation       integer NOT NULL,
    PRIMARY KEY (station_id, device_uuid)
);
-- What the export's device query joins on: a device's step results, a step result's artifacts and
-- measurements.
CREATE INDEX records_step_device ON tps.records (station_id, (payload->>'device_id'))
    WHERE table_name = 'step_results';
CREATE INDEX records_step_result ON tps.records (station_id, (payload->>'step_result_id'))
    WHERE table_name IN ('artifacts', 'measurements');
CREATE TRIGGER central_batches_append_only BEFORE UPDATE OR DELETE ON tps.central_batches
    FOR EACH ROW EXECUTE FUNCTION tps.refuse_change();
CREATE TRIGGER central_batch_devices_append_only BEFORE UPDATE OR DELETE ON tps.central_batch_devices
    FOR EACH ROW EXECUTE FUNCTION tps.refuse_change();
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tps_exporter') THEN
        CREATE ROLE tps_exporter NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO tps_exporter', current_database());
END
$$;
GRANT USAGE ON SCHEMA tps TO tps_exporter;
GRANT SELECT ON ALL TABLES IN SCHEMA tps TO tps_exporter;
GRANT INSERT ON tps.central_batches, tps.central_batch_devices TO tps_exporter;
GRANT SELECT ON tps.central_batches, tps.central_batch_devices TO tps_auditor;
)SQL";

// Version 4: the factory-wide duplicate-EK rule, written once (tps.other_devices_with_ek) and used by the
// three places that ask it — the arrival check (tps.check_arrival, restated here to call it), step 2's online
// question (sync/CentralEkRegistry) and the central DPS export (sync/CentralExports). A device is its serial,
// wherever it was provisioned: the same serial with the same EK on a second station is the device moved
// (reworked on another station), not a clone; another serial with the EK, on any station, is a duplicate.
// A device row counts with its newest version per station (a TPM replaced at rework frees the old EK, as the
// station's own rule, whose devices.ek_digest is the current binding).
const char* const kCentralV4 = R"SQL(
CREATE FUNCTION tps.other_devices_with_ek(ek_digest_hex text, own_serial text)
    RETURNS TABLE (other_serial text, other_station uuid, other_device text, received timestamptz)
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT r.payload->>'serial', r.station_id, r.row_key, r.received_utc FROM tps.records r
        WHERE r.table_name = 'devices' AND r.payload->>'ek_digest' = ek_digest_hex
          AND r.payload->>'serial' IS DISTINCT FROM own_serial
          AND NOT EXISTS (SELECT 1 FROM tps.records n WHERE n.station_id = r.station_id
                          AND n.table_name = 'devices' AND n.row_key = r.row_key AND n.outbox_seq > r.outbox_seq)
        ORDER BY r.received_utc, r.station_id, r.row_key;
END;
GRANT EXECUTE ON FUNCTION tps.other_devices_with_ek(text, text) TO tps_relay, tps_auditor, tps_exporter;
-- A central batch takes a serial once (sync/CentralExports).
CREATE INDEX central_batch_devices_serial ON tps.central_batch_devices (serial);
CREATE OR REPLACE FUNCTION tps.check_arrival(station uuid) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    from_seq bigint := 0;
    from_hash bytea := decode(repeat('00', 32), 'hex');
    from_outbox bigint := 0;
    bad record;
    good record;
BEGIN
    SELECT verified_seq, verified_hash, checked_outbox_seq INTO from_seq, from_hash, from_outbox
        FROM tps.chain_state WHERE station_id = station;
    IF NOT FOUND THEN
        from_seq := 0; from_hash := decode(repeat('00', 32), 'hex'); from_outbox := 0;
    END IF;
    WITH ev AS (
        SELECT e.seq, e.hash, e.prev_hash, tps.audit_hash(e) AS computed,
               lag(e.seq, 1, from_seq) OVER w AS prev_seq, lag(e.hash, 1, from_hash) OVER w AS prev_hash_expected
        FROM tps.audit_events e WHERE e.station_id = station AND e.seq > from_seq WINDOW w AS (ORDER BY e.seq))
    SELECT seq, prev_seq,
           CASE WHEN seq <> prev_seq + 1 THEN 'missing'
                WHEN prev_hash <> prev_hash_expected THEN 'broken-link'
                WHEN computed <> hash THEN 'altered' END AS kind
        INTO bad FROM ev
        WHERE seq <> prev_seq + 1 OR prev_hash <> prev_hash_expected OR computed <> hash ORDER BY seq LIMIT 1;
    IF FOUND THEN
        INSERT INTO tps.findings(station_id, seq, kind, message) VALUES (station,
            CASE WHEN bad.kind = 'missing' THEN bad.prev_seq + 1 ELSE bad.seq END, bad.kind,
            CASE bad.kind
                WHEN 'missing' THEN format('audit events %s to %s are missing', bad.prev_seq + 1, bad.seq - 1)
                WHEN 'broken-link' THEN format('audit event %s does not follow event %s', bad.seq, bad.seq - 1)
                ELSE format('audit event %s does not match its hash', bad.seq) END)
            ON CONFLICT DO NOTHING;
    END IF;
    SELECT e.seq, e.hash INTO good FROM tps.audit_events e
        WHERE e.station_id = station AND e.seq > from_seq AND (bad.seq IS NULL OR e.seq < bad.seq)
        ORDER BY e.seq DESC LIMIT 1;
    IF FOUND THEN
        from_seq := good.seq; from_hash := good.hash;
    END IF;
    INSERT INTO tps.findings(station_id, seq, kind, message)
        SELECT station, (r.payload->>'seq')::bigint, 'checkpoint-mismatch',
               format('checkpoint %s names a hash that audit event %s does not have', r.uuid, r.payload->>'seq')
        FROM tps.records r
        WHERE r.station_id = station AND r.table_name = 'checkpoints' AND r.outbox_seq > from_outbox
          AND NOT EXISTS (SELECT 1 FROM tps.audit_events e WHERE e.station_id = station
                          AND e.seq = (r.payload->>'seq')::bigint AND e.hash = decode(r.payload->>'hash', 'hex'))
        ON CONFLICT DO NOTHING;
    INSERT INTO tps.duplicate_eks(ek_digest, station_id, device, serial, other_station_id, other_device,
                                  other_serial)
        SELECT n.payload->>'ek_digest', n.station_id, n.row_key, n.payload->>'serial', o.other_station,
               o.other_device, o.other_serial
        FROM tps.records n CROSS JOIN LATERAL tps.other_devices_with_ek(n.payload->>'ek_digest', n.payload->>'serial') o
        WHERE n.station_id = station AND n.table_name = 'devices' AND n.outbox_seq > from_outbox
          AND n.payload->>'ek_digest' IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO tps.chain_state(station_id, verified_seq, verified_hash, checked_outbox_seq)
        VALUES (station, from_seq, from_hash,
                greatest(from_outbox, (SELECT coalesce(max(outbox_seq), 0) FROM tps.records WHERE station_id = station)))
        ON CONFLICT (station_id) DO UPDATE SET verified_seq = excluded.verified_seq,
            verified_hash = excluded.verified_hash, checked_outbox_seq = excluded.checked_outbox_seq,
            verified_utc = now();
    RETURN from_seq;
END
$$;
)SQL";

// Version 5: central verification of the stations' signed checkpoints (sync/CentralVerifier). PostgreSQL
// cannot verify Ed25519, so the signatures are checked by `central verify` with the station's own checkpoint
// check (db::checkCheckpoint, OpenSSL), against the key the factory admin pinned per station (`central
// pin`: the owner only, once per station — a station never makes a new key for an existing trail); the
// verdicts are recorded here, append-only. Role tps_verifier reads everything and may only add verdicts.
const char* const kCentralV5 = R"SQL(
CREATE TABLE tps.station_keys (
    station_id  uuid PRIMARY KEY,
    public_key  bytea NOT NULL CHECK (length(public_key) = 32),
    fingerprint text NOT NULL,
    pinned_by   text NOT NULL DEFAULT current_user,
    pinned_utc  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE tps.checkpoint_verdicts (
    id          bigserial PRIMARY KEY,
    station_id  uuid NOT NULL,
    checkpoint  uuid NOT NULL,
    seq         bigint NOT NULL,
    verdict     text NOT NULL CHECK (verdict IN ('verified', 'unpinned', 'unsigned', 'wrong-key',
                                                 'bad-signature', 'hash-mismatch')),
    message     text NOT NULL,
    verified_by text NOT NULL DEFAULT current_user,
    verified_utc timestamptz NOT NULL DEFAULT now(),
    UNIQUE (checkpoint, verdict)
);
CREATE INDEX checkpoint_verdicts_station ON tps.checkpoint_verdicts (station_id, seq);
CREATE TRIGGER station_keys_append_only BEFORE UPDATE OR DELETE ON tps.station_keys
    FOR EACH ROW EXECUTE FUNCTION tps.refuse_change();
CREATE TRIGGER checkpoint_verdicts_append_only BEFORE UPDATE OR DELETE ON tps.checkpoint_verdicts
    FOR EACH ROW EXECUTE FUNCTION tps.refuse_change();
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tps_verifier') THEN
        CREATE ROLE tps_verifier NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO tps_verifier', current_database());
END
$$;
GRANT USAGE ON SCHEMA tps TO tps_verifier;
GRANT SELECT ON ALL TABLES IN SCHEMA tps TO tps_verifier;
GRANT INSERT ON tps.checkpoint_verdicts TO tps_verifier;
GRANT USAGE ON SEQUENCE tps.checkpoint_verdicts_id_seq TO tps_verifier;
GRANT SELECT ON tps.station_keys, tps.checkpoint_verdicts TO tps_auditor, tps_exporter, tps_relay;
)SQL";

// Version 6: the same event hash, written so that PostgreSQL inlines it into the chain check. The version-2
// function called tps.audit_exact and tps.audit_field (SQL functions the planner did not inline: STRICT, and
// convert_to is only STABLE) for each of 13 fields, about 150 µs per event — three quarters of the relay's
// time for a 100,000-event backlog. Spelled out with built-in functions only and declared STABLE (the
// encoding conversion depends on the server), it is inlined: about 6 µs per event. Same bytes, same hash
// (TestCentralSync's chain checks and a tampered event still found prove it).
const char* const kCentralV6 = R"SQL(
CREATE OR REPLACE FUNCTION tps.audit_hash(e tps.audit_events) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE
    RETURN sha256('\x5450532d41554449542d5631'::bytea
        || CASE WHEN e.exact ? 'uuid' THEN int4send(length(decode(e.exact->>'uuid', 'hex')))
                || decode(e.exact->>'uuid', 'hex')
           ELSE int4send(octet_length(convert_to(e.uuid::text, 'UTF8'))) || convert_to(e.uuid::text, 'UTF8') END
        || CASE WHEN e.exact ? 'time_utc' THEN int4send(length(decode(e.exact->>'time_utc', 'hex')))
                || decode(e.exact->>'time_utc', 'hex')
           ELSE int4send(octet_length(convert_to(e.time_utc, 'UTF8'))) || convert_to(e.time_utc, 'UTF8') END
        || int4send(octet_length(convert_to(e.station_id::text, 'UTF8'))) || convert_to(e.station_id::text, 'UTF8')
        || CASE WHEN e.exact ? 'software_version' THEN int4send(length(decode(e.exact->>'software_version', 'hex')))
                || decode(e.exact->>'software_version', 'hex')
           ELSE int4send(octet_length(convert_to(e.software_version, 'UTF8'))) || convert_to(e.software_version, 'UTF8') END
        || CASE WHEN e.exact ? 'actor_id' THEN int4send(length(decode(e.exact->>'actor_id', 'hex')))
                || decode(e.exact->>'actor_id', 'hex')
           ELSE int4send(octet_length(convert_to(e.actor_id, 'UTF8'))) || convert_to(e.actor_id, 'UTF8') END
        || CASE WHEN e.exact ? 'actor_name' THEN int4send(length(decode(e.exact->>'actor_name', 'hex')))
                || decode(e.exact->>'actor_name', 'hex')
           ELSE int4send(octet_length(convert_to(e.actor_name, 'UTF8'))) || convert_to(e.actor_name, 'UTF8') END
        || CASE WHEN e.exact ? 'device_serial' THEN int4send(length(decode(e.exact->>'device_serial', 'hex')))
                || decode(e.exact->>'device_serial', 'hex')
           ELSE int4send(octet_length(convert_to(e.device_serial, 'UTF8'))) || convert_to(e.device_serial, 'UTF8') END
        || CASE WHEN e.exact ? 'action' THEN int4send(length(decode(e.exact->>'action', 'hex')))
                || decode(e.exact->>'action', 'hex')
           ELSE int4send(octet_length(convert_to(e.action, 'UTF8'))) || convert_to(e.action, 'UTF8') END
        || CASE WHEN e.exact ? 'object' THEN int4send(length(decode(e.exact->>'object', 'hex')))
                || decode(e.exact->>'object', 'hex')
           ELSE int4send(octet_length(convert_to(e.object, 'UTF8'))) || convert_to(e.object, 'UTF8') END
        || CASE WHEN e.exact ? 'field' THEN int4send(length(decode(e.exact->>'field', 'hex')))
                || decode(e.exact->>'field', 'hex')
           ELSE int4send(octet_length(convert_to(e.field, 'UTF8'))) || convert_to(e.field, 'UTF8') END
        || CASE WHEN e.exact ? 'old_value' THEN int4send(length(decode(e.exact->>'old_value', 'hex')))
                || decode(e.exact->>'old_value', 'hex')
           ELSE int4send(octet_length(convert_to(e.old_value, 'UTF8'))) || convert_to(e.old_value, 'UTF8') END
        || CASE WHEN e.exact ? 'new_value' THEN int4send(length(decode(e.exact->>'new_value', 'hex')))
                || decode(e.exact->>'new_value', 'hex')
           ELSE int4send(octet_length(convert_to(e.new_value, 'UTF8'))) || convert_to(e.new_value, 'UTF8') END
        || CASE WHEN e.exact ? 'reason' THEN int4send(length(decode(e.exact->>'reason', 'hex')))
                || decode(e.exact->>'reason', 'hex')
           ELSE int4send(octet_length(convert_to(e.reason, 'UTF8'))) || convert_to(e.reason, 'UTF8') END
        || e.prev_hash);
)SQL";

// Version 7: one arrival check per station at a time, and each check bounded by what it has read. A
// backlog's batches are checked on a second connection beside the inserts (sync/Relay.cpp), so a check now
// runs while the same station's next batch commits, beside another check of the same relay (the last batch
// checks inside its transaction) or of `central verify`. Two holes that version 4 left open only for that
// case, closed here: its statements each saw the events committed when they started (PL/pgSQL under READ
// COMMITTED), so events that committed between the chain check and the statement that picked the last
// verified one, or records between the checkpoint/EK checks and the statement that stored how far they
// went, were counted as checked without having been. Now the chain check and the last verified event are
// one statement, the records checked are those up to the outbox position read first, and each check takes
// the station's verification lock (another key space than the relay's batch lock) before it reads
// tps.chain_state. Same findings, same EK rule (version 4).
const char* const kCentralV7 = R"SQL(
CREATE OR REPLACE FUNCTION tps.check_arrival(station uuid) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    from_seq bigint := 0;
    from_hash bytea := decode(repeat('00', 32), 'hex');
    from_outbox bigint := 0;
    to_outbox bigint;
    checked record;
BEGIN
    PERFORM pg_advisory_xact_lock(1414550322, hashtext(station::text));
    SELECT verified_seq, verified_hash, checked_outbox_seq INTO from_seq, from_hash, from_outbox
        FROM tps.chain_state WHERE station_id = station;
    IF NOT FOUND THEN
        from_seq := 0; from_hash := decode(repeat('00', 32), 'hex'); from_outbox := 0;
    END IF;
    -- The records this check covers: those arrived so far (a station's batches commit in outbox order).
    SELECT greatest(from_outbox, coalesce(max(outbox_seq), 0)) INTO to_outbox FROM tps.records
        WHERE station_id = station;
    -- The chain from where it stopped, in one statement: its first gap, broken link or altered event, and
    -- the last event before it (or the last one read).
    WITH ev AS MATERIALIZED (
        SELECT e.seq, e.hash, e.prev_hash, tps.audit_hash(e) AS computed,
               lag(e.seq, 1, from_seq) OVER w AS prev_seq, lag(e.hash, 1, from_hash) OVER w AS prev_hash_expected
        FROM tps.audit_events e WHERE e.station_id = station AND e.seq > from_seq WINDOW w AS (ORDER BY e.seq)),
    bad AS (
        SELECT seq, prev_seq,
               CASE WHEN seq <> prev_seq + 1 THEN 'missing'
                    WHEN prev_hash <> prev_hash_expected THEN 'broken-link'
                    ELSE 'altered' END AS kind
        FROM ev WHERE seq <> prev_seq + 1 OR prev_hash <> prev_hash_expected OR computed <> hash
        ORDER BY seq LIMIT 1)
    SELECT b.seq AS bad_seq, b.prev_seq AS bad_prev_seq, b.kind AS bad_kind, g.seq AS good_seq,
           g.hash AS good_hash
        INTO checked
        FROM (SELECT 1) one LEFT JOIN bad b ON true
        LEFT JOIN LATERAL (SELECT ev.seq, ev.hash FROM ev WHERE b.seq IS NULL OR ev.seq < b.seq
                           ORDER BY ev.seq DESC LIMIT 1) g ON true;
    IF checked.bad_seq IS NOT NULL THEN
        INSERT INTO tps.findings(station_id, seq, kind, message) VALUES (station,
            CASE WHEN checked.bad_kind = 'missing' THEN checked.bad_prev_seq + 1 ELSE checked.bad_seq END,
            checked.bad_kind,
            CASE checked.bad_kind
                WHEN 'missing' THEN format('audit events %s to %s are missing', checked.bad_prev_seq + 1,
                                           checked.bad_seq - 1)
                WHEN 'broken-link' THEN format('audit event %s does not follow event %s', checked.bad_seq,
                                               checked.bad_seq - 1)
                ELSE format('audit event %s does not match its hash', checked.bad_seq) END)
            ON CONFLICT DO NOTHING;
    END IF;
    IF checked.good_seq IS NOT NULL THEN
        from_seq := checked.good_seq; from_hash := checked.good_hash;
    END IF;
    INSERT INTO tps.findings(station_id, seq, kind, message)
        SELECT station, (r.payload->>'seq')::bigint, 'checkpoint-mismatch',
               format('checkpoint %s names a hash that audit event %s does not have', r.uuid, r.payload->>'seq')
        FROM tps.records r
        WHERE r.station_id = station AND r.table_name = 'checkpoints' AND r.outbox_seq > from_outbox
          AND r.outbox_seq <= to_outbox
          AND NOT EXISTS (SELECT 1 FROM tps.audit_events e WHERE e.station_id = station
                          AND e.seq = (r.payload->>'seq')::bigint AND e.hash = decode(r.payload->>'hash', 'hex'))
        ON CONFLICT DO NOTHING;
    INSERT INTO tps.duplicate_eks(ek_digest, station_id, device, serial, other_station_id, other_device,
                                  other_serial)
        SELECT n.payload->>'ek_digest', n.station_id, n.row_key, n.payload->>'serial', o.other_station,
               o.other_device, o.other_serial
        FROM tps.records n CROSS JOIN LATERAL tps.other_devices_with_ek(n.payload->>'ek_digest', n.payload->>'serial') o
        WHERE n.station_id = station AND n.table_name = 'devices' AND n.outbox_seq > from_outbox
          AND n.outbox_seq <= to_outbox AND n.payload->>'ek_digest' IS NOT NULL
        ON CONFLICT DO NOTHING;
    INSERT INTO tps.chain_state(station_id, verified_seq, verified_hash, checked_outbox_seq)
        VALUES (station, from_seq, from_hash, to_outbox)
        ON CONFLICT (station_id) DO UPDATE SET verified_seq = excluded.verified_seq,
            verified_hash = excluded.verified_hash, checked_outbox_seq = excluded.checked_outbox_seq,
            verified_utc = now();
    RETURN from_seq;
END
$$;
GRANT EXECUTE ON FUNCTION tps.check_arrival(uuid) TO tps_verifier;
)SQL";

bool isUndefinedTable(const SyncError& e)
{
    return e.technical.contains(QLatin1String("does not exist"));
}
} // namespace

SyncResult<int> checkCentralSchema(PgConnection& pg)
{
    auto r = pg.exec("SELECT max(version) FROM tps.schema_info");
    if (!r) {
        if (r.error().code == SyncErrc::Server && isUndefinedTable(r.error()))
            return fail(SyncError{SyncErrc::NotInitialised,
                                  Tr::tr("The factory database %1 has no station schema yet: run "
                                         "'tpm-station-cli central init --central URL' first.")
                                      .arg(pg.where()),
                                  r.error().technical});
        return fail(r.error());
    }
    const int version = PgConnection::value(*r, 0, 0).toInt();
    if (version != kCentralSchemaVersion)
        return fail(
            SyncError{SyncErrc::SchemaVersion,
                      version > kCentralSchemaVersion
                          ? Tr::tr("The factory database %1 has schema version %2, newer than this station "
                                   "software (%3): update the station software.")
                                .arg(pg.where())
                                .arg(version)
                                .arg(kCentralSchemaVersion)
                          : Tr::tr("The factory database %1 has schema version %2, older than this station "
                                   "software (%3): run 'tpm-station-cli central init' to migrate it.")
                                .arg(pg.where())
                                .arg(version)
                                .arg(kCentralSchemaVersion),
                      QString::number(version)});
    return version;
}

SyncResult<int> initCentralSchema(PgConnection& pg)
{
    if (auto r = pg.exec("BEGIN; SELECT pg_advisory_xact_lock(1414550321); CREATE SCHEMA IF NOT EXISTS tps; "
                         "CREATE TABLE IF NOT EXISTS tps.schema_info (version integer PRIMARY KEY, "
                         "applied_utc timestamptz NOT NULL DEFAULT now())");
        !r) {
        (void)pg.exec("ROLLBACK");
        return fail(r.error());
    }
    auto current = pg.exec("SELECT coalesce(max(version), 0) FROM tps.schema_info");
    if (!current) {
        (void)pg.exec("ROLLBACK");
        return fail(current.error());
    }
    const int from = PgConnection::value(*current, 0, 0).toInt();
    if (from > kCentralSchemaVersion) {
        (void)pg.exec("ROLLBACK");
        return fail(SyncError{SyncErrc::SchemaVersion,
                              Tr::tr("The factory database %1 has schema version %2, newer than this station "
                                     "software (%3): update the station software.")
                                  .arg(pg.where())
                                  .arg(from)
                                  .arg(kCentralSchemaVersion),
                              QString::number(from)});
    }
    const char* const versions[] = {kCentralV1, kCentralV2, kCentralV3,
                                     kCentralV4, kCentralV5, kCentralV6, kCentralV7};
    for (int v = from + 1; v <= kCentralSchemaVersion; ++v) {
        auto applied = pg.exec(versions[v - 1]);
        if (applied)
            applied = pg.exec("INSERT INTO tps.schema_info(version) VALUES ($1)", {QByteArray::number(v)});
        if (!applied) {
            (void)pg.exec("ROLLBACK");
            return fail(applied.error());
        }
    }
    if (auto r = pg.exec(
            "GRANT SELECT ON tps.schema_info TO tps_relay, tps_auditor, tps_exporter, tps_verifier; COMMIT");
        !r) {
        (void)pg.exec("ROLLBACK");
        return fail(r.error());
    }
    return from;
}

} // namespace tps::sync
