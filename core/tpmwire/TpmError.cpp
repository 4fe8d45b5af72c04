#include "core/tpmwire/TpmError.h"

#include <QCoreApplication>
#include <tss2/tss2_common.h>
#include <tss2/tss2_rc.h>
#include <tss2/tss2_tpm2_types.h>

namespace tps::tpm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TpmError)
};

constexpr std::uint32_t layerOf(std::uint32_t rc)
{
    return rc & TSS2_RC_LAYER_MASK;
}
constexpr std::uint32_t baseOf(std::uint32_t rc)
{
    return rc & 0xFFFFu;
}

// The TPM-layer code without handle/session/parameter numbers (format-one codes keep bits 0-5 and 7).
std::uint32_t tpmCode(std::uint32_t rc)
{
    const std::uint32_t base = baseOf(rc);
    if (base & TPM2_RC_FMT1)
        return base & (TPM2_RC_FMT1 | 0x3Fu);
    return base;
}

} // namespace

TpmErrc classifyRc(std::uint32_t rc)
{
    const std::uint32_t layer = layerOf(rc);
    const std::uint32_t base = baseOf(rc);
    if (layer == TSS2_TCTI_RC_LAYER) {
        switch (base) {
        case TSS2_BASE_RC_IO_ERROR:
        case TSS2_BASE_RC_NO_CONNECTION:
        case TSS2_BASE_RC_MALFORMED_RESPONSE:
            return TpmErrc::Lost;
        case TSS2_BASE_RC_TRY_AGAIN:
            return TpmErrc::NotAnswering;
        case TSS2_BASE_RC_BAD_VALUE:
        case TSS2_BASE_RC_NOT_IMPLEMENTED:
            return TpmErrc::InvalidTcti;
        default:
            return TpmErrc::Unexpected;
        }
    }
    if (layer == TSS2_ESAPI_RC_LAYER || layer == TSS2_SYS_RC_LAYER || layer == TSS2_MU_RC_LAYER) {
        switch (base) {
        case TSS2_BASE_RC_IO_ERROR:
        case TSS2_BASE_RC_NO_CONNECTION:
            return TpmErrc::Lost;
        case TSS2_BASE_RC_MALFORMED_RESPONSE:
        case TSS2_BASE_RC_INSUFFICIENT_RESPONSE:
            // A TPM 1.2 answers TPM 2.0 commands with a 1.2 tag the stack cannot parse.
            return TpmErrc::Lost;
        case TSS2_BASE_RC_TRY_AGAIN:
            return TpmErrc::NotAnswering;
        default:
            return TpmErrc::Unexpected;
        }
    }
    if (layer == TSS2_TPM_RC_LAYER || layer == TSS2_RESMGR_TPM_RC_LAYER) {
        if (base == 0)
            return TpmErrc::Unexpected;
        // Bits 7 and 8 clear with a non-zero code: a TPM 1.2 response code (TPM 2.0 Part 2, 6.6.2).
        if ((base & (TPM2_RC_VER1 | TPM2_RC_FMT1)) == 0)
            return TpmErrc::NotTpm20;
        switch (tpmCode(rc)) {
        case TPM2_RC_FAILURE:
            return TpmErrc::FailureMode;
        case TPM2_RC_AUTH_FAIL:
        case TPM2_RC_BAD_AUTH:
            return TpmErrc::AuthFailed;
        case TPM2_RC_LOCKOUT:
            return TpmErrc::Lockout;
        case TPM2_RC_OBJECT_MEMORY:
        case TPM2_RC_SESSION_MEMORY:
        case TPM2_RC_MEMORY:
            return TpmErrc::OutOfObjectMemory;
        case TPM2_RC_HANDLE:
            return TpmErrc::NotFound;
        case TPM2_RC_COMMAND_CODE:
        case TPM2_RC_ASYMMETRIC:
        case TPM2_RC_CURVE:
        case TPM2_RC_HASH:
            return TpmErrc::Unsupported;
        case TPM2_RC_CANCELED:
            return TpmErrc::Cancelled;
        default:
            return TpmErrc::Unexpected;
        }
    }
    return TpmErrc::Unexpected;
}

