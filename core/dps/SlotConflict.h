// Limpet slots and DPS TPM attestation on one device: the device client (core/dps/DeviceClient) persists
// its DPS identity key at its authKeyHandle — 0x81000100 for the Azure IoT C, C# and Java SDKs, the key
// handle of Limpet slot 0 — evicting whatever is there first, and the C# SDK also deletes NV 0x01400100,
// slot 0's index. A product that wants both must keep its slots away from the client's handles: slot 1..9
// with an SDK client, or aziot-identity-service with an authKeyIndex that no slot uses.
// The profile check calls this when a profile is loaded (docs/FORMATS.md, "Limpet TPM slots").
#pragma once

#include "core/common/Result.h"
#include "core/dps/DeviceClient.h"

#include <QList>
#include <QString>

namespace tps::dps {

// Refuses `slot` (with a translated message that says why) when the client's attestation would destroy
// it; fine for a client that does not attest with the TPM.
Result<void, QString> checkSlotAgainstClient(const DeviceClient& client, int slot);
// The same for every slot a product uses.
Result<void, QString> checkSlotsAgainstClient(const DeviceClient& client, const QList<int>& slotNumbers);

} // namespace tps::dps
