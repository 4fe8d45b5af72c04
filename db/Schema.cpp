#include "db/Schema.h"

#include <iterator>

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
};

} // namespace

const ProtectionTrigger* protectionTriggers(int* count)
{
    *count = static_cast<int>(std::size(kTriggers));
    return kTriggers;
}

} // namespace tps::db
