#include "core/tpm/TpmCleanup.h"

#include <vector>

namespace tps::tpm {

namespace {

// The handles of one range (TPM2_HT_TRANSIENT, TPM2_HT_LOADED_SESSION, ...) now loaded in the TPM.
TpmResult<std::vector<TPM2_HANDLE>> loadedHandles(TpmSession& session, TPM2_HANDLE first)
{
    TPMI_YES_NO more = TPM2_NO;
    TPMS_CAPABILITY_DATA* raw = nullptr;
    auto listed = session.run(
        QStringLiteral("TPM2_GetCapability"),
        [first](ESYS_CONTEXT* c) {
            return Esys_GetCapability_Async(c, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, TPM2_CAP_HANDLES,
                                            first, TPM2_MAX_CAP_HANDLES);
        },
        [&](ESYS_CONTEXT* c) { return Esys_GetCapability_Finish(c, &more, &raw); });
    auto data = adopt(raw);
    if (!listed)
        return fail(listed.error());
    std::vector<TPM2_HANDLE> handles;
    if (data && data->capability == TPM2_CAP_HANDLES) {
        const TPML_HANDLE& list = data->data.handles;
        for (quint32 i = 0; i < list.count && i < TPM2_MAX_CAP_HANDLES; ++i)
            if ((list.handle[i] & TPM2_HR_RANGE_MASK) == (first & TPM2_HR_RANGE_MASK))
                handles.push_back(list.handle[i]);
    }
    return handles;
}

TpmResult<int> flushAll(TpmSession& session, const std::vector<TPM2_HANDLE>& handles)
{
    int flushed = 0;
    for (TPM2_HANDLE handle : handles) {
        ESYS_TR object = ESYS_TR_NONE;
        auto resolved = session.run(
            QStringLiteral("TPM2_ReadPublic"),
            [handle](ESYS_CONTEXT* c) {
                return Esys_TR_FromTPMPublic_Async(c, handle, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE);
            },
            [&](ESYS_CONTEXT* c) { return Esys_TR_FromTPMPublic_Finish(c, &object); });
        if (!resolved)
            return fail(resolved.error());
        if (auto r = session.flush(object); !r)
            return fail(r.error());
        ++flushed;
    }
    return flushed;
}

} // namespace

TpmResult<int> flushLoadedSessions(TpmSession& session)
{
    auto sessions = loadedHandles(session, TPM2_LOADED_SESSION_FIRST);
    if (!sessions)
        return fail(sessions.error());
    return flushAll(session, *sessions);
}

TpmResult<int> flushTransientObjects(TpmSession& session)
{
    auto transients = loadedHandles(session, TPM2_TRANSIENT_FIRST);
    if (!transients)
        return fail(transients.error());
    auto objects = flushAll(session, *transients);
    if (!objects)
        return objects;
    auto sessions = flushLoadedSessions(session);
    if (!sessions)
        return sessions;
    return *objects + *sessions;
}

} // namespace tps::tpm
