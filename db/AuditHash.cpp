#include "db/AuditHash.h"

#include <QCryptographicHash>
#include <QString>
#include <cstring>
#include <openssl/evp.h>

namespace tps::db {

namespace {
constexpr std::string_view kDomain = "TPS-AUDIT-V1";

// Writes the canonical encoding into `out` (sized by the caller) and returns the bytes written.
size_t encode(unsigned char* out, const std::string_view (&fields)[kAuditFieldCount],
              const unsigned char* prevHash)
{
    unsigned char* p = out;
    std::memcpy(p, kDomain.data(), kDomain.size());
    p += kDomain.size();
    for (std::string_view f : fields) {
        const auto n = static_cast<quint32>(f.size());
        p[0] = static_cast<unsigned char>(n >> 24);
        p[1] = static_cast<unsigned char>(n >> 16);
        p[2] = static_cast<unsigned char>(n >> 8);
        p[3] = static_cast<unsigned char>(n);
        p += 4;
        if (n)
            std::memcpy(p, f.data(), n);
        p += n;
    }
    std::memcpy(p, prevHash, 32);
    p += 32;
    return static_cast<size_t>(p - out);
}

size_t encodedSize(const std::string_view (&fields)[kAuditFieldCount])
{
    size_t n = kDomain.size() + 32 + 4 * kAuditFieldCount;
    for (std::string_view f : fields)
        n += f.size();
    return n;
}
} // namespace

void AuditHasher::MdFree::operator()(EVP_MD* md) const
{
    EVP_MD_free(md);
}

void AuditHasher::CtxFree::operator()(EVP_MD_CTX* ctx) const
{
    EVP_MD_CTX_free(ctx);
}

AuditHasher::AuditHasher() : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_ctx(EVP_MD_CTX_new())
{
    m_buffer.resize(4096);
}

AuditHasher::~AuditHasher() = default;

Digest AuditHasher::sha256(const void* data, size_t size)
{
    Digest out{};
    unsigned int len = 0;
    EVP_DigestInit_ex2(m_ctx.get(), m_md.get(), nullptr);
    EVP_DigestUpdate(m_ctx.get(), data, size);
    EVP_DigestFinal_ex(m_ctx.get(), out.data(), &len);
    return out;
}

Digest AuditHasher::eventHash(const std::string_view (&fields)[kAuditFieldCount],
                              const unsigned char* prevHash)
{
    const size_t size = encodedSize(fields);
    if (m_buffer.size() < size)
        m_buffer.resize(size * 2);
    const size_t n = encode(m_buffer.data(), fields, prevHash);
    return sha256(m_buffer.data(), n);
}

QByteArray AuditHasher::canonicalEvent(const std::string_view (&fields)[kAuditFieldCount],
                                       const QByteArray& prevHash)
{
    QByteArray out(static_cast<qsizetype>(encodedSize(fields)), Qt::Uninitialized);
    const QByteArray prev = prevHash.size() == 32 ? prevHash : QByteArray(32, '\0');
    encode(reinterpret_cast<unsigned char*>(out.data()), fields,
           reinterpret_cast<const unsigned char*>(prev.constData()));
    return out;
}

QByteArray toByteArray(const Digest& d)
{
    return QByteArray(reinterpret_cast<const char*>(d.data()), static_cast<qsizetype>(d.size()));
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace tps::db
