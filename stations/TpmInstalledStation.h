// Step 1 — TPM installed: the TPM answers over its TCTI, is family 2.0, and its identity is recorded.
#pragma once

#include "core/timeline/Station.h"

namespace tps::stations {

class TpmInstalledStation final : public timeline::Station
{
public:
    timeline::StepId id() const override { return timeline::StepId::TpmInstalled; }
    timeline::StepResult run(timeline::StepContext& context) override;
};

} // namespace tps::stations
