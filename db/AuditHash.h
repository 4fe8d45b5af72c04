// The canonical encoding of an audit event and of a checkpoint, and their SHA-256 (docs/AUDIT.md).
#pragma once

#include <QByteArray>
#include <array>
#include <memory>
#include <string_view>
#include <vector>

typedef struct evp_md_st EVP_MD;
typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace tps::db {

using Digest = std::array<unsigned char, 32>;

// The hashed fields of an event, in canonical order (docs/AUDIT.md).
inline constexpr int kAuditFieldCount = 13;
inline constexpr const char* kAuditFieldNames[kAuditFieldCount] = {
    "uuid",   "time_utc", "station_id", "software_version", "actor_id",  "actor_name", "device_serial",
    "action", "object",   "field",      "old_value",        "new_value", "reason"};

// Reusable hasher: one per thread; fetches SHA-256 once and reuses its buffers.
class AuditHasher
{
public:
    AuditHasher();
    ~AuditHasher();
    AuditHasher(const AuditHasher&) = delete;
    AuditHasher& operator=(const AuditHasher&) = delete;

    // SHA-256( "TPS-AUDIT-V1" || for each field: uint32_be(len) || UTF-8 bytes || prev_hash[32] )
    Digest eventHash(const std::string_view (&fields)[kAuditFieldCount], const unsigned char* prevHash);
    Digest sha256(const void* data, size_t size);

    // The bytes that are hashed (for documentation tests and external verifiers).
    static QByteArray canonicalEvent(const std::string_view (&fields)[kAuditFieldCount],
                                     const QByteArray& prevHash);

private:
    struct MdFree
    {
        void operator()(EVP_MD* md) const;
    };
    struct CtxFree
    {
        void operator()(EVP_MD_CTX* ctx) const;
    };
    std::unique_ptr<EVP_MD, MdFree> m_md;
    std::unique_ptr<EVP_MD_CTX, CtxFree> m_ctx;
    std::vector<unsigned char> m_buffer;
};

QByteArray toByteArray(const Digest& d);
QString sha256Hex(const QByteArray& data);

} // namespace tps::db
