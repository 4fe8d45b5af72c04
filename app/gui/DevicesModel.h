// The devices table: incremental fetch (canFetchMore/fetchMore) of pages read by the typed query
// db::devicePage on a DbJobRunner worker, so a database of a million devices opens at once and scrolls
// smoothly. A new filter supersedes the page in flight ("latest request wins").
#pragma once

#include "db/StationQueries.h"

#include <QAbstractTableModel>

namespace tps::gui {

class DbJobRunner;

using DeviceFilter = db::DeviceFilter;
using DeviceRow = db::DeviceRow;

class DevicesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Serial, State, Batch, Simulated, FirstSeen, ColumnCount };
    static constexpr int kPageSize = 256;

    explicit DevicesModel(const QString& databasePath, QObject* parent = nullptr);
    ~DevicesModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setFilter(const DeviceFilter& filter);
    const DeviceFilter& filter() const { return m_filter; }
    DeviceRow row(int r) const { return m_rows.value(r); }
    bool loading() const { return m_pending; }
    QString error() const { return m_error; }
    const DbJobRunner* jobs() const { return m_jobs; }

signals:
    void pageLoaded(int rows);

private:
    void onFetched(const db::DbResult<db::DevicePage>& page);

    DbJobRunner* m_jobs;
    DeviceFilter m_filter;
    QList<DeviceRow> m_rows;
    bool m_pending = false;
    bool m_more = true;
    QString m_error;
};

} // namespace tps::gui
