// What the ESAPI already knows about a persistent object or NV index: Esys_TR_FromTPMPublic read its
// public area when it opened the reference, and the ESAPI keeps it. Reading it back sends no TPM command.
#pragma once

#include "core/tpmwire/PublicArea.h"

#include <optional>
#include <tss2/tss2_esys.h>

namespace tps::tpm {

class TpmSession;

// What Esys_TR_FromTPMPublic (openTpmHandle) read for `object` at `handle`, as the ESAPI keeps it: no TPM
// command. Used only when it is a well-formed public area whose hash is the name the TPM reported;
// std::nullopt otherwise (then read it from the TPM).
std::optional<KeyPublic> knownKeyPublic(TpmSession& session, ESYS_TR object, TPM2_HANDLE handle);
std::optional<TPM2B_NV_PUBLIC> knownNvPublic(TpmSession& session, ESYS_TR object, TPM2_HANDLE index);

} // namespace tps::tpm
