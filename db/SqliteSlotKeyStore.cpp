#include "db/SqliteSlotKeyStore.h"

#include "db/Permissions.h"

#include "core/crypto/CmsEscrow.h"
#include "core/crypto/Kdfa.h"
#include "core/dps/GroupEnrollmentKey.h"
#include "db/Signatures.h"

#include <QCoreApplication>
#include <QFile>

namespace tps::db {

using dps::SlotKeyRecord;
using dps::SlotKeyResult;
using dps::SlotKeyState;
using dps::SlotKeyStoreError;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSlotKeyStore)
};

constexpr std::size_t kKekBytes = 32;

SlotKeyStoreError toError(const DbError& e)
{
    return SlotKeyStoreError{Tr::tr("Slot key database: %1").arg(e.message)};
}

bool allowed(SlotKeyState from, SlotKeyState to)
{
    switch (from) {
    case SlotKeyState::Pending:
        return to == SlotKeyState::Applied || to == SlotKeyState::Abandoned;
    case SlotKeyState::Applied:
        return to == SlotKeyState::Removed;
    case SlotKeyState::Abandoned:
    case SlotKeyState::Removed:
        return false;
    }
    return false;
}

QString kekIdOf(const crypto::SecureBytes& kek)
{
    const QByteArray digest = crypto::sha256(
        QByteArray::fromRawData(reinterpret_cast<const char*>(kek.data()), qsizetype(kek.size())));
    return QStringLiteral("tps-slotkeys-") + QString::fromLatin1(digest.left(8).toHex());
}

// The KEK file: exactly 32 bytes, read straight into wiped memory.
Result<crypto::SecureBytes, SlotKeyStoreError> readKek(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(SlotKeyStoreError{
            Tr::tr("Cannot read the station's key-encryption key %1: %2").arg(path, f.errorString())});
    crypto::SecureBytes kek(kKekBytes);
    if (f.size() != qint64(kKekBytes) ||
        f.read(reinterpret_cast<char*>(kek.data()), qint64(kKekBytes)) != qint64(kKekBytes))
        return fail(SlotKeyStoreError{
            Tr::tr("The station's key-encryption key %1 is damaged (it must hold 32 bytes).").arg(path)});
    return kek;
}

Result<crypto::SecureBytes, SlotKeyStoreError> createKek(const QString& path)
{
    auto kek = crypto::SecureBytes::random(kKekBytes);
    if (!kek)
        return fail(SlotKeyStoreError{Tr::tr("The random generator refused to make a key-encryption key.")});
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(reinterpret_cast<const char*>(kek->data()), qint64(kKekBytes)) != qint64(kKekBytes) ||
        !f.flush()) {
        const QString why = f.errorString();
        f.close();
        f.remove();
        return fail(
            SlotKeyStoreError{Tr::tr("Cannot write the station's key-encryption key %1: %2").arg(path, why)});
    }
    return std::move(*kek);
}
} // namespace

QString slotKeyKekPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".slotkeys.kek");
}

DbResult<std::unique_ptr<SqliteSlotKeyStore>> SqliteSlotKeyStore::open(const QString& path,
                                                                       const OpenOptions& options)
{
    auto db = Database::open(path, options);
    if (!db)
        return fail(db.error());
    crypto::SecureBytes kek; // made at the first encryption (ensureKek) when the file does not exist yet
    if (const QString kekPath = slotKeyKekPathFor(path); QFile::exists(kekPath)) {
        auto read = readKek(kekPath);
        if (!read)
            return fail(DbError{DbErrc::Io, read.error().message});
        kek = std::move(*read);
    }
    return std::make_unique<SqliteSlotKeyStore>(std::move(*db), std::move(kek));
}

SqliteSlotKeyStore::SqliteSlotKeyStore(std::unique_ptr<Database> db, crypto::SecureBytes kek)
    : m_db(std::move(db)), m_kek(std::move(kek)), m_kekId(m_kek.empty() ? QString() : kekIdOf(m_kek)),
      m_actor(systemActor())
{}

SlotKeyResult<void> SqliteSlotKeyStore::ensureKek()
{
    if (!m_kek.empty())
        return {};
    if (m_db->readOnly())
        return fail(SlotKeyStoreError{Tr::tr("The station database is open read-only.")});
    const QString path = slotKeyKekPathFor(m_db->path());
    const bool create = !QFile::exists(path); // another connection may have made it meanwhile
    auto kek = create ? createKek(path) : readKek(path);
    if (!kek)
        return fail(kek.error());
    m_kek = std::move(*kek);
    m_kekId = kekIdOf(m_kek);
    if (!create)
        return {};
    AuditEntry e;
    e.action = QStringLiteral("create");
    e.object = QStringLiteral("slot-keys-kek");
    e.field = QStringLiteral("kek_id");
    e.newValue = m_kekId;
    e.reason = QStringLiteral("key-encryption key for Limpet slot keys and DPS group keys created");
    return audit(e);
}

