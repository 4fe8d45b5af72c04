#include "core/tpm/TpmObjects.h"

#include "core/tpm/BusSession.h"
#include "core/tpm/EsysPtr.h"
#include "core/tpm/TpmSession.h"

#include <cstring>
#include <openssl/evp.h>
#include <optional>
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
    // tpm2-tss does not check that the size prefix covers exactly the TPMT_PUBLIC it read: a prefix that
    // disagrees is a different encoding of the same key (found by tests/fuzz tpm_public).
    // An empty one (size 0) holds no public area at all.
    if (offset < 2 || pub.size == 0 || size_t(pub.size) != offset - 2)
        return fail(TpmError{TpmErrc::Unexpected, 0, QStringLiteral("TPM2B_PUBLIC"),
                             QStringLiteral("size prefix %1 does not match the %2-byte public area")
                                 .arg(pub.size)
                                 .arg(offset - 2)});
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
    noteAuthValue(session, handle, auth.isEmpty());
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

// nameAlg || H(marshaled public part): the TPM's name of an object or NV index (Part 1 §16).
QByteArray computeName(TPMI_ALG_HASH nameAlg, const QByteArray& marshaled)
{
    const EVP_MD* md = nullptr;
    switch (nameAlg) {
    case TPM2_ALG_SHA1:
        md = EVP_sha1();
        break;
    case TPM2_ALG_SHA256:
        md = EVP_sha256();
        break;
    case TPM2_ALG_SHA384:
        md = EVP_sha384();
        break;
    case TPM2_ALG_SHA512:
        md = EVP_sha512();
        break;
    default:
        return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(marshaled.constData(), size_t(marshaled.size()), digest, &length, md, nullptr) != 1)
        return {};
    QByteArray name(2, Qt::Uninitialized);
    name[0] = char(nameAlg >> 8);
    name[1] = char(nameAlg & 0xFF);
    return name + QByteArray(reinterpret_cast<const char*>(digest), int(length));
}

// The ESAPI keeps what Esys_TR_FromTPMPublic read (TPM2_ReadPublic / TPM2_NV_ReadPublic) in the
// object's metadata; Esys_TR_Serialize hands it out without a TPM command. Layout (tpm2-tss
// IESYS_RESOURCE): TPM2_HANDLE, TPM2B_NAME, UINT32 resource type, then for a key (1) its TPM2B_PUBLIC,
// for an NV index (2) its TPM2B_NV_PUBLIC. The bytes are only trusted when they are exactly that and the
// public area hashes to the name the TPM reported; otherwise the caller asks the TPM again.
constexpr UINT32 kKeyResource = 1;
constexpr UINT32 kNvResource = 2;

struct Metadata
{
    QByteArray bytes;
    size_t offset = 0; // just after the resource type
    UINT32 type = 0;
    TPM2B_NAME name{};
};

std::optional<Metadata> metadataOf(TpmSession& session, ESYS_TR object, TPM2_HANDLE handle)
{
    uint8_t* raw = nullptr;
    size_t size = 0;
    if (Esys_TR_Serialize(session.esys(), object, &raw, &size) != TSS2_RC_SUCCESS)
        return std::nullopt;
    Metadata m;
    m.bytes = QByteArray(reinterpret_cast<const char*>(raw), qsizetype(size));
    Esys_Free(raw);
    const auto* data = reinterpret_cast<const uint8_t*>(m.bytes.constData());
    TPM2_HANDLE stored = 0;
    if (Tss2_MU_TPM2_HANDLE_Unmarshal(data, size, &m.offset, &stored) != TSS2_RC_SUCCESS ||
        stored != handle || Tss2_MU_TPM2B_NAME_Unmarshal(data, size, &m.offset, &m.name) != TSS2_RC_SUCCESS ||
        Tss2_MU_UINT32_Unmarshal(data, size, &m.offset, &m.type) != TSS2_RC_SUCCESS)
        return std::nullopt;
    return m;
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
    auto auth = authSession(session, hierarchy, ParamCrypt::None);
    if (!auth)
        return fail(auth.error());
    auto result = session.run(
        QStringLiteral("TPM2_CreatePrimary"),
        [&](ESYS_CONTEXT* c) {
            return Esys_CreatePrimary_Async(c, hierarchy, *auth, ESYS_TR_NONE, ESYS_TR_NONE, &sensitive,
                                            &templ, &outsideInfo, &pcrs);
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

std::optional<KeyPublic> knownKeyPublic(TpmSession& session, ESYS_TR object, TPM2_HANDLE handle)
{
    auto m = metadataOf(session, object, handle);
    if (!m || m->type != kKeyResource)
        return std::nullopt;
    const auto* data = reinterpret_cast<const uint8_t*>(m->bytes.constData());
    TPM2B_PUBLIC pub{};
    size_t offset = m->offset;
    if (Tss2_MU_TPM2B_PUBLIC_Unmarshal(data, size_t(m->bytes.size()), &offset, &pub) != TSS2_RC_SUCCESS ||
        offset != size_t(m->bytes.size()) || pub.size == 0)
        return std::nullopt;
    const QByteArray publicArea = marshalPublic(pub);
    const QByteArray name(reinterpret_cast<const char*>(m->name.name), m->name.size);
    // TPMT_PUBLIC is the TPM2B_PUBLIC without its 2-byte size prefix.
    if (publicArea.size() < 2 || computeName(pub.publicArea.nameAlg, publicArea.mid(2)) != name)
        return std::nullopt;
    return KeyPublic{publicArea, name};
}

std::optional<TPM2B_NV_PUBLIC> knownNvPublic(TpmSession& session, ESYS_TR object, TPM2_HANDLE index)
{
    auto m = metadataOf(session, object, index);
    if (!m || m->type != kNvResource)
        return std::nullopt;
    const auto* data = reinterpret_cast<const uint8_t*>(m->bytes.constData());
    TPM2B_NV_PUBLIC pub{};
    size_t offset = m->offset;
    if (Tss2_MU_TPM2B_NV_PUBLIC_Unmarshal(data, size_t(m->bytes.size()), &offset, &pub) != TSS2_RC_SUCCESS ||
        offset != size_t(m->bytes.size()) || pub.nvPublic.nvIndex != index)
        return std::nullopt;
    QByteArray marshaled(sizeof(TPMS_NV_PUBLIC), Qt::Uninitialized);
    size_t length = 0;
    if (Tss2_MU_TPMS_NV_PUBLIC_Marshal(&pub.nvPublic, reinterpret_cast<uint8_t*>(marshaled.data()),
                                       size_t(marshaled.size()), &length) != TSS2_RC_SUCCESS)
        return std::nullopt;
    marshaled.truncate(qsizetype(length));
    const QByteArray name(reinterpret_cast<const char*>(m->name.name), m->name.size);
    if (computeName(pub.nvPublic.nameAlg, marshaled) != name)
        return std::nullopt;
    return pub;
}

TpmResult<KeyPublic> readPersistent(TpmSession& session, TPM2_HANDLE handle)
{
    auto ref = openTpmHandle(session, handle);
    if (!ref)
        return fail(ref.error());
    // Esys_TR_FromTPMPublic already sent TPM2_ReadPublic and keeps its answer: no second command.
    if (auto known = knownKeyPublic(session, ref->get(), handle))
        return std::move(*known);
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
