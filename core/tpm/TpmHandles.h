// Which handles a TPM has: defined NV indices and persistent objects, from TPM2_GetCapability(HANDLES).
// Asking first avoids provoking (and logging) TPM errors for optional indices that are absent.
#pragma once

#include "core/tpmwire/TpmError.h"

#include <tss2/tss2_tpm2_types.h>
#include <vector>

namespace tps::tpm {

class TpmSession;

// The handles the TPM reports in [first, first + count).
TpmResult<std::vector<TPM2_HANDLE>> handlesInRange(TpmSession& session, TPM2_HANDLE first, quint32 count);
bool containsHandle(const std::vector<TPM2_HANDLE>& handles, TPM2_HANDLE handle);

} // namespace tps::tpm