void SqliteSlotKeyStore::setActor(const timeline::Actor& actor)
{
    QMutexLocker lock(&m_mutex);
    m_actor = actor;
}

SlotKeyResult<void> SqliteSlotKeyStore::audit(const AuditEntry& entry)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return fail(toError(tx.error()));
    if (auto r = AuditTrail(*m_db).append(m_actor, entry); !r)
        return fail(toError(r.error()));
    if (auto r = (*tx)->commit(); !r)
        return fail(toError(r.error()));
    return {};
}

SlotKeyResult<QString> SqliteSlotKeyStore::saveSlotKeys(const SlotKeyRecord& record,
                                                        const dps::SlotKeys& keys)
{
    if (record.serial.isEmpty() || keys.primary.empty() || record.slot < 0 || record.slot > 9)
        return fail(SlotKeyStoreError{Tr::tr("A slot key record needs a serial, a slot and a key.")});
    QMutexLocker lock(&m_mutex);
    if (auto ok = ensureKek(); !ok)
        return fail(ok.error());
    auto cms = crypto::cmsEncryptToKek(dps::packSlotKeys(keys), m_kek, m_kekId.toLatin1());
    if (!cms)
        return fail(SlotKeyStoreError{cms.error().message});
    const QString id = newUuid();
    const QString now = utcNow();
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return fail(toError(tx.error()));
    auto insert =
        m_db->prepare("INSERT INTO slot_keys(uuid, device_serial, device_uuid, product, mode, slot, "
                      "host_name, device_id, kek_id, cms, state, created_utc, updated_utc) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'pending', ?11, ?11)");
    if (!insert)
        return fail(toError(insert.error()));
    insert->bind(1, id)
        .bind(2, record.serial)
        .bind(3, record.deviceUuid)
        .bind(4, record.product)
        .bind(5, record.mode)
        .bind(6, qint64(record.slot))
        .bind(7, record.hostName)
        .bind(8, record.deviceId)
        .bind(9, m_kekId)
        .bind(10, *cms)
        .bind(11, now);
    if (auto r = insert->exec(); !r)
        return fail(toError(r.error()));
    AuditEntry e;
    e.deviceSerial = record.serial;
    e.action = QStringLiteral("create");
    e.object = QStringLiteral("slot-keys:") + id;
    e.field = QStringLiteral("state");
    e.newValue = QStringLiteral("pending");
    e.reason = QStringLiteral("%1 keys for Limpet slot %2 (%3/%4) stored as CMS EnvelopedData to KEK %5")
                   .arg(record.mode)
                   .arg(record.slot)
                   .arg(record.hostName, record.deviceId, m_kekId);
    if (auto r = AuditTrail(*m_db).append(m_actor, e); !r)
        return fail(toError(r.error()));
    if (auto r = (*tx)->commit(); !r)
        return fail(toError(r.error()));
    return id;
}

SlotKeyResult<void> SqliteSlotKeyStore::setSlotKeyState(const QString& serial, const QString& id,
                                                        SlotKeyState state, const QString& reason)
{
    QMutexLocker lock(&m_mutex);
    if (m_db->readOnly())
        return fail(SlotKeyStoreError{Tr::tr("The station database is open read-only.")});
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return fail(toError(tx.error()));
    auto q = m_db->prepare("SELECT state FROM slot_keys WHERE uuid = ?1 AND device_serial = ?2");
    if (!q)
        return fail(toError(q.error()));
    q->bind(1, id).bind(2, serial);
    auto row = q->step();
    if (!row)
        return fail(toError(row.error()));
    if (!*row)
        return fail(SlotKeyStoreError{Tr::tr("No slot key record %1 for serial %2.").arg(id, serial)});
    const QString oldKey = q->text(0);
    q->reset();
    const auto from = dps::slotKeyStateFromKey(oldKey);
    if (!from || !allowed(*from, state))
        return fail(SlotKeyStoreError{Tr::tr("Slot key record %1 cannot change from %2 to %3.")
                                          .arg(id, oldKey, dps::slotKeyStateKey(state))});
    auto update = m_db->prepare("UPDATE slot_keys SET state = ?1, updated_utc = ?2 WHERE uuid = ?3");
    if (!update)
        return fail(toError(update.error()));
    update->bind(1, dps::slotKeyStateKey(state)).bind(2, utcNow()).bind(3, id);
    if (auto r = update->exec(); !r)
        return fail(toError(r.error()));
    AuditEntry e;
    e.deviceSerial = serial;
    e.action = QStringLiteral("change");
    e.object = QStringLiteral("slot-keys:") + id;
    e.field = QStringLiteral("state");
    e.oldValue = oldKey;
    e.newValue = dps::slotKeyStateKey(state);
    e.reason = reason;
    if (auto r = AuditTrail(*m_db).append(m_actor, e); !r)
        return fail(toError(r.error()));
    if (auto r = (*tx)->commit(); !r)
        return fail(toError(r.error()));
    return {};
}

