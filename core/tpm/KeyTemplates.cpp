#include "core/tpm/KeyTemplates.h"

#include <cstring>

namespace tps::tpm {

namespace {

TPM2B_PUBLIC rsaStorageTemplate(TPMA_OBJECT attributes)
{
    TPM2B_PUBLIC t{};
    t.publicArea.type = TPM2_ALG_RSA;
    t.publicArea.nameAlg = TPM2_ALG_SHA256;
    t.publicArea.objectAttributes = attributes;
    TPMS_RSA_PARMS& rsa = t.publicArea.parameters.rsaDetail;
    rsa.symmetric.algorithm = TPM2_ALG_AES;
    rsa.symmetric.keyBits.aes = 128;
    rsa.symmetric.mode.aes = TPM2_ALG_CFB;
    rsa.scheme.scheme = TPM2_ALG_NULL;
    rsa.keyBits = 2048;
    rsa.exponent = 0;
    t.publicArea.unique.rsa.size = 256; // 256 zero bytes, not an empty buffer
    return t;
}

} // namespace

TPM2B_PUBLIC ekTemplateRsa2048()
{
    TPM2B_PUBLIC t = rsaStorageTemplate(kEkLowAttributes);
    t.publicArea.authPolicy.size = sizeof kEkAuthPolicySha256;
    std::memcpy(t.publicArea.authPolicy.buffer, kEkAuthPolicySha256, sizeof kEkAuthPolicySha256);
    return t;
}

TPM2B_PUBLIC ekTemplateEccP256()
{
    TPM2B_PUBLIC t{};
    t.publicArea.type = TPM2_ALG_ECC;
    t.publicArea.nameAlg = TPM2_ALG_SHA256;
    t.publicArea.objectAttributes = kEkLowAttributes;
    t.publicArea.authPolicy.size = sizeof kEkAuthPolicySha256;
    std::memcpy(t.publicArea.authPolicy.buffer, kEkAuthPolicySha256, sizeof kEkAuthPolicySha256);
    TPMS_ECC_PARMS& ecc = t.publicArea.parameters.eccDetail;
    ecc.symmetric.algorithm = TPM2_ALG_AES;
    ecc.symmetric.keyBits.aes = 128;
    ecc.symmetric.mode.aes = TPM2_ALG_CFB;
    ecc.scheme.scheme = TPM2_ALG_NULL;
    ecc.curveID = TPM2_ECC_NIST_P256;
    ecc.kdf.scheme = TPM2_ALG_NULL;
    t.publicArea.unique.ecc.x.size = 32;
    t.publicArea.unique.ecc.y.size = 32;
    return t;
}

TPM2B_PUBLIC ekTemplateH1Rsa2048()
{
    TPM2B_PUBLIC t = rsaStorageTemplate(kEkHighAttributes);
    t.publicArea.authPolicy.size = sizeof kEkPolicyBSha256;
    std::memcpy(t.publicArea.authPolicy.buffer, kEkPolicyBSha256, sizeof kEkPolicyBSha256);
    t.publicArea.unique.rsa.size = 0; // high range: empty unique
    return t;
}

TPM2B_PUBLIC ekTemplateH3EccP384()
{
    TPM2B_PUBLIC t{};
    t.publicArea.type = TPM2_ALG_ECC;
    t.publicArea.nameAlg = TPM2_ALG_SHA384;
    t.publicArea.objectAttributes = kEkHighAttributes;
    t.publicArea.authPolicy.size = sizeof kEkPolicyBSha384;
    std::memcpy(t.publicArea.authPolicy.buffer, kEkPolicyBSha384, sizeof kEkPolicyBSha384);
    TPMS_ECC_PARMS& ecc = t.publicArea.parameters.eccDetail;
    ecc.symmetric.algorithm = TPM2_ALG_AES;
    ecc.symmetric.keyBits.aes = 256;
    ecc.symmetric.mode.aes = TPM2_ALG_CFB;
    ecc.scheme.scheme = TPM2_ALG_NULL;
    ecc.curveID = TPM2_ECC_NIST_P384;
    ecc.kdf.scheme = TPM2_ALG_NULL;
    return t; // unique.ecc.x and .y stay empty
}

TPM2B_PUBLIC srkTemplate()
{
    return rsaStorageTemplate(kSrkAttributes);
}

} // namespace tps::tpm
