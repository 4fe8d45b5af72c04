// The owner's side of the escrow: opening a serial's records with the owner's private key to recover the
// authorization values the TPM carries (used by `tpm-station-cli escrow open` and by tests).
#pragma once

#include "core/crypto/CmsEscrow.h"
#include "core/ownership/EscrowStore.h"

#include <vector>

namespace tps::ownership {

struct RecoveredAuth
{
    Hierarchy hierarchy = Hierarchy::Owner;
    crypto::SecureBytes value;
    QString recordId;
    EscrowState state = EscrowState::Applied; // Pending: written ahead, not confirmed on the TPM
};

// For each hierarchy, the value from the newest record that set it (applied) or may have set it
// (pending), in kChangeOrder. Revoked and abandoned records are skipped.
Result<std::vector<RecoveredAuth>, QString> recoverAuthorizations(EscrowStore& store, const QString& serial,
                                                                  const crypto::EscrowPrivateKey& key);

} // namespace tps::ownership
