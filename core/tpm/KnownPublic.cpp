#include "core/tpm/KnownPublic.h"

#include "core/tpm/TpmSession.h"

#include <tss2/tss2_mu.h>

namespace tps::tpm {

namespace {

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
    if (publicArea.size() < 2 || objectName(pub.publicArea.nameAlg, publicArea.mid(2)) != name)
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
    if (objectName(pub.nvPublic.nameAlg, marshaled) != name)
        return std::nullopt;
    return pub;
}

} // namespace tps::tpm
