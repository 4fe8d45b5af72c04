// dps::SlotKeyStore on the station database (tables slot_keys and group_keys, schema 7; docs/FORMATS.md,
// "Credential modes"). Keys are stored only as CMS EnvelopedData to the station's key-encryption key, a
// 256-bit AES key in <db>.slotkeys.kek (mode 0600, made at first use, like the export signing key
// <db>.signing.key): the database, its WAL and its copies never hold a key in clear, and opening them
// needs the station's KEK file. Each record, state change and group-key import is committed in one
// transaction with its audit event (which names the record and the KEK, never a key).
//
// Why not the device owner's escrow certificate: the station itself must open these keys again — to
// derive each device's key from the group key, to check the slot in the QA step, and to re-encrypt the
// keys to the cloud engineer's certificate in the export — and it never holds the owner's private key.
//
// Thread-safety: one connection, every call serialized on a mutex (shared by the socket threads).
#pragma once

#include "core/dps/SlotKeyStore.h"
#include "core/timeline/RunStore.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/Operators.h"
#include "db/Permissions.h"

#include <QMutex>
#include <memory>

namespace tps::db {

QString slotKeyKekPathFor(const QString& databasePath); // <db>.slotkeys.kek

// The slot key records of a serial, oldest first, read through any connection (the GUI's read-only worker
// too): what a slot holds — slot, hostname, device ID, state — never a key.
DbResult<QList<dps::SlotKeyRecord>> readSlotKeyRecords(Database& db, const QString& serial);

class SqliteSlotKeyStore final : public dps::SlotKeyStore
{
public:
    // Opens its own connection (Database::open) and loads the KEK when it exists; otherwise the KEK is
    // made (and its creation audited) at the first encryption, so a station that never uses a slot mode
    // never gets one.
    static DbResult<std::unique_ptr<SqliteSlotKeyStore>> open(const QString& path,
                                                              const OpenOptions& options = {});

    // Who the audit events name (default: the station itself).
    void setActor(const timeline::Actor& actor);
    // The KEK's identifier (its KEKIdentifier in every envelope): "tps-slotkeys-" + 16 hex digits; empty
    // before the KEK exists.
    QString kekId() const { return m_kekId; }

    dps::SlotKeyResult<QString> saveSlotKeys(const dps::SlotKeyRecord& record,
                                             const dps::SlotKeys& keys) override;
    dps::SlotKeyResult<void> setSlotKeyState(const QString& serial, const QString& id,
                                             dps::SlotKeyState state, const QString& reason) override;
    dps::SlotKeyResult<QList<dps::SlotKeyRecord>> slotKeyHistory(const QString& serial) override;
    dps::SlotKeyResult<dps::SlotKeys> openSlotKeys(const QString& id) override;
    dps::SlotKeyResult<crypto::SecureBytes> groupKey(const QString& product) override;

    // Stores `groupKey` (its bytes, 16..64) as the product's group key, audited with `reason`. Returns the
    // record's UUID.
    dps::SlotKeyResult<QString> importGroupKey(const QString& product, const crypto::SecureBytes& groupKey,
                                               const QString& reason);

    // "Remove keys" on a recorded device: the applied record of `serial` for `slot` (refused when there is
    // none: nothing recorded to remove) — checked before the TPM is touched ...
    dps::SlotKeyResult<dps::SlotKeyRecord> removalTarget(const QString& serial, int slot);
    // ... and, once the slot is destroyed, the signer's electronic signature (meaning "slot keys removed";
    // supervisors and administrators only, with a reason) and the record marked removed, in one
    // transaction with their audit events. Returns the signature's UUID.
    dps::SlotKeyResult<QString> recordRemoval(const OperatorInfo& signer, const dps::SlotKeyRecord& record,
                                              const QString& reason);
    // Whether `signer` may take `action` (importing a group key, signing a removal) by the permission
    // table, with a reason (translated refusal otherwise).
    static dps::SlotKeyResult<void> checkSigner(const OperatorInfo& signer, Action action,
                                                const QString& reason);

    SqliteSlotKeyStore(std::unique_ptr<Database> db, crypto::SecureBytes kek);

private:
    dps::SlotKeyResult<void> audit(const AuditEntry& entry);
    // Loads or makes the KEK (called with m_mutex held).
    dps::SlotKeyResult<void> ensureKek();
    // The plaintext of an envelope made with this station's KEK (`kekId` as stored with it).
    dps::SlotKeyResult<crypto::SecureBytes> openEnvelope(const QByteArray& cms, const QString& kekId) const;

    std::unique_ptr<Database> m_db;
    crypto::SecureBytes m_kek;
    QString m_kekId;
    timeline::Actor m_actor;
    QMutex m_mutex;
};

} // namespace tps::db
