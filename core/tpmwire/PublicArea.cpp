#include "core/tpmwire/PublicArea.h"

#include <openssl/evp.h>
#include <tss2/tss2_mu.h>

namespace tps::tpm {

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

namespace {

const EVP_MD* nameDigest(TPMI_ALG_HASH nameAlg)
{
    switch (nameAlg) {
    case TPM2_ALG_SHA1:
        return EVP_sha1();
    case TPM2_ALG_SHA256:
        return EVP_sha256();
    case TPM2_ALG_SHA384:
        return EVP_sha384();
    case TPM2_ALG_SHA512:
        return EVP_sha512();
    default:
        return nullptr;
    }
}

} // namespace

QByteArray objectName(TPMI_ALG_HASH nameAlg, const QByteArray& marshaled)
{
    const EVP_MD* md = nameDigest(nameAlg);
    if (!md)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(marshaled.constData(), size_t(marshaled.size()), digest, &length, md, nullptr) != 1)
        return {};
    QByteArray name(2, Qt::Uninitialized);
    name[0] = char(nameAlg >> 8);
    name[1] = char(nameAlg & 0xFF);
    return name + QByteArray(reinterpret_cast<const char*>(digest), int(length));
}

} // namespace tps::tpm
