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

// Secret pages are locked out of swap by crypto::SecureBytes itself (SecureBytes.h), not here.

} // namespace tps::crypto
