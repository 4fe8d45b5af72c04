#include "tpm/TpmObjects.h"

#include "tpm/EsysPtr.h"
#include "tpm/TpmSession.h"

#include <cstring>
#include <tss2/tss2_mu.h>

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

QByteArray marshalPublic(const TPM2B_PUBLIC& pub)
{
    QByteArray out(sizeof(TPM2B_PUBLIC), Qt::Uninitialized);
    size_t offset = 0;
    if (Tss2_MU_TPM2B_PUBLIC_Marshal(&pub, reinterpret_cast<uint8_t*>(out.data()), size_t(out.size()),
                                     &offset) != TSS2_RC_SUCCESS)
        return {};
    out.truncate(qsizetype(offset));
    return out;
}

Result<TPM2B_PUBLIC, TpmError> unmarshalPublic(const QByteArray& bytes)
{
    TPM2B_PUBLIC pub{};
    size_t offset = 0;
    const TSS2_RC rc = Tss2_MU_TPM2B_PUBLIC_Unmarshal(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                                      size_t(bytes.size()), &offset, &pub);
    if (rc != TSS2_RC_SUCCESS)
        return fail(TpmError{TpmErrc::Unexpected, rc, QStringLiteral("TPM2B_PUBLIC"),
                             QStringLiteral("not a marshaled TPM2B_PUBLIC: %1").arg(decodeRc(rc))});
    if (offset != size_t(bytes.size()))
        return fail(TpmError{TpmErrc::Unexpected, 0, QStringLiteral("TPM2B_PUBLIC"),
                             QStringLiteral("%1 trailing bytes after the TPM2B_PUBLIC")
                                 .arg(bytes.size() - qsizetype(offset))});
    return pub;
}

TpmResult<void> setAuth(TpmSession& session, ESYS_TR handle, const QByteArray& auth)
{
    TPM2B_AUTH value{};
    if (auth.size() > qsizetype(sizeof value.buffer))
        return fail(TpmError{TpmErrc::Unexpected, 0, QStringLiteral("Esys_TR_SetAuth"),
                             QStringLiteral("authorization value too long")});
    value.size = static_cast<UINT16>(auth.size());
    std::memcpy(value.buffer, auth.constData(), size_t(auth.size()));
    const TSS2_RC rc = Esys_TR_SetAuth(session.esys(), handle, &value);
    std::memset(value.buffer, 0, sizeof value.buffer);
    if (rc != TSS2_RC_SUCCESS)
        return fail(makeError(rc, QStringLiteral("Esys_TR_SetAuth")));
    return {};
}

namespace {

TpmResult<QByteArray> nameOf(TpmSession& session, ESYS_TR object)
{
    TPM2B_NAME* raw = nullptr;
    const TSS2_RC rc = Esys_TR_GetName(session.esys(), object, &raw);
    auto name = adopt(raw);
    if (rc != TSS2_RC_SUCCESS)
        return fail(makeError(rc, QStringLiteral("Esys_TR_GetName")));
    return QByteArray(reinterpret_cast<const char*>(name->name), name->size);
}

} // namespace

TpmResult<PrimaryKey> createPrimary(TpmSession& session, ESYS_TR hierarchy, const TPM2B_PUBLIC& templ)
{
    const TPM2B_SENSITIVE_CREATE sensitive{};
    const TPM2B_DATA outsideInfo{};
    const TPML_PCR_SELECTION pcrs{};
    ESYS_TR object = ESYS_TR_NONE;
    TPM2B_PUBLIC* outPublic = nullptr;
    TPM2B_CREATION_DATA* creationData = nullptr;
    TPM2B_DIGEST* creationHash = nullptr;
    TPMT_TK_CREATION* ticket = nullptr;
    auto result = session.run(
        QStringLiteral("TPM2_CreatePrimary"),
        [&](ESYS_CONTEXT* c) {
            return Esys_CreatePrimary_Async(c, hierarchy, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                                            &sensitive, &templ, &outsideInfo, &pcrs);
        },
        [&](ESYS_CONTEXT* c) {
            return Esys_CreatePrimary_Finish(c, &object, &outPublic, &creationData, &creationHash, &ticket);
        });
    auto pub = adopt(outPublic);
    auto cd = adopt(creationData);
    auto ch = adopt(creationHash);
    auto tk = adopt(ticket);
    if (!result)
        return fail(result.error());
    PrimaryKey key{TransientObject(session, object), {}};
    key.key.publicArea = marshalPublic(*pub);
    auto name = nameOf(session, object);
    if (!name)
        return fail(name.error());
    key.key.name = *name;
    return key;
}

TpmResult<KeyPublic> readPersistent(TpmSession& session, TPM2_HANDLE handle)
{
    auto ref = openTpmHandle(session, handle);
    if (!ref)
        return fail(ref.error());
    const ESYS_TR object = ref->get();
    TPM2B_PUBLIC* outPublic = nullptr;
    TPM2B_NAME* name = nullptr;
    TPM2B_NAME* qualified = nullptr;
    auto read = session.run(
        QStringLiteral("TPM2_ReadPublic"),
        [&](ESYS_CONTEXT* c) {
            return Esys_ReadPublic_Async(c, object, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE);
        },
        [&](ESYS_CONTEXT* c) { return Esys_ReadPublic_Finish(c, &outPublic, &name, &qualified); });
    auto pub = adopt(outPublic);
    auto n = adopt(name);
    auto q = adopt(qualified);
    if (!read)
        return fail(read.error());
    return KeyPublic{marshalPublic(*pub), QByteArray(reinterpret_cast<const char*>(n->name), n->size)};
}

} // namespace tps::tpm
