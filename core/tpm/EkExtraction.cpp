#include "tpm/EkExtraction.h"

#include "tpm/NvRead.h"

namespace tps::tpm {

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
    auto ek = createEk(session, options.templateId, chunk);
    if (!ek)
        return fail(ek.error());
    x.ek = *ek;

    auto persisted = persistedEkMatches(session, options.templateId, x.ek.key.publicArea);
    if (!persisted)
        return fail(persisted.error());
    x.persistedMatches = *persisted;

    auto cert = readEkCertificateIndex(session, options.templateId, chunk);
    if (!cert)
        return fail(cert.error());
    x.certIndexData = *cert;
    if (!x.certIndexData) {
        x.cert = crypto::verifyEkCertificate({}, x.ek.key.publicArea, options.trust);
    } else if (auto der = crypto::trimCertificateDer(*x.certIndexData)) {
        x.cert = crypto::verifyEkCertificate(*der, x.ek.key.publicArea, options.trust);
        if (x.cert.verdict != crypto::CertVerdict::Malformed)
            x.certDer = *der;
    } else {
        x.cert.verdict = crypto::CertVerdict::Malformed;
        x.cert.detail = QStringLiteral("NV index 0x%1 (%2 bytes) holds no DER certificate")
                            .arg(x.profile.certIndex, 8, 16, QLatin1Char('0'))
                            .arg(x.certIndexData->size());
    }

    x.registrationId = dps::registrationIdFromEk(x.ek.key.publicArea);
    x.endorsementKey = dps::endorsementKeyFromEk(x.ek.key.publicArea);
    x.dps = dps::dpsReadiness(x.ek.key.publicArea);
    return x;
}

} // namespace tps::tpm
