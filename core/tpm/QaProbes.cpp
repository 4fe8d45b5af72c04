#include "core/tpm/QaProbes.h"

#include "core/tpm/NvIndex.h"
#include "core/tpm/TpmHandles.h"
#include "core/tpm/TpmSession.h"

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
    const auto hex = QStringLiteral("0x%1").arg(index, 8, 16, QLatin1Char('0'));
    auto pub = nvReadPublic(session, index);
    if (!pub)
        return fail(pub.error());
    if (!*pub)
        return fail(TpmError{TpmErrc::NotFound, 0, QStringLiteral("TPM2_NV_ReadPublic"),
                             QStringLiteral("index %1 is not defined").arg(hex)});
    NvContents out;
    out.attributes = (*pub)->attributes;
    if (!(*pub)->written())
        return fail(TpmError{TpmErrc::NotFound, 0, QStringLiteral("TPM2_NV_Read"),
                             QStringLiteral("index %1 is defined but was never written").arg(hex)});
    if (!(out.attributes & TPMA_NV_AUTHREAD))
        return fail(TpmError{TpmErrc::AuthFailed, 0, QStringLiteral("TPM2_NV_Read"),
                             QStringLiteral("index %1 is not readable with its own authorization").arg(hex)});
    auto data = nvRead(session, index, NvAuth::index(), 0, std::nullopt, NvIo{chunk});
    if (!data)
        return fail(data.error());
    out.data = std::move(*data);
    return out;
}

TpmResult<QSet<TPM2_CC>> implementedCommands(TpmSession& session)
{
    QSet<TPM2_CC> out;
    auto read =
        readCapability(session, TPM2_CAP_COMMANDS, TPM2_CC_FIRST, TPM2_MAX_CAP_CC,
                       [&](const TPMS_CAPABILITY_DATA& data, bool more) -> std::optional<quint32> {
                           const TPML_CCA& list = data.data.command;
                           if (data.capability != TPM2_CAP_COMMANDS || list.count == 0)
                               return std::nullopt;
                           for (quint32 i = 0; i < list.count && i < TPM2_MAX_CAP_CC; ++i)
                               out.insert(list.commandAttributes[i] & TPMA_CC_COMMANDINDEX_MASK);
                           if (!more)
                               return std::nullopt;
                           return (list.commandAttributes[list.count - 1] & TPMA_CC_COMMANDINDEX_MASK) + 1;
                       });
    if (!read)
        return fail(read.error());
    return out;
}

} // namespace tps::tpm
