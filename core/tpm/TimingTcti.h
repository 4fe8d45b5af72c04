// A pass-through TCTI that measures how long the TPM takes to answer: the time from each command's
// transmit to the arrival of its response, summed. It lets the station separate the time the TPM spends
// in its commands from its own overhead (the line benchmark's "station overhead over TPM time").
// It can also hand every command and response, byte for byte, to a recorder: what a bus interposer on
// SPI/LPC (or on the socket) would see, for the tests that prove no secret crosses the bus in clear.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <span>
#include <tss2/tss2_tcti.h>

namespace tps::tpm {

class TimingTcti
{
public:
    // `inner` stays owned by the caller and must outlive this object.
    explicit TimingTcti(TSS2_TCTI_CONTEXT* inner);
    TimingTcti(const TimingTcti&) = delete;
    TimingTcti& operator=(const TimingTcti&) = delete;

    // The context to hand to Esys_Initialize. Its address is stable for the object's lifetime.
    TSS2_TCTI_CONTEXT* context();
    std::chrono::nanoseconds busy() const { return m_busy; }
    std::uint64_t commands() const { return m_commands; }

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

    Context m_context{};
    TSS2_TCTI_CONTEXT* m_inner;
    std::chrono::steady_clock::time_point m_sent{};
    bool m_pending = false;
    std::chrono::nanoseconds m_busy{0};
    std::uint64_t m_commands = 0;
    Recorder m_recorder;
};

} // namespace tps::tpm
