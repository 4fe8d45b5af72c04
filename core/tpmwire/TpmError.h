// Typed TPM errors. Every TSS2_RC that leaves core/tpm is mapped into one of these, with the
// decoded text copied at once (Tss2_RC_Decode returns a thread-local buffer).
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <cstdint>

namespace tps::tpm {

enum class TpmErrc {
    InvalidTcti,       // the TCTI configuration string is malformed or names an unknown TCTI
    TctiUnreachable,   // nothing answers at the TCTI (no device node, connection refused, ...)
    NotAnswering,      // connected, but the TPM did not answer within the time limit
    NotTpm20,          // a TPM 1.2 (or something that is not a TPM 2.0) answered
    FailureMode,       // the TPM is in failure mode
    Lost,              // the connection dropped in the middle of a command
    AuthFailed,        // authorization value wrong (or dictionary-attack lockout)
    Lockout,           // dictionary-attack lockout in effect
    OutOfObjectMemory, // no room for more transient objects
    NotFound,          // handle / NV index does not exist
    Unsupported,       // the TPM lacks an algorithm or command
    Cancelled,         // the operator or the engine cancelled the command
    Unexpected,        // any other response code
};

struct TpmError
{
    TpmErrc code = TpmErrc::Unexpected;
    std::uint32_t rc = 0; // the TSS2_RC, 0 when the error did not come from the stack
    QString command;      // the command that failed, e.g. "TPM2_GetCapability"
    QString detail;       // decoded response code or other technical detail (English)

    // What the operator should do, translated.
    QString operatorMessage() const;
    // One line for logs: "<command>: <code name> (0x...): <detail>".
    QString technical() const;
};

template <typename T>
using TpmResult = Result<T, TpmError>;

// Classification of a TSS2 response code into a typed error (pure, unit-tested).
TpmErrc classifyRc(std::uint32_t rc);
// Copy of Tss2_RC_Decode's text for rc.
QString decodeRc(std::uint32_t rc);
TpmError makeError(std::uint32_t rc, const QString& command);
const char* errcName(TpmErrc code);

} // namespace tps::tpm
