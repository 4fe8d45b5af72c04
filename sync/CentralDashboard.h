// The factory dashboard from the factory database (`tpm-station-cli dashboard --central`;
// docs/OPERATOR_GUIDE.md §9): the station dashboard's figures (db/StationQueries.h: first-pass yield per
// step, completed devices per hour, failure causes) over every station's records, with the throughput per
// station. SQL over the central tables; read-only (tps_auditor is enough).
#pragma once

#include "db/StationQueries.h"
#include "sync/PgConnection.h"

#include <QStringList>

namespace tps::sync {

struct FactoryDashboard
{
    struct StepYield
    {
        int step = 0;
        qint64 firstAttempts = 0; // each device's first run of the step that was not aborted
        qint64 passed = 0;        // of them passed
    };
    struct StationHour
    {
        QString station;
        QString hour; // "yyyy-MM-ddTHH" (UTC) of the run's end
        qint64 completed = 0;
    };
    struct Cause
    {
        QString code;
        QString message;
        qint64 count = 0;
    };
    QList<StepYield> yield;
    QList<StationHour> perHour; // by station, then hour; hours without a completed run are absent
    QList<Cause> causes;        // failed or errored step results, most frequent first, top 10
};

// `stations` empty: all stations.
SyncResult<FactoryDashboard> factoryDashboard(PgConnection& pg, const QStringList& stations);

// The factory's figures as the station dashboard shows them (the GUI's dashboard pointed at the factory
// database): yield per step, completed runs of all stations summed per hour over the station dashboard's
// 24-hour window, the five most frequent causes.
db::DashboardFigures asStationFigures(const FactoryDashboard& factory, const QDateTime& nowUtc);

} // namespace tps::sync
