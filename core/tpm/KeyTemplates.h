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

// The EK policy: PolicySecret(TPM_RH_ENDORSEMENT), SHA-256.
inline constexpr BYTE kEkAuthPolicySha256[32] = {
    0x83, 0x71, 0x97, 0x67, 0x44, 0x84, 0xB3, 0xF8, 0x1A, 0x90, 0xCC, 0x8D, 0x46, 0xA5, 0xD7, 0x24,
    0xFD, 0x52, 0xD7, 0x6E, 0x06, 0x52, 0x0B, 0x64, 0xF2, 0xA1, 0xDA, 0x1B, 0x33, 0x14, 0x69, 0xAA};

inline constexpr TPMA_OBJECT kEkLowAttributes = 0x000300B2; // fixedTPM fixedParent sensitiveDataOrigin
                                                            // adminWithPolicy restricted decrypt
inline constexpr TPMA_OBJECT kSrkAttributes = 0x00030472;   // fixedTPM fixedParent sensitiveDataOrigin
                                                            // userWithAuth noDA restricted decrypt

// L-1: RSA-2048, unique = 256 zero bytes.
TPM2B_PUBLIC ekTemplateRsa2048();
// L-2: ECC NIST P-256, unique = 32 + 32 zero bytes.
TPM2B_PUBLIC ekTemplateEccP256();
// SRK: RSA-2048, AES-128-CFB, empty policy, unique = 256 zero bytes.
TPM2B_PUBLIC srkTemplate();

} // namespace tps::tpm
