// Hierarchy administration: authorization values, dictionary-attack parameters, TPM2_Clear and its
// control, and making objects persistent (TPM2_EvictControl). Generic building blocks; the ownership
// step (core/ownership) decides when to use them.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/tpmwire/TpmError.h"

#include <QtGlobal>
#include <tss2/tss2_esys.h>

namespace tps::tpm {

class TpmSession;

// TPM_PT_PERMANENT and the dictionary-attack properties: read without any authorization, so they can be
// probed freely (no DA counter, no lockout).
struct HierarchyState
{
    quint32 permanent = 0;
    bool ownerAuthSet = false;
    bool endorsementAuthSet = false;
    bool lockoutAuthSet = false;
    bool disableClear = false;
    bool inLockout = false;
    quint32 lockoutCounter = 0;
    quint32 maxAuthFail = 0;
    quint32 lockoutInterval = 0; // seconds (recoveryTime)
    quint32 lockoutRecovery = 0; // seconds
};
TpmResult<HierarchyState> readHierarchyState(TpmSession& session);

// Sets the authorization value the session uses for `handle` (the value is copied into ESAPI, then the
// local TPM2B_AUTH is wiped). The one Esys_TR_SetAuth of a secret; `{}` sets the empty authorization.
TpmResult<void> setAuthValue(TpmSession& session, ESYS_TR handle, crypto::SecretView auth);

// TPM2_HierarchyChangeAuth: `hierarchy`'s current auth must be set on the session; afterwards the session
// uses the new value for it.
TpmResult<void> changeHierarchyAuth(TpmSession& session, ESYS_TR hierarchy, crypto::SecretView newAuth);

// TPM2_DictionaryAttackParameters (lockout authorization).
TpmResult<void> setDictionaryAttackParameters(TpmSession& session, quint32 maxTries, quint32 recoveryTime,
                                              quint32 lockoutRecovery);

// TPM2_ClearControl with ESYS_TR_RH_LOCKOUT or ESYS_TR_RH_PLATFORM (only the platform may re-enable).
TpmResult<void> clearControl(TpmSession& session, ESYS_TR auth, bool disable);

// TPM2_Clear with ESYS_TR_RH_LOCKOUT or ESYS_TR_RH_PLATFORM.
TpmResult<void> clearTpm(TpmSession& session, ESYS_TR auth);

// TPM2_EvictControl(owner): makes the transient `object` persistent at `handle`.
TpmResult<void> persistObject(TpmSession& session, ESYS_TR object, TPM2_HANDLE handle);
// TPM2_EvictControl(owner): removes the persistent object at `handle` (and closes the stale ESYS_TR,
// which tpm2-tss 3.2.1 does not do). TpmErrc::NotFound when nothing is there.
TpmResult<void> evictPersistent(TpmSession& session, TPM2_HANDLE handle);

} // namespace tps::tpm
