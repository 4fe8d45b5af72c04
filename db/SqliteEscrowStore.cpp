#include "db/SqliteEscrowStore.h"

#include "db/AuditTrail.h"

#include <QCoreApplication>

namespace tps::db {

using ownership::EscrowRecord;
using ownership::EscrowResult;
using ownership::EscrowState;
using ownership::EscrowStoreError;
using ownership::Hierarchy;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqliteEscrowStore)
};

EscrowStoreError toEscrowError(const DbError& e)
{
    return EscrowStoreError{Tr::tr("Escrow database: %1").arg(e.message)};
}

QString keys(const QList<Hierarchy>& list)
{
    return ownership::hierarchyKeys(list).join(QLatin1Char(','));
}

QList<Hierarchy> fromKeys(const QString& text)
{
    return ownership::hierarchiesFromKeys(text.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

// The only moves a record's state makes (the table's trigger enforces the same).
bool allowed(EscrowState from, EscrowState to)
{
    if (from == to)
        return from == EscrowState::Pending || from == EscrowState::Applied;
    switch (from) {
    case EscrowState::Pending:
        return to != EscrowState::Pending;
    case EscrowState::Applied:
        return to == EscrowState::Revoked;
    case EscrowState::Abandoned:
    case EscrowState::Revoked:
        return false;
    }
    return false;
}
} // namespace

DbResult<void> insertEscrowRecord(Database& db, const timeline::Actor& actor, const EscrowRecord& record,
                                  const QString& origin)
{
    const QString now = utcNow();
    const QString created =
        record.createdUtc.isValid() ? record.createdUtc.toUTC().toString(Qt::ISODateWithMs) : now;
    const QString updated = record.updatedUtc.isValid() && !origin.isEmpty()
                                ? record.updatedUtc.toUTC().toString(Qt::ISODateWithMs)
                                : now;
    auto insert = db.prepare(
        "INSERT INTO escrow_records(uuid, device_serial, device_uuid, hierarchies, recipient_fingerprint, "
        "cms, state, applied, created_utc, updated_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, record.id)
        .bind(2, record.serial)
        .bind(3, record.deviceUuid)
        .bind(4, keys(record.hierarchies))
        .bind(5, record.recipientFingerprint)
        .bind(6, record.cms)
        .bind(7, ownership::escrowStateKey(record.state))
        .bind(8, keys(record.applied))
        .bind(9, created)
        .bind(10, updated);
    if (auto r = insert->exec(); !r)
        return r;
    AuditEntry e;
    e.deviceSerial = record.serial;
    e.action = QStringLiteral("create");
    e.object = QStringLiteral("escrow:") + record.id;
    e.field = QStringLiteral("state");
    e.newValue =
        record.applied.isEmpty()
            ? ownership::escrowStateKey(record.state)
            : QStringLiteral("%1 (%2)").arg(ownership::escrowStateKey(record.state), keys(record.applied));
    e.reason = QStringLiteral("ownership secrets (%1) escrowed as CMS EnvelopedData to certificate sha256:%2")
                   .arg(keys(record.hierarchies), record.recipientFingerprint);
    if (!origin.isEmpty())
        e.reason += QStringLiteral("; ") + origin;
    AuditTrail audit(db);
    if (auto r = audit.append(actor, e); !r)
        return fail(r.error());
    return {};
}

DbResult<std::unique_ptr<SqliteEscrowStore>> SqliteEscrowStore::open(const QString& path,
                                                                     const OpenOptions& options)
{
    auto db = Database::open(path, options);
    if (!db)
        return fail(db.error());
    return std::make_unique<SqliteEscrowStore>(std::move(*db));
}

SqliteEscrowStore::SqliteEscrowStore(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_actor(systemActor())
{}

void SqliteEscrowStore::setActor(const timeline::Actor& actor)
{
    QMutexLocker lock(&m_mutex);
    m_actor = actor;
}

EscrowResult<QString> SqliteEscrowStore::saveEscrow(const EscrowRecord& record)
{
    if (record.serial.isEmpty() || record.cms.isEmpty() || record.hierarchies.isEmpty())
        return fail(EscrowStoreError{Tr::tr("An escrow record needs a serial, hierarchies and CMS data.")});
    QMutexLocker lock(&m_mutex);
    if (m_db->readOnly())
        return fail(EscrowStoreError{Tr::tr("The station database is open read-only.")});
    EscrowRecord r = record;
    if (r.id.isEmpty())
        r.id = newUuid();
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return fail(toEscrowError(tx.error()));
    if (auto inserted = insertEscrowRecord(*m_db, m_actor, r, QString()); !inserted) {
        if (inserted.error().code == DbErrc::Constraint)
            return fail(EscrowStoreError{Tr::tr("Escrow record %1 exists already.").arg(r.id)});
        return fail(toEscrowError(inserted.error()));
    }
    if (auto c = (*tx)->commit(); !c)
        return fail(toEscrowError(c.error()));
    return r.id;
}

EscrowResult<QList<EscrowRecord>> SqliteEscrowStore::escrowHistory(const QString& serial)
{
    QMutexLocker lock(&m_mutex);
    if (m_db->schemaVersion() < 5) // a read-only older database: no escrow table yet, so no records
        return QList<EscrowRecord>{};
    auto q =
        m_db->prepare("SELECT uuid, device_uuid, hierarchies, recipient_fingerprint, cms, state, applied, "
                      "created_utc, updated_utc FROM escrow_records WHERE device_serial = ?1 ORDER BY id");
    if (!q)
        return fail(toEscrowError(q.error()));
    q->bind(1, serial);
    QList<EscrowRecord> out;
    while (true) {
        auto row = q->step();
        if (!row)
            return fail(toEscrowError(row.error()));
        if (!*row)
            break;
        EscrowRecord r;
        r.id = q->text(0);
        r.serial = serial;
        r.deviceUuid = q->text(1);
        r.hierarchies = fromKeys(q->text(2));
        r.recipientFingerprint = q->text(3);
        r.cms = q->blob(4);
        const auto state = ownership::escrowStateFromKey(q->text(5));
        r.applied = fromKeys(q->text(6));
        r.createdUtc = QDateTime::fromString(q->text(7), Qt::ISODateWithMs);
        r.updatedUtc = QDateTime::fromString(q->text(8), Qt::ISODateWithMs);
        if (!state || r.hierarchies.isEmpty() || r.cms.isEmpty())
            return fail(
                EscrowStoreError{Tr::tr("Escrow record %1 in the station database is damaged.").arg(r.id)});
        r.state = *state;
        out << r;
    }
    return out;
}

EscrowResult<void> SqliteEscrowStore::updateState(const QString& serial, const QString& id, EscrowState state,
                                                  const QList<Hierarchy>& applied)
{
    QMutexLocker lock(&m_mutex);
    if (m_db->readOnly())
        return fail(EscrowStoreError{Tr::tr("The station database is open read-only.")});
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return fail(toEscrowError(tx.error()));
    auto q =
        m_db->prepare("SELECT state, applied FROM escrow_records WHERE uuid = ?1 AND device_serial = ?2");
    if (!q)
        return fail(toEscrowError(q.error()));
    q->bind(1, id).bind(2, serial);
    auto row = q->step();
    if (!row)
        return fail(toEscrowError(row.error()));
    if (!*row)
        return fail(EscrowStoreError{Tr::tr("No escrow record %1 for serial %2.").arg(id, serial)});
    const QString oldKey = q->text(0);
    const QString oldApplied = q->text(1);
    q->reset();
    const auto from = ownership::escrowStateFromKey(oldKey);
    if (!from || !allowed(*from, state))
        return fail(EscrowStoreError{Tr::tr("Escrow record %1 cannot change from %2 to %3.")
                                         .arg(id, oldKey, ownership::escrowStateKey(state))});
    auto update =
        m_db->prepare("UPDATE escrow_records SET state = ?1, applied = ?2, updated_utc = ?3 WHERE uuid = ?4");
    if (!update)
        return fail(toEscrowError(update.error()));
    update->bind(1, ownership::escrowStateKey(state)).bind(2, keys(applied)).bind(3, utcNow()).bind(4, id);
    if (auto r = update->exec(); !r)
        return fail(toEscrowError(r.error()));
    AuditEntry e;
    e.deviceSerial = serial;
    e.action = QStringLiteral("change");
    e.object = QStringLiteral("escrow:") + id;
    e.field = QStringLiteral("state");
    e.oldValue = oldApplied.isEmpty() ? oldKey : QStringLiteral("%1 (%2)").arg(oldKey, oldApplied);
    e.newValue = applied.isEmpty()
                     ? ownership::escrowStateKey(state)
                     : QStringLiteral("%1 (%2)").arg(ownership::escrowStateKey(state), keys(applied));
    e.reason = QStringLiteral("escrow record state");
    AuditTrail audit(*m_db);
    if (auto r = audit.append(m_actor, e); !r)
        return fail(toEscrowError(r.error()));
    if (auto r = (*tx)->commit(); !r)
        return fail(toEscrowError(r.error()));
    return {};
}

} // namespace tps::db
