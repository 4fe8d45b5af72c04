// The owner-authorization hand-off between steps (docs/OWNERSHIP.md, "Owner authorization after step 3").
//
// Step 3 sets a fresh owner authorization and escrows it to the device owner; the station cannot open
// that escrow. Steps 4 (settings NV index) and 5 (the QA key at 0x81000100) need the owner authorization
// in the same run, so the ownership step deposits the value it just applied here and the later steps
// read it. The vault lives only in process memory: the values are SecureBytes (wiped when dropped), never
// persisted, logged or exported. A device's value is forgotten when its QA check passes, when its run ends
// however it ends (the engines of services::StationSession::createEngine), when a new value replaces it,
// and at process exit. A later process (resume after a crash) finds the vault empty.
#pragma once

#include "core/crypto/SecureBytes.h"

#include <QString>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace tps::ownership {

class OwnerAuthVault
{
public:
    OwnerAuthVault() = default;
    OwnerAuthVault(const OwnerAuthVault&) = delete;
    OwnerAuthVault& operator=(const OwnerAuthVault&) = delete;
    ~OwnerAuthVault() { clear(); }

    // Keeps `ownerAuth` for `serial`, replacing (and wiping) an earlier value.
    void deposit(const QString& serial, crypto::SecureBytes ownerAuth);
    // A copy of the value for `serial`, nullopt when this process does not hold one.
    std::optional<crypto::SecureBytes> get(const QString& serial) const;
    bool contains(const QString& serial) const;
    // Wipes the value for `serial` (no-op when absent).
    void forget(const QString& serial);
    void clear();
    std::size_t size() const;

    // The one vault of this process (what StationRegistry's createAll() wires into the stations).
    static std::shared_ptr<OwnerAuthVault> processVault();

private:
    mutable std::mutex m_mutex;
    std::map<QString, crypto::SecureBytes> m_values;
};

} // namespace tps::ownership
