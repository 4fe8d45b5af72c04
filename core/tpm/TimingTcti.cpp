#include "core/tpm/TimingTcti.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <poll.h>

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

bool hasPollHandles(TSS2_TCTI_CONTEXT* inner)
{
    TSS2_TCTI_POLL_HANDLE handles[4];
    size_t count = 4;
    return forward(table(inner).v1.getPollHandles, inner, handles, &count) == TSS2_RC_SUCCESS && count > 0 &&
           count <= 4;
}

// Whether the inner TCTI has something to read within `timeout` ms (true when it cannot tell).
bool answerReady(TSS2_TCTI_CONTEXT* inner, int32_t timeout)
{
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

// The inner TCTI's whole answer to the pending command: the size first, then the bytes.
TSS2_RC readAnswer(TSS2_TCTI_CONTEXT* inner, std::vector<std::uint8_t>& out)
{
    size_t got = 0;
    TSS2_RC rc = forward(table(inner).v1.receive, inner, &got, nullptr, TSS2_TCTI_TIMEOUT_BLOCK);
    if (rc != TSS2_RC_SUCCESS)
        return rc;
    out.resize(got);
    rc = forward(table(inner).v1.receive, inner, &got, out.data(), TSS2_TCTI_TIMEOUT_BLOCK);
    out.resize(rc == TSS2_RC_SUCCESS ? got : 0);
    return rc;
}
} // namespace

// The helper thread's side of a blocking receive. The thread holds a reference; when the TimingTcti is
// destroyed while the thread is blocked (the TPM stopped answering), the inner context is handed over
// here and the thread finalizes it once the receive returns (a TPM that never answers again leaks one
// idle thread and its socket, not a dangling context).
struct TimingTcti::Receiver
{
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable done;
    bool requested = false; // a receive is asked for or running
    bool finished = false;  // its result waits in rc / answer
    bool quit = false;
    TSS2_RC rc = TSS2_RC_SUCCESS;
    std::vector<std::uint8_t> answer;
    TctiPtr abandoned;

    static void run(const std::shared_ptr<Receiver>& self, TSS2_TCTI_CONTEXT* inner)
    {
        std::unique_lock lock(self->mutex);
        for (;;) {
            self->wake.wait(lock, [&] { return self->requested || self->quit; });
            if (self->quit)
                return;
            lock.unlock();
            std::vector<std::uint8_t> received;
            const TSS2_RC result = readAnswer(inner, received);
            lock.lock();
            self->rc = result;
            self->answer = std::move(received);
            self->requested = false;
            self->finished = true;
            self->done.notify_all();
            if (self->abandoned) {
                lock.unlock();
                self->abandoned.reset();
                return;
            }
        }
    }

    // The answer when it arrived within `timeout` ms, std::nullopt when not yet.
    std::optional<TSS2_RC> fetch(std::vector<std::uint8_t>& out, int32_t timeout)
    {
        std::unique_lock lock(mutex);
        if (!requested && !finished) {
            requested = true;
            wake.notify_one();
        }
        if (!done.wait_for(lock, std::chrono::milliseconds(timeout), [&] { return finished; }))
            return std::nullopt;
        finished = false;
        out = std::move(answer);
        return rc;
    }
};

TimingTcti::TimingTcti(TctiPtr inner) : m_innerOwned(std::move(inner)), m_inner(m_innerOwned.get())
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
    m_pollable = hasPollHandles(m_inner);
}

TimingTcti::~TimingTcti()
{
    if (!m_receiver)
        return;
    std::unique_lock lock(m_receiver->mutex);
    if (m_receiver->requested) { // blocked in the inner TCTI: the thread finalizes it when it returns
        m_receiver->abandoned = std::move(m_innerOwned);
        lock.unlock();
        m_receiverThread.detach();
        return;
    }
    m_receiver->quit = true;
    lock.unlock();
    m_receiver->wake.notify_one();
    m_receiverThread.join();
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
    self.m_sentInfo = command ? classifyCommand({command, size}) : CommandInfo{};
    self.notePersistentChange(self.m_sentInfo);
    self.m_release = self.m_sent;
    if (self.m_model)
        self.m_release += self.m_model->draw(self.m_sentInfo, self.m_random);
    if (self.m_recorder && command != nullptr)
        self.m_recorder(Direction::Command, {command, size});
    if (self.m_observer)
        self.m_observer(self.m_sentInfo, true);
    return forward(table(self.m_inner).v1.transmit, self.m_inner, size, command);
}

// Counted when sent, answered or not: a command whose answer was lost may still have changed the TPM.
void TimingTcti::notePersistentChange(const CommandInfo& info)
{
    if (info.changesPersistent == CommandInfo::Persistent::None)
        return;
    ++m_persistentChanges;
    if (info.changesPersistent == CommandInfo::Persistent::One)
        m_changedAt[info.handle] = m_persistentChanges;
    else
        m_allPersistentChanged = m_persistentChanges;
}

std::uint64_t TimingTcti::lastPersistentChange(TPM2_HANDLE handle) const
{
    const auto it = m_changedAt.find(handle);
    return std::max(m_allPersistentChanged, it == m_changedAt.end() ? 0 : it->second);
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

// The pending command's whole answer from the inner TCTI into m_held, waiting at most `timeout` ms for it
// to start (std::nullopt: not yet, the caller tries again).
std::optional<TSS2_RC> TimingTcti::fetchAnswer(int32_t timeout)
{
    if (timeout >= 0 && !m_pollable) {
        if (!m_receiver) {
            m_receiver = std::make_shared<Receiver>();
            m_receiverThread = std::thread(&Receiver::run, m_receiver, m_inner);
        }
        return m_receiver->fetch(m_held, timeout);
    }
    if (timeout >= 0 && !answerReady(m_inner, timeout))
        return std::nullopt;
    return readAnswer(m_inner, m_held);
}

// The inner TPM's whole answer is read into m_held at the first call and handed out once m_release has
// passed (at once without a model). Until then each call waits at most `timeout` ms and asks the caller
// to try again, like a TCTI whose TPM is still busy (the session checks its cancel flag and deadline
// between the calls). The SAPI first asks for the size (response == nullptr), then reads: both are
// answered from m_held.
TSS2_RC TimingTcti::holdOrDeliver(size_t* size, uint8_t* response, int32_t timeout)
{
    if (!m_holding) {
        const std::optional<TSS2_RC> rc = fetchAnswer(timeout);
        if (!rc)
            return TSS2_TCTI_RC_TRY_AGAIN;
        if (*rc != TSS2_RC_SUCCESS)
            return *rc;
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
    if (self.m_pending && size != nullptr)
        return self.holdOrDeliver(size, response, timeout);
    return forward(table(self.m_inner).v1.receive, self.m_inner, size, response, timeout);
}

void TimingTcti::finalize(TSS2_TCTI_CONTEXT*)
{
    // The inner TCTI is finalized with this object (after the session's ESYS context).
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
