// Step 4 — Firmware flashed: a signed firmware release is verified (signature, product, size,
// digest) before the device is touched, written by the programmer (a real one through a command
// template, or the simulated fleet's flash file), read back, and the provisioning settings (DPS
// global endpoint, ID scope, registration ID, product) are handed to the programmer and stored in
// the TPM's settings NV index (docs/FIRMWARE.md).
//
// Owner authorization contract: defining and writing the settings index needs the owner
// hierarchy's authorization. Step 3 (ownership) sets ownerAuth before this step runs; whoever
// assembles the stations passes an OwnerAuthSource that yields it for the device (the secret is
// used for the NV commands only, never recorded). The default source yields the empty
// authorization, which is what an unowned (e.g. freshly simulated) TPM has.
#pragma once

#include "common/Result.h"
#include "timeline/Station.h"

#include <QByteArray>
#include <functional>

namespace tps::stations {

class FirmwareFlashedStation final : public timeline::Station
{
public:
    using OwnerAuthSource = std::function<Result<QByteArray, QString>(const timeline::StepContext&)>;

    explicit FirmwareFlashedStation(OwnerAuthSource ownerAuth = {});

    timeline::StepId id() const override { return timeline::StepId::FirmwareFlashed; }
    timeline::StepResult run(timeline::StepContext& context) override;

private:
    OwnerAuthSource m_ownerAuth;
};

} // namespace tps::stations
