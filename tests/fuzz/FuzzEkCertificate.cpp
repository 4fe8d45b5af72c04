// EK certificate trimming from NV data (core/crypto/EkCertificate): the NV index content comes from the
// TPM. What trimming returns lies inside the input; verification of a trimmed candidate against an EK
// public (also from the TPM) never crashes, whatever the bytes.
#include "FuzzSupport.h"

#include "core/crypto/EkCertificate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray nv = tps::fuzz::bytes(data, size);
    const std::optional<QByteArray> der = tps::crypto::trimCertificateDer(nv);
    if (!der)
        return 0;
    tps::fuzz::require(!der->isEmpty() && der->size() <= nv.size(),
                       "the certificate lies inside the NV data");
    tps::fuzz::require(nv.contains(*der), "the trimmed certificate is a slice of the NV data");
    tps::fuzz::require(tps::crypto::trimCertificateDer(*der) == der, "trimming is idempotent");
    // The verdict on whatever was found (no trust directories: it can only be refused, never crash).
    const tps::crypto::CertTrust trust;
    (void)tps::crypto::verifyEkCertificate(*der, nv.left(400), trust);
    return 0;
}
