#include "core/ownership/OwnerAuthVault.h"

namespace tps::ownership {

// The values' pages are locked out of swap and wiped (then unlocked) by SecureBytes itself when they die:
// a replaced value when it is assigned over, a forgotten one when it is erased.
void OwnerAuthVault::deposit(const QString& serial, crypto::SecureBytes ownerAuth)
{
    std::lock_guard lock(m_mutex);
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
    m_values.erase(serial);
}

void OwnerAuthVault::clear()
{
    std::lock_guard lock(m_mutex);
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
