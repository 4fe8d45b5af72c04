#include "core/tpm/EndorsementKey.h"

#include "core/tpm/KeyTemplates.h"
#include "core/tpm/NvIndex.h"
#include "core/tpm/TpmHandles.h"
#include "core/tpm/TpmSession.h"

#include <algorithm>
#include <tss2/tss2_mu.h>

namespace tps::tpm {

namespace {
constexpr EkTemplateId kAll[] = {EkTemplateId::L1Rsa2048, EkTemplateId::L2EccP256, EkTemplateId::H1Rsa2048,
                                 EkTemplateId::H3EccP384};

// An index that is absent or defined but never written is "not there" for the EK's purposes.
bool absent(const TpmError& e)
{
    return e.code == TpmErrc::NotFound || (e.rc & 0xFFF) == TPM2_RC_NV_UNINITIALIZED;
}
} // namespace

EkProfile ekProfile(EkTemplateId id)
{
    switch (id) {
    case EkTemplateId::L1Rsa2048:
        return {id,
                QStringLiteral("rsa2048"),
                QStringLiteral("rsa2048"),
                QStringLiteral("L-1"),
                kEkCertRsaIndex,
                kEkNonceRsaIndex,
                kEkTemplateRsaIndex,
                kEkRsaHandle};
    case EkTemplateId::L2EccP256:
        return {id,
                QStringLiteral("ecc256"),
                QStringLiteral("ecc256"),
                QStringLiteral("L-2"),
                kEkCertEccIndex,
                kEkNonceEccIndex,
                kEkTemplateEccIndex,
                kEkEccHandle};
    case EkTemplateId::H1Rsa2048:
        return {id,
                QStringLiteral("h1-rsa2048"),
                QStringLiteral("rsa2048"),
                QStringLiteral("H-1"),
                kEkCertH1Index,
                0,
                0,
                kEkRsaHandle};
    case EkTemplateId::H3EccP384:
        return {id,
                QStringLiteral("h3-ecc384"),
                QStringLiteral("ecc384"),
                QStringLiteral("H-3"),
                kEkCertH3Index,
                0,
                0,
                kEkH3Handle};
    }
    return ekProfile(EkTemplateId::L1Rsa2048);
}

std::optional<EkTemplateId> ekTemplateFromKey(const QString& configKey)
{
    for (EkTemplateId id : kAll)
        if (ekProfile(id).configKey == configKey)
            return id;
    return std::nullopt;
}

TPM2B_PUBLIC ekDefaultTemplate(EkTemplateId id)
{
    switch (id) {
    case EkTemplateId::L1Rsa2048:
        return ekTemplateRsa2048();
    case EkTemplateId::L2EccP256:
        return ekTemplateEccP256();
    case EkTemplateId::H1Rsa2048:
        return ekTemplateH1Rsa2048();
    case EkTemplateId::H3EccP384:
        return ekTemplateH3EccP384();
    }
    return ekTemplateRsa2048();
}

TpmResult<EkTemplateChoice> resolveEkTemplate(TpmSession& session, EkTemplateId id, quint32 nvChunk)
{
    const EkProfile profile = ekProfile(id);
    EkTemplateChoice choice;
    choice.templ = ekDefaultTemplate(id);
    if (profile.templateIndex == 0)
        return choice;
    // TCG EK indices live in 0x01C00000..0x01C07FFF; ask which exist before reading.
    auto defined = handlesInRange(session, 0x01C00000, 0x8000);
    if (!defined)
        return fail(defined.error());
    if (!containsHandle(*defined, profile.templateIndex))
        return choice;
    auto stored = nvRead(session, profile.templateIndex, NvAuth::index(), 0, std::nullopt, NvIo{nvChunk});
    if (!stored) {
        if (absent(stored.error()))
            return choice;
        return fail(stored.error());
    }
    TPMT_PUBLIC templ{};
    size_t offset = 0;
    const TSS2_RC rc = Tss2_MU_TPMT_PUBLIC_Unmarshal(reinterpret_cast<const uint8_t*>(stored->constData()),
                                                     size_t(stored->size()), &offset, &templ);
    if (rc != TSS2_RC_SUCCESS)
        return fail(TpmError{TpmErrc::Unexpected, rc, QStringLiteral("EK template index"),
                             QStringLiteral("the EK template at NV 0x%1 is not a TPMT_PUBLIC: %2")
                                 .arg(profile.templateIndex, 8, 16, QLatin1Char('0'))
                                 .arg(decodeRc(rc))});
    choice.templ = TPM2B_PUBLIC{};
    choice.templ.publicArea = templ;
    choice.fromNvTemplate = true;

    if (!containsHandle(*defined, profile.nonceIndex))
        return choice;
    auto nonce = nvRead(session, profile.nonceIndex, NvAuth::index(), 0, std::nullopt, NvIo{nvChunk});
    if (!nonce) {
        if (absent(nonce.error()))
            return choice;
        return fail(nonce.error());
    }
    TPMU_PUBLIC_ID& unique = choice.templ.publicArea.unique;
    if (templ.type == TPM2_ALG_RSA) {
        if (nonce->size() > 256)
            return fail(
                TpmError{TpmErrc::Unexpected, 0, QStringLiteral("EK nonce index"),
                         QStringLiteral("EK nonce of %1 bytes is longer than 256").arg(nonce->size())});
        unique.rsa = TPM2B_PUBLIC_KEY_RSA{};
        std::copy(nonce->cbegin(), nonce->cend(), unique.rsa.buffer);
        unique.rsa.size = 256;
    } else if (templ.type == TPM2_ALG_ECC) {
        if (nonce->size() > 32)
            return fail(
                TpmError{TpmErrc::Unexpected, 0, QStringLiteral("EK nonce index"),
                         QStringLiteral("EK nonce of %1 bytes is longer than 32").arg(nonce->size())});
        unique.ecc = TPMS_ECC_POINT{};
        std::copy(nonce->cbegin(), nonce->cend(), unique.ecc.x.buffer);
        unique.ecc.x.size = 32;
        unique.ecc.y.size = 32;
    }
    choice.nonceApplied = true;
    return choice;
}

TpmResult<CreatedEk> createEk(TpmSession& session, EkTemplateId id, quint32 nvChunk)
{
    auto choice = resolveEkTemplate(session, id, nvChunk);
    if (!choice)
        return fail(choice.error());
    auto key = createPrimary(session, ESYS_TR_RH_ENDORSEMENT, choice->templ);
    if (!key)
        return fail(key.error());
    CreatedEk ek{key->key, choice->fromNvTemplate, choice->nonceApplied};
    if (auto flushed = key->object.flush(); !flushed)
        return fail(flushed.error());
    return ek;
}

TpmResult<std::optional<QByteArray>> readEkCertificateIndex(TpmSession& session, EkTemplateId id,
                                                            quint32 nvChunk)
{
    auto defined = handlesInRange(session, ekProfile(id).certIndex, 1);
    if (!defined)
        return fail(defined.error());
    if (defined->empty())
        return std::optional<QByteArray>{};
    auto data = nvRead(session, ekProfile(id).certIndex, NvAuth::index(), 0, std::nullopt, NvIo{nvChunk});
    if (!data) {
        if (absent(data.error()))
            return std::optional<QByteArray>{};
        return fail(data.error());
    }
    return std::optional<QByteArray>{*data};
}

TpmResult<std::optional<bool>> persistedEkMatches(TpmSession& session, EkTemplateId id,
                                                  const QByteArray& templateEk)
{
    const TPM2_HANDLE handle = ekProfile(id).persistentHandle;
    auto present = handlesInRange(session, handle, 1);
    if (!present)
        return fail(present.error());
    if (present->empty())
        return std::optional<bool>{};
    auto persisted = readPersistent(session, handle);
    if (!persisted) {
        if (persisted.error().code == TpmErrc::NotFound)
            return std::optional<bool>{};
        return fail(persisted.error());
    }
    return std::optional<bool>{persisted->publicArea == templateEk};
}

TpmResult<std::optional<bool>> persistedEkMatches(TpmSession& session, EkTemplateId id)
{
    auto ek = createEk(session, id, 0);
    if (!ek)
        return fail(ek.error());
    return persistedEkMatches(session, id, ek->key.publicArea);
}

} // namespace tps::tpm