DbResult<QList<SlotKeyRecord>> readSlotKeyRecords(Database& db, const QString& serial)
{
    if (db.schemaVersion() < 7) // a read-only older database: no slot keys yet
        return QList<SlotKeyRecord>{};
    auto q = db.prepare("SELECT uuid, device_uuid, product, mode, slot, host_name, device_id, state, "
                        "created_utc FROM slot_keys WHERE device_serial = ?1 ORDER BY id");
    if (!q)
        return fail(q.error());
    q->bind(1, serial);
    QList<SlotKeyRecord> out;
    while (true) {
        auto row = q->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        SlotKeyRecord r;
        r.id = q->text(0);
        r.serial = serial;
        r.deviceUuid = q->text(1);
        r.product = q->text(2);
        r.mode = q->text(3);
        r.slot = int(q->int64(4));
        r.hostName = q->text(5);
        r.deviceId = q->text(6);
        const auto state = dps::slotKeyStateFromKey(q->text(7));
        if (!state)
            return fail(DbError{DbErrc::Corrupt, Tr::tr("Slot key record %1 is damaged.").arg(r.id)});
        r.state = *state;
        r.createdUtc = QDateTime::fromString(q->text(8), Qt::ISODateWithMs);
        out << r;
    }
    return out;
}

SlotKeyResult<QList<SlotKeyRecord>> SqliteSlotKeyStore::slotKeyHistory(const QString& serial)
{
    QMutexLocker lock(&m_mutex);
    auto records = readSlotKeyRecords(*m_db, serial);
    if (!records)
        return fail(toError(records.error()));
    return *records;
}

SlotKeyResult<crypto::SecureBytes> SqliteSlotKeyStore::openEnvelope(const QByteArray& cms,
                                                                    const QString& kekId) const
{
    if (m_kek.empty())
        return fail(
            SlotKeyStoreError{Tr::tr("The station's key-encryption key %1 is missing: the stored keys "
                                     "cannot be opened.")
                                  .arg(slotKeyKekPathFor(m_db->path()))});
    if (kekId != m_kekId)
        return fail(SlotKeyStoreError{
            Tr::tr("A stored key is encrypted to another key-encryption key (%1), not this station's (%2).")
                .arg(kekId, m_kekId)});
    auto payload = crypto::cmsDecryptWithKek(cms, m_kek, m_kekId.toLatin1());
    if (!payload)
        return fail(SlotKeyStoreError{payload.error().message});
    return std::move(*payload);
}

SlotKeyResult<dps::SlotKeys> SqliteSlotKeyStore::openSlotKeys(const QString& id)
{
    QMutexLocker lock(&m_mutex);
    auto q = m_db->prepare("SELECT cms, kek_id FROM slot_keys WHERE uuid = ?1");
    if (!q)
        return fail(toError(q.error()));
    q->bind(1, id);
    auto row = q->step();
    if (!row)
        return fail(toError(row.error()));
    if (!*row)
        return fail(SlotKeyStoreError{Tr::tr("No slot key record %1.").arg(id)});
    auto payload = openEnvelope(q->blob(0), q->text(1));
    if (!payload)
        return fail(payload.error());
    auto keys = dps::unpackSlotKeys(*payload);
    if (!keys)
        return fail(SlotKeyStoreError{Tr::tr("Slot key record %1 is damaged.").arg(id)});
    return std::move(*keys);
}

SlotKeyResult<crypto::SecureBytes> SqliteSlotKeyStore::groupKey(const QString& product)
{
    QMutexLocker lock(&m_mutex);
    if (m_db->schemaVersion() < 7)
        return fail(SlotKeyStoreError{Tr::tr("No DPS group key was imported for product %1.").arg(product)});
    auto q = m_db->prepare("SELECT cms, kek_id FROM group_keys WHERE product = ?1 ORDER BY id DESC LIMIT 1");
    if (!q)
        return fail(toError(q.error()));
    q->bind(1, product);
    auto row = q->step();
    if (!row)
        return fail(toError(row.error()));
    if (!*row)
        return fail(SlotKeyStoreError{
            Tr::tr("No DPS group key was imported for product %1: a supervisor imports it with "
                   "\"slot group-key import\".")
                .arg(product)});
    return openEnvelope(q->blob(0), q->text(1));
}

