// TCG key templates the station creates keys from (DESIGN §3.2): the low-range EK templates of the TCG EK
// Credential Profile and the SRK template of the TCG Provisioning Guidance. Every constant here decides
// whether a key matches the manufacturer's certificate: change nothing without a test against tpm2-tools.
#pragma once

#include <tss2/tss2_tpm2_types.h>

namespace tps::tpm {

// Persistent handles (TCG Provisioning Guidance).
inline constexpr TPM2_HANDLE kSrkHandle = 0x81000001;
inline constexpr TPM2_HANDLE kEkRsaHandle = 0x81010001;
inline constexpr TPM2_HANDLE kEkEccHandle = 0x81010002;

// EK certificate NV indices (low range), with their nonce and template indices.
inline constexpr TPM2_HANDLE kEkCertRsaIndex = 0x01C00002;
inline constexpr TPM2_HANDLE kEkNonceRsaIndex = 0x01C00003;
inline constexpr TPM2_HANDLE kEkTemplateRsaIndex = 0x01C00004;
inline constexpr TPM2_HANDLE kEkCertEccIndex = 0x01C0000A;
inline constexpr TPM2_HANDLE kEkNonceEccIndex = 0x01C0000B;
inline constexpr TPM2_HANDLE kEkTemplateEccIndex = 0x01C0000C;
// EK certificate NV indices (high range, TCG EK Credential Profile 2.x): H-1 RSA-2048, H-3 ECC P-384.
inline constexpr TPM2_HANDLE kEkCertH1Index = 0x01C00012;
inline constexpr TPM2_HANDLE kEkCertH3Index = 0x01C00016;
// Where swtpm_setup persists its ECC P-384 (H-3) EK; the high-range handle follows the certificate index.
inline constexpr TPM2_HANDLE kEkH3Handle = 0x81010016;

// The EK policy: PolicySecret(TPM_RH_ENDORSEMENT), SHA-256.
inline constexpr BYTE kEkAuthPolicySha256[32] = {
    0x83, 0x71, 0x97, 0x67, 0x44, 0x84, 0xB3, 0xF8, 0x1A, 0x90, 0xCC, 0x8D, 0x46, 0xA5, 0xD7, 0x24,
    0xFD, 0x52, 0xD7, 0x6E, 0x06, 0x52, 0x0B, 0x64, 0xF2, 0xA1, 0xDA, 0x1B, 0x33, 0x14, 0x69, 0xAA};

// PolicyB = PolicyOR(PolicySecret(TPM_RH_ENDORSEMENT), PolicyAuthorizeNV(0x01C07F0x)) for the
// high-range templates (TCG EK Credential Profile 2.x, Annex B.6): SHA-256 and SHA-384 variants.
inline constexpr BYTE kEkPolicyBSha256[32] = {
    0xCA, 0x3D, 0x0A, 0x99, 0xA2, 0xB9, 0x39, 0x06, 0xF7, 0xA3, 0x34, 0x24, 0x14, 0xEF, 0xCF, 0xB3,
    0xA3, 0x85, 0xD4, 0x4C, 0xD1, 0xFD, 0x45, 0x90, 0x89, 0xD1, 0x9B, 0x50, 0x71, 0xC0, 0xB7, 0xA0};
inline constexpr BYTE kEkPolicyBSha384[48] = {
    0xB2, 0x6E, 0x7D, 0x28, 0xD1, 0x1A, 0x50, 0xBC, 0x53, 0xD8, 0x82, 0xBC, 0xF5, 0xFD, 0x3A, 0x1A,
    0x07, 0x41, 0x48, 0xBB, 0x35, 0xD3, 0xB4, 0xE4, 0xCB, 0x1C, 0x0A, 0xD9, 0xBD, 0xE4, 0x19, 0xCA,
    0xCB, 0x47, 0xBA, 0x09, 0x69, 0x96, 0x46, 0x15, 0x0F, 0x9F, 0xC0, 0x00, 0xF3, 0xF8, 0x0E, 0x12};

inline constexpr TPMA_OBJECT kEkLowAttributes = 0x000300B2;  // fixedTPM fixedParent sensitiveDataOrigin
                                                             // adminWithPolicy restricted decrypt
inline constexpr TPMA_OBJECT kEkHighAttributes = 0x000300F2; // the low-range set plus userWithAuth
inline constexpr TPMA_OBJECT kSrkAttributes = 0x00030472;    // fixedTPM fixedParent sensitiveDataOrigin
                                                             // userWithAuth noDA restricted decrypt

// L-1: RSA-2048, unique = 256 zero bytes.
TPM2B_PUBLIC ekTemplateRsa2048();
// L-2: ECC NIST P-256, unique = 32 + 32 zero bytes.
TPM2B_PUBLIC ekTemplateEccP256();
// H-1: RSA-2048, SHA-256, PolicyB (SHA-256), AES-128-CFB, empty unique.
TPM2B_PUBLIC ekTemplateH1Rsa2048();
// H-3: ECC NIST P-384, SHA-384, PolicyB (SHA-384), AES-256-CFB, empty unique.
TPM2B_PUBLIC ekTemplateH3EccP384();
// SRK: RSA-2048, AES-128-CFB, empty policy, unique = 256 zero bytes.
TPM2B_PUBLIC srkTemplate();

} // namespace tps::tpm
