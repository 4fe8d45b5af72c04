// A pass-through TCTI that measures how long the TPM takes to answer: the time from each command's
// transmit to the arrival of its response, summed. It lets the station separate the time the TPM spends
// in its commands from its own overhead (the line benchmark's "station overhead over TPM time").
// It can also hand every command and response, byte for byte, to a recorder: what a bus interposer on
// SPI/LPC (or on the socket) would see, for the tests that prove no secret crosses the bus in clear.
//
// It classifies every command (core/tpm/TimingModel.h) and counts them by command code and the key
// generations among them (the line's slow-command budget). With a timing model it holds each response
// until the model's delay for that command has passed since the command was sent: a simulated TPM then
// answers as slowly as a discrete one (the delay includes the inner TPM's own time, it is not added to it).
//
// A TPM that stops answering must be caught by the session's deadline. The TCTIs with a poll handle
// (mssim, device) are polled before their receive; tpm2-tss 3.2's swtpm TCTI has none and blocks in
// receive whatever timeout it is given, so its receive runs on a helper thread the caller waits for at
// most the timeout (see Receiver in TimingTcti.cpp).
#pragma once

#include "core/tpm/EsysPtr.h"
#include "core/tpm/TimingModel.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <thread>
#include <tss2/tss2_tcti.h>
#include <vector>

namespace tps::tpm {

class TimingTcti
{
public:
    // Owns `inner`: finalized with this object, or, when a receive on the helper thread is still
    // blocked in it (a stopped TPM), by that thread once the receive returns.
    explicit TimingTcti(TctiPtr inner);
    ~TimingTcti();
    TimingTcti(const TimingTcti&) = delete;
    TimingTcti& operator=(const TimingTcti&) = delete;

    // The context to hand to Esys_Initialize. Its address is stable for the object's lifetime.
    TSS2_TCTI_CONTEXT* context();
    std::chrono::nanoseconds busy() const { return m_busy; }
    std::uint64_t commands() const { return m_commands; }

    // Holds responses for the model's delays from now on (nullptr: pass through), drawn from `seed`.
    void setModel(std::shared_ptr<const TimingModel> model, std::uint64_t seed);
    const TimingModel* model() const { return m_model.get(); }

    // What was answered so far: every command by code, and the key generations among them.
    struct Tally
    {
        std::uint64_t commands = 0;
        std::uint32_t rsaKeyGens = 0;
        std::uint32_t eccKeyGens = 0;
        std::map<TPM2_CC, std::uint32_t> byCode;
        std::chrono::nanoseconds simulatedDelay{0}; // time responses were held beyond the inner TPM's
        Tally since(const Tally& earlier) const;
    };
    const Tally& tally() const { return m_tally; }
    // The class of the command sent and not yet answered (Other when none is).
    CommandClass pendingClass() const { return m_pending ? m_sentInfo.cls : CommandClass::Other; }

    // Persistent objects change only through the commands classifyCommand marks (CommandInfo::
    // changesPersistent). A counter of such commands sent through this TCTI, and its value when `handle`
    // last changed (0: not yet). What was learnt about `handle` when the counter was n is still true
    // while lastPersistentChange(handle) <= n.
    std::uint64_t persistentChanges() const { return m_persistentChanges; }
    std::uint64_t lastPersistentChange(TPM2_HANDLE handle) const;

    // Called on the command's thread when a command is sent (true) and when its answer is handed out
    // (false): the engine's "the TPM is generating a key" signal.
    using Observer = std::function<void(const CommandInfo&, bool started)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // Receives each command as transmitted and each response as received (complete buffers). Empty:
    // nothing is recorded. Called on the thread that runs the command.
    enum class Direction { Command, Response };
    using Recorder = std::function<void(Direction, std::span<const std::uint8_t>)>;
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }

private:
    struct Context
    {
        TSS2_TCTI_CONTEXT_COMMON_V2 common; // must stay the first member
        TimingTcti* self;
    };
    static TimingTcti& of(TSS2_TCTI_CONTEXT* ctx);
    static TSS2_RC transmit(TSS2_TCTI_CONTEXT* ctx, size_t size, const uint8_t* command);
    static TSS2_RC receive(TSS2_TCTI_CONTEXT* ctx, size_t* size, uint8_t* response, int32_t timeout);
    static void finalize(TSS2_TCTI_CONTEXT* ctx);
    static TSS2_RC cancel(TSS2_TCTI_CONTEXT* ctx);
    static TSS2_RC getPollHandles(TSS2_TCTI_CONTEXT* ctx, TSS2_TCTI_POLL_HANDLE* handles, size_t* count);
    static TSS2_RC setLocality(TSS2_TCTI_CONTEXT* ctx, uint8_t locality);
    static TSS2_RC makeSticky(TSS2_TCTI_CONTEXT* ctx, TPM2_HANDLE* handle, uint8_t sticky);
    struct Receiver;
    std::optional<TSS2_RC> fetchAnswer(int32_t timeout);
    TSS2_RC holdOrDeliver(size_t* size, uint8_t* response, int32_t timeout);
    void answered();
    void notePersistentChange(const CommandInfo& info);

    Context m_context{};
    TctiPtr m_innerOwned;
    TSS2_TCTI_CONTEXT* m_inner;
    bool m_pollable = false;              // the inner TCTI has poll handles
    std::shared_ptr<Receiver> m_receiver; // the helper thread's state, when the inner TCTI has none
    std::thread m_receiverThread;
    std::chrono::steady_clock::time_point m_sent{};
    bool m_pending = false;
    std::chrono::nanoseconds m_busy{0};
    std::uint64_t m_commands = 0;
    Recorder m_recorder;
    Observer m_observer;
    CommandInfo m_sentInfo;
    Tally m_tally;
    std::uint64_t m_persistentChanges = 0;
    std::uint64_t m_allPersistentChanged = 0;         // the counter at the last Clear/ChangeEPS/ChangePPS
    std::map<TPM2_HANDLE, std::uint64_t> m_changedAt; // the counter at each handle's last EvictControl
    std::shared_ptr<const TimingModel> m_model;
    TimingRandom m_random{0};
    std::chrono::steady_clock::time_point m_release{}; // when the held response may be handed out
    std::vector<std::uint8_t> m_held;                  // the inner TPM's response, while held
    bool m_holding = false;
};

} // namespace tps::tpm