QString decodeRc(std::uint32_t rc)
{
    // Tss2_RC_Decode returns a pointer to a thread-local buffer: copy it before anything else runs.
    return QString::fromUtf8(Tss2_RC_Decode(rc));
}

TpmError makeError(std::uint32_t rc, const QString& command)
{
    return TpmError{classifyRc(rc), rc, command, decodeRc(rc)};
}

const char* errcName(TpmErrc code)
{
    switch (code) {
    case TpmErrc::InvalidTcti:
        return "invalid-tcti";
    case TpmErrc::TctiUnreachable:
        return "tcti-unreachable";
    case TpmErrc::NotAnswering:
        return "not-answering";
    case TpmErrc::NotTpm20:
        return "not-tpm20";
    case TpmErrc::FailureMode:
        return "failure-mode";
    case TpmErrc::Lost:
        return "lost";
    case TpmErrc::AuthFailed:
        return "auth-failed";
    case TpmErrc::Lockout:
        return "lockout";
    case TpmErrc::OutOfObjectMemory:
        return "out-of-object-memory";
    case TpmErrc::NotFound:
        return "not-found";
    case TpmErrc::Unsupported:
        return "unsupported";
    case TpmErrc::Cancelled:
        return "cancelled";
    case TpmErrc::Unexpected:
        return "unexpected";
    }
    return "unexpected";
}

QString TpmError::operatorMessage() const
{
    switch (code) {
    case TpmErrc::InvalidTcti:
        return Tr::tr("The TPM connection setting is not valid. Ask a supervisor to "
                      "check the socket's TCTI configuration.");
    case TpmErrc::TctiUnreachable:
        return Tr::tr("No TPM answers at this socket. Check that the device is seated "
                      "and powered, then scan it again.");
    case TpmErrc::NotAnswering:
        return Tr::tr("The TPM stopped answering. Re-seat the device, power-cycle it "
                      "and scan it again.");
    case TpmErrc::NotTpm20:
        return Tr::tr("This device carries a TPM 1.2 or no TPM 2.0 at all. It cannot "
                      "be provisioned: set it aside for rework.");
    case TpmErrc::FailureMode:
        return Tr::tr("The TPM is in failure mode. Power-cycle the device; if it "
                      "happens again, set the device aside as defective.");
    case TpmErrc::Lost:
        return Tr::tr("The connection to the TPM was lost during a command. Check the "
                      "fixture contacts, re-seat the device and scan it again.");
    case TpmErrc::AuthFailed:
        return Tr::tr("The TPM refused the authorization. The device may already be "
                      "owned: call a supervisor.");
    case TpmErrc::Lockout:
        return Tr::tr("The TPM is locked out after too many failed authorizations. "
                      "Call a supervisor; do not retry.");
    case TpmErrc::OutOfObjectMemory:
        return Tr::tr("The TPM ran out of object memory. Power-cycle the device and "
                      "scan it again.");
    case TpmErrc::NotFound:
        return Tr::tr("An object the step needs is missing on the TPM.");
    case TpmErrc::Unsupported:
        return Tr::tr("The TPM does not support what this product requires. Check "
                      "the product profile.");
    case TpmErrc::Cancelled:
        return Tr::tr("The TPM command was cancelled.");
    case TpmErrc::Unexpected:
        break;
    }
    return Tr::tr("The TPM returned an unexpected error (%1). Call a supervisor.")
        .arg(detail.isEmpty() ? QStringLiteral("0x%1").arg(rc, 8, 16, QLatin1Char('0')) : detail);
}

QString TpmError::technical() const
{
    return QStringLiteral("%1: %2 (0x%3): %4")
        .arg(command.isEmpty() ? QStringLiteral("tpm") : command, QString::fromLatin1(errcName(code)))
        .arg(rc, 8, 16, QLatin1Char('0'))
        .arg(detail);
}

} // namespace tps::tpm
