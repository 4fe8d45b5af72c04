#include "core/tpm/TimingTcti.h"

namespace tps::tpm {

namespace {
constexpr uint64_t kMagic = 0x5450535354494D45ull; // "TPSSTIME"

// The inner TCTI's function table (the tss2_tcti.h convenience macros use C casts).
TSS2_TCTI_CONTEXT_COMMON_V2& table(TSS2_TCTI_CONTEXT* ctx)
{
    return *reinterpret_cast<TSS2_TCTI_CONTEXT_COMMON_V2*>(ctx);
}

template <typename Fn, typename... Args>
TSS2_RC forward(Fn fn, TSS2_TCTI_CONTEXT* inner, Args... args)
{
    return fn ? fn(inner, args...) : TSS2_TCTI_RC_NOT_IMPLEMENTED;
}
} // namespace

TimingTcti::TimingTcti(TSS2_TCTI_CONTEXT* inner) : m_inner(inner)
{
    TSS2_TCTI_CONTEXT_COMMON_V1& v1 = m_context.common.v1;
    v1.magic = kMagic;
    v1.version = 2;
    v1.transmit = &TimingTcti::transmit;
    v1.receive = &TimingTcti::receive;
    v1.finalize = &TimingTcti::finalize;
    v1.cancel = &TimingTcti::cancel;
    v1.getPollHandles = &TimingTcti::getPollHandles;
    v1.setLocality = &TimingTcti::setLocality;
    m_context.common.makeSticky = &TimingTcti::makeSticky;
    m_context.self = this;
}

TSS2_TCTI_CONTEXT* TimingTcti::context()
{
    return reinterpret_cast<TSS2_TCTI_CONTEXT*>(&m_context);
}

TimingTcti& TimingTcti::of(TSS2_TCTI_CONTEXT* ctx)
{
    return *reinterpret_cast<Context*>(ctx)->self;
}

TSS2_RC TimingTcti::transmit(TSS2_TCTI_CONTEXT* ctx, size_t size, const uint8_t* command)
{
    TimingTcti& self = of(ctx);
    self.m_sent = std::chrono::steady_clock::now();
    self.m_pending = true;
    if (self.m_recorder && command != nullptr)
        self.m_recorder(Direction::Command, {command, size});
    return forward(table(self.m_inner).v1.transmit, self.m_inner, size, command);
}

TSS2_RC TimingTcti::receive(TSS2_TCTI_CONTEXT* ctx, size_t* size, uint8_t* response, int32_t timeout)
{
    TimingTcti& self = of(ctx);
    const TSS2_RC rc = forward(table(self.m_inner).v1.receive, self.m_inner, size, response, timeout);
    if (rc == TSS2_RC_SUCCESS && response != nullptr && self.m_pending) {
        self.m_busy += std::chrono::steady_clock::now() - self.m_sent;
        self.m_pending = false;
        ++self.m_commands;
    }
    if (rc == TSS2_RC_SUCCESS && response != nullptr && self.m_recorder)
        self.m_recorder(Direction::Response, {response, *size});
    return rc;
}

void TimingTcti::finalize(TSS2_TCTI_CONTEXT*)
{
    // The inner TCTI belongs to the session, which finalizes it after the ESYS context.
}

TSS2_RC TimingTcti::cancel(TSS2_TCTI_CONTEXT* ctx)
{
    TSS2_TCTI_CONTEXT* inner = of(ctx).m_inner;
    return forward(table(inner).v1.cancel, inner);
}

TSS2_RC TimingTcti::getPollHandles(TSS2_TCTI_CONTEXT* ctx, TSS2_TCTI_POLL_HANDLE* handles, size_t* count)
{
    TSS2_TCTI_CONTEXT* inner = of(ctx).m_inner;
    return forward(table(inner).v1.getPollHandles, inner, handles, count);
}

TSS2_RC TimingTcti::setLocality(TSS2_TCTI_CONTEXT* ctx, uint8_t locality)
{
    TSS2_TCTI_CONTEXT* inner = of(ctx).m_inner;
    return forward(table(inner).v1.setLocality, inner, locality);
}

TSS2_RC TimingTcti::makeSticky(TSS2_TCTI_CONTEXT* ctx, TPM2_HANDLE* handle, uint8_t sticky)
{
    TSS2_TCTI_CONTEXT* inner = of(ctx).m_inner;
    if (table(inner).v1.version < 2)
        return TSS2_TCTI_RC_NOT_IMPLEMENTED;
    return forward(table(inner).makeSticky, inner, handle, sticky);
}

} // namespace tps::tpm
