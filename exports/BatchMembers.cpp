#include "exports/BatchMembers.h"

namespace tps::db::exports {

namespace {
// INSERT of `rows` members: ?1 batch, ?2 time, then device, registration ID and operation per row.
QByteArray insertSql(int rows)
{
    QByteArray sql =
        "INSERT INTO batch_devices(batch_id, device_id, registration_id, operation, updated_utc) "
        "VALUES ";
    for (int i = 0; i < rows; ++i) {
        const int first = 3 + 3 * i;
        if (i > 0)
            sql += ',';
        sql += "(?1, ?" + QByteArray::number(first) + ", ?" + QByteArray::number(first + 1) + ", ?" +
               QByteArray::number(first + 2) + ", ?2)";
    }
    return sql;
}
} // namespace

DbResult<BatchMembers> BatchMembers::create(Database& db, qint64 batchId, QByteArray updatedUtc)
{
    auto full = db.prepare(insertSql(kRows).constData());
    if (!full)
        return fail(full.error());
    return BatchMembers(db, batchId, std::move(updatedUtc), std::move(*full));
}

BatchMembers::BatchMembers(Database& db, qint64 batchId, QByteArray updatedUtc, Statement full)
    : m_db(&db), m_batchId(batchId), m_updatedUtc(std::move(updatedUtc)), m_full(std::move(full))
{
    m_rows.reserve(kRows);
}

DbResult<void> BatchMembers::add(qint64 deviceId, const QByteArray& registrationId, int operation)
{
    m_rows.append(Row{deviceId, registrationId, operation});
    if (m_rows.size() < kRows)
        return {};
    return write(m_full);
}

DbResult<void> BatchMembers::flush()
{
    if (m_rows.isEmpty())
        return {};
    auto rest = m_db->prepare(insertSql(int(m_rows.size())).constData());
    if (!rest)
        return fail(rest.error());
    return write(*rest);
}

DbResult<void> BatchMembers::write(Statement& statement)
{
    statement.reset();
    statement.bind(1, m_batchId).bindUtf8(2, m_updatedUtc);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const int first = 3 + 3 * int(i);
        statement.bind(first, row.deviceId)
            .bindUtf8(first + 1, row.registrationId)
            .bind(first + 2, row.operation);
    }
    m_rows.clear();
    return statement.exec();
}

} // namespace tps::db::exports
