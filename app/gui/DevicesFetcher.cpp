#include "app/gui/DevicesFetcher.h"

#include "db/Database.h"

namespace tps::gui {

DevicesFetcher::DevicesFetcher(QString databasePath) : m_path(std::move(databasePath)) {}
DevicesFetcher::~DevicesFetcher() = default;

void DevicesFetcher::fetch(quint64 generation, const DeviceFilter& filter, qint64 afterId, int limit)
{
    if (!m_db) {
        auto opened = db::Database::open(m_path, db::OpenOptions::alreadyChecked(db::OpenMode::ReadOnly));
        if (!opened) {
            emit failed(generation, opened.error().message);
            return;
        }
        m_db = std::move(*opened);
    }
    // ?1 after id, ?2 serial substring, ?3 state, ?4 batch, ?5 from, ?6 to (exclusive), ?7 limit
    static const char* const sql =
        "SELECT id, serial, product, simulated, created_utc, state FROM ("
        " SELECT d.id, d.serial, d.product, d.simulated, d.created_utc,"
        "  COALESCE((SELECT r.state FROM runs r WHERE r.device_id = d.id ORDER BY r.id DESC LIMIT 1), 'new')"
        "   AS state"
        " FROM devices d WHERE d.id > ?1"
        "  AND (?2 = '' OR instr(d.serial, ?2) > 0)"
        "  AND (?4 = '' OR d.product = ?4)"
        "  AND (?5 = '' OR d.created_utc >= ?5)"
        "  AND (?6 = '' OR d.created_utc < ?6)"
        " ORDER BY d.id)"
        " WHERE (?3 = '' OR state = ?3) LIMIT ?7";
    auto st = m_db->prepare(sql);
    if (!st) {
        emit failed(generation, st.error().message);
        return;
    }
    st->bind(1, afterId)
        .bind(2, filter.serial)
        .bind(3, filter.state)
        .bind(4, filter.batch)
        .bind(5, filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString())
        .bind(6, filter.to.isValid() ? filter.to.addDays(1).toString(Qt::ISODate) : QString())
        .bind(7, limit + 1);
    QList<DeviceRow> rows;
    while (true) {
        auto more = st->step();
        if (!more) {
            emit failed(generation, more.error().message);
            return;
        }
        if (!*more)
            break;
        rows.append(
            DeviceRow{st->int64(0), st->text(1), st->text(2), st->int64(3) != 0, st->text(5), st->text(4)});
    }
    const bool hasMore = rows.size() > limit;
    if (hasMore)
        rows.removeLast();
    emit fetched(generation, rows, hasMore);
}

} // namespace tps::gui
