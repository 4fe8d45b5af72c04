#include "core/firmware/FirmwareProcedure.h"

#include "core/firmware/SettingsNv.h"

namespace tps::firmware {

Result<VerifiedFirmware, ReleaseRefusal> verifyRelease(const ReleaseChoice& choice, ReleaseCache* cache)
{
    auto keys = SignatureVerifier::fromFiles(choice.signingKeys);
    if (!keys)
        return fail(ReleaseRefusal{ReleaseStage::Configuration, keys.error()});
    auto catalog = FirmwareCatalog::open(choice.catalog);
    if (!catalog)
        return fail(ReleaseRefusal{ReleaseStage::Configuration, catalog.error()});
    QString manifest = choice.manifest;
    if (manifest.isEmpty()) {
        auto entry = catalog->select(choice.product, choice.version);
        if (!entry)
            return fail(ReleaseRefusal{ReleaseStage::Selection, entry.error()});
        manifest = entry->manifestPath;
    }
    auto verified = catalog->verify(manifest, *keys, choice.product, cache);
    if (!verified)
        return fail(ReleaseRefusal{ReleaseStage::Verification, verified.error()});
    return std::move(*verified);
}

tpm::TpmResult<SettingsIndexCheck> checkSettingsIndex(tpm::TpmSession& session, const QByteArray& record)
{
    auto state = settingsIndexState(session);
    if (!state)
        return fail(state.error());
    SettingsIndexCheck check;
    check.predefined = *state == SettingsIndexState::Ready || *state == SettingsIndexState::WriteLocked;
    if (*state == SettingsIndexState::WriteLocked) {
        auto held = loadSettingsRecord(session);
        if (!held)
            return fail(held.error());
        check.lockedDifferent = *held != record;
    }
    return check;
}

} // namespace tps::firmware
