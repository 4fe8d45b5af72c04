// Reading NV indices: the public area of an index and its contents, in chunks no larger than the
// TPM's TPM_PT_NV_BUFFER_MAX (DESIGN §3.2). Writing and defining indices lives elsewhere.
#pragma once

#include "tpm/TpmError.h"

#include <QByteArray>
#include <tss2/tss2_tpm2_types.h>
#include <vector>

namespace tps::tpm {

class TpmSession;

struct NvIndexInfo
{
    TPM2_HANDLE index = 0;
    TPMA_NV attributes = 0;
    quint16 dataSize = 0; // the size the index was defined with (not how much of it is meaningful)
    TPMI_ALG_HASH nameAlg = TPM2_ALG_NULL;
};

// TPM2_NV_ReadPublic; TpmErrc::NotFound when the index is not defined.
TpmResult<NvIndexInfo> nvReadPublic(TpmSession& session, TPM2_HANDLE index);

// The handles the TPM reports in [first, first + count) (TPM2_GetCapability(TPM_CAP_HANDLES)): defined
// NV indices or persistent objects. Asking first avoids provoking (and logging) TPM errors for absent ones.
TpmResult<std::vector<TPM2_HANDLE>> handlesInRange(TpmSession& session, TPM2_HANDLE first, quint32 count);
bool containsHandle(const std::vector<TPM2_HANDLE>& handles, TPM2_HANDLE handle);

// TPM_PT_NV_BUFFER_MAX of the TPM (the largest TPM2_NV_Read/NV_Write chunk).
TpmResult<quint32> nvBufferMax(TpmSession& session);

// Reads `size` bytes from `offset` (size 0: the whole index from offset) in chunks of at most
// `maxChunk` bytes (0: ask the TPM). Authorizes with the index itself when it has TPMA_NV_AUTHREAD
// (empty index auth), else with the owner hierarchy (TPMA_NV_OWNERREAD, the auth set on the session),
// else the platform hierarchy (TPMA_NV_PPREAD).
TpmResult<QByteArray> nvRead(TpmSession& session, TPM2_HANDLE index, quint32 maxChunk = 0, quint16 offset = 0,
                             quint16 size = 0);

} // namespace tps::tpm
