// The batch_devices rows of a DPS batch, recorded in multi-row INSERTs: one statement per kRows devices
// opens the table's cursors and checks its foreign-key parents once per statement rather than once per
// device, about three times cheaper than one INSERT per device (docs/BENCHMARKS.md).
#pragma once

#include "db/Database.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace tps::db::exports {

class BatchMembers
{
public:
    // Rows per INSERT statement.
    static constexpr int kRows = 200;

    // Members of batch `batchId`, all recorded with the time `updatedUtc` (UTF-8 text).
    static DbResult<BatchMembers> create(Database& db, qint64 batchId, QByteArray updatedUtc);

    // Queues one member; writes a full statement's rows when kRows are queued.
    DbResult<void> add(qint64 deviceId, const QByteArray& registrationId, int operation);
    // Writes what is queued.
    DbResult<void> flush();

private:
    struct Row
    {
        qint64 deviceId = 0;
        QByteArray registrationId;
        int operation = 0;
    };
    BatchMembers(Database& db, qint64 batchId, QByteArray updatedUtc, Statement full);
    DbResult<void> write(Statement& statement);

    Database* m_db;
    qint64 m_batchId;
    QByteArray m_updatedUtc;
    Statement m_full;
    QList<Row> m_rows;
};

} // namespace tps::db::exports
