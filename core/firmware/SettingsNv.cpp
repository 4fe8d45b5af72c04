#include "firmware/SettingsNv.h"

namespace tps::firmware {

tpm::TpmResult<void> storeSettingsRecord(tpm::TpmSession& session, const QByteArray& record,
                                         const QByteArray& ownerAuth, const tpm::NvIo& io)
{
    using tpm::NvAuth;
    if (record.size() != kSettingsNvSize)
        return fail(tpm::TpmError{tpm::TpmErrc::Unexpected, 0, QStringLiteral("TPM2_NV_Write"),
                                  QStringLiteral("settings record is %1 bytes, index holds %2")
                                      .arg(record.size())
                                      .arg(kSettingsNvSize)});
    auto existing = tpm::nvReadPublic(session, kSettingsNvIndex);
    if (!existing)
        return fail(existing.error());
    constexpr TPMA_NV stateBits = TPMA_NV_WRITTEN | TPMA_NV_READLOCKED | TPMA_NV_WRITELOCKED;
    const bool fits = *existing && ((*existing)->attributes & ~stateBits) == kSettingsNvAttributes &&
                      (*existing)->size == kSettingsNvSize && (*existing)->authPolicy.isEmpty();
    if (*existing && !fits) {
        if (auto r = tpm::nvUndefine(session, kSettingsNvIndex, NvAuth::owner(ownerAuth)); !r)
            return r;
    }
    if (!*existing || !fits) {
        tpm::NvDefinition def;
        def.index = kSettingsNvIndex;
        def.size = kSettingsNvSize;
        def.attributes = kSettingsNvAttributes;
        if (auto r = tpm::nvDefine(session, def, NvAuth::owner(ownerAuth)); !r)
            return r;
    }
    if (auto r = tpm::nvWrite(session, kSettingsNvIndex, record, 0, NvAuth::owner(ownerAuth), io); !r)
        return r;
    auto back = tpm::nvRead(session, kSettingsNvIndex, NvAuth::index(), 0, kSettingsNvSize, io);
    if (!back)
        return fail(back.error());
    if (*back != record)
        return fail(tpm::TpmError{tpm::TpmErrc::Unexpected, 0, QStringLiteral("TPM2_NV_Read"),
                                  QStringLiteral("settings index 0x%1 reads back different bytes")
                                      .arg(kSettingsNvIndex, 8, 16, QLatin1Char('0'))});
    return {};
}

tpm::TpmResult<QByteArray> loadSettingsRecord(tpm::TpmSession& session, const tpm::NvIo& io)
{
    return tpm::nvRead(session, kSettingsNvIndex, tpm::NvAuth::index(), 0, std::nullopt, io);
}

} // namespace tps::firmware
