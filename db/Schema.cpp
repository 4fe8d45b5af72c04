#include "db/Schema.h"

#include "db/Outbox.h"

#include <iterator>
#include <vector>

namespace tps::db {

namespace {

constexpr ProtectionTrigger kTriggers[] = {
    {"audit_events_no_update",
     "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
     "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
     "audit_events"},
    {"audit_events_no_delete",
     "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
     "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
     "audit_events"},
    {"signatures_no_update",
     "CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures "
     "BEGIN SELECT RAISE(ABORT, 'electronic signatures are append-only'); END",
     "signatures"},
    {"signatures_no_delete",
     "CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures "
     "BEGIN SELECT RAISE(ABORT, 'electronic signatures are append-only'); END",
     "signatures"},
    {"checkpoints_no_update",
     "CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints "
     "BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END",
     "checkpoints"},
    {"checkpoints_no_delete",
     "CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints "
     "BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END",
     "checkpoints"},
    // Schema 5. The text is byte for byte what the first version of schema 5 wrote (verify compares it).
    {"escrow_records_no_delete",
     "CREATE TRIGGER escrow_records_no_delete BEFORE DELETE ON escrow_records\n"
     "BEGIN SELECT RAISE(ABORT, 'escrow records are append-only'); END",
     "escrow_records"},
    {"escrow_records_content_fixed",
     "CREATE TRIGGER escrow_records_content_fixed BEFORE UPDATE ON escrow_records\n"
     "WHEN NEW.id IS NOT OLD.id OR NEW.uuid IS NOT OLD.uuid OR NEW.device_serial IS NOT OLD.device_serial\n"
     "  OR NEW.device_uuid IS NOT OLD.device_uuid OR NEW.hierarchies IS NOT OLD.hierarchies\n"
     "  OR NEW.recipient_fingerprint IS NOT OLD.recipient_fingerprint OR NEW.cms IS NOT OLD.cms\n"
     "  OR NEW.created_utc IS NOT OLD.created_utc\n"
     "BEGIN SELECT RAISE(ABORT, 'only the state of an escrow record may change'); END",
     "escrow_records"},
    {"escrow_records_state_forward",
     "CREATE TRIGGER escrow_records_state_forward BEFORE UPDATE OF state ON escrow_records\n"
     "WHEN NEW.state IS NOT OLD.state AND (OLD.state IN ('abandoned', 'revoked')\n"
     "  OR (OLD.state = 'applied' AND NEW.state <> 'revoked') OR NEW.state = 'pending')\n"
     "BEGIN SELECT RAISE(ABORT, 'an escrow record''s state only moves forward'); END",
     "escrow_records"},
    // Schema 7 (docs/FORMATS.md, "Credential modes"): keys of Limpet slots and DPS group keys, CMS only.
    {"slot_keys_no_delete",
     "CREATE TRIGGER slot_keys_no_delete BEFORE DELETE ON slot_keys\n"
     "BEGIN SELECT RAISE(ABORT, 'slot key records are append-only'); END",
     "slot_keys"},
    {"slot_keys_content_fixed",
     "CREATE TRIGGER slot_keys_content_fixed BEFORE UPDATE ON slot_keys\n"
     "WHEN NEW.id IS NOT OLD.id OR NEW.uuid IS NOT OLD.uuid OR NEW.device_serial IS NOT OLD.device_serial\n"
     "  OR NEW.device_uuid IS NOT OLD.device_uuid OR NEW.product IS NOT OLD.product\n"
     "  OR NEW.mode IS NOT OLD.mode OR NEW.slot IS NOT OLD.slot OR NEW.host_name IS NOT OLD.host_name\n"
     "  OR NEW.device_id IS NOT OLD.device_id OR NEW.kek_id IS NOT OLD.kek_id OR NEW.cms IS NOT OLD.cms\n"
     "  OR NEW.created_utc IS NOT OLD.created_utc\n"
     "BEGIN SELECT RAISE(ABORT, 'only the state of a slot key record may change'); END",
     "slot_keys"},
    {"slot_keys_state_forward",
     "CREATE TRIGGER slot_keys_state_forward BEFORE UPDATE OF state ON slot_keys\n"
     "WHEN NEW.state IS NOT OLD.state AND (OLD.state IN ('abandoned', 'removed')\n"
     "  OR (OLD.state = 'applied' AND NEW.state <> 'removed') OR NEW.state = 'pending')\n"
     "BEGIN SELECT RAISE(ABORT, 'a slot key record''s state only moves forward'); END",
     "slot_keys"},
    {"group_keys_no_update",
     "CREATE TRIGGER group_keys_no_update BEFORE UPDATE ON group_keys\n"
     "BEGIN SELECT RAISE(ABORT, 'group keys are append-only'); END",
     "group_keys"},
    {"group_keys_no_delete",
     "CREATE TRIGGER group_keys_no_delete BEFORE DELETE ON group_keys\n"
     "BEGIN SELECT RAISE(ABORT, 'group keys are append-only'); END",
     "group_keys"},
    // Schema 9: the station's identity and its trusted checkpoint key are written once and never replaced
    // (an INSERT OR REPLACE deletes without firing delete triggers, hence the insert guard).
    {"station_info_identity_fixed",
     "CREATE TRIGGER station_info_identity_fixed BEFORE UPDATE ON station_info\n"
     "WHEN OLD.key IN ('station_id', 'created_utc', 'public_key')\n"
     "BEGIN SELECT RAISE(ABORT, 'the station identity and key are written once'); END",
     "station_info", 9},
    {"station_info_identity_kept",
     "CREATE TRIGGER station_info_identity_kept BEFORE DELETE ON station_info\n"
     "WHEN OLD.key IN ('station_id', 'created_utc', 'public_key')\n"
     "BEGIN SELECT RAISE(ABORT, 'the station identity and key are written once'); END",
     "station_info", 9},
    {"station_info_identity_once",
     "CREATE TRIGGER station_info_identity_once BEFORE INSERT ON station_info\n"
     "WHEN NEW.key IN ('station_id', 'created_utc', 'public_key')\n"
     "  AND EXISTS (SELECT 1 FROM station_info WHERE key = NEW.key)\n"
     "BEGIN SELECT RAISE(ABORT, 'the station identity and key are written once'); END",
     "station_info", 9},
    // Schema 11 (docs/FORMATS.md, "Incoming TPM lots"): the trust store and the lots.
    {"trust_cas_no_delete",
     "CREATE TRIGGER trust_cas_no_delete BEFORE DELETE ON trust_cas\n"
     "BEGIN SELECT RAISE(ABORT, 'trust store certificates are removed by a signed record, never deleted'); "
     "END",
     "trust_cas", 11},
    {"trust_cas_remove_once",
     "CREATE TRIGGER trust_cas_remove_once BEFORE UPDATE ON trust_cas\n"
     "WHEN OLD.removed_utc <> '' OR NEW.id IS NOT OLD.id OR NEW.uuid IS NOT OLD.uuid\n"
     "  OR NEW.import_uuid IS NOT OLD.import_uuid OR NEW.sha256 IS NOT OLD.sha256 OR NEW.der IS NOT OLD.der\n"
     "  OR NEW.vendor IS NOT OLD.vendor OR NEW.name IS NOT OLD.name OR NEW.known IS NOT OLD.known\n"
     "  OR NEW.subject IS NOT OLD.subject OR NEW.role IS NOT OLD.role OR NEW.not_before IS NOT "
     "OLD.not_before\n"
     "  OR NEW.not_after IS NOT OLD.not_after OR NEW.source IS NOT OLD.source\n"
     "  OR NEW.imported_by IS NOT OLD.imported_by OR NEW.imported_utc IS NOT OLD.imported_utc\n"
     "  OR NEW.reason IS NOT OLD.reason OR NEW.signature_id IS NOT OLD.signature_id\n"
     "BEGIN SELECT RAISE(ABORT, 'a trust store certificate is only ever removed, once'); END",
     "trust_cas", 11},
    {"lots_no_change",
     "CREATE TRIGGER lots_no_change BEFORE UPDATE ON lots\n"
     "BEGIN SELECT RAISE(ABORT, 'an imported lot never changes'); END",
     "lots", 11},
    {"lots_no_delete",
     "CREATE TRIGGER lots_no_delete BEFORE DELETE ON lots\n"
     "BEGIN SELECT RAISE(ABORT, 'an imported lot is never deleted'); END",
     "lots", 11},
    {"lot_entries_no_delete",
     "CREATE TRIGGER lot_entries_no_delete BEFORE DELETE ON lot_entries\n"
     "BEGIN SELECT RAISE(ABORT, 'lot entries are never deleted'); END",
     "lot_entries", 11},
    {"lot_entries_consume_once",
     "CREATE TRIGGER lot_entries_consume_once BEFORE UPDATE ON lot_entries\n"
     "WHEN OLD.device_id IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.lot_id IS NOT OLD.lot_id\n"
     "  OR NEW.row IS NOT OLD.row OR NEW.ek_key_id IS NOT OLD.ek_key_id OR NEW.form IS NOT OLD.form\n"
     "  OR NEW.key_algorithm IS NOT OLD.key_algorithm OR NEW.tpm_serial IS NOT OLD.tpm_serial\n"
     "  OR NEW.ek_public IS NOT OLD.ek_public OR NEW.registration_id IS NOT OLD.registration_id\n"
     "  OR NEW.certificate IS NOT OLD.certificate\n"
     "BEGIN SELECT RAISE(ABORT, 'a lot entry is consumed once and never changes otherwise'); END",
     "lot_entries", 11},
};

} // namespace

// The append-only protections and, from schema 12 (more tables from 13), the outbox triggers: a station that
// drops one of them would stop queueing its records for the factory database unnoticed, so `audit verify`
// checks them too.
const ProtectionTrigger* protectionTriggers(int* count)
{
    static const std::vector<ProtectionTrigger> all = [] {
        std::vector<ProtectionTrigger> out(std::begin(kTriggers), std::end(kTriggers));
        for (const OutboxTrigger& t : outboxTriggers())
            out.push_back({t.name.constData(), t.sql.constData(), t.table.constData(), t.since});
        return out;
    }();
    *count = static_cast<int>(all.size());
    return all.data();
}

} // namespace tps::db
