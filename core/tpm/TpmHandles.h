// Which handles a TPM has: defined NV indices and persistent objects, from TPM2_GetCapability(HANDLES).
// Asking first avoids provoking (and logging) TPM errors for optional indices that are absent.
#pragma once

#include "core/tpmwire/TpmError.h"

#include <functional>
#include <optional>
#include <tss2/tss2_tpm2_types.h>
#include <vector>

namespace tps::tpm {

class TpmSession;

// TPM2_GetCapability(`capability`) page by page from `first`, `count` at a time: `page` reads each answer
// (with whether the TPM has more) and returns the property to continue from, or nullopt when done.
using CapabilityPage = std::function<std::optional<quint32>(const TPMS_CAPABILITY_DATA& data, bool more)>;
TpmResult<void> readCapability(TpmSession& session, TPM2_CAP capability, quint32 first, quint32 count,
                               const CapabilityPage& page);

// The handles the TPM reports in [first, first + count).
TpmResult<std::vector<TPM2_HANDLE>> handlesInRange(TpmSession& session, TPM2_HANDLE first, quint32 count);
bool containsHandle(const std::vector<TPM2_HANDLE>& handles, TPM2_HANDLE handle);

} // namespace tps::tpm
