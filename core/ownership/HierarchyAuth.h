// The hierarchies whose authorization the ownership step sets, and the per-device secrets for them.
// The escrow payload (what is encrypted to the owner) is documented in docs/ESCROW.md.
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QList>
#include <QString>
#include <optional>
#include <tss2/tss2_esys.h>
#include <utility>
#include <vector>

namespace tps::ownership {

// Values are stored in the escrow payload: never renumber.
enum class Hierarchy : unsigned char { Owner = 1, Endorsement = 2, Lockout = 3 };
// The order the step changes them in: lockout last, so that while any other change is pending the
// lockout authorization is still known to be empty (see docs/OWNERSHIP.md).
inline constexpr Hierarchy kChangeOrder[] = {Hierarchy::Owner, Hierarchy::Endorsement, Hierarchy::Lockout};

QString hierarchyKey(Hierarchy h); // "owner", "endorsement", "lockout"
std::optional<Hierarchy> hierarchyFromKey(const QString& key);
QStringList hierarchyKeys(const QList<Hierarchy>& list);
QList<Hierarchy> hierarchiesFromKeys(const QStringList& keys); // unknown keys are dropped
ESYS_TR esysHandle(Hierarchy h);

inline constexpr std::size_t kAuthSize = 32; // SHA-256 digest size: the largest a SHA-256 TPM honours

// One authorization value per hierarchy.
class HierarchySecrets
{
public:
    // Fresh values from the DRBG (RAND_priv_bytes); nullopt when it refuses.
    static std::optional<HierarchySecrets> generate(const QList<Hierarchy>& hierarchies);
    // The escrow payload <-> secrets. decode() refuses anything malformed with an English reason.
    crypto::SecureBytes encode() const;
    static Result<HierarchySecrets, QString> decode(const crypto::SecureBytes& payload);

    QList<Hierarchy> hierarchies() const;
    const crypto::SecureBytes* value(Hierarchy h) const;

private:
    std::vector<std::pair<Hierarchy, crypto::SecureBytes>> m_values;
};

} // namespace tps::ownership
