// Clearing what a dead station process left in the TPM. Without a resource manager, transient objects
// loaded by a process that was killed stay loaded, and the TPM has only a few slots (swtpm: 3). The socket
// owns its TPM exclusively, so when a socket opens its session it flushes them before any step runs.
#pragma once

#include "core/tpm/TpmSession.h"

namespace tps::tpm {

// Flushes every transient object currently loaded in the TPM, and every loaded authorization session
// (a killed process leaves its salted bus session, core/tpm/BusSession.h, loaded too; swtpm has room for
// three). Returns how many were flushed. Call it before this session starts sessions of its own.
TpmResult<int> flushTransientObjects(TpmSession& session);
// Only the loaded authorization sessions.
TpmResult<int> flushLoadedSessions(TpmSession& session);

} // namespace tps::tpm
