#include "core/firmware/SettingsNv.h"

namespace tps::firmware {

namespace {

QString indexText()
{
    return QStringLiteral("0x%1").arg(kSettingsNvIndex, 8, 16, QLatin1Char('0'));
}

SettingsIndexState stateOf(const std::optional<tpm::NvPublic>& pub)
{
    if (!pub)
        return SettingsIndexState::Missing;
    const bool fits = (pub->attributes & ~kSettingsNvStateBits) == kSettingsNvAttributes &&
                      pub->size == kSettingsNvSize && pub->authPolicy.isEmpty();
    if (!fits)
        return SettingsIndexState::Foreign;
    return (pub->attributes & TPMA_NV_WRITELOCKED) ? SettingsIndexState::WriteLocked
                                                   : SettingsIndexState::Ready;
}

tpm::TpmResult<void> define(tpm::TpmSession& session, crypto::SecretView ownerAuth)
{
    tpm::NvDefinition def;
    def.index = kSettingsNvIndex;
    def.size = kSettingsNvSize;
    def.attributes = kSettingsNvAttributes;
    return tpm::nvDefine(session, def, tpm::NvAuth::owner(ownerAuth));
}

} // namespace

tpm::TpmResult<SettingsIndexState> settingsIndexState(tpm::TpmSession& session)
{
    auto pub = tpm::nvReadPublic(session, kSettingsNvIndex);
    if (!pub)
        return fail(pub.error());
    return stateOf(*pub);
}

tpm::TpmResult<SettingsDefine> defineSettingsIndex(tpm::TpmSession& session, crypto::SecretView ownerAuth)
{
    auto pub = tpm::nvReadPublic(session, kSettingsNvIndex);
    if (!pub)
        return fail(pub.error());
    const SettingsIndexState state = stateOf(*pub);
    if (state == SettingsIndexState::Ready || state == SettingsIndexState::WriteLocked)
        return SettingsDefine::AlreadyDefined;
    if (state == SettingsIndexState::Foreign) {
        constexpr TPMA_NV lockedAndWritten = TPMA_NV_WRITTEN | TPMA_NV_WRITELOCKED;
        if (((*pub)->attributes & lockedAndWritten) == lockedAndWritten)
            return SettingsDefine::AlreadyDefined;
        if (auto r = tpm::nvUndefine(session, kSettingsNvIndex, tpm::NvAuth::owner(ownerAuth)); !r)
            return fail(r.error());
    }
    if (auto r = define(session, ownerAuth); !r)
        return fail(r.error());
    return state == SettingsIndexState::Foreign ? SettingsDefine::Redefined : SettingsDefine::Defined;
}

tpm::TpmResult<SettingsStore> storeSettingsRecord(tpm::TpmSession& session, const QByteArray& record,
                                                  crypto::SecretView ownerAuth, const tpm::NvIo& io)
{
    using tpm::NvAuth;
    if (record.size() != kSettingsNvSize)
        return fail(tpm::TpmError{tpm::TpmErrc::Unexpected, 0, QStringLiteral("TPM2_NV_Write"),
                                  QStringLiteral("settings record is %1 bytes, index holds %2")
                                      .arg(record.size())
                                      .arg(kSettingsNvSize)});
    // One reference for the checks, the write, the lock and the read-back (one TPM2_NV_ReadPublic).
    auto opened = tpm::nvOpen(session, kSettingsNvIndex);
    if (!opened)
        return fail(opened.error());
    std::optional<tpm::NvPublic> pub;
    if (*opened)
        pub = (*opened)->pub;
    const SettingsIndexState state = stateOf(pub);
    if (state == SettingsIndexState::WriteLocked || (pub && (pub->attributes & TPMA_NV_WRITELOCKED))) {
        // Locked by an earlier run (or by someone else): only the content decides.
        auto held = tpm::nvRead(session, **opened, NvAuth::index(), 0, std::nullopt, io);
        if (!held)
            return fail(held.error());
        return *held == record ? SettingsStore::AlreadyLocked : SettingsStore::LockedDifferent;
    }
    if (state != SettingsIndexState::Ready) {
        opened->reset(); // undefining or defining makes the reference stale
        if (state == SettingsIndexState::Foreign)
            if (auto r = tpm::nvUndefine(session, kSettingsNvIndex, NvAuth::owner(ownerAuth)); !r)
                return fail(r.error());
        if (auto r = define(session, ownerAuth); !r)
            return fail(r.error());
        opened = tpm::nvOpen(session, kSettingsNvIndex);
        if (!opened)
            return fail(opened.error());
        if (!*opened)
            return fail(tpm::TpmError{
                tpm::TpmErrc::NotFound, TPM2_RC_HANDLE, QStringLiteral("TPM2_NV_Write"),
                QStringLiteral("settings index %1 vanished after its definition").arg(indexText())});
    }
    const tpm::OpenedNv& nv = **opened;
    if (auto r = tpm::nvWrite(session, nv, record, 0, NvAuth::index(), io); !r)
        return fail(r.error());
    if (auto r = tpm::nvWriteLock(session, nv, NvAuth::index()); !r)
        return fail(r.error());
    auto back = tpm::nvRead(session, nv, NvAuth::index(), 0, kSettingsNvSize, io);
    if (!back)
        return fail(back.error());
    if (*back != record)
        return fail(
            tpm::TpmError{tpm::TpmErrc::Unexpected, 0, QStringLiteral("TPM2_NV_Read"),
                          QStringLiteral("settings index %1 reads back different bytes").arg(indexText())});
    return SettingsStore::Written;
}

tpm::TpmResult<QByteArray> loadSettingsRecord(tpm::TpmSession& session, const tpm::NvIo& io)
{
    return tpm::nvRead(session, kSettingsNvIndex, tpm::NvAuth::index(), 0, std::nullopt, io);
}

} // namespace tps::firmware
