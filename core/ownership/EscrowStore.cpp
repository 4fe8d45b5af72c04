#include "core/ownership/EscrowStore.h"

namespace tps::ownership {

QString escrowStateKey(EscrowState s)
{
    switch (s) {
    case EscrowState::Pending:
        return QStringLiteral("pending");
    case EscrowState::Applied:
        return QStringLiteral("applied");
    case EscrowState::Abandoned:
        return QStringLiteral("abandoned");
    case EscrowState::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<EscrowState> escrowStateFromKey(const QString& key)
{
    for (EscrowState s :
         {EscrowState::Pending, EscrowState::Applied, EscrowState::Abandoned, EscrowState::Revoked})
        if (escrowStateKey(s) == key)
            return s;
    return std::nullopt;
}

EscrowResult<std::optional<EscrowRecord>> EscrowStore::latestEscrow(const QString& serial)
{
    auto history = escrowHistory(serial);
    if (!history)
        return fail(history.error());
    if (history->isEmpty())
        return std::optional<EscrowRecord>{};
    return std::optional<EscrowRecord>{history->last()};
}

EscrowResult<void> EscrowStore::revokeAll(const QString& serial)
{
    auto history = escrowHistory(serial);
    if (!history)
        return fail(history.error());
    for (const EscrowRecord& r : std::as_const(*history)) {
        if (r.state != EscrowState::Pending && r.state != EscrowState::Applied)
            continue;
        if (auto done = updateState(serial, r.id, EscrowState::Revoked, r.applied); !done)
            return done;
    }
    return {};
}

} // namespace tps::ownership
