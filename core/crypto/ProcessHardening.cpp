#include "core/crypto/ProcessHardening.h"

#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace tps::crypto {

HardeningResult hardenProcess()
{
    HardeningResult r;
    const struct rlimit none = {0, 0};
    r.coreLimitZero = ::setrlimit(RLIMIT_CORE, &none) == 0;
    r.notDumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return r;
}

bool lockSecretPages(const void* data, unsigned long size)
{
    return data && size && ::mlock(data, size) == 0;
}

void unlockSecretPages(const void* data, unsigned long size)
{
    if (data && size)
        ::munlock(data, size);
}

} // namespace tps::crypto
