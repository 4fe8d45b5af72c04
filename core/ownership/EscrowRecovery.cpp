#include "core/ownership/EscrowRecovery.h"

#include <QCoreApplication>

namespace tps::ownership {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EscrowRecovery)
};
} // namespace

Result<std::vector<RecoveredAuth>, QString> recoverAuthorizations(EscrowStore& store, const QString& serial,
                                                                  const crypto::EscrowPrivateKey& key)
{
    auto history = store.escrowHistory(serial);
    if (!history)
        return fail(history.error().message);
    if (history->isEmpty())
        return fail(Tr::tr("No escrow record for serial %1.").arg(serial));
    std::vector<RecoveredAuth> out;
    for (Hierarchy h : kChangeOrder) {
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            const EscrowRecord& r = *it;
            const bool covers = (r.state == EscrowState::Applied && r.applied.contains(h)) ||
                                (r.state == EscrowState::Pending && r.hierarchies.contains(h));
            if (!covers)
                continue;
            auto payload = crypto::cmsDecrypt(r.cms, key);
            if (!payload)
                return fail(Tr::tr("Escrow record %1: %2").arg(r.id, payload.error().message));
            auto secrets = HierarchySecrets::decode(*payload);
            if (!secrets)
                // With RSA, a wrong key "opens" to random bytes (OpenSSL's defence against padding oracles).
                return fail(
                    Tr::tr("Escrow record %1 does not open with this key (wrong owner key, or a damaged "
                           "record: %2).")
                        .arg(r.id, secrets.error()));
            const crypto::SecureBytes* value = secrets->value(h);
            if (!value)
                return fail(
                    Tr::tr("Escrow record %1 lacks the %2 value it claims.").arg(r.id, hierarchyKey(h)));
            out.push_back(RecoveredAuth{h, value->clone(), r.id, r.state});
            break;
        }
    }
    if (out.empty())
        return fail(Tr::tr("No escrow record of serial %1 holds a value in use (all abandoned or revoked).")
                        .arg(serial));
    return out;
}

} // namespace tps::ownership
