// The provisioning-settings NV record (core/firmware/ProvisioningSettings::fromNvRecord): read back from
// the TPM's NV index, so outside input. A record that parses re-encodes to a record that parses to the
// same settings.
#include "FuzzSupport.h"

#include "core/firmware/ProvisioningSettings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tps::firmware;
    const auto settings = ProvisioningSettings::fromNvRecord(tps::fuzz::bytes(data, size));
    if (!settings)
        return 0;
    tps::fuzz::require(isValidIdScope(settings->idScope) && isValidRegistrationId(settings->registrationId) &&
                           isValidHostname(settings->endpoint),
                       "a parsed record holds valid settings");
    const auto record = settings->toNvRecord();
    tps::fuzz::require(record.ok(), "parsed settings encode again");
    const auto again = ProvisioningSettings::fromNvRecord(*record);
    tps::fuzz::require(again && *again == *settings, "NV record round trip");
    return 0;
}
