// The devices table: incremental fetch (canFetchMore/fetchMore) of pages read by a DevicesFetcher on a
// worker thread, so a database of a million devices opens at once and scrolls smoothly.
#pragma once

#include "app/gui/DevicesFetcher.h"

#include <QAbstractTableModel>
#include <QThread>

namespace tps::gui {

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

signals:
    void pageLoaded(int rows);
    void requestPage(quint64 generation, const tps::gui::DeviceFilter& filter, qint64 afterId, int limit);

private:
    void onFetched(quint64 generation, const QList<DeviceRow>& rows, bool more);

    QThread m_thread;
    DeviceFilter m_filter;
    QList<DeviceRow> m_rows;
    quint64 m_generation = 0;
    bool m_pending = false;
    bool m_more = true;
    QString m_error;
};

} // namespace tps::gui
