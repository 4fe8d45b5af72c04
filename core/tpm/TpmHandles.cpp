#include "core/tpm/TpmHandles.h"

#include "core/tpm/EsysPtr.h"
#include "core/tpm/TpmSession.h"

#include <algorithm>

namespace tps::tpm {

TpmResult<std::vector<TPM2_HANDLE>> handlesInRange(TpmSession& session, TPM2_HANDLE first, quint32 count)
{
    std::vector<TPM2_HANDLE> out;
    const quint64 end = quint64(first) + count;
    TPM2_HANDLE next = first;
    for (;;) {
        TPMI_YES_NO more = TPM2_NO;
        TPMS_CAPABILITY_DATA* raw = nullptr;
        auto result = session.run(
            QStringLiteral("TPM2_GetCapability"),
            [&](ESYS_CONTEXT* c) {
                return Esys_GetCapability_Async(c, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, TPM2_CAP_HANDLES,
                                                next, TPM2_MAX_CAP_HANDLES);
            },
            [&](ESYS_CONTEXT* c) { return Esys_GetCapability_Finish(c, &more, &raw); });
        auto data = adopt(raw);
        if (!result)
            return fail(result.error());
        const TPML_HANDLE& list = data->data.handles;
        if (data->capability != TPM2_CAP_HANDLES || list.count == 0)
            return out;
        for (quint32 i = 0; i < list.count && i < TPM2_MAX_CAP_HANDLES; ++i) {
            if (list.handle[i] >= end)
                return out;
            if (list.handle[i] >= first)
                out.push_back(list.handle[i]);
        }
        if (more != TPM2_YES)
            return out;
        next = list.handle[list.count - 1] + 1;
    }
}

bool containsHandle(const std::vector<TPM2_HANDLE>& handles, TPM2_HANDLE handle)
{
    return std::find(handles.begin(), handles.end(), handle) != handles.end();
}

} // namespace tps::tpm
