#include "core/tpm/TpmHandles.h"

#include "core/tpm/EsysPtr.h"
#include "core/tpm/TpmSession.h"

#include <algorithm>

namespace tps::tpm {

TpmResult<void> readCapability(TpmSession& session, TPM2_CAP capability, quint32 first, quint32 count,
                               const CapabilityPage& page)
{
    quint32 next = first;
    for (;;) {
        TPMI_YES_NO more = TPM2_NO;
        TPMS_CAPABILITY_DATA* raw = nullptr;
        auto result = session.run(
            QStringLiteral("TPM2_GetCapability"),
            [&](ESYS_CONTEXT* c) {
                return Esys_GetCapability_Async(c, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, capability, next,
                                                count);
            },
            [&](ESYS_CONTEXT* c) { return Esys_GetCapability_Finish(c, &more, &raw); });
        auto data = adopt(raw);
        if (!result)
            return fail(result.error());
        const std::optional<quint32> from = page(*data, more == TPM2_YES);
        if (!from)
            return {};
        next = *from;
    }
}

TpmResult<std::vector<TPM2_HANDLE>> handlesInRange(TpmSession& session, TPM2_HANDLE first, quint32 count)
{
    std::vector<TPM2_HANDLE> out;
    const quint64 end = quint64(first) + count;
    auto read = readCapability(session, TPM2_CAP_HANDLES, first, TPM2_MAX_CAP_HANDLES,
                               [&](const TPMS_CAPABILITY_DATA& data, bool more) -> std::optional<quint32> {
                                   const TPML_HANDLE& list = data.data.handles;
                                   if (data.capability != TPM2_CAP_HANDLES || list.count == 0)
                                       return std::nullopt;
                                   for (quint32 i = 0; i < list.count && i < TPM2_MAX_CAP_HANDLES; ++i) {
                                       if (list.handle[i] >= end)
                                           return std::nullopt;
                                       if (list.handle[i] >= first)
                                           out.push_back(list.handle[i]);
                                   }
                                   return more ? std::optional<quint32>(list.handle[list.count - 1] + 1)
                                               : std::nullopt;
                               });
    if (!read)
        return fail(read.error());
    return out;
}

bool containsHandle(const std::vector<TPM2_HANDLE>& handles, TPM2_HANDLE handle)
{
    return std::find(handles.begin(), handles.end(), handle) != handles.end();
}

} // namespace tps::tpm
