// Typed read queries over the station database for the pages that show it (the GUI's devices page,
// device detail and dashboard): the SQL lives here, in db, and the GUI formats what comes back. Each
// query runs on the caller's connection (a GUI worker thread's own read-only one).
#pragma once

#include "db/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tps::db {

// --- devices page (keyset pagination over devices.id: every page is fast at any depth)
struct DeviceFilter
{
    QString serial; // substring
    QString state;  // run state key of the latest run ("completed", "failed", ...; "new": no run); empty: any
    QString batch;  // product; empty: any
    QDate from;     // first seen on or after
    QDate to;       // first seen on or before
};

struct DeviceRow
{
    qint64 id = 0;
    QString serial;
    QString product;
    bool simulated = false;
    QString state;
    QString created;
};

struct DevicePage
{
    QList<DeviceRow> rows;
    bool more = false; // devices after the last row match too
};

// Up to `limit` devices with an id above `afterId` that match `filter`, by id.
DbResult<DevicePage> devicePage(Database& db, const DeviceFilter& filter, qint64 afterId, int limit);

// --- device detail
struct DeviceRecord
{
    QString serial;
    QString product;
    bool simulated = false;
    QString uuid;
    QString createdUtc;
    QString registrationId; // empty: not derived yet
};

struct MeasurementRow
{
    QString name;
    QString value; // as stored: a one-element JSON array
    QString unit;
    QString verdict;
};

struct ArtifactRow
{
    QString name;
    QString mediaType;
    qint64 size = 0;
    QString sha256;
};

struct StepResultRow
{
    qint64 id = 0;
    int step = 0;
    int attempt = 0;
    QString kind;    // "run" or "recheck"
    QString outcome; // "pass", "fail", ...
    QString errorCode;
    QString operatorMessage;
    qint64 durationMs = 0;
    QString recordedUtc;
    QList<MeasurementRow> measurements;
    QList<ArtifactRow> artifacts;
};

// The device with `deviceId`; nullopt when there is none.
DbResult<std::optional<DeviceRecord>> deviceRecord(Database& db, qint64 deviceId);
// Every step result of the device, oldest first, with its measurements and artifacts (their metadata).
DbResult<QList<StepResultRow>> stepResults(Database& db, qint64 deviceId);

// --- dashboard
struct DashboardFigures
{
    QMap<int, QPair<int, int>>
        firstPass;                      // step -> (first 'run' attempts, of them passed); aborted ones aside
    QList<QPair<QString, int>> perHour; // "yyyy-MM-ddTHH" -> devices completed, the 24 hours up to `now`
    QList<QPair<QString, int>> causes;  // "code — message" -> count of failed results, top 5
    int completed = 0;                  // devices completed in those 24 hours
};

DbResult<DashboardFigures> dashboardFigures(Database& db, const QDateTime& nowUtc);
// The dashboard's throughput window: the 24 hours ("yyyy-MM-ddTHH", UTC) up to `nowUtc`, oldest first.
QStringList dashboardHours(const QDateTime& nowUtc);
// How the dashboard names a failure cause.
QString dashboardCause(const QString& code, const QString& message);

} // namespace tps::db
