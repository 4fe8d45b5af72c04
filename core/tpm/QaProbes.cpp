#include "tpm/QaProbes.h"

#include "tpm/EsysPtr.h"
#include "tpm/TpmSession.h"

namespace tps::tpm {

TpmResult<PermanentFlags> readPermanentFlags(TpmSession& session)
{
    auto props = session.properties(TPM2_PT_PERMANENT, 1);
    if (!props)
        return fail(props.error());
    for (const TPMS_TAGGED_PROPERTY& p : *props) {
        if (p.property != TPM2_PT_PERMANENT)
            continue;
        PermanentFlags flags;
        flags.ownerAuthSet = (p.value & TPMA_PERMANENT_OWNERAUTHSET) != 0;
        flags.endorsementAuthSet = (p.value & TPMA_PERMANENT_ENDORSEMENTAUTHSET) != 0;
        flags.lockoutAuthSet = (p.value & TPMA_PERMANENT_LOCKOUTAUTHSET) != 0;
        flags.inLockout = (p.value & TPMA_PERMANENT_INLOCKOUT) != 0;
        return flags;
    }
    return fail(TpmError{TpmErrc::Unsupported, 0, QStringLiteral("TPM2_GetCapability"),
                         QStringLiteral("TPM_PT_PERMANENT not reported")});
}

TpmResult<NvContents> readNvIndex(TpmSession& session, TPM2_HANDLE index, UINT16 chunk)
{
    ESYS_TR nv = ESYS_TR_NONE;
    auto found = session.run(
        QStringLiteral("TPM2_NV_ReadPublic"),
        [&](ESYS_CONTEXT* c) {
            return Esys_TR_FromTPMPublic_Async(c, index, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE);
        },
        [&](ESYS_CONTEXT* c) { return Esys_TR_FromTPMPublic_Finish(c, &nv); });
    if (!found)
        return fail(found.error());
    struct Close
    {
        ESYS_CONTEXT* esys;
        ESYS_TR* tr;
        ~Close() { Esys_TR_Close(esys, tr); }
    } close{session.esys(), &nv};

    TPM2B_NV_PUBLIC* pubRaw = nullptr;
    TPM2B_NAME* nameRaw = nullptr;
    auto read = session.run(
        QStringLiteral("TPM2_NV_ReadPublic"),
        [&](ESYS_CONTEXT* c) {
            return Esys_NV_ReadPublic_Async(c, nv, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE);
        },
        [&](ESYS_CONTEXT* c) { return Esys_NV_ReadPublic_Finish(c, &pubRaw, &nameRaw); });
    auto pub = adopt(pubRaw);
    auto name = adopt(nameRaw);
    if (!read)
        return fail(read.error());
    NvContents out;
    out.attributes = pub->nvPublic.attributes;
    if (!(out.attributes & TPMA_NV_WRITTEN))
        return fail(TpmError{TpmErrc::NotFound, 0, QStringLiteral("TPM2_NV_Read"),
                             QStringLiteral("index 0x%1 is defined but was never written")
                                 .arg(index, 8, 16, QLatin1Char('0'))});
    if (!(out.attributes & TPMA_NV_AUTHREAD))
        return fail(TpmError{TpmErrc::AuthFailed, 0, QStringLiteral("TPM2_NV_Read"),
                             QStringLiteral("index 0x%1 is not readable with its own authorization")
                                 .arg(index, 8, 16, QLatin1Char('0'))});
    const UINT16 size = pub->nvPublic.dataSize;
    for (UINT16 offset = 0; offset < size;) {
        const UINT16 n = std::min<UINT16>(chunk, UINT16(size - offset));
        TPM2B_MAX_NV_BUFFER* dataRaw = nullptr;
        auto got = session.run(
            QStringLiteral("TPM2_NV_Read"),
            [&](ESYS_CONTEXT* c) {
                return Esys_NV_Read_Async(c, nv, nv, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE, n, offset);
            },
            [&](ESYS_CONTEXT* c) { return Esys_NV_Read_Finish(c, &dataRaw); });
        auto data = adopt(dataRaw);
        if (!got)
            return fail(got.error());
        out.data.append(reinterpret_cast<const char*>(data->buffer), data->size);
        offset = UINT16(offset + n);
    }
    return out;
}

} // namespace tps::tpm