SlotKeyResult<QString> SqliteSlotKeyStore::importGroupKey(const QString& product,
                                                          const crypto::SecureBytes& groupKey,
                                                          const QString& reason)
{
    if (product.trimmed().isEmpty())
        return fail(SlotKeyStoreError{Tr::tr("A group key needs the product it belongs to.")});
    if (groupKey.size() < std::size_t(dps::kMinGroupKeyBytes) ||
        groupKey.size() > std::size_t(dps::kMaxGroupKeyBytes))
        return fail(SlotKeyStoreError{Tr::tr("A DPS group key has %1 to %2 bytes.")
                                          .arg(dps::kMinGroupKeyBytes)
                                          .arg(dps::kMaxGroupKeyBytes)});
    QMutexLocker lock(&m_mutex);
    if (auto ok = ensureKek(); !ok)
        return fail(ok.error());
    auto cms = crypto::cmsEncryptToKek(groupKey, m_kek, m_kekId.toLatin1());
    if (!cms)
        return fail(SlotKeyStoreError{cms.error().message});
    const QString id = newUuid();
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return fail(toError(tx.error()));
    auto insert = m_db->prepare("INSERT INTO group_keys(uuid, product, kek_id, cms, actor_id, created_utc) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return fail(toError(insert.error()));
    insert->bind(1, id).bind(2, product).bind(3, m_kekId).bind(4, *cms).bind(5, m_actor.id).bind(6, utcNow());
    if (auto r = insert->exec(); !r)
        return fail(toError(r.error()));
    AuditEntry e;
    e.action = QStringLiteral("create");
    e.object = QStringLiteral("group-key:") + id;
    e.field = QStringLiteral("product");
    e.newValue = product;
    e.reason = reason.isEmpty()
                   ? QStringLiteral("DPS group key imported as CMS EnvelopedData to KEK %1").arg(m_kekId)
                   : QStringLiteral("%1 (stored as CMS EnvelopedData to KEK %2)").arg(reason, m_kekId);
    if (auto r = AuditTrail(*m_db).append(m_actor, e); !r)
        return fail(toError(r.error()));
    if (auto r = (*tx)->commit(); !r)
        return fail(toError(r.error()));
    return id;
}

SlotKeyResult<void> SqliteSlotKeyStore::checkSigner(const OperatorInfo& signer, Action action,
                                                    const QString& reason)
{
    if (!permits(signer.role, action))
        return fail(SlotKeyStoreError{Tr::tr("Only %1 may do this (%2); %3 is %4.")
                                          .arg(permittedRoleNames(action), actionKey(action),
                                               signer.operatorId, roleKey(signer.role))});
    if (reason.trimmed().isEmpty())
        return fail(SlotKeyStoreError{Tr::tr("A reason is required.")});
    return {};
}

SlotKeyResult<SlotKeyRecord> SqliteSlotKeyStore::removalTarget(const QString& serial, int slot)
{
    auto applied = latest(serial, SlotKeyState::Applied);
    if (!applied)
        return fail(applied.error());
    if (!*applied || (*applied)->slot != slot)
        return fail(SlotKeyStoreError{
            Tr::tr("The station database records no keys in slot %1 of device %2: nothing to remove.")
                .arg(slot)
                .arg(serial)});
    return **applied;
}

SlotKeyResult<QString> SqliteSlotKeyStore::recordRemoval(const OperatorInfo& signer,
                                                         const SlotKeyRecord& record, const QString& reason)
{
    if (auto ok = checkSigner(signer, Action::RemoveSlotKeys, reason); !ok)
        return fail(ok.error());
    QMutexLocker lock(&m_mutex);
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return fail(toError(tx.error()));
    const QByteArray canonical = QStringLiteral("{\"record\":\"%1\",\"serial\":\"%2\",\"slot\":%3}")
                                     .arg(record.id, record.serial)
                                     .arg(record.slot)
                                     .toUtf8();
    auto signature =
        recordSignature(*m_db, signer, QStringLiteral("slot keys removed"), QStringLiteral("slot-keys"),
                        record.id, canonical, reason, record.serial);
    if (!signature)
        return fail(toError(signature.error()));
    auto update =
        m_db->prepare("UPDATE slot_keys SET state = 'removed', updated_utc = ?1 WHERE uuid = ?2 AND "
                      "state = 'applied'");
    if (!update)
        return fail(toError(update.error()));
    update->bind(1, utcNow()).bind(2, record.id);
    if (auto r = update->exec(); !r)
        return fail(toError(r.error()));
    AuditEntry e;
    e.deviceSerial = record.serial;
    e.action = QStringLiteral("change");
    e.object = QStringLiteral("slot-keys:") + record.id;
    e.field = QStringLiteral("state");
    e.oldValue = QStringLiteral("applied");
    e.newValue = QStringLiteral("removed");
    e.reason = reason;
    if (auto r = AuditTrail(*m_db).append(signer.actor(), e); !r)
        return fail(toError(r.error()));
    if (auto r = (*tx)->commit(); !r)
        return fail(toError(r.error()));
    return signature->uuid;
}

} // namespace tps::db
