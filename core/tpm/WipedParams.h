// The one place a TPM structure is filled from a secret (TPM2B_AUTH for an authorization value,
// TPM2B_SENSITIVE_CREATE for a key's sensitive data): the structure lives on the caller's stack inside a
// Wiped<T>, which OPENSSL_cleanses it on every path out of the scope, after ESYS has copied or sent it.
#pragma once

#include "core/crypto/SecureBytes.h"

#include <cstring>
#include <openssl/crypto.h>
#include <tss2/tss2_tpm2_types.h>

namespace tps::tpm {

template <typename T>
class Wiped
{
public:
    Wiped() = default;
    ~Wiped() { OPENSSL_cleanse(&m_value, sizeof m_value); }
    Wiped(const Wiped&) = delete;
    Wiped& operator=(const Wiped&) = delete;

    T* get() { return &m_value; }
    const T* get() const { return &m_value; }
    T* operator->() { return &m_value; }
    T& operator*() { return m_value; }

private:
    T m_value{};
};

// Copies `secret` into a TPM2B (size + buffer: TPM2B_AUTH, TPM2B_SENSITIVE_DATA); false, leaving it
// empty, when it does not fit.
template <typename T2B>
bool fillSecret(T2B& out, crypto::SecretView secret)
{
    out.size = 0;
    if (secret.size() > sizeof out.buffer)
        return false;
    out.size = UINT16(secret.size());
    if (!secret.empty())
        std::memcpy(out.buffer, secret.data(), secret.size());
    return true;
}

using WipedAuth = Wiped<TPM2B_AUTH>;

} // namespace tps::tpm
