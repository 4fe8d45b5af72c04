#include "db/StationQueries.h"

namespace tps::db {

namespace {

// Steps `st` to the end, calling `row(st)` for each row.
template <typename Row>
DbResult<void> eachRow(Statement& st, Row row)
{
    while (true) {
        auto more = st.step();
        if (!more)
            return fail(more.error());
        if (!*more)
            return {};
        row(st);
    }
}

DbResult<QMap<int, QPair<int, int>>> firstPassYield(Database& db)
{
    // The first 'run' attempt of each device at each step.
    auto st =
        db.prepare("SELECT step, COUNT(*), SUM(outcome = 'pass') FROM step_results s WHERE kind = 'run' "
                   "AND outcome <> 'aborted' AND id = (SELECT MIN(id) FROM step_results f WHERE "
                   "f.device_id = s.device_id AND f.step = s.step AND f.kind = 'run' AND f.outcome <> "
                   "'aborted') GROUP BY step");
    if (!st)
        return fail(st.error());
    QMap<int, QPair<int, int>> out;
    if (auto r = eachRow(*st,
                         [&](const Statement& s) {
                             out.insert(int(s.int64(0)), {int(s.int64(1)), int(s.int64(2))});
                         });
        !r)
        return fail(r.error());
    return out;
}

DbResult<void> throughput(Database& db, const QDateTime& now, DashboardFigures& out)
{
    auto st = db.prepare("SELECT substr(ended_utc, 1, 13), COUNT(*) FROM runs WHERE state = 'completed' AND "
                         "ended_utc >= ?1 GROUP BY 1 ORDER BY 1");
    if (!st)
        return fail(st.error());
    QMap<QString, int> hours;
    const QStringList window = dashboardHours(now);
    for (const QString& hour : window)
        hours.insert(hour, 0);
    st->bind(1, window.first());
    if (auto r = eachRow(*st,
                         [&](const Statement& s) {
                             hours.insert(s.text(0), int(s.int64(1)));
                             out.completed += int(s.int64(1));
                         });
        !r)
        return r;
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        out.perHour.append({it.key(), it.value()});
    return {};
}

} // namespace

DbResult<DevicePage> devicePage(Database& db, const DeviceFilter& filter, qint64 afterId, int limit)
{
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
    auto st = db.prepare(sql);
    if (!st)
        return fail(st.error());
    st->bind(1, afterId)
        .bind(2, filter.serial)
        .bind(3, filter.state)
        .bind(4, filter.batch)
        .bind(5, filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString())
        .bind(6, filter.to.isValid() ? filter.to.addDays(1).toString(Qt::ISODate) : QString())
        .bind(7, limit + 1);
    DevicePage page;
    if (auto r = eachRow(*st,
                         [&](const Statement& s) {
                             page.rows.append(DeviceRow{s.int64(0), s.text(1), s.text(2), s.int64(3) != 0,
                                                        s.text(5), s.text(4)});
                         });
        !r)
        return fail(r.error());
    page.more = page.rows.size() > limit;
    if (page.more)
        page.rows.removeLast();
    return page;
}

DbResult<std::optional<DeviceRecord>> deviceRecord(Database& db, qint64 deviceId)
{
    return db.queryOptional(
        "SELECT serial, product, simulated, uuid, created_utc, COALESCE(registration_id, '') FROM devices "
        "WHERE id = ?1",
        [&](Statement& st) { st.bind(1, deviceId); },
        [](const Statement& st) {
            return DeviceRecord{st.text(0), st.text(1), st.int64(2) != 0, st.text(3), st.text(4), st.text(5)};
        });
}

DbResult<QList<StepResultRow>> stepResults(Database& db, qint64 deviceId)
{
    auto st =
        db.prepare("SELECT id, step, attempt, kind, outcome, error_code, operator_message, duration_ms, "
                   "recorded_utc FROM step_results WHERE device_id = ?1 ORDER BY id");
    auto ms = db.prepare(
        "SELECT name, value, unit, verdict FROM measurements WHERE step_result_id = ?1 ORDER BY id");
    auto ar =
        db.prepare("SELECT name, media_type, length(data), sha256 FROM artifacts WHERE step_result_id = ?1 "
                   "ORDER BY id");
    if (!st || !ms || !ar)
        return fail(!st ? st.error() : !ms ? ms.error() : ar.error());
    st->bind(1, deviceId);
    QList<StepResultRow> out;
    if (auto r = eachRow(*st,
                         [&](const Statement& s) {
                             out.append(StepResultRow{s.int64(0),
                                                      int(s.int64(1)),
                                                      int(s.int64(2)),
                                                      s.text(3),
                                                      s.text(4),
                                                      s.text(5),
                                                      s.text(6),
                                                      s.int64(7),
                                                      s.text(8),
                                                      {},
                                                      {}});
                         });
        !r)
        return fail(r.error());
    for (StepResultRow& row : out) {
        ms->reset();
        ms->bind(1, row.id);
        if (auto r = eachRow(
                *ms,
                [&](const Statement& s) {
                    row.measurements.append(MeasurementRow{s.text(0), s.text(1), s.text(2), s.text(3)});
                });
            !r)
            return fail(r.error());
        ar->reset();
        ar->bind(1, row.id);
        if (auto r =
                eachRow(*ar,
                        [&](const Statement& s) {
                            row.artifacts.append(ArtifactRow{s.text(0), s.text(1), s.int64(2), s.text(3)});
                        });
            !r)
            return fail(r.error());
    }
    return out;
}

DbResult<DashboardFigures> dashboardFigures(Database& db, const QDateTime& nowUtc)
{
    DashboardFigures out;
    auto firstPass = firstPassYield(db);
    if (!firstPass)
        return fail(firstPass.error());
    out.firstPass = *firstPass;
    if (auto r = throughput(db, nowUtc, out); !r)
        return fail(r.error());
    auto st = db.prepare("SELECT error_code, operator_message, COUNT(*) FROM step_results WHERE outcome IN "
                         "('fail', 'error') GROUP BY error_code, operator_message ORDER BY 3 DESC LIMIT 5");
    if (!st)
        return fail(st.error());
    if (auto r = eachRow(*st,
                         [&](const Statement& s) {
                             out.causes.append({dashboardCause(s.text(0), s.text(1)), int(s.int64(2))});
                         });
        !r)
        return fail(r.error());
    return out;
}

QStringList dashboardHours(const QDateTime& nowUtc)
{
    QStringList out;
    for (int h = 23; h >= 0; --h)
        out.append(nowUtc.addSecs(-3600LL * h).toString(QStringLiteral("yyyy-MM-ddTHH")));
    return out;
}

QString dashboardCause(const QString& code, const QString& message)
{
    return QStringLiteral("%1 — %2").arg(code, message);
}

} // namespace tps::db
