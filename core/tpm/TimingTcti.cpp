#include "core/tpm/TimingTcti.h"

#include <cstring>
#include <poll.h>
#include <thread>

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

// Whether the inner TCTI has something to read within `timeout` ms. The socket TCTIs (swtpm, mssim) block
// in receive whatever timeout they are given ("asynchronous I/O not implemented"), so a TPM that stops
// answering would hang the session: their poll handles are asked first. True when it cannot tell.
bool answerReady(TSS2_TCTI_CONTEXT* inner, int32_t timeout)
{
    if (timeout < 0)
        return true;
    TSS2_TCTI_POLL_HANDLE handles[4];
    size_t count = 4;
    if (forward(table(inner).v1.getPollHandles, inner, handles, &count) != TSS2_RC_SUCCESS || count == 0 ||
        count > 4)
        return true;
    for (size_t i = 0; i < count; ++i) {
        handles[i].events = POLLIN;
        handles[i].revents = 0;
    }
    return ::poll(handles, static_cast<nfds_t>(count), timeout) != 0; // an error: let receive report it
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

void TimingTcti::setModel(std::shared_ptr<const TimingModel> model, std::uint64_t seed)
{
    m_model = std::move(model);
    m_random = TimingRandom(seed);
}

TimingTcti::Tally TimingTcti::Tally::since(const Tally& earlier) const
{
    Tally d;
    d.commands = commands - earlier.commands;
    d.rsaKeyGens = rsaKeyGens - earlier.rsaKeyGens;
    d.eccKeyGens = eccKeyGens - earlier.eccKeyGens;
    d.simulatedDelay = simulatedDelay - earlier.simulatedDelay;
    for (const auto& [code, count] : byCode) {
        const auto it = earlier.byCode.find(code);
        const std::uint32_t before = it == earlier.byCode.end() ? 0 : it->second;
        if (count > before)
            d.byCode[code] = count - before;
    }
    return d;
}

TSS2_RC TimingTcti::transmit(TSS2_TCTI_CONTEXT* ctx, size_t size, const uint8_t* command)
{
    TimingTcti& self = of(ctx);
    self.m_sent = std::chrono::steady_clock::now();
    self.m_pending = true;
    self.m_holding = false;
    self.m_answerStarted = false;
    self.m_sentInfo = command ? classifyCommand({command, size}) : CommandInfo{};
    self.m_release = self.m_sent;
    if (self.m_model)
        self.m_release += self.m_model->draw(self.m_sentInfo, self.m_random);
    if (self.m_recorder && command != nullptr)
        self.m_recorder(Direction::Command, {command, size});
    if (self.m_observer)
        self.m_observer(self.m_sentInfo, true);
    return forward(table(self.m_inner).v1.transmit, self.m_inner, size, command);
}

void TimingTcti::answered()
{
    m_busy += std::chrono::steady_clock::now() - m_sent;
    m_pending = false;
    ++m_commands;
    ++m_tally.commands;
    ++m_tally.byCode[m_sentInfo.code];
    if (m_sentInfo.cls == CommandClass::RsaKeyGen)
        ++m_tally.rsaKeyGens;
    else if (m_sentInfo.cls == CommandClass::EccKeyGen)
        ++m_tally.eccKeyGens;
    if (m_observer)
        m_observer(m_sentInfo, false);
}

// With a model: the inner TPM's whole answer is read into m_held at the first call and handed out once
// m_release has passed. Until then each call waits at most `timeout` ms and asks the caller to try again,
// like a TCTI whose TPM is still busy (the session checks its cancel flag and deadline between the calls).
// The SAPI first asks for the size (response == nullptr), then reads: both are answered from m_held.
TSS2_RC TimingTcti::holdOrDeliver(size_t* size, uint8_t* response, int32_t timeout)
{
    if (!m_holding) {
        if (!m_answerStarted && !answerReady(m_inner, timeout))
            return TSS2_TCTI_RC_TRY_AGAIN;
        m_answerStarted = true;
        size_t got = 0;
        TSS2_RC rc = forward(table(m_inner).v1.receive, m_inner, &got, nullptr, timeout);
        if (rc != TSS2_RC_SUCCESS)
            return rc;
        m_held.resize(got);
        rc = forward(table(m_inner).v1.receive, m_inner, &got, m_held.data(), timeout);
        if (rc != TSS2_RC_SUCCESS)
            return rc;
        m_held.resize(got);
        m_holding = true;
        const auto arrived = std::chrono::steady_clock::now();
        if (m_release > arrived)
            m_tally.simulatedDelay += m_release - arrived;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now < m_release) {
        if (timeout >= 0 && m_release - now > std::chrono::milliseconds(timeout)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(timeout));
            return TSS2_TCTI_RC_TRY_AGAIN;
        }
        std::this_thread::sleep_until(m_release);
    }
    if (response == nullptr) { // the size query
        *size = m_held.size();
        return TSS2_RC_SUCCESS;
    }
    if (*size < m_held.size())
        return TSS2_TCTI_RC_INSUFFICIENT_BUFFER;
    std::memcpy(response, m_held.data(), m_held.size());
    *size = m_held.size();
    m_holding = false;
    answered();
    if (m_recorder)
        m_recorder(Direction::Response, {response, *size});
    return TSS2_RC_SUCCESS;
}

TSS2_RC TimingTcti::receive(TSS2_TCTI_CONTEXT* ctx, size_t* size, uint8_t* response, int32_t timeout)
{
    TimingTcti& self = of(ctx);
    if (self.m_model && self.m_pending && size != nullptr)
        return self.holdOrDeliver(size, response, timeout);
    if (self.m_pending && !self.m_answerStarted) {
        if (!answerReady(self.m_inner, timeout))
            return TSS2_TCTI_RC_TRY_AGAIN;
        self.m_answerStarted = true;
    }
    const TSS2_RC rc = forward(table(self.m_inner).v1.receive, self.m_inner, size, response, timeout);
    if (rc == TSS2_RC_SUCCESS && response != nullptr && self.m_pending)
        self.answered();
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
