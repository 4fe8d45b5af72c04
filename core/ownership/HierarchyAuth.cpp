#include "core/ownership/HierarchyAuth.h"

#include <cstring>

namespace tps::ownership {

namespace {
constexpr unsigned char kMagic[4] = {'T', 'P', 'S', 'E'};
constexpr unsigned char kVersion = 1;
} // namespace

QString hierarchyKey(Hierarchy h)
{
    switch (h) {
    case Hierarchy::Owner:
        return QStringLiteral("owner");
    case Hierarchy::Endorsement:
        return QStringLiteral("endorsement");
    case Hierarchy::Lockout:
        return QStringLiteral("lockout");
    }
    return {};
}

std::optional<Hierarchy> hierarchyFromKey(const QString& key)
{
    for (Hierarchy h : kChangeOrder)
        if (hierarchyKey(h) == key)
            return h;
    return std::nullopt;
}

QStringList hierarchyKeys(const QList<Hierarchy>& list)
{
    QStringList out;
    for (Hierarchy h : list)
        out << hierarchyKey(h);
    return out;
}

QList<Hierarchy> hierarchiesFromKeys(const QStringList& keys)
{
    QList<Hierarchy> out;
    for (const QString& k : keys)
        if (auto h = hierarchyFromKey(k); h && !out.contains(*h))
            out << *h;
    return out;
}

ESYS_TR esysHandle(Hierarchy h)
{
    switch (h) {
    case Hierarchy::Owner:
        return ESYS_TR_RH_OWNER;
    case Hierarchy::Endorsement:
        return ESYS_TR_RH_ENDORSEMENT;
    case Hierarchy::Lockout:
        return ESYS_TR_RH_LOCKOUT;
    }
    return ESYS_TR_NONE;
}

std::optional<HierarchySecrets> HierarchySecrets::generate(const QList<Hierarchy>& hierarchies)
{
    HierarchySecrets out;
    for (Hierarchy h : kChangeOrder) {
        if (!hierarchies.contains(h))
            continue;
        auto value = crypto::SecureBytes::random(kAuthSize);
        if (!value)
            return std::nullopt;
        out.m_values.emplace_back(h, std::move(*value));
    }
    return out;
}

crypto::SecureBytes HierarchySecrets::encode() const
{
    std::size_t size = sizeof kMagic + 2;
    for (const auto& [h, v] : m_values)
        size += 2 + v.size();
    crypto::SecureBytes out(size);
    unsigned char* p = out.data();
    std::memcpy(p, kMagic, sizeof kMagic);
    p += sizeof kMagic;
    *p++ = kVersion;
    *p++ = static_cast<unsigned char>(m_values.size());
    for (const auto& [h, v] : m_values) {
        *p++ = static_cast<unsigned char>(h);
        *p++ = static_cast<unsigned char>(v.size());
        std::memcpy(p, v.data(), v.size());
        p += v.size();
    }
    return out;
}

Result<HierarchySecrets, QString> HierarchySecrets::decode(const crypto::SecureBytes& payload)
{
    const unsigned char* p = payload.data();
    const unsigned char* end = p + payload.size();
    if (payload.size() < sizeof kMagic + 2 || std::memcmp(p, kMagic, sizeof kMagic) != 0)
        return fail(QStringLiteral("not a station escrow payload (bad magic)"));
    p += sizeof kMagic;
    if (*p++ != kVersion)
        return fail(QStringLiteral("unsupported escrow payload version %1").arg(int(p[-1])));
    const int count = *p++;
    HierarchySecrets out;
    for (int i = 0; i < count; ++i) {
        if (end - p < 2)
            return fail(QStringLiteral("truncated escrow payload"));
        const int tag = *p++;
        const std::size_t len = *p++;
        if (tag < 1 || tag > 3)
            return fail(QStringLiteral("unknown hierarchy tag %1").arg(tag));
        if (std::size_t(end - p) < len || len > 64)
            return fail(QStringLiteral("truncated escrow payload"));
        const auto h = static_cast<Hierarchy>(tag);
        if (out.value(h))
            return fail(QStringLiteral("hierarchy %1 twice in the escrow payload").arg(hierarchyKey(h)));
        out.m_values.emplace_back(h, crypto::SecureBytes(p, len));
        p += len;
    }
    if (p != end)
        return fail(QStringLiteral("trailing bytes after the escrow payload"));
    return out;
}

QList<Hierarchy> HierarchySecrets::hierarchies() const
{
    QList<Hierarchy> out;
    for (const auto& [h, v] : m_values)
        out << h;
    return out;
}

const crypto::SecureBytes* HierarchySecrets::value(Hierarchy h) const
{
    for (const auto& [k, v] : m_values)
        if (k == h)
            return &v;
    return nullptr;
}

} // namespace tps::ownership
