// The steps this build of the station implements, in timeline order.
#pragma once

#include "core/dps/SlotKeyStore.h"
#include "core/ownership/EscrowStore.h"
#include "core/ownership/OwnerAuthVault.h"
#include "core/timeline/FactoryEkRegistry.h"
#include "core/timeline/Station.h"
#include "stations/FirmwareFlashedStation.h"
#include "stations/QaCheckStation.h"

#include <memory>
#include <vector>

namespace tps::stations {

// One instance of every implemented step, ordered by StepId. Steps 3, 4 and 5 share the process's
// OwnerAuthVault (the owner authorization set by step 3, in memory only; docs/OWNERSHIP.md).
std::vector<std::unique_ptr<timeline::Station>> createAll();
std::vector<std::unique_ptr<timeline::Station>> createAll(std::shared_ptr<ownership::OwnerAuthVault> vault);
// With the escrow store step 3 writes to (the station database's when the engine works with one); the
// overloads above use the file store at FileEscrowStore::defaultDirectory().
std::vector<std::unique_ptr<timeline::Station>> createAll(std::shared_ptr<ownership::OwnerAuthVault> vault,
                                                          std::shared_ptr<ownership::EscrowStore> escrow);
// And the store steps 4 and 5 keep the keys of the slot credential modes in (stations/SlotCredentials.h);
// without one (the overloads above) a profile in such a mode fails at step 4. `factoryEks`: step 2's
// factory-wide duplicate-EK check (EkExtractedStation), none when the station has no factory database.
// `releases`: the station session's verified firmware releases (step 4 verifies a release's signature
// once per release digest); none: a cache of this set of stations only.
std::vector<std::unique_ptr<timeline::Station>>
createAll(std::shared_ptr<ownership::OwnerAuthVault> vault, std::shared_ptr<ownership::EscrowStore> escrow,
          std::shared_ptr<dps::SlotKeyStore> slotKeys,
          std::shared_ptr<timeline::FactoryEkRegistry> factoryEks = nullptr,
          std::shared_ptr<firmware::ReleaseCache> releases = nullptr);

// Step 4's source: the vault's value for the device; the empty value when the TPM's owner authorization
// is not set; otherwise a translated refusal (the value is not available in this process: rework).
FirmwareFlashedStation::OwnerAuthSource firmwareOwnerAuth(std::shared_ptr<ownership::OwnerAuthVault> vault);
// Step 5's source: the vault's value, or nullopt (the QA key is then used without being persisted).
QaCheckStation::OwnerAuthSource qaOwnerAuth(std::shared_ptr<ownership::OwnerAuthVault> vault);

} // namespace tps::stations
