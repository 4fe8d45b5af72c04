#include "core/ownership/OwnerAuthVault.h"

#include "core/crypto/ProcessHardening.h"

#include <openssl/crypto.h>

namespace tps::ownership {

namespace {
// Wipes a value the vault drops, then lets its pages be swapped again (wiped first: no window in which the
// secret is unlocked). Best effort like the lock: a page shared with another locked value is unlocked too.
void release(crypto::SecureBytes& value)
{
    if (value.empty())
        return;
    OPENSSL_cleanse(value.data(), value.size());
    crypto::unlockSecretPages(value.data(), value.size());
}
} // namespace

void OwnerAuthVault::deposit(const QString& serial, crypto::SecureBytes ownerAuth)
{
    // Out of swap while it is held, where RLIMIT_MEMLOCK (or CAP_IPC_LOCK) allows; refused: still wiped.
    crypto::lockSecretPages(ownerAuth.data(), ownerAuth.size());
    std::lock_guard lock(m_mutex);
    if (const auto it = m_values.find(serial); it != m_values.end())
        release(it->second);
    m_values.insert_or_assign(serial, std::move(ownerAuth));
}

std::optional<crypto::SecureBytes> OwnerAuthVault::get(const QString& serial) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_values.find(serial);
    if (it == m_values.end())
        return std::nullopt;
    return it->second.clone();
}

bool OwnerAuthVault::contains(const QString& serial) const
{
    std::lock_guard lock(m_mutex);
    return m_values.count(serial) != 0;
}

void OwnerAuthVault::forget(const QString& serial)
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_values.find(serial); it != m_values.end()) {
        release(it->second);
        m_values.erase(it);
    }
}

void OwnerAuthVault::clear()
{
    std::lock_guard lock(m_mutex);
    for (auto& entry : m_values)
        release(entry.second);
    m_values.clear();
}

std::size_t OwnerAuthVault::size() const
{
    std::lock_guard lock(m_mutex);
    return m_values.size();
}

std::shared_ptr<OwnerAuthVault> OwnerAuthVault::processVault()
{
    // Destroyed (and wiped) at process exit.
    static const std::shared_ptr<OwnerAuthVault> vault = std::make_shared<OwnerAuthVault>();
    return vault;
}

} // namespace tps::ownership
