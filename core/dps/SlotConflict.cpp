#include "core/dps/SlotConflict.h"

#include "core/dps/LimpetSlot.h"

#include <QCoreApplication>

namespace tps::dps {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SlotConflict)
};

static_assert(slotNvIndex(0) == kSlotNvIndex, "the C# SDK deletes the NV index of Limpet slot 0");
static_assert(slotKeyHandle(0) == kDefaultAuthKeyHandle, "the SDKs' DPS key handle is slot 0's key handle");

QString hex(TPM2_HANDLE h)
{
    return QStringLiteral("0x%1").arg(h, 8, 16, QLatin1Char('0'));
}

bool deletesSlotNv(const DeviceClient& client, int slot)
{
    return slotNvIndex(slot) == kSlotNvIndex && client.sequence().contains(ClientCommand::UndefineSlotNv);
}

} // namespace

Result<void, QString> checkSlotAgainstClient(const DeviceClient& client, int slot)
{
    if (!client.attestsWithTpm() || slot < 0 || slot >= kSlotCount)
        return {};
    const bool keyClash = client.authKeyHandle == slotKeyHandle(slot);
    const bool nvClash = deletesSlotNv(client, slot);
    if (!keyClash && !nvClash)
        return {};
    QString why;
    if (keyClash)
        why = Tr::tr("%1 persists its DPS identity key at %2 and evicts whatever is there first, and %2 is "
                     "where Limpet slot %3 keeps its HMAC key.")
                  .arg(client.displayName(), hex(client.authKeyHandle))
                  .arg(slot);
    if (nvClash)
        why += (why.isEmpty() ? QString() : QStringLiteral(" ")) +
               Tr::tr("%1 deletes the NV index %2 of Limpet slot %3 before it attests.")
                   .arg(client.displayName(), hex(slotNvIndex(slot)))
                   .arg(slot);
    const QString advice = client.kind == DeviceClientKind::AziotIdentityService
                               ? Tr::tr("Use another slot, or a device.authKeyIndex other than %1.")
                                     .arg(client.authKeyHandle - 0x81000000u)
                               : Tr::tr("Use a slot from 1 to 9, or the Azure IoT Identity Service with an "
                                        "authKeyIndex that no slot "
                                        "uses.");
    return fail(
        Tr::tr("Limpet slot %1 cannot be combined with DPS TPM attestation by %2: %3 DPS registration "
               "would destroy the slot's credentials. %4")
            .arg(slot)
            .arg(client.displayName(), why, advice));
}

Result<void, QString> checkSlotsAgainstClient(const DeviceClient& client, const QList<int>& slotNumbers)
{
    for (const int slot : slotNumbers)
        if (auto checked = checkSlotAgainstClient(client, slot); !checked)
            return checked;
    return {};
}

} // namespace tps::dps
