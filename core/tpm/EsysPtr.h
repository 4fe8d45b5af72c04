// RAII owners for tpm2-tss objects: TCTI contexts, ESYS contexts and memory the ESAPI allocates.
#pragma once

#include <memory>
#include <tss2/tss2_esys.h>
#include <tss2/tss2_tctildr.h>

namespace tps::tpm {

struct TctiDeleter
{
    void operator()(TSS2_TCTI_CONTEXT* ctx) const { Tss2_TctiLdr_Finalize(&ctx); }
};
using TctiPtr = std::unique_ptr<TSS2_TCTI_CONTEXT, TctiDeleter>;

struct EsysContextDeleter
{
    void operator()(ESYS_CONTEXT* ctx) const { Esys_Finalize(&ctx); }
};
using EsysContextPtr = std::unique_ptr<ESYS_CONTEXT, EsysContextDeleter>;

// Memory returned by Esys_* output parameters.
struct EsysFreeDeleter
{
    void operator()(void* p) const { Esys_Free(p); }
};
template <typename T>
using EsysPtr = std::unique_ptr<T, EsysFreeDeleter>;

// Adopt an ESAPI output pointer: `T* raw = nullptr; call(&raw); auto owned = adopt(raw);`
template <typename T>
EsysPtr<T> adopt(T* p)
{
    return EsysPtr<T>(p);
}

} // namespace tps::tpm
