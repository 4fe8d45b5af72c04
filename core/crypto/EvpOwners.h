// RAII owners for OpenSSL 3 objects used by the software side of the attestation rehearsal.
#pragma once

#include <memory>
#include <openssl/core.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/param_build.h>

namespace tps::crypto {

template <typename T, void (*Free)(T*)>
struct EvpDeleter
{
    void operator()(T* p) const { Free(p); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, EvpDeleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, EvpDeleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, EvpDeleter<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>>;
using MacPtr = std::unique_ptr<EVP_MAC, EvpDeleter<EVP_MAC, EVP_MAC_free>>;
using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, EvpDeleter<EVP_MAC_CTX, EVP_MAC_CTX_free>>;
using KdfPtr = std::unique_ptr<EVP_KDF, EvpDeleter<EVP_KDF, EVP_KDF_free>>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, EvpDeleter<EVP_KDF_CTX, EVP_KDF_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, EvpDeleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using MdPtr = std::unique_ptr<EVP_MD, EvpDeleter<EVP_MD, EVP_MD_free>>;
using CipherPtr = std::unique_ptr<EVP_CIPHER, EvpDeleter<EVP_CIPHER, EVP_CIPHER_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, EvpDeleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamsPtr = std::unique_ptr<OSSL_PARAM, EvpDeleter<OSSL_PARAM, OSSL_PARAM_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, EvpDeleter<BIGNUM, BN_free>>;

} // namespace tps::crypto
