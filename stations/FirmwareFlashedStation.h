// Step 4 — Firmware flashed: a signed firmware release is verified (signature, product, size,
// digest) before the device is touched, written by the programmer (a real one through a command
// template, or the simulated fleet's flash file), read back, and the provisioning settings (DPS
// global endpoint, ID scope, registration ID, product) are handed to the programmer and stored in
// the TPM's settings NV index (docs/FIRMWARE.md).
//
// Settings index contract: step 3 (ownership) defines the settings index while the owner
// authorization is still empty; this step writes it with the index's own empty authorization and
// write-locks it (TPM2_NV_WriteLock), so it needs no owner authorization. A re-run finding the index
// locked with exactly the same record passes; with another record it fails (rework). Only when the
// index is missing or defined otherwise (an older step 3, or a profile without step 3) is the
// OwnerAuthSource asked for the owner authorization to define it (used for the NV commands only, never
// recorded). The default source yields the empty authorization, which is what an unowned TPM has.
//
// In the slot credential modes (profile section "credentials") the step then imprints the device's key
// into its Limpet slot (stations/SlotCredentials.h).
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/dps/SlotKeyStore.h"
#include "core/firmware/ReleaseCache.h"
#include "core/timeline/Station.h"

#include <QByteArray>
#include <functional>
#include <memory>

namespace tps::stations {

class FirmwareFlashedStation final : public timeline::Station
{
public:
    using OwnerAuthSource = std::function<Result<crypto::SecureBytes, QString>(const timeline::StepContext&)>;

    // `slotKeys` keeps the keys of the slot credential modes (stations/SlotCredentials.h); without it a
    // profile in such a mode is refused at this step. `releases`: the station session's verified
    // releases (core/firmware/ReleaseCache.h), shared by its sockets; none: this station's own.
    explicit FirmwareFlashedStation(OwnerAuthSource ownerAuth = {},
                                    std::shared_ptr<dps::SlotKeyStore> slotKeys = {},
                                    std::shared_ptr<firmware::ReleaseCache> releases = {});

    timeline::StepId id() const override { return timeline::StepId::FirmwareFlashed; }
    timeline::StepResult run(timeline::StepContext& context) override;

private:
    OwnerAuthSource m_ownerAuth;
    std::shared_ptr<dps::SlotKeyStore> m_slotKeys;
    std::shared_ptr<firmware::ReleaseCache> m_releases;
};

} // namespace tps::stations
