// An RAII session with one TPM over ESAPI, owned by the thread that opened it.
//
// Every command runs through run(): the asynchronous ESAPI call is polled with a deadline, so a TPM
// that stops answering gives a typed error instead of a hang, and a cancel request is honoured
// between polls. Transient objects created through the session are tracked and flushed when the
// session ends (DESIGN §3.4: without a resource manager they would accumulate).
#pragma once

#include "core/tpm/EsysPtr.h"
#include "core/tpm/TctiConfig.h"
#include "core/tpm/TimingTcti.h"
#include "core/tpmwire/TpmError.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace tps::tpm {

struct SessionOptions
{
    QString tcti;                                     // empty: TPM2TOOLS_TCTI, else device:/dev/tpmrm0
    std::chrono::milliseconds connectTimeout{2000};   // to reach the TPM and hear its first answer
    std::chrono::milliseconds commandTimeout{120000}; // RSA key generation on real TPMs can take a minute
    // Per command class (core/tpm/TimingModel.h); a zero entry falls back to commandTimeout.
    CommandDeadlines deadlines{};
    // A simulated TPM made as slow as `timing` says (nullptr: as fast as it is), drawn from timingSeed.
    std::shared_ptr<const TimingModel> timing{};
    std::uint64_t timingSeed = 0;
};

class TpmSession
{
public:
    static TpmResult<std::unique_ptr<TpmSession>> open(const SessionOptions& options);
    ~TpmSession();
    TpmSession(const TpmSession&) = delete;
    TpmSession& operator=(const TpmSession&) = delete;

    const QString& tcti() const { return m_tcti; }
    ESYS_CONTEXT* esys() const { return m_esys.get(); }
    // After a lost connection or a timeout the TPM state is unknown: the session refuses further use.
    bool isBroken() const { return m_broken; }
    // Thread-safe: the command in progress (if any) ends with TpmErrc::Cancelled at its next poll.
    void requestCancel() { m_cancel.store(true); }

    // Runs start(esys) then finish(esys) until it stops asking to try again, within `timeout`
    // (when zero: the deadline of the command's class, else the session's command timeout).
    template <typename StartFn, typename FinishFn>
    TpmResult<void> run(const QString& command, StartFn&& start, FinishFn&& finish,
                        std::chrono::milliseconds timeout = std::chrono::milliseconds::zero());

    // Time the TPM spent answering this session's commands (transmit to response, measured at the
    // TCTI), and how many commands it answered.
    std::chrono::nanoseconds tpmBusyTime() const
    {
        return m_timing ? m_timing->busy() : std::chrono::nanoseconds{0};
    }
    std::uint64_t commandCount() const { return m_timing ? m_timing->commands() : 0; }
    // The commands answered so far by code and the key generations among them (zero before open).
    TimingTcti::Tally commandTally() const { return m_timing ? m_timing->tally() : TimingTcti::Tally{}; }
    // Told on this session's thread when a command is sent and answered (see TimingTcti::Observer).
    void setCommandObserver(TimingTcti::Observer observer)
    {
        if (m_timing)
            m_timing->setObserver(std::move(observer));
    }
    // The deadline of a command of class `c` in this session.
    std::chrono::milliseconds deadline(CommandClass c) const;
    // Hands every command and response byte stream to `recorder` (tests: what a bus interposer sees).
    void setTrafficRecorder(TimingTcti::Recorder recorder)
    {
        if (m_timing)
            m_timing->setRecorder(std::move(recorder));
    }

    // Bus protection (core/tpm/BusSession.h): the salted HMAC session that authorizes this session's
    // commands once established, the EK public area it must be salted to, and whether it encrypts the
    // parameters that carry secrets (always, except in the test that shows what the encryption hides).
    struct BusProtection
    {
        ESYS_TR session = ESYS_TR_NONE;
        QByteArray trustedEk; // marshaled TPM2B_PUBLIC; empty: the persisted EK as found
        bool encryptParameters = true;
        std::vector<ESYS_TR> secretAuth; // objects whose authorization value set on ESAPI is not empty
    };
    BusProtection& busProtection() { return m_bus; }

