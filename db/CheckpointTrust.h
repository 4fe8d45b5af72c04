// The one check of a checkpoint against the key its auditor trusts: the station's `audit verify`
// (db/AuditTrail) and the factory database's `central verify` (sync/CentralVerifier) both ask it.
#pragma once

#include "db/Checkpoints.h"

namespace tps::db {

enum class CheckpointTrust {
    Trusted,      // its signature over payload() verifies under the key it names, and that is the trusted key
    NoTrustedKey, // a valid signature, but nothing to check the key against (an unpinned station)
    Unsigned,     // no signature at all
    OtherKey,     // a valid signature of another key than the trusted one (re-signed)
    BadSignature, // the signature does not verify (forged, or the content changed after signing)
};
CheckpointTrust checkCheckpoint(const Checkpoint& c, const QByteArray& trustedKey);

} // namespace tps::db
