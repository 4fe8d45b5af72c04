// Keys on the TPM: RAII ownership of transient objects, primary key creation, reading persistent
// objects, and (un)marshaling of TPM2B_PUBLIC exactly as tpm2-tools writes it.
#pragma once

#include "core/tpm/TpmError.h"

#include <QByteArray>
#include <optional>
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

struct KeyPublic
{
    QByteArray publicArea; // marshaled TPM2B_PUBLIC including its 2-byte size prefix
    QByteArray name;       // nameAlg (2 bytes, big-endian) || H(marshaled TPMT_PUBLIC)
};

struct PrimaryKey
{
    TransientObject object;
    KeyPublic key;
};

// TPM2B_PUBLIC <-> bytes (big-endian TPM wire format, with the size prefix).
QByteArray marshalPublic(const TPM2B_PUBLIC& pub);
Result<TPM2B_PUBLIC, TpmError> unmarshalPublic(const QByteArray& bytes);

// Sets the authorization value the session uses for a hierarchy handle (ESYS_TR_RH_OWNER, ...).
TpmResult<void> setAuth(TpmSession& session, ESYS_TR handle, const QByteArray& auth);

// TPM2_CreatePrimary under `hierarchy` (ESYS_TR_RH_ENDORSEMENT, ESYS_TR_RH_OWNER, ...) with a password
// session carrying the hierarchy's auth (set it with setAuth first when it is not empty).
TpmResult<PrimaryKey> createPrimary(TpmSession& session, ESYS_TR hierarchy, const TPM2B_PUBLIC& templ);

// TPM2_ReadPublic of a persistent handle; TpmErrc::NotFound when nothing is persisted there.
// Sends one TPM2_ReadPublic (through Esys_TR_FromTPMPublic, whose answer the ESAPI keeps).
TpmResult<KeyPublic> readPersistent(TpmSession& session, TPM2_HANDLE handle);

// What Esys_TR_FromTPMPublic (openTpmHandle) read for `object` at `handle`, as the ESAPI keeps it: no TPM
// command. Used only when it is a well-formed public area whose hash is the name the TPM reported;
// std::nullopt otherwise (then read it from the TPM).
std::optional<KeyPublic> knownKeyPublic(TpmSession& session, ESYS_TR object, TPM2_HANDLE handle);
std::optional<TPM2B_NV_PUBLIC> knownNvPublic(TpmSession& session, ESYS_TR object, TPM2_HANDLE index);

} // namespace tps::tpm
