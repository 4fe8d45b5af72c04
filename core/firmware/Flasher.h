// The programmer behind an interface (DESIGN §4): a real one driven by a command line
// (CommandFlasher) or the simulated fleet's flash file (SimulatedFlasher). A flasher is handed an
// image that has already been verified; it writes it, reads it back where it can, and reports.
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <chrono>

namespace tps::firmware {

struct FlashJob
{
    QString imagePath;      // the verified image (a private copy, not the catalog file)
    QByteArray imageSha256; // raw 32 bytes
    qint64 imageSize = 0;
    QString serial;
    QString port;         // programmer port / probe from the fixture ("" if none)
    QString settingsPath; // provisioning settings file for the programmer
    QString workDir;      // private directory of this run (read-back files, ...)
    std::chrono::milliseconds timeout{120000};
    const std::atomic<bool>* cancel = nullptr;
};

struct FlashReport
{
    QString programmer; // "simulated", or the program run
    QByteArray log;     // what the programmer printed, with the commands run
    qint64 durationMs = 0;
    bool readBackChecked = false;
    QByteArray readBackSha256; // raw, when checked
};

enum class FlashErrc {
    Configuration,    // template or flasher setup invalid
    StartFailed,      // the programmer could not be started
    Timeout,          // the programmer did not finish in time (it was killed)
    Failed,           // the programmer exited with an error
    ReadBackFailed,   // the read-back could not be done
    ReadBackMismatch, // the device holds something else than the image
    Io,               // the target (flash file) could not be written
    Cancelled,
};

struct FlashError
{
    FlashErrc code = FlashErrc::Failed;
    QString message;    // translated
    QString technical;  // English
    FlashReport report; // what was captured up to the failure (log!)
};

template <typename T>
using FlashResult = Result<T, FlashError>;

const char* errcName(FlashErrc code);

class Flasher
{
public:
    virtual ~Flasher() = default;
    virtual QString kind() const = 0; // "simulated", "command"
    // Whether the operator must connect a programmer before flash() (the station prompts).
    virtual bool needsOperator() const = 0;
    virtual FlashResult<FlashReport> flash(const FlashJob& job) = 0;
};

} // namespace tps::firmware
