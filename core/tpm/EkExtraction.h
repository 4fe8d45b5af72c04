// Step 2's work on one TPM, shared by the station and `tpm-station-cli ek show`: the template EK, the
// persisted EK compared with it, the certificate read from NV and judged, and the DPS identity.
#pragma once

#include "core/crypto/EkCertificate.h"
#include "core/dps/RegistrationId.h"
#include "core/tpm/EndorsementKey.h"

#include <optional>

namespace tps::tpm {

struct EkExtractionOptions
{
    EkTemplateId templateId = EkTemplateId::L1Rsa2048;
    crypto::CertTrust trust; // trust.tpmManufacturer empty: read from the TPM (TPM_PT_MANUFACTURER)
    quint32 nvChunk = 0;     // TPM_PT_NV_BUFFER_MAX; 0: ask the TPM
    // Reuse the persisted EK instead of regenerating it (DESIGN §3.6: RSA key generation takes seconds on
    // real TPMs) when it was made from the same template (everything but unique equal) AND its key is the
    // key the certificate certifies, and no EK nonce is in use. Otherwise the EK is created from the
    // template and compared.
    bool reusePersisted = true;
};

struct EkExtraction
{
    EkProfile profile;
    CreatedEk ek;                            // the template (certificate-matching) EK
    bool reusedPersisted = false;            // ek is the persisted EK (see reusePersisted), not regenerated
    std::optional<bool> persistedMatches;    // nullopt: nothing persisted at profile.persistentHandle
    std::optional<QByteArray> certIndexData; // raw NV content; nullopt: no certificate index
    QByteArray certDer;                      // trimmed DER (empty when none or malformed)
    crypto::CertCheck cert;
    QString registrationId;
    QString endorsementKey;
    dps::DpsReadiness dps;
};

TpmResult<EkExtraction> extractEk(TpmSession& session, const EkExtractionOptions& options);

} // namespace tps::tpm
