#include "core/dps/SlotKeyStore.h"

#include <cstring>

namespace tps::dps {

namespace {
constexpr char kMagic[] = "TPSK";
constexpr unsigned char kVersion = 1;
constexpr unsigned char kPrimary = 1;
constexpr unsigned char kSecondary = 2;
constexpr SlotKeyState kStates[] = {SlotKeyState::Pending, SlotKeyState::Applied, SlotKeyState::Abandoned,
                                    SlotKeyState::Removed};
} // namespace

QString slotKeyStateKey(SlotKeyState state)
{
    switch (state) {
    case SlotKeyState::Pending:
        return QStringLiteral("pending");
    case SlotKeyState::Applied:
        return QStringLiteral("applied");
    case SlotKeyState::Abandoned:
        return QStringLiteral("abandoned");
    case SlotKeyState::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

std::optional<SlotKeyState> slotKeyStateFromKey(const QString& key)
{
    for (SlotKeyState s : kStates)
        if (slotKeyStateKey(s) == key)
            return s;
    return std::nullopt;
}

crypto::SecureBytes packSlotKeys(const SlotKeys& keys)
{
    const bool second = !keys.secondary.empty();
    const std::size_t size = 6 + 2 + keys.primary.size() + (second ? 2 + keys.secondary.size() : 0);
    crypto::SecureBytes out(size);
    unsigned char* p = out.data();
    std::memcpy(p, kMagic, 4);
    p[4] = kVersion;
    p[5] = second ? 2 : 1;
    p += 6;
    const auto put = [&p](unsigned char kind, const crypto::SecureBytes& key) {
        *p++ = kind;
        *p++ = static_cast<unsigned char>(key.size());
        std::memcpy(p, key.data(), key.size());
        p += key.size();
    };
    put(kPrimary, keys.primary);
    if (second)
        put(kSecondary, keys.secondary);
    return out;
}

std::optional<SlotKeys> unpackSlotKeys(const crypto::SecureBytes& payload)
{
    const unsigned char* p = payload.data();
    const std::size_t n = payload.size();
    if (n < 6 || std::memcmp(p, kMagic, 4) != 0 || p[4] != kVersion || p[5] < 1 || p[5] > 2)
        return std::nullopt;
    SlotKeys keys;
    std::size_t at = 6;
    for (int i = 0; i < p[5]; ++i) {
        if (at + 2 > n || at + 2 + p[at + 1] > n || p[at + 1] == 0)
            return std::nullopt;
        const unsigned char kind = p[at];
        crypto::SecureBytes key(p + at + 2, p[at + 1]);
        if (kind == kPrimary && keys.primary.empty())
            keys.primary = std::move(key);
        else if (kind == kSecondary && keys.secondary.empty())
            keys.secondary = std::move(key);
        else
            return std::nullopt;
        at += 2 + p[at + 1];
    }
    if (at != n || keys.primary.empty())
        return std::nullopt;
    return keys;
}

SlotKeyResult<std::optional<SlotKeyRecord>> SlotKeyStore::latest(const QString& serial, SlotKeyState state)
{
    auto history = slotKeyHistory(serial);
    if (!history)
        return fail(history.error());
    for (auto it = history->crbegin(); it != history->crend(); ++it)
        if (it->state == state)
            return std::optional<SlotKeyRecord>(*it);
    return std::optional<SlotKeyRecord>();
}

SlotKeyResult<void> SlotKeyStore::abandonPending(const QString& serial, const QString& reason)
{
    auto history = slotKeyHistory(serial);
    if (!history)
        return fail(history.error());
    for (const SlotKeyRecord& r : std::as_const(*history))
        if (r.state == SlotKeyState::Pending)
            if (auto ok = setSlotKeyState(serial, r.id, SlotKeyState::Abandoned, reason); !ok)
                return ok;
    return {};
}

SlotKeyResult<void> SlotKeyStore::removeAppliedExcept(const QString& serial, const QString& keep,
                                                      const QString& reason)
{
    auto history = slotKeyHistory(serial);
    if (!history)
        return fail(history.error());
    for (const SlotKeyRecord& r : std::as_const(*history))
        if (r.state == SlotKeyState::Applied && r.id != keep)
            if (auto ok = setSlotKeyState(serial, r.id, SlotKeyState::Removed, reason); !ok)
                return ok;
    return {};
}

} // namespace tps::dps
