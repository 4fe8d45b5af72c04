#include "core/tpm/Hierarchy.h"

#include "core/tpm/BusSession.h"
#include "core/tpm/TpmRefs.h"
#include "core/tpm/TpmSession.h"
#include "core/tpm/WipedParams.h"

namespace tps::tpm {

namespace {

constexpr quint32 kInLockout = 0x00000200; // TPMA_PERMANENT inLockout

TpmResult<void> fill(WipedAuth& buffer, crypto::SecretView auth, const QString& command)
{
    if (!fillSecret(*buffer.get(), auth))
        return fail(
            TpmError{TpmErrc::Unexpected, 0, command, QStringLiteral("authorization value too long")});
    return {};
}

void closeTr(TpmSession& session, ESYS_TR& tr)
{
    if (tr != ESYS_TR_NONE)
        Esys_TR_Close(session.esys(), &tr);
    tr = ESYS_TR_NONE;
}

} // namespace

TpmResult<HierarchyState> readHierarchyState(TpmSession& session)
{
    auto props = session.properties(TPM2_PT_PERMANENT, TPM2_PT_LOCKOUT_RECOVERY - TPM2_PT_PERMANENT + 1);
    if (!props)
        return fail(props.error());
    HierarchyState s;
    bool havePermanent = false;
    for (const TPMS_TAGGED_PROPERTY& p : *props) {
        switch (p.property) {
        case TPM2_PT_PERMANENT:
            s.permanent = p.value;
            havePermanent = true;
            break;
        case TPM2_PT_LOCKOUT_COUNTER:
            s.lockoutCounter = p.value;
            break;
        case TPM2_PT_MAX_AUTH_FAIL:
            s.maxAuthFail = p.value;
            break;
        case TPM2_PT_LOCKOUT_INTERVAL:
            s.lockoutInterval = p.value;
            break;
        case TPM2_PT_LOCKOUT_RECOVERY:
            s.lockoutRecovery = p.value;
            break;
        default:
            break;
        }
    }
    if (!havePermanent)
        return fail(TpmError{TpmErrc::Unexpected, 0, QStringLiteral("TPM2_GetCapability"),
                             QStringLiteral("the TPM did not report TPM_PT_PERMANENT")});
    s.ownerAuthSet = s.permanent & TPMA_PERMANENT_OWNERAUTHSET;
    s.endorsementAuthSet = s.permanent & TPMA_PERMANENT_ENDORSEMENTAUTHSET;
    s.lockoutAuthSet = s.permanent & TPMA_PERMANENT_LOCKOUTAUTHSET;
    s.disableClear = s.permanent & TPMA_PERMANENT_DISABLECLEAR;
    s.inLockout = s.permanent & kInLockout;
    return s;
}

TpmResult<void> setAuthValue(TpmSession& session, ESYS_TR handle, crypto::SecretView auth)
{
    WipedAuth buffer;
    if (auto ok = fill(buffer, auth, QStringLiteral("Esys_TR_SetAuth")); !ok)
        return ok;
    const TSS2_RC rc = Esys_TR_SetAuth(session.esys(), handle, buffer.get());
    if (rc != TSS2_RC_SUCCESS)
        return fail(makeError(rc, QStringLiteral("Esys_TR_SetAuth")));
    noteAuthValue(session, handle, auth.empty());
    return {};
}

TpmResult<void> changeHierarchyAuth(TpmSession& session, ESYS_TR hierarchy, crypto::SecretView newAuth)
{
    const QString command = QStringLiteral("TPM2_HierarchyChangeAuth");
    WipedAuth buffer;
    if (auto ok = fill(buffer, newAuth, command); !ok)
        return ok;
    // The new value is the command's first parameter: encrypted on the bus, never sent in clear.
    auto auth = authSession(session, hierarchy, ParamCrypt::Command, Carries::Secret);
    if (!auth)
        return fail(auth.error());
    auto result = session.run(
        command,
        [&](ESYS_CONTEXT* c) {
            return Esys_HierarchyChangeAuth_Async(c, hierarchy, *auth, ESYS_TR_NONE, ESYS_TR_NONE,
                                                  buffer.get());
        },
        [](ESYS_CONTEXT* c) { return Esys_HierarchyChangeAuth_Finish(c); });
    if (!result)
        return result;
    return setAuthValue(session, hierarchy, newAuth);
}

TpmResult<void> setDictionaryAttackParameters(TpmSession& session, quint32 maxTries, quint32 recoveryTime,
                                              quint32 lockoutRecovery)
{
    auto auth = authSession(session, ESYS_TR_RH_LOCKOUT, ParamCrypt::None);
    if (!auth)
        return fail(auth.error());
    return session.run(
        QStringLiteral("TPM2_DictionaryAttackParameters"),
        [&](ESYS_CONTEXT* c) {
            return Esys_DictionaryAttackParameters_Async(c, ESYS_TR_RH_LOCKOUT, *auth, ESYS_TR_NONE,
                                                         ESYS_TR_NONE, maxTries, recoveryTime,
                                                         lockoutRecovery);
        },
        [](ESYS_CONTEXT* c) { return Esys_DictionaryAttackParameters_Finish(c); });
}

TpmResult<void> clearControl(TpmSession& session, ESYS_TR auth, bool disable)
{
    auto authorization = authSession(session, auth, ParamCrypt::None);
    if (!authorization)
        return fail(authorization.error());
    return session.run(
        QStringLiteral("TPM2_ClearControl"),
        [&](ESYS_CONTEXT* c) {
            return Esys_ClearControl_Async(c, auth, *authorization, ESYS_TR_NONE, ESYS_TR_NONE,
                                           disable ? TPM2_YES : TPM2_NO);
        },
        [](ESYS_CONTEXT* c) { return Esys_ClearControl_Finish(c); });
}

TpmResult<void> clearTpm(TpmSession& session, ESYS_TR auth)
{
    auto authorization = authSession(session, auth, ParamCrypt::None);
    if (!authorization)
        return fail(authorization.error());
    auto cleared = session.run(
        QStringLiteral("TPM2_Clear"),
        [&](ESYS_CONTEXT* c) {
            return Esys_Clear_Async(c, auth, *authorization, ESYS_TR_NONE, ESYS_TR_NONE);
        },
        [](ESYS_CONTEXT* c) { return Esys_Clear_Finish(c); });
    if (cleared) // TPM2_Clear set the owner, endorsement and lockout authorizations to empty
        for (ESYS_TR h : {ESYS_TR_RH_OWNER, ESYS_TR_RH_ENDORSEMENT, ESYS_TR_RH_LOCKOUT})
            noteAuthValue(session, h, true);
    return cleared;
}

TpmResult<void> persistObject(TpmSession& session, ESYS_TR object, TPM2_HANDLE handle)
{
    auto auth = authSession(session, ESYS_TR_RH_OWNER, ParamCrypt::None);
    if (!auth)
        return fail(auth.error());
    ESYS_TR persisted = ESYS_TR_NONE;
    auto result = session.run(
        QStringLiteral("TPM2_EvictControl"),
        [&](ESYS_CONTEXT* c) {
            return Esys_EvictControl_Async(c, ESYS_TR_RH_OWNER, object, *auth, ESYS_TR_NONE, ESYS_TR_NONE,
                                           handle);
        },
        [&](ESYS_CONTEXT* c) { return Esys_EvictControl_Finish(c, &persisted); });
    closeTr(session, persisted); // a local reference only; the persistent object stays
    return result;
}

TpmResult<void> evictPersistent(TpmSession& session, TPM2_HANDLE handle)
{
    auto ref = openTpmHandle(session, handle);
    if (!ref)
        return fail(ref.error());
    auto auth = authSession(session, ESYS_TR_RH_OWNER, ParamCrypt::None);
    if (!auth)
        return fail(auth.error());
    ESYS_TR after = ESYS_TR_NONE;
    auto result = session.run(
        QStringLiteral("TPM2_EvictControl"),
        [&](ESYS_CONTEXT* c) {
            return Esys_EvictControl_Async(c, ESYS_TR_RH_OWNER, ref->get(), *auth, ESYS_TR_NONE, ESYS_TR_NONE,
                                           handle);
        },
        [&](ESYS_CONTEXT* c) { return Esys_EvictControl_Finish(c, &after); });
    if (after != ref->get())
        closeTr(session, after);
    return result; // `ref` is stale after the eviction and closes itself
}

} // namespace tps::tpm
