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
    ESYS_TR object = ESYS_TR_NONE;
    auto found = session.run(
        QStringLiteral("TPM2_ReadPublic"),
        [&](ESYS_CONTEXT* c) {
            return Esys_TR_FromTPMPublic_Async(c, handle, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE);
        },
        [&](ESYS_CONTEXT* c) { return Esys_TR_FromTPMPublic_Finish(c, &object); });
    if (!found)
        return fail(found.error());
    return TpmRef(session, object);
}

} // namespace tps::tpm
