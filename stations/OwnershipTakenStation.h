// Step 3 — Ownership taken: fresh owner/lockout authorizations (escrowed to the device owner before they
// reach the TPM), SRK and certificate-matching EK persisted, dictionary-attack parameters set. See
// core/ownership/TakeOwnership.h and docs/OWNERSHIP.md.
#pragma once

#include "core/ownership/EscrowStore.h"
#include "core/ownership/OwnerAuthVault.h"
#include "core/ownership/TakeOwnership.h"
#include "core/timeline/Station.h"

#include <memory>

namespace tps::stations {

class OwnershipTakenStation final : public timeline::Station
{
public:
    // The store receives the escrow records (the station's default: FileEscrowStore under the app data
    // directory; the database later). The vault (optional) receives the owner authorization this step
    // applies, for steps 4 and 5 of the same run (in memory only, see OwnerAuthVault.h).
    explicit OwnershipTakenStation(std::shared_ptr<ownership::EscrowStore> store,
                                   std::shared_ptr<ownership::OwnerAuthVault> vault = {});

    timeline::StepId id() const override { return timeline::StepId::OwnershipTaken; }
    timeline::StepResult run(timeline::StepContext& context) override;

    // Rework entry point (the supervisor's signed order is checked by the caller): TPM2_Clear with the
    // platform hierarchy or the escrowed lockout authorization, EK re-persisted, the serial's escrow
    // records revoked, an audit event with the reason. The ownership step can then run again.
    static Result<ownership::ClearReport, timeline::StepError>
    clearForRework(tpm::TpmSession& tpm, ownership::EscrowStore& store, const timeline::Device& device,
                   ownership::ClearAuthority authority, const crypto::SecureBytes& lockoutAuth,
                   const QString& reason, timeline::DeviceRecords& records);

private:
    std::shared_ptr<ownership::EscrowStore> m_store;
    std::shared_ptr<ownership::OwnerAuthVault> m_vault;
};

} // namespace tps::stations
