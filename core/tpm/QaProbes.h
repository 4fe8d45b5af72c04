// Read-only probes the QA step runs without knowing any hierarchy authorization: the TPMA_PERMANENT
// flags (is ownerAuth / endorsementAuth set?) and whether an NV index exists and can be read.
// None of them can trigger dictionary-attack lockout: no authorization is ever tried.
#pragma once

#include "core/tpmwire/TpmError.h"

#include <QByteArray>
#include <QSet>
#include <tss2/tss2_tpm2_types.h>

namespace tps::tpm {

class TpmSession;

struct PermanentFlags
{
    bool ownerAuthSet = false;
    bool endorsementAuthSet = false;
    bool lockoutAuthSet = false;
    bool inLockout = false;
};

// TPM2_GetCapability(TPM_PROPERTIES, TPM_PT_PERMANENT).
TpmResult<PermanentFlags> readPermanentFlags(TpmSession& session);

struct NvContents
{
    TPMA_NV attributes = 0;
    QByteArray data; // the whole index, read with its own (empty) authorization
};

// TPM2_NV_ReadPublic + TPM2_NV_Read in chunks of at most `chunk` bytes. NotFound when the index is not
// defined; an error as well when it was never written or its own authorization cannot read it.
TpmResult<NvContents> readNvIndex(TpmSession& session, TPM2_HANDLE index, UINT16 chunk = 512);

// The command codes the TPM implements: TPM2_GetCapability(COMMANDS), TPMA_CC.commandIndex.
TpmResult<QSet<TPM2_CC>> implementedCommands(TpmSession& session);

} // namespace tps::tpm
