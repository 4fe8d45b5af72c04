// The rules that span sections of a product profile, checked once when a profile is loaded (the CLI
// line, the GUI) and again by the steps that depend on them, so a contradiction is refused before the
// first device and never discovered on the line.
#pragma once

#include "core/common/Result.h"
#include "core/timeline/ProductProfile.h"

namespace tps::stations {

// The device section parses, the ownership section (when present) fits the device client, and the
// credentials section (stations/CredentialConfig.h) fits both; the TPM deadlines (section "tpm",
// core/tpm/TimingModel.h) name command classes and sensible durations.
// A translated message on refusal.
Result<void, QString> checkProfile(const timeline::ProductProfile& profile);

} // namespace tps::stations
