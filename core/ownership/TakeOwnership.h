// Taking ownership of a TPM 2.0 (DESIGN §3.3), crash-safe and resumable (docs/OWNERSHIP.md):
//  1. read TPMA_PERMANENT and the serial's escrow history; decide (OwnershipPlan); refuse a TPM owned by
//     someone else (AlreadyOwned) without touching it;
//  2. while the owner authorization is still empty: SRK (Provisioning Guidance template) persisted at
//     0x81000001, the certificate-matching EK at 0x81010001 (a different EK there is evicted), and the
//     provisioning-settings NV index 0x01500100 defined for step 4 (firmware/SettingsNv.h);
//  3. while the lockout authorization is still empty: dictionary-attack parameters, optional ClearControl;
//  4. fresh secrets -> CMS to the owner -> escrow record committed (write-ahead) -> HierarchyChangeAuth
//     owner [, endorsement], lockout -> record marked applied. The secrets and CMS are made before 2, and
//     the record's commit runs on a helper thread during 2-3 (overlapping the SRK derivation); a barrier
//     waits for it to be durable before the first HierarchyChangeAuth.
// Every transient object is flushed; the session forgets the new auth values before returning.
#pragma once

#include "core/crypto/CmsEscrow.h"
#include "core/ownership/EscrowStore.h"
#include "core/ownership/OwnershipConfig.h"
#include "core/ownership/OwnershipPlan.h"
#include "core/tpm/Hierarchy.h"
#include "core/tpm/TpmKeys.h"

#include <atomic>
#include <functional>

namespace tps::tpm {
class TpmSession;
}

namespace tps::ownership {

enum class OwnershipErrc {
    Tpm,          // a TPM command failed (see technical)
    AlreadyOwned, // authorizations set by someone else
    Escrow,       // the escrow record could not be written
    Crypto,       // encryption/DRBG failure
    NeedsRework,  // the TPM is ours but in a state the step cannot repair without TPM2_Clear
    Cancelled,
};

struct OwnershipError
{
    OwnershipErrc code = OwnershipErrc::Tpm;
    QString operatorMessage; // translated
    QString technical;       // English
};

struct OwnershipReport
{
    tpm::HierarchyState before;
    tpm::HierarchyState after;
    QList<Hierarchy> changed;          // authorizations set in this run
    QList<PendingResolution> resolved; // pending records of an interrupted run, decided now
    bool resumed = false;
    tpm::KeyPublic srk;
    tpm::KeyPublic ek;
    bool srkPersisted = false;            // this run persisted the SRK
    bool ekPersisted = false;             // this run persisted the EK
    bool ekReplaced = false;              // ... after evicting a different key from 0x81010001
    bool srkVerified = false;             // persisted SRK equals createPrimary(owner, SRK template)
    bool ekVerified = false;              // persisted EK equals createPrimary(endorsement, EK template),
                                          // or step 2's certificate-checked EK (certifiedEk)
    bool ekFromStep2 = false;             // ... proven by step 2's EK, without a derivation
    bool daSet = false;                   // this run set the dictionary-attack parameters
    bool settingsIndexDefined = false;    // the settings NV index is defined as step 4 needs it
    bool settingsIndexDefinedNow = false; // ... by this run (defined, or re-defined with other attributes)
    bool clearDisabledNow = false;
    QString escrowRecordId; // the record this run wrote (empty when nothing was left to set)
    QString recipientFingerprint;
    QStringList notes; // English, for the audit trail
};

// Receives the owner authorization right after TPM2_HierarchyChangeAuth(owner) succeeded (only when this
// run set it), so later steps of the same run can use it (OwnerAuthVault). Never store or log it.
using OwnerAuthSink = std::function<void(const crypto::SecureBytes& ownerAuth)>;

// `certifiedEk`: the marshaled TPM2B_PUBLIC of the EK step 2 extracted and checked against the EK
// certificate (its recorded `ek.pub`), when known. A persisted EK at 0x81010001 equal to it (and of the
// L-1 template) IS the certificate's key, so the RSA-2048 derivation that would otherwise prove it
// (CreatePrimary under the endorsement hierarchy) is skipped. Empty: the EK is derived from the template
// and compared, as without step 2 (CLI `ownership take`, rework).
Result<OwnershipReport, OwnershipError>
takeOwnership(tpm::TpmSession& session, EscrowStore& store, const crypto::EscrowCertificate& recipient,
              const OwnershipConfig& config, const QString& serial, const QString& deviceUuid,
              const std::atomic<bool>* cancel = nullptr, const OwnerAuthSink& ownerAuthSink = {},
              const QByteArray& certifiedEk = {});

// Rework: TPM2_Clear with the platform hierarchy (empty platform auth, as on a fresh boot / swtpm) or
// with the escrowed lockout authorization, then the certificate-matching EK re-persisted. A wrong lockout
// value locks the lockout hierarchy for lockoutRecovery seconds: pass only the escrowed value.
enum class ClearAuthority { Platform, Lockout };
struct ClearReport
{
    tpm::HierarchyState before;
    tpm::HierarchyState after;
    tpm::KeyPublic ek;
};
Result<ClearReport, OwnershipError> clearOwnership(tpm::TpmSession& session, ClearAuthority authority,
                                                   const crypto::SecureBytes& lockoutAuth = {});

} // namespace tps::ownership
