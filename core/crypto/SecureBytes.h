// A fixed-size buffer for secrets (hierarchy authorization values, escrow payloads): move-only, never
// grows (so no stale copies are left behind by reallocation), wiped with OPENSSL_cleanse when it dies.
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

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size)
        : m_data(size ? new unsigned char[size]() : nullptr, Wipe{size}), m_size(size)
    {}
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
            if (p)
                OPENSSL_cleanse(p, size);
            delete[] p;
        }
    };
    std::unique_ptr<unsigned char[], Wipe> m_data{nullptr, Wipe{0}};
    std::size_t m_size = 0;
};

} // namespace tps::crypto
