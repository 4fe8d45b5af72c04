// Windows IoT Core / Limpet TPM slots on the TPM, byte-compatible with Limpet's TpmDevice
// (ms-iot/security, Limpet/Limpet.NET/Limpet.cs; the layout and its constants are in core/dps/LimpetSlot.h,
// the format in docs/FORMATS.md, "Limpet TPM slots"):
//   provision  NV_DefineSpace(owner, 0x01400100+n, AUTHWRITE|AUTHREAD|NO_DA, size = data length),
//              NV_Write(index auth) of "hostName/deviceId"; TPM2_Create under the SRK 0x81000001 of a
//              KEYEDHASH HMAC-SHA256 key whose sensitive data is the device key; Load; EvictControl(owner)
//              to 0x81000100+n; flush. Every authorization is the empty password, as in Limpet.
//   read       NV_Read(index auth) of the whole index; the hardware device ID when no device ID follows '/'.
//   SAS        TPM2_HMAC(SHA-256) with the persisted key (an HMAC sequence above 1024 bytes, as Limpet).
//   destroy    NV_UndefineSpace(owner) and EvictControl(owner) of the key.
// Unlike Limpet, the station checks everything before the first write (input, SRK, empty owner
// authorization, the slot free or replacement asked for), creates and loads the key before it defines the
// index, removes what it wrote when a later command fails, and sends the key to the TPM only inside a
// session salted to the SRK with parameter encryption. The end state is the same bytes.
#pragma once

#include "core/dps/LimpetSlot.h"

#include <QList>
#include <optional>
#include <tss2/tss2_tpm2_types.h>

namespace tps::tpm {

class TpmSession;

using dps::SlotError;
using dps::SlotResult;

// The public template Limpet creates the slot key from (KEYEDHASH, SHA-256, 0x00040440, HMAC-SHA256,
// empty authPolicy, empty unique).
TPM2B_PUBLIC slotKeyTemplate();

// What a slot holds, as the device would read it. Never the key.
struct SlotInfo
{
    int slot = 0;
    bool nvDefined = false;
    bool keyPresent = false;
    TPMA_NV nvAttributes = 0; // as the TPM reports them (TPMA_NV_WRITTEN included)
    quint16 nvSize = 0;
    bool nvReadable = false; // NV_Read with the empty index authorization worked
    QByteArray nvData;       // "hostName/deviceId" (not secret)
    QString hostName;        // Limpet's GetHostName
    QString deviceId;        // Limpet's GetDeviceId (the hardware device ID when none is stored)
    bool hardwareDeviceId = false;
    bool keyMatchesTemplate = false; // the persisted key is a KEYEDHASH HMAC-SHA256 key with 0x00040440

    bool occupied() const { return nvDefined || keyPresent; }
    // Something a device can sign with: the hostname/device ID readable and the key present.
    bool usable() const { return nvReadable && keyPresent && !hostName.isEmpty() && !deviceId.isEmpty(); }
    // Exactly Limpet's layout: the NV attributes (apart from WRITTEN) and the key template.
    bool layoutMatches() const;
};

// All ten slots, in order (two TPM2_GetCapability(HANDLES) to see what exists, then reads of those).
SlotResult<QList<SlotInfo>> listSlots(TpmSession& session);
SlotResult<SlotInfo> readSlot(TpmSession& session, int slot);

// Limpet's GetHardwareDeviceId for `slot` (needs the SRK at 0x81000001).
SlotResult<QString> slotHardwareDeviceId(TpmSession& session, int slot);

// Provisions the slot; refuses (nothing written) bad input, a missing SRK, a set owner authorization and
// an occupied slot unless request.replace (then the slot is destroyed first).
SlotResult<void> provisionSlot(TpmSession& session, const dps::SlotProvisioning& request);

// HMAC-SHA256 of `data` by the slot's persisted key, as Limpet's SignHmac computes it.
SlotResult<QByteArray> slotHmac(TpmSession& session, int slot, const QByteArray& data);

struct SlotSas
{
    int slot = 0;
    QString hostName;
    QString deviceId;
    qint64 expiry = 0;
    QByteArray stringToSign;
    QByteArray signature; // the TPM's HMAC
    QString token;
    QString connectionString;
};
// The SAS token the device computes with Limpet's GetSASToken(validity): se = now + validity.
SlotResult<SlotSas> slotSasToken(TpmSession& session, int slot, qint64 validity = dps::kDefaultSasValidity,
                                 std::optional<qint64> now = std::nullopt);

struct SlotDestroyed
{
    bool nvRemoved = false;
    bool keyRemoved = false;
};
// Undefines the NV index and evicts the key, whichever of them exist; SlotErrc::Empty when neither does.
SlotResult<SlotDestroyed> destroySlot(TpmSession& session, int slot);

} // namespace tps::tpm
