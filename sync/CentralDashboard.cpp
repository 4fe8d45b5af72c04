#include "sync/CentralDashboard.h"

#include <QDateTime>

namespace tps::sync {

namespace {
// The chosen stations ($1: comma-separated, '' = all).
// (An empty parameter reaches the server as NULL.)
const QByteArray kStations = "(coalesce($1, '') = '' OR station_id = ANY (string_to_array($1, ',')::uuid[]))";

// The station dashboard's first-pass rule, per station's device: its first 'run' result of a step that was
// not aborted (step results are never changed, so each has one central record).
QByteArray yieldSql()
{
    return "SELECT step, count(*), count(*) FILTER (WHERE outcome = 'pass') FROM (SELECT DISTINCT ON "
           "(station_id, payload->>'device_id', payload->>'step') (payload->>'step')::int AS step, "
           "payload->>'outcome' AS outcome FROM tps.records WHERE table_name = 'step_results' AND "
           "payload->>'kind' = 'run' AND payload->>'outcome' <> 'aborted' AND " +
           kStations +
           " ORDER BY station_id, payload->>'device_id', payload->>'step', (payload->>'id')::bigint) f "
           "GROUP BY step ORDER BY step";
}

// Completed runs (their newest state) by station and hour of their end.
QByteArray perHourSql()
{
    return "SELECT station_id, left(p->>'ended_utc', 13), count(*) FROM (SELECT DISTINCT ON (station_id, "
           "row_key) station_id, payload AS p FROM tps.records WHERE table_name = 'runs' AND " +
           kStations +
           " ORDER BY station_id, row_key, outbox_seq DESC) r WHERE p->>'state' = 'completed' GROUP BY 1, 2 "
           "ORDER BY 1, 2";
}

QByteArray causesSql()
{
    return "SELECT coalesce(payload->>'error_code', ''), coalesce(payload->>'operator_message', ''), "
           "count(*) "
           "FROM tps.records WHERE table_name = 'step_results' AND payload->>'outcome' IN ('fail', 'error') "
           "AND " +
           kStations + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 10";
}
} // namespace

SyncResult<FactoryDashboard> factoryDashboard(PgConnection& pg, const QStringList& stations)
{
    const QList<QByteArray> params{stations.join(QLatin1Char(',')).toUtf8()};
    FactoryDashboard out;
    auto yield = pg.exec(yieldSql(), params);
    if (!yield)
        return fail(yield.error());
    for (int i = 0; i < PgConnection::rows(*yield); ++i)
        out.yield.append({PgConnection::value(*yield, i, 0).toInt(),
                          PgConnection::value(*yield, i, 1).toLongLong(),
                          PgConnection::value(*yield, i, 2).toLongLong()});
    auto hours = pg.exec(perHourSql(), params);
    if (!hours)
        return fail(hours.error());
    for (int i = 0; i < PgConnection::rows(*hours); ++i)
        out.perHour.append({PgConnection::value(*hours, i, 0), PgConnection::value(*hours, i, 1),
                            PgConnection::value(*hours, i, 2).toLongLong()});
    auto causes = pg.exec(causesSql(), params);
    if (!causes)
        return fail(causes.error());
    for (int i = 0; i < PgConnection::rows(*causes); ++i)
        out.causes.append({PgConnection::value(*causes, i, 0), PgConnection::value(*causes, i, 1),
                           PgConnection::value(*causes, i, 2).toLongLong()});
    return out;
}

db::DashboardFigures asStationFigures(const FactoryDashboard& factory, const QDateTime& nowUtc)
{
    db::DashboardFigures out;
    for (const FactoryDashboard::StepYield& y : factory.yield)
        out.firstPass.insert(y.step, {int(y.firstAttempts), int(y.passed)});
    QMap<QString, int> hours;
    for (const QString& hour : db::dashboardHours(nowUtc))
        hours.insert(hour, 0);
    for (const FactoryDashboard::StationHour& h : factory.perHour) {
        const auto it = hours.find(h.hour);
        if (it == hours.end())
            continue;
        *it += int(h.completed);
        out.completed += int(h.completed);
    }
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        out.perHour.append({it.key(), it.value()});
    for (const FactoryDashboard::Cause& c : factory.causes.mid(0, 5))
        out.causes.append({db::dashboardCause(c.code, c.message), int(c.count)});
    return out;
}

} // namespace tps::sync
