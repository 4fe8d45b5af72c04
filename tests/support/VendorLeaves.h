// The real EK certificates in ../shared/tpm-vendor-certs/leaf and the verdict each deserves at
// kVendorLeavesAt, with the reason: shared by test_vendor_ek_certificates (a roots directory) and
// test_vendor_trust_store (the station's trust store), which must agree.
#pragma once

#include "core/crypto/EkCertificate.h"

#include <QDateTime>

namespace tps::test {

using crypto::CertVerdict;

struct Expected
{
    const char* file;
    CertVerdict verdict;
    const char* manufacturer; // SAN tpmManufacturer decoded; "" when the certificate has no TCG SAN
    const char* key;
    const char* why;
};

// clang-format off
inline const Expected kLeaves[] = {
    {"google-vtpm/gce_uca_rsa_enc.der", CertVerdict::Trusted, "GOOG", "RSA-2048",
     "GCE vTPM encryption EK: empty subject, critical TCG SAN GOOG/vTPM, keyEncipherment, chain through the "
     "2021 tpm_ek_v1 intermediate to Google's cloud host root"},
    {"google-vtpm/gce_uca_ecc_enc.der", CertVerdict::Trusted, "GOOG", "EC P-256",
     "the same for the ECC EK (keyAgreement); recorded, DPS would refuse the ECC key"},
    {"google-vtpm/gce_uca_rsa_sign.der", CertVerdict::NotEndorsementKey, "GOOG", "RSA-2048",
     "valid chain, but keyUsage digitalSignature only: GCE's signing key, not an endorsement (decryption) key"},
    {"google-vtpm/gce_uca_ecc_sign.der", CertVerdict::NotEndorsementKey, "GOOG", "EC P-256",
     "the ECC signing key: likewise"},
    {"google-vtpm/gce_cos85_attestation_pb_signkey.der", CertVerdict::NotEndorsementKey, "GOOG", "RSA-2048",
     "signing key from a COS attestation, under the 2020 intermediate: signing only"},
    {"google-vtpm/gce_pca_rsa_enc.der", CertVerdict::Trusted, "", "RSA-2048",
     "Google's 'EK/AK CA' certificate: a subject, no TCG SAN (nothing to compare), keyEncipherment, chain to "
     "EK/AK CA Root"},
    {"google-vtpm/gce_pca_ecc_enc.der", CertVerdict::Trusted, "", "EC P-256",
     "the same CA for the ECC EK (keyAgreement)"},
    {"google-vtpm/gce_pca_rsa_sign.der", CertVerdict::NotEndorsementKey, "", "RSA-2048",
     "the same CA's signing-key certificate: signing only"},
    {"google-vtpm/gce_pca_ecc_sign.der", CertVerdict::NotEndorsementKey, "", "EC P-256", "likewise"},
    {"intel/intel_ptt_spth_smallstep_ek_test.der", CertVerdict::Trusted, "INTC", "RSA-2048",
     "Intel PTT: RSA EK signed by an ECDSA intermediate (SPTH_EPID_PROD) under Intel's ECDSA root; default "
     "values encoded explicitly, which OpenSSL accepts"},
    {"intel/intel_ptt_glk_cmc_tpm_test.der", CertVerdict::Trusted, "INTC", "EC P-256",
     "Intel PTT ECC EK through the GLK_EPID_PROD intermediate"},
    {"nuvoton/ntc_root2111_guard_sr630.der", CertVerdict::Trusted, "NTC", "RSA-2048",
     "Nuvoton NPCT75x: RSA EK signed directly by the ECDSA Nuvoton TPM Root CA 2111; SAN as one multi-valued RDN"},
    {"nuvoton/ntc_root2111_keylime_tests.der", CertVerdict::Trusted, "NTC", "RSA-2048", "another NPCT75x, same root"},
    {"nuvoton/ntc_root2010_hirs_padded_bytes.der", CertVerdict::Trusted, "NTC", "RSA-2048",
     "Nuvoton NPCT6xx: the RSA key carries the RSAES-OAEP identifier (OpenSSL 3.0 cannot load it) and the "
     "certificate is SHA-1 signed by Nuvoton TPM Root CA 2010 (RSA-2048): the key is read as rsaEncryption, the "
     "signature is checked on the bytes as issued, SHA-1 is accepted for a vendor CA (see EkCertificate.h)"},
    {"nuvoton/ntc_root2010_hirs_padded_bytes.raw", CertVerdict::Trusted, "NTC", "RSA-2048",
     "the same certificate as read from NV, with trailing padding: cut at the DER length, then as above"},
};
// clang-format on

// Verdicts pinned to a date.
inline const QDateTime kVendorLeavesAt(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

} // namespace tps::test
