// Where the keys a station puts into Limpet slots are kept between the steps of a run and until the
// cloud engineer's export: only encrypted (CMS EnvelopedData; the database implementation is
// db/SqliteSlotKeyStore), never in clear in the database, its WAL, logs, screens or exports. A record is
// written ahead of the slot (pending) and marked applied once the TPM holds its key, so a crash between
// the two leaves a pending record that resume abandons (docs/FORMATS.md, "Credential modes").
//
// The DPS group-enrollment key of a product (dps-symmetric-group) is kept the same way: imported once by
// a supervisor, never shown again.
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace tps::dps {

enum class SlotKeyState {
    Pending,   // written ahead: the slot may or may not hold these keys
    Applied,   // the slot holds the primary key
    Abandoned, // superseded before it was applied (a crash, a re-run of the step)
    Removed,   // the slot was destroyed since ("Remove keys", rework)
};
QString slotKeyStateKey(SlotKeyState state); // "pending", "applied", "abandoned", "removed"
std::optional<SlotKeyState> slotKeyStateFromKey(const QString& key);

// What is known about a device's slot keys without opening them.
struct SlotKeyRecord
{
    QString id; // UUID minted by the store
    QString serial;
    QString deviceUuid;
    QString product;
    QString mode; // the credential mode ("iothub-symmetric-slot", "dps-symmetric-group")
    int slot = 0;
    QString hostName;
    QString deviceId;
    SlotKeyState state = SlotKeyState::Pending;
    QDateTime createdUtc;
};

// The device's keys (decoded bytes). The secondary is empty for dps-symmetric-group.
struct SlotKeys
{
    crypto::SecureBytes primary;
    crypto::SecureBytes secondary;
};

// The plaintext inside the envelope: "TPSK" | 0x01 | count | count x (kind (1 primary, 2 secondary) |
// length (1 byte) | bytes).
crypto::SecureBytes packSlotKeys(const SlotKeys& keys);
std::optional<SlotKeys> unpackSlotKeys(const crypto::SecureBytes& payload);

struct SlotKeyStoreError
{
    QString message; // translated
};
template <typename T>
using SlotKeyResult = Result<T, SlotKeyStoreError>;

class SlotKeyStore
{
public:
    virtual ~SlotKeyStore() = default;
    // Encrypts `keys` and appends the record in state Pending (id minted); committed when it returns.
    virtual SlotKeyResult<QString> saveSlotKeys(const SlotKeyRecord& record, const SlotKeys& keys) = 0;
    // Moves a record's state forward (pending -> applied | abandoned, applied -> removed), audited with
    // `reason`.
    virtual SlotKeyResult<void> setSlotKeyState(const QString& serial, const QString& id, SlotKeyState state,
                                                const QString& reason) = 0;
    // Every record of a serial, oldest first.
    virtual SlotKeyResult<QList<SlotKeyRecord>> slotKeyHistory(const QString& serial) = 0;
    // Decrypts a record's keys (for the QA check and the cloud engineer's export only).
    virtual SlotKeyResult<SlotKeys> openSlotKeys(const QString& id) = 0;
    // The DPS group-enrollment key of `product` (its bytes), as last imported.
    virtual SlotKeyResult<crypto::SecureBytes> groupKey(const QString& product) = 0;

    // The newest record of a serial in `state`, if any.
    SlotKeyResult<std::optional<SlotKeyRecord>> latest(const QString& serial, SlotKeyState state);
    // Every pending record of a serial becomes Abandoned (before a step writes the slot again).
    SlotKeyResult<void> abandonPending(const QString& serial, const QString& reason);
    // Every applied record of a serial but `keep` becomes Removed (the slot was imprinted again).
    SlotKeyResult<void> removeAppliedExcept(const QString& serial, const QString& keep,
                                            const QString& reason);
};

} // namespace tps::dps
