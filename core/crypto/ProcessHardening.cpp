#include "core/crypto/ProcessHardening.h"

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

} // namespace tps::crypto
