// The provisioning-settings NV index (docs/FIRMWARE.md) at kSettingsNvIndex. Lifecycle:
//  - step 3 (ownership) defines it while the owner authorization is still empty (defineSettingsIndex);
//  - step 4 writes the record with the index's own empty authorization, then TPM2_NV_WriteLock makes
//    it read-only until the device owner undefines it (storeSettingsRecord);
//  - anyone reads it with the empty index authorization (`tpm2_nvread 0x01500100` works).
#pragma once

#include "core/firmware/ProvisioningSettings.h"
#include "core/tpm/NvIndex.h"

namespace tps::firmware {

// AUTHWRITE | WRITEDEFINE | AUTHREAD | OWNERREAD | NO_DA, ordinary index, empty auth value and policy.
inline constexpr TPMA_NV kSettingsNvAttributes =
    TPMA_NV_AUTHWRITE | TPMA_NV_WRITEDEFINE | TPMA_NV_AUTHREAD | TPMA_NV_OWNERREAD | TPMA_NV_NO_DA;

// The attribute bits the TPM sets itself as the index is used.
inline constexpr TPMA_NV kSettingsNvStateBits = TPMA_NV_WRITTEN | TPMA_NV_READLOCKED | TPMA_NV_WRITELOCKED;

// What the index looks like on the TPM.
enum class SettingsIndexState {
    Missing,     // not defined
    Foreign,     // defined with other attributes, size or a policy
    Ready,       // defined as kSettingsNvAttributes, not write-locked
    WriteLocked, // defined as kSettingsNvAttributes and write-locked
};
tpm::TpmResult<SettingsIndexState> settingsIndexState(tpm::TpmSession& session);

enum class SettingsDefine {
    AlreadyDefined, // present with the right attributes (or already written and locked): untouched
    Defined,        // defined now
    Redefined,      // a differently defined, unlocked index was undefined and defined again
};
// Defines the index with `ownerAuth` (step 3 calls it while the owner authorization is empty). An index
// that is written and write-locked is left alone whatever its attributes.
tpm::TpmResult<SettingsDefine> defineSettingsIndex(tpm::TpmSession& session,
                                                   crypto::SecretView ownerAuth = {});

enum class SettingsStore {
    Written,         // written, write-locked and read back now
    AlreadyLocked,   // the index was already write-locked holding exactly `record`
    LockedDifferent, // the index is write-locked holding another record: nothing could be changed
};
// Writes `record` in chunks of at most TPM_PT_NV_BUFFER_MAX with the index authorization, write-locks
// the index and reads it back. When the index is missing or defined otherwise (a device whose step 3
// predates the settings index), it is (re-)defined first with `ownerAuth` (empty on an unowned TPM).
tpm::TpmResult<SettingsStore> storeSettingsRecord(tpm::TpmSession& session, const QByteArray& record,
                                                  crypto::SecretView ownerAuth, const tpm::NvIo& io = {});

// Reads the whole settings index with the empty index authorization (no secret needed).
tpm::TpmResult<QByteArray> loadSettingsRecord(tpm::TpmSession& session, const tpm::NvIo& io = {});

} // namespace tps::firmware
