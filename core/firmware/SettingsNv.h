// The provisioning-settings NV index (docs/FIRMWARE.md): defined by the owner at kSettingsNvIndex,
// written with owner authorization, readable by anyone with the index's empty authorization
// (`tpm2_nvread 0x01500100` without options works).
#pragma once

#include "firmware/ProvisioningSettings.h"
#include "tpm/NvIndex.h"

namespace tps::firmware {

// OWNERWRITE | AUTHREAD | OWNERREAD | NO_DA, ordinary index, empty auth value and policy.
inline constexpr TPMA_NV kSettingsNvAttributes =
    TPMA_NV_OWNERWRITE | TPMA_NV_AUTHREAD | TPMA_NV_OWNERREAD | TPMA_NV_NO_DA;

// Defines the index when needed (re-defining it when it exists with other attributes or size),
// writes `record` in chunks of at most TPM_PT_NV_BUFFER_MAX, and reads it back with empty auth.
// `ownerAuth`: the owner hierarchy's authorization (empty until step 3 has set one).
tpm::TpmResult<void> storeSettingsRecord(tpm::TpmSession& session, const QByteArray& record,
                                         const QByteArray& ownerAuth, const tpm::NvIo& io = {});

// Reads the whole settings index with the empty index authorization (no secret needed).
tpm::TpmResult<QByteArray> loadSettingsRecord(tpm::TpmSession& session, const tpm::NvIo& io = {});

} // namespace tps::firmware
