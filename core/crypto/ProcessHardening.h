// Keeps a process's secrets out of core files and away from other processes of the same user: no core
// dumps (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0, which also refuses ptrace and /proc/PID/mem to
// processes of the same user without CAP_SYS_PTRACE). Both executables call it first thing.
#pragma once

namespace tps::crypto {

struct HardeningResult
{
    bool coreLimitZero = false;
    bool notDumpable = false;
};

HardeningResult hardenProcess();

// Best effort: keeps the pages of a secret out of swap (mlock). Refused without CAP_IPC_LOCK beyond
// RLIMIT_MEMLOCK (EPERM/ENOMEM): tolerated, the secret is still wiped when it dies.
bool lockSecretPages(const void* data, unsigned long size);
void unlockSecretPages(const void* data, unsigned long size);

} // namespace tps::crypto
