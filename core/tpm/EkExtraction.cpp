#include "core/tpm/EkExtraction.h"

#include "core/tpm/NvIndex.h"
#include "core/tpm/TpmHandles.h"
#include "core/tpm/TpmIdentity.h"

namespace tps::tpm {

namespace {
// Same template: the public areas are equal once their unique fields are emptied.
bool sameTemplate(const QByteArray& persisted, const TPM2B_PUBLIC& templ)
{
    auto p = unmarshalPublic(persisted);
    if (!p)
        return false;
    TPM2B_PUBLIC a = *p;
    TPM2B_PUBLIC b = templ;
    a.publicArea.unique = TPMU_PUBLIC_ID{};
    b.publicArea.unique = TPMU_PUBLIC_ID{};
    return marshalPublic(a) == marshalPublic(b);
}
} // namespace

TpmResult<EkExtraction> extractEk(TpmSession& session, const EkExtractionOptions& options)
{
    EkExtraction x;
    x.profile = ekProfile(options.templateId);
    quint32 chunk = options.nvChunk;
    if (chunk == 0) {
        auto max = nvBufferMax(session);
        if (!max)
            return fail(max.error());
        chunk = *max;
    }
    auto choice = resolveEkTemplate(session, options.templateId, chunk);
    if (!choice)
        return fail(choice.error());
    auto cert = readEkCertificateIndex(session, options.templateId, chunk);
    if (!cert)
        return fail(cert.error());
    x.certIndexData = *cert;
    // The certificate's SAN manufacturer is compared with the TPM's own: the caller's (step 1), or asked.
    crypto::CertTrust trust = options.trust;
    if (trust.tpmManufacturer.isEmpty() && x.certIndexData) {
        auto identity = identify(session);
        if (!identity)
            return fail(identity.error());
        trust.tpmManufacturer = identity->manufacturer;
    }
    std::optional<QByteArray> der;
    if (x.certIndexData)
        der = crypto::trimCertificateDer(*x.certIndexData);
    const auto judge = [&](const QByteArray& ekPublic) {
        if (!x.certIndexData)
            return crypto::verifyEkCertificate({}, ekPublic, trust);
        if (!der) {
            crypto::CertCheck c;
            c.verdict = crypto::CertVerdict::Malformed;
            c.detail = QStringLiteral("NV index 0x%1 (%2 bytes) holds no DER certificate")
                           .arg(x.profile.certIndex, 8, 16, QLatin1Char('0'))
                           .arg(x.certIndexData->size());
            return c;
        }
        return crypto::verifyEkCertificate(*der, ekPublic, trust);
    };

    // The persisted EK, when there is one.
    std::optional<KeyPublic> persisted;
    auto present = handlesInRange(session, x.profile.persistentHandle, 1);
    if (!present)
        return fail(present.error());
    if (!present->empty()) {
        auto read = readPersistent(session, x.profile.persistentHandle);
        if (!read)
            return fail(read.error());
        persisted = *read;
    }

    // With a nonce the unique field is part of the template: only creating the key can tell.
    if (options.reusePersisted && persisted && !choice->nonceApplied &&
        sameTemplate(persisted->publicArea, choice->templ)) {
        crypto::CertCheck check = judge(persisted->publicArea);
        // Every verdict after the key comparison implies the certificate certifies this key.
        if (crypto::certifiesKey(check.verdict)) {
            x.ek = CreatedEk{*persisted, choice->fromNvTemplate, choice->nonceApplied};
            x.reusedPersisted = true;
            x.persistedMatches = true;
            x.cert = check;
        }
    }
    if (!x.reusedPersisted) {
        auto key = createPrimary(session, ESYS_TR_RH_ENDORSEMENT, choice->templ);
        if (!key)
            return fail(key.error());
        x.ek = CreatedEk{key->key, choice->fromNvTemplate, choice->nonceApplied};
        if (auto flushed = key->object.flush(); !flushed)
            return fail(flushed.error());
        if (persisted)
            x.persistedMatches = persisted->publicArea == x.ek.key.publicArea;
        x.cert = judge(x.ek.key.publicArea);
    }
    if (der && x.cert.verdict != crypto::CertVerdict::Malformed)
        x.certDer = *der;

    x.registrationId = dps::registrationIdFromEk(x.ek.key.publicArea);
    x.endorsementKey = dps::endorsementKeyFromEk(x.ek.key.publicArea);
    x.dps = dps::dpsReadiness(x.ek.key.publicArea);
    return x;
}

} // namespace tps::tpm