    // Transient objects: tracked ones are flushed by flush() or at the latest by the destructor.
    void track(ESYS_TR object);
    TpmResult<void> flush(ESYS_TR object);

    // TPM2_GetCapability(TPM_PROPERTIES) from `first`, following moreData. A TPM_PT_FIXED range inside
    // one this session read to its end is answered without a command.
    TpmResult<std::vector<TPMS_TAGGED_PROPERTY>> properties(TPM2_PT first, quint32 count);
    // A TPM_PT_FIXED property that properties() already read in this session (fixed properties do not
    // change while the TPM runs); std::nullopt when it was not read yet.
    std::optional<quint32> knownFixedProperty(TPM2_PT property) const;

    // Persistent objects (0x81xxxxxx) this session looked up with Esys_TR_FromTPMPublic (openTpmHandle):
    // what the ESAPI learnt (its serialized metadata: handle, name, public area), or that nothing was
    // there. Until a command that can change that handle is sent (TimingTcti::lastPersistentChange) the
    // same lookup is answered from it without a TPM command: a new ESYS_TR (Esys_TR_Deserialize) that the
    // caller owns, or the TPM's NotFound error. std::nullopt: not known, ask the TPM.
    std::optional<TpmResult<ESYS_TR>> knownPersistent(TPM2_HANDLE handle);
    void rememberPersistent(TPM2_HANDLE handle, ESYS_TR object);
    void rememberAbsent(TPM2_HANDLE handle, const TpmError& notFound);
    // How many lookups knownPersistent answered (tests, the command budget).
    std::uint64_t persistentLookupsAnswered() const { return m_persistentAnswered; }

private:
    TpmSession() = default;
    TpmResult<void> checkUsable(const QString& command) const;
    TpmResult<void> finishLoop(const QString& command, TSS2_RC (*poll)(void*), void* state,
                               std::chrono::milliseconds timeout);
    TpmResult<void> startup(std::chrono::milliseconds timeout);

    QString m_tcti;
    std::unique_ptr<TimingTcti> m_timing; // owns the TCTI context; destroyed after m_esys
    EsysContextPtr m_esys;
    std::thread::id m_owner;
    std::chrono::milliseconds m_commandTimeout{120000};
    CommandDeadlines m_deadlines{};
    std::vector<ESYS_TR> m_transients;
    std::vector<TPMS_TAGGED_PROPERTY> m_fixed;   // TPM_PT_FIXED properties read so far
    std::pair<TPM2_PT, TPM2_PT> m_fixedRead{0, 0}; // a fixed range [first, end) read to its end
    struct KnownPersistent
    {
        QByteArray serialized; // empty: nothing persisted at the handle
        TpmError absent;
        std::uint64_t at = 0; // TimingTcti::persistentChanges() when it was learnt
    };
    std::map<TPM2_HANDLE, KnownPersistent> m_persistent;
    std::uint64_t m_persistentAnswered = 0;
    BusProtection m_bus;
    bool m_broken = false;
    std::atomic<bool> m_cancel{false};
};

template <typename StartFn, typename FinishFn>
TpmResult<void> TpmSession::run(const QString& command, StartFn&& start, FinishFn&& finish,
                                std::chrono::milliseconds timeout)
{
    if (auto usable = checkUsable(command); !usable)
        return usable;
    const TSS2_RC rc = start(m_esys.get());
    if (rc != TSS2_RC_SUCCESS) {
        TpmError error = makeError(rc, command);
        if (error.code == TpmErrc::Lost)
            m_broken = true;
        return fail(std::move(error));
    }
    struct State
    {
        FinishFn* finish;
        ESYS_CONTEXT* esys;
    } state{&finish, m_esys.get()};
    const auto poll = [](void* p) -> TSS2_RC {
        auto* s = static_cast<State*>(p);
        return (*s->finish)(s->esys);
    };
    return finishLoop(
        command, poll, &state,
        timeout.count() > 0 ? timeout : deadline(m_timing ? m_timing->pendingClass() : CommandClass::Other));
}

} // namespace tps::tpm
