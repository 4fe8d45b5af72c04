#include "core/tpm/TpmRefs.h"

#include "core/tpm/TpmSession.h"

#include <utility>

namespace tps::tpm {

TransientObject::TransientObject(TpmSession& session, ESYS_TR object) : m_session(&session), m_object(object)
{}

TransientObject::~TransientObject()
{
    (void)flush();
}

TransientObject::TransientObject(TransientObject&& other) noexcept
    : m_session(other.m_session), m_object(std::exchange(other.m_object, ESYS_TR_NONE))
{}

TransientObject& TransientObject::operator=(TransientObject&& other) noexcept
{
    if (this != &other) {
        (void)flush();
        m_session = other.m_session;
        m_object = std::exchange(other.m_object, ESYS_TR_NONE);
    }
    return *this;
}

TpmResult<void> TransientObject::flush()
{
    if (m_object == ESYS_TR_NONE || !m_session)
        return {};
    const ESYS_TR object = std::exchange(m_object, ESYS_TR_NONE);
    if (m_session->isBroken())
        return {}; // nothing to talk to; the TPM's next reset drops the object
    return m_session->flush(object);
}

TpmRef::TpmRef(TpmRef&& other) noexcept
    : m_session(other.m_session), m_object(std::exchange(other.m_object, ESYS_TR_NONE))
{}

TpmRef& TpmRef::operator=(TpmRef&& other) noexcept
{
    if (this != &other) {
        close();
        m_session = other.m_session;
        m_object = std::exchange(other.m_object, ESYS_TR_NONE);
    }
    return *this;
}

void TpmRef::close()
{
    if (m_object != ESYS_TR_NONE && m_session)
        Esys_TR_Close(m_session->esys(), &m_object);
    m_object = ESYS_TR_NONE;
}

TpmResult<TpmRef> openTpmHandle(TpmSession& session, TPM2_HANDLE handle)
{
    // A persistent object changes only by commands the session sees (TimingTcti::lastPersistentChange):
    // a lookup repeated since is answered from the first. NV indices change with every write: always asked.
    const bool persistent = (handle >> TPM2_HR_SHIFT) == TPM2_HT_PERSISTENT;
    if (persistent)
        if (auto known = session.knownPersistent(handle)) {
            if (!known->ok())
                return fail(known->error());
            return TpmRef(session, **known);
        }
    ESYS_TR object = ESYS_TR_NONE;
    auto found = session.run(
        QStringLiteral("TPM2_ReadPublic"),
        [&](ESYS_CONTEXT* c) {
            return Esys_TR_FromTPMPublic_Async(c, handle, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE);
        },
        [&](ESYS_CONTEXT* c) { return Esys_TR_FromTPMPublic_Finish(c, &object); });
    if (!found) {
        if (persistent && found.error().code == TpmErrc::NotFound)
            session.rememberAbsent(handle, found.error());
        return fail(found.error());
    }
    if (persistent)
        session.rememberPersistent(handle, object);
    return TpmRef(session, object);
}

} // namespace tps::tpm
