// Keys on the TPM: primary key creation and reading the public part of a persistent key. (A hierarchy's
// authorization value is set with setAuthValue, core/tpm/Hierarchy.h.)
#pragma once

#include "core/tpm/TpmRefs.h"
#include "core/tpmwire/PublicArea.h"

#include <QByteArray>

namespace tps::tpm {

struct PrimaryKey
{
    TransientObject object;
    KeyPublic key;
};

// TPM2_CreatePrimary under `hierarchy` (ESYS_TR_RH_ENDORSEMENT, ESYS_TR_RH_OWNER, ...) with a password
// session carrying the hierarchy's auth (set it with setAuthValue first when it is not empty).
TpmResult<PrimaryKey> createPrimary(TpmSession& session, ESYS_TR hierarchy, const TPM2B_PUBLIC& templ);

// TPM2_ReadPublic of a persistent handle; TpmErrc::NotFound when nothing is persisted there.
// Sends one TPM2_ReadPublic (through Esys_TR_FromTPMPublic, whose answer the ESAPI keeps).
TpmResult<KeyPublic> readPersistent(TpmSession& session, TPM2_HANDLE handle);

} // namespace tps::tpm
