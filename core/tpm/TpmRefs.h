// RAII owners of things that live on the TPM: a transient object (flushed when its owner goes) and an
// ESYS reference to a persistent object or NV index (closed when its owner goes).
#pragma once

#include "core/tpmwire/TpmError.h"

#include <tss2/tss2_esys.h>

namespace tps::tpm {

class TpmSession;

// Owns a transient object: flushes it when it goes out of scope (unless released or made persistent).
class TransientObject
{
public:
    TransientObject() = default;
    TransientObject(TpmSession& session, ESYS_TR object);
    ~TransientObject();
    TransientObject(TransientObject&& other) noexcept;
    TransientObject& operator=(TransientObject&& other) noexcept;
    TransientObject(const TransientObject&) = delete;
    TransientObject& operator=(const TransientObject&) = delete;

    ESYS_TR get() const { return m_object; }
    explicit operator bool() const { return m_object != ESYS_TR_NONE; }
    // Flushes now and reports the result.
    TpmResult<void> flush();

private:
    TpmSession* m_session = nullptr;
    ESYS_TR m_object = ESYS_TR_NONE;
};

// A local ESYS reference (ESYS_TR) to something that lives on the TPM: a persistent object or an NV
// index. Closing it (Esys_TR_Close) sends no command; the object stays. After TPM2_EvictControl removed
// an object the reference is stale and must still be closed by us: tpm2-tss 3.2.1 does not (DESIGN §3.4).
class TpmRef
{
public:
    TpmRef() = default;
    TpmRef(TpmSession& session, ESYS_TR object) : m_session(&session), m_object(object) {}
    ~TpmRef() { close(); }
    TpmRef(TpmRef&& other) noexcept;
    TpmRef& operator=(TpmRef&& other) noexcept;
    TpmRef(const TpmRef&) = delete;
    TpmRef& operator=(const TpmRef&) = delete;

    ESYS_TR get() const { return m_object; }
    void close();
    // Forget the reference without closing it (ESAPI already dropped it, e.g. after NV_UndefineSpace).
    void release() { m_object = ESYS_TR_NONE; }

private:
    TpmSession* m_session = nullptr;
    ESYS_TR m_object = ESYS_TR_NONE;
};

// Esys_TR_FromTPMPublic: a reference to a persistent handle or NV index; TpmErrc::NotFound when absent.
TpmResult<TpmRef> openTpmHandle(TpmSession& session, TPM2_HANDLE handle);

} // namespace tps::tpm
