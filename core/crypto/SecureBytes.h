// A fixed-size buffer for secrets (hierarchy authorization values, operator passwords, escrow payloads):
// move-only, never grows (so no stale copies are left behind by reallocation), wiped with OPENSSL_cleanse
// when it dies. Its pages are locked out of swap (mlock) while it lives, where RLIMIT_MEMLOCK or
// CAP_IPC_LOCK allows: best effort, a refused lock never fails the allocation (the buffer is still wiped).
// Locks are counted per page, so two secrets sharing a page keep it locked until both have died; the
// page is unlocked only after the wipe. This is the one place the station locks secret pages.
// It deliberately has no conversion to QByteArray/QString: whoever needs the secret in another form
// must say so explicitly (toHex() exists only for the owner's recovery tool).
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstring>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <optional>
#include <utility>

namespace tps::crypto {

namespace detail {
// Counted mlock/munlock of the pages [data, data + size) covers (SecureBytes.cpp).
void lockSecretPages(const unsigned char* data, std::size_t size) noexcept;
void unlockSecretPages(const unsigned char* data, std::size_t size) noexcept;
} // namespace detail

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size)
        : m_data(size ? new unsigned char[size]() : nullptr, Wipe{size}), m_size(size)
    {
        detail::lockSecretPages(m_data.get(), size);
    }
    SecureBytes(const unsigned char* data, std::size_t size) : SecureBytes(size)
    {
        if (size)
            std::memcpy(m_data.get(), data, size);
    }
    SecureBytes(SecureBytes&& other) noexcept
        : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0))
    {}
    SecureBytes& operator=(SecureBytes&& other) noexcept
    {
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
        return *this;
    }
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    // `size` bytes from OpenSSL's private DRBG (RAND_priv_bytes); nullopt when the DRBG refuses.
    static std::optional<SecureBytes> random(std::size_t size)
    {
        SecureBytes out(size);
        if (size && RAND_priv_bytes(out.data(), int(size)) != 1)
            return std::nullopt;
        return out;
    }

    SecureBytes clone() const { return SecureBytes(data(), size()); }
    unsigned char* data() { return m_data.get(); }
    const unsigned char* data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    // Constant-time comparison of the contents.
    bool equals(const SecureBytes& other) const
    {
        return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(data(), other.data(), m_size) == 0);
    }
    // Lowercase hex: ONLY for the owner's explicit recovery tool (escrow open).
    QString toHex() const
    {
        static constexpr char digits[] = "0123456789abcdef";
        QString out;
        out.reserve(qsizetype(m_size * 2));
        for (std::size_t i = 0; i < m_size; ++i) {
            out.append(QLatin1Char(digits[m_data[i] >> 4]));
            out.append(QLatin1Char(digits[m_data[i] & 0xf]));
        }
        return out;
    }

private:
    struct Wipe
    {
        std::size_t size = 0;
        void operator()(unsigned char* p) const
        {
            if (!p)
                return;
            OPENSSL_cleanse(p, size);
            detail::unlockSecretPages(p, size);
            delete[] p;
        }
    };
    std::unique_ptr<unsigned char[], Wipe> m_data{nullptr, Wipe{0}};
    std::size_t m_size = 0;
};

// What a person typed (a password, a PIN, a passphrase) as UTF-8 in SecureBytes: the same bytes as
// QString::toUtf8(), whose buffer is wiped on the way. The caller's QString itself is not wiped here: see
// docs/ESCROW.md.
SecureBytes secretFromText(QStringView text);
// How many characters (Unicode code points) UTF-8 `bytes` hold: what a password's minimum length counts.
std::size_t characterCount(const SecureBytes& bytes);

// A read-only, non-owning view of a secret (pointer + size) for the leaf calls that only read it (the
// TPM functions that copy an authorization value into a TPM2B_AUTH). No conversion to QByteArray/QString.
// It must not outlive the SecureBytes it views; default: the empty secret.
class SecretView
{
public:
    constexpr SecretView() = default;
    SecretView(const SecureBytes& secret) : m_data(secret.data()), m_size(secret.size()) {}
    constexpr SecretView(const unsigned char* data, std::size_t size) : m_data(data), m_size(size) {}

    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

private:
    const unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace tps::crypto
