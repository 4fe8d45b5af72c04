// Generic NV index access over ESAPI: read the public area, define, undefine, and read/write in
// chunks no larger than TPM_PT_NV_BUFFER_MAX (DESIGN §3.2; swtpm reports 1024). Every command goes
// through TpmSession::run. Authorization values are set on the ESAPI object for one command and
// cleared again; they are never part of an error text.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/tpmwire/TpmError.h"
#include "core/tpm/TpmRefs.h"

#include <QByteArray>
#include <optional>
#include <tss2/tss2_tpm2_types.h>

namespace tps::tpm {

class TpmSession;

// Who authorizes an NV command (password session). `value` views the caller's SecureBytes (empty: the
// empty password) and must not outlive it: build an NvAuth in the call that uses it. Never logged.
struct NvAuth
{
    enum class Entity { Index, Owner, Platform };
    Entity entity = Entity::Index;
    crypto::SecretView value;

    static NvAuth index(crypto::SecretView v = {}) { return {Entity::Index, v}; }
    static NvAuth owner(crypto::SecretView v = {}) { return {Entity::Owner, v}; }
    static NvAuth platform(crypto::SecretView v = {}) { return {Entity::Platform, v}; }
};

struct NvPublic
{
    quint32 index = 0;
    TPMA_NV attributes = 0;
    quint16 size = 0;
    TPMI_ALG_HASH nameAlg = TPM2_ALG_SHA256;
    QByteArray authPolicy;
    bool written() const { return (attributes & TPMA_NV_WRITTEN) != 0; }
};

struct NvDefinition
{
    quint32 index = 0;
    quint16 size = 0;
    TPMA_NV attributes = 0; // TPM2_NT_ORDINARY unless TPMA_NV_TPM2_NT bits say otherwise
    crypto::SecretView authValue; // the index's own authorization (views the caller's SecureBytes; empty:
                                  // anyone may use AUTHREAD/AUTHWRITE)
    QByteArray authPolicy;
    TPMI_ALG_HASH nameAlg = TPM2_ALG_SHA256;
};

// Options for chunked reads and writes.
struct NvIo
{
    quint32 chunk = 0; // 0: TPM_PT_NV_BUFFER_MAX; otherwise at most this many (never more than the TPM's max)
};

// TPM_PT_NV_BUFFER_MAX, capped to what a TPM2B_MAX_NV_BUFFER holds.
TpmResult<quint32> nvBufferMax(TpmSession& session);

// The public area of `index`, or nullopt when the index is not defined.
TpmResult<std::optional<NvPublic>> nvReadPublic(TpmSession& session, quint32 index);

// TPM2_NV_DefineSpace under the owner or platform hierarchy.
TpmResult<void> nvDefine(TpmSession& session, const NvDefinition& definition, const NvAuth& hierarchy);

// TPM2_NV_UndefineSpace under the owner or platform hierarchy.
TpmResult<void> nvUndefine(TpmSession& session, quint32 index, const NvAuth& hierarchy);

// Writes `data` at `offset` in chunks.
TpmResult<void> nvWrite(TpmSession& session, quint32 index, const QByteArray& data, quint16 offset,
                        const NvAuth& auth, const NvIo& io = {});

// TPM2_NV_WriteLock: the index refuses writes until it is undefined (TPMA_NV_WRITEDEFINE) or until the
// next TPM reset (TPMA_NV_WRITE_STCLEAR).
TpmResult<void> nvWriteLock(TpmSession& session, quint32 index, const NvAuth& auth);

// Reads `size` bytes from `offset` in chunks (size nullopt: to the end of the index).
TpmResult<QByteArray> nvRead(TpmSession& session, quint32 index, const NvAuth& auth, quint16 offset = 0,
                             std::optional<quint16> size = std::nullopt, const NvIo& io = {});

// An NV index opened once for several operations: one TPM2_NV_ReadPublic (through Esys_TR_FromTPMPublic)
// instead of one per operation. `pub` is the public area as it was when opened (a write sets
// TPMA_NV_WRITTEN, a write lock TPMA_NV_WRITELOCKED on the TPM, not here). Undefining the index makes the
// reference stale: open it again after a new definition.
struct OpenedNv
{
    TpmRef ref;
    NvPublic pub;
};
// std::nullopt when the index is not defined.
TpmResult<std::optional<OpenedNv>> nvOpen(TpmSession& session, quint32 index);
TpmResult<void> nvWrite(TpmSession& session, const OpenedNv& nv, const QByteArray& data, quint16 offset,
                        const NvAuth& auth, const NvIo& io = {});
TpmResult<void> nvWriteLock(TpmSession& session, const OpenedNv& nv, const NvAuth& auth);
TpmResult<QByteArray> nvRead(TpmSession& session, const OpenedNv& nv, const NvAuth& auth, quint16 offset = 0,
                             std::optional<quint16> size = std::nullopt, const NvIo& io = {});

} // namespace tps::tpm
