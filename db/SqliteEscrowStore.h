// EscrowStore on the station database (table escrow_records, schema 4; docs/ESCROW.md). Each record and
// each state change is committed in one transaction together with its audit event (no secret in it:
// the event names the record, the recipient's fingerprint and the state), so it is durable (WAL +
// synchronous=FULL) when saveEscrow()/updateState() return — the write-ahead rule of step 3.
//
// Thread-safety: the store owns one dedicated connection and serializes every call on a mutex; the
// engine's socket threads share one instance (escrow writes are rare: two per device).
#pragma once

#include "core/ownership/EscrowStore.h"
#include "core/timeline/RunStore.h"
#include "db/Database.h"

#include <QMutex>
#include <memory>

namespace tps::db {

class SqliteEscrowStore final : public ownership::EscrowStore
{
public:
    // Opens its own connection to the station database at `path` through Database::open (created and
    // migrated when ReadWrite; OpenMode::ReadOnly refuses a foreign, newer or damaged file without
    // writing a byte, and the store then only reads).
    static DbResult<std::unique_ptr<SqliteEscrowStore>> open(const QString& path,
                                                             const OpenOptions& options = {});
    explicit SqliteEscrowStore(std::unique_ptr<Database> db);

    // Who the audit events name (default: the station itself).
    void setActor(const timeline::Actor& actor);

    ownership::EscrowResult<QString> saveEscrow(const ownership::EscrowRecord& record) override;
    ownership::EscrowResult<QList<ownership::EscrowRecord>> escrowHistory(const QString& serial) override;
    ownership::EscrowResult<void> updateState(const QString& serial, const QString& id,
                                              ownership::EscrowState state,
                                              const QList<ownership::Hierarchy>& applied) override;

private:
    std::unique_ptr<Database> m_db;
    timeline::Actor m_actor;
    QMutex m_mutex;
};

// Inserts `record` (its id set) into escrow_records with its audit event, inside the caller's open
// transaction on `db`. `origin` (untranslated, for the audit reason) says where a record that was not just
// written by step 3 comes from, and keeps its updated time; empty for a new record.
DbResult<void> insertEscrowRecord(Database& db, const timeline::Actor& actor,
                                  const ownership::EscrowRecord& record, const QString& origin);

} // namespace tps::db
