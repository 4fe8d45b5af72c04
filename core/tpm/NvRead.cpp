#include "tpm/NvRead.h"

#include "tpm/EsysPtr.h"
#include "tpm/TpmSession.h"

#include <algorithm>

namespace tps::tpm {

namespace {

// An ESYS_TR for an NV index, closed (not undefined) when it goes out of scope.
class NvHandle
{
public:
    explicit NvHandle(TpmSession& session) : m_session(session) {}
    ~NvHandle()
    {
        if (m_tr != ESYS_TR_NONE)
            Esys_TR_Close(m_session.esys(), &m_tr);
    }
    NvHandle(const NvHandle&) = delete;
    NvHandle& operator=(const NvHandle&) = delete;

    TpmResult<void> open(TPM2_HANDLE index)
    {
        return m_session.run(
            QStringLiteral("TPM2_NV_ReadPublic"),
            [&](ESYS_CONTEXT* c) {
                return Esys_TR_FromTPMPublic_Async(c, index, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE);
            },
            [&](ESYS_CONTEXT* c) { return Esys_TR_FromTPMPublic_Finish(c, &m_tr); });
    }
    ESYS_TR get() const { return m_tr; }

private:
    TpmSession& m_session;
    ESYS_TR m_tr = ESYS_TR_NONE;
};

TpmResult<NvIndexInfo> readPublicOf(TpmSession& session, ESYS_TR tr)
{
    TPM2B_NV_PUBLIC* pub = nullptr;
    TPM2B_NAME* name = nullptr;
    auto result = session.run(
        QStringLiteral("TPM2_NV_ReadPublic"),
        [&](ESYS_CONTEXT* c) {
            return Esys_NV_ReadPublic_Async(c, tr, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE);
        },
        [&](ESYS_CONTEXT* c) { return Esys_NV_ReadPublic_Finish(c, &pub, &name); });
    auto p = adopt(pub);
    auto n = adopt(name);
    if (!result)
        return fail(result.error());
    return NvIndexInfo{p->nvPublic.nvIndex, p->nvPublic.attributes, p->nvPublic.dataSize,
                       p->nvPublic.nameAlg};
}

} // namespace

TpmResult<NvIndexInfo> nvReadPublic(TpmSession& session, TPM2_HANDLE index)
{
    NvHandle handle(session);
    if (auto opened = handle.open(index); !opened)
        return fail(opened.error());
    return readPublicOf(session, handle.get());
}

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

TpmResult<quint32> nvBufferMax(TpmSession& session)
{
    auto props = session.properties(TPM2_PT_NV_BUFFER_MAX, 1);
    if (!props)
        return fail(props.error());
    for (const TPMS_TAGGED_PROPERTY& p : *props)
        if (p.property == TPM2_PT_NV_BUFFER_MAX && p.value > 0)
            return quint32(p.value);
    return quint32(512); // the minimum every TPM 2.0 supports
}

TpmResult<QByteArray> nvRead(TpmSession& session, TPM2_HANDLE index, quint32 maxChunk, quint16 offset,
                             quint16 size)
{
    NvHandle handle(session);
    if (auto opened = handle.open(index); !opened)
        return fail(opened.error());
    auto info = readPublicOf(session, handle.get());
    if (!info)
        return fail(info.error());
    if (maxChunk == 0) {
        auto max = nvBufferMax(session);
        if (!max)
            return fail(max.error());
        maxChunk = *max;
    }
    if (offset > info->dataSize || (size != 0 && quint32(offset) + size > info->dataSize))
        return fail(TpmError{TpmErrc::Unexpected, 0, QStringLiteral("TPM2_NV_Read"),
                             QStringLiteral("read of %1 bytes at %2 beyond the %3-byte index 0x%4")
                                 .arg(size)
                                 .arg(offset)
                                 .arg(info->dataSize)
                                 .arg(index, 8, 16, QLatin1Char('0'))});
    const quint32 total = size != 0 ? size : quint32(info->dataSize - offset);

    ESYS_TR auth = handle.get();
    if (!(info->attributes & TPMA_NV_AUTHREAD)) {
        if (info->attributes & TPMA_NV_OWNERREAD)
            auth = ESYS_TR_RH_OWNER;
        else if (info->attributes & TPMA_NV_PPREAD)
            auth = ESYS_TR_RH_PLATFORM;
    }

    QByteArray out;
    out.reserve(qsizetype(total));
    while (quint32(out.size()) < total) {
        const auto chunk = static_cast<UINT16>(std::min<quint32>(maxChunk, total - quint32(out.size())));
        const auto at = static_cast<UINT16>(offset + out.size());
        TPM2B_MAX_NV_BUFFER* data = nullptr;
        auto result = session.run(
            QStringLiteral("TPM2_NV_Read"),
            [&](ESYS_CONTEXT* c) {
                return Esys_NV_Read_Async(c, auth, handle.get(), ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                                          chunk, at);
            },
            [&](ESYS_CONTEXT* c) { return Esys_NV_Read_Finish(c, &data); });
        auto owned = adopt(data);
        if (!result)
            return fail(result.error());
        if (owned->size == 0 || owned->size > chunk)
            return fail(TpmError{TpmErrc::Unexpected, 0, QStringLiteral("TPM2_NV_Read"),
                                 QStringLiteral("asked for %1 bytes, got %2").arg(chunk).arg(owned->size)});
        out.append(reinterpret_cast<const char*>(owned->buffer), owned->size);
    }
    return out;
}

} // namespace tps::tpm
