// A timing model of a TPM: how long each class of command takes, as a distribution per class, read from
// a small JSON file (core/sim/models/*.json, docs/SIMULATION.md "Timing models"). The timing TCTI uses it
// to make a fast simulated TPM answer as slowly as a discrete one would, and the session takes each
// command's deadline from it.
//
// A delay is drawn per command from the command's class: a log-normal distribution given by its median
// and 99th percentile, capped at a maximum, plus a per-byte part for NV reads and writes. The draws come
// from a seeded generator (SplitMix64 and Box-Muller, written out here so that every platform draws the
// same numbers): the same seed and the same command sequence give the same delays.
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <array>
#include <chrono>
#include <cstdint>
#include <span>
#include <tss2/tss2_tpm2_types.h>

namespace tps::tpm {

enum class CommandClass {
    RsaKeyGen,     // CreatePrimary / Create / CreateLoaded of an RSA key
    EccKeyGen,     // the same for an ECC key
    OtherKeyGen,   // the same for a keyed-hash or symmetric key
    RsaDecrypt,    // a private-key operation: ActivateCredential, Import, RSA_Decrypt
    SaltedSession, // StartAuthSession salted to a key (the TPM decrypts the salt)
    Session,       // StartAuthSession without salt
    Sign,
    Hmac,
    NvRead,  // NV_Read (per byte read)
    NvWrite, // commands that write the TPM's NV: NV_Write (per byte), define, lock, evict, auth changes
    Other,
};
inline constexpr int kCommandClassCount = static_cast<int>(CommandClass::Other) + 1;

QString commandClassKey(CommandClass c); // "rsa-keygen", "ecc-keygen", ... (the model file's keys)
bool isKeyGeneration(CommandClass c);

// What the timing TCTI learns from a command's bytes.
struct CommandInfo
{
    TPM2_CC code = 0;
    CommandClass cls = CommandClass::Other;
    std::uint32_t bytes = 0; // NV_Read: bytes asked for; NV_Write: bytes written
    // Which persistent objects (0x81xxxxxx) the command can make or remove: none, the one handle of a
    // TPM2_EvictControl (`handle`), or all of them (TPM2_Clear, ChangeEPS, ChangePPS, or an EvictControl
    // whose handle cannot be read).
    enum class Persistent { None, One, All };
    Persistent changesPersistent = Persistent::None;
    TPM2_HANDLE handle = 0;
};
// Never fails: a command it cannot parse is CommandClass::Other.
CommandInfo classifyCommand(std::span<const std::uint8_t> command);
QString commandName(TPM2_CC code); // "CreatePrimary", "NV_Read", ... or "0x0000017A"

// Deadlines per command class; a zero entry means "the session's command timeout".
using CommandDeadlines = std::array<std::chrono::milliseconds, kCommandClassCount>;
// A product profile's "tpm": {"deadlines_ms": {"rsa-keygen": 180000, ...}}: class keys as in the model
// files, whole milliseconds from 100 to 3,600,000. A translated message on refusal.
Result<CommandDeadlines, QString> deadlinesFromJson(const QJsonObject& deadlinesMs);

struct CommandTiming
{
    double medianMs = 0;
    double p99Ms = 0; // equal to medianMs: always the median (before the per-byte part)
    double maxMs = 0; // the draw is capped here
    double perByteMs = 0;
    double deadlineMs = 0; // how long the station waits before it calls the TPM not answering
};

// SplitMix64: tiny, fast, the same everywhere.
class TimingRandom
{
public:
    explicit TimingRandom(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    double uniform(); // in (0, 1)
    double normal();  // standard normal (Box-Muller, one pair per call, the second value dropped)

private:
    std::uint64_t m_state;
};

class TimingModel
{
public:
    // Parses a model file; the error is English detail for the caller to wrap in its message.
    static Result<TimingModel, QString> fromJson(const QByteArray& json);

    const QString& name() const { return m_name; }
    const QByteArray& definition() const { return m_definition; } // the model file as read
    const CommandTiming& timing(CommandClass c) const { return m_classes[static_cast<size_t>(c)]; }
    // Every delay is multiplied by the file's optional "scale" (default 1): benchmarks that keep the
    // model's shape but not its length. Deadlines are not scaled.
    double scale() const { return m_scale; }

    std::chrono::microseconds draw(const CommandInfo& command, TimingRandom& random) const;
    // The class's deadline_ms (for NV, with 2048 bytes' worth of per_byte_ms); never scaled.
    std::chrono::milliseconds deadline(CommandClass c) const;

private:
    QString m_name;
    QByteArray m_definition;
    std::array<CommandTiming, kCommandClassCount> m_classes{};
    double m_scale = 1.0;
};

} // namespace tps::tpm
