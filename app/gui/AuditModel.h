// The audit trail as a table, fetched page by page (canFetchMore/fetchMore) in sequence order. Pages are
// read by a DbJobRunner worker on its own read-only connection and arrive as queued calls.
#pragma once

#include "db/AuditTrail.h"

#include <QAbstractTableModel>

namespace tps::gui {

class DbJobRunner;

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, Who, Device, Action, Object, Change, Reason, ColumnCount };
    static constexpr int kPageSize = 500;

    explicit AuditModel(const QString& databasePath, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setDeviceFilter(const QString& serial);
    void reload();
    void markBad(qint64 seq); // highlights the event verify named
    qint64 seqAt(int row) const { return row >= 0 && row < m_events.size() ? m_events.at(row).seq : 0; }
    bool loading() const { return m_pending; }
    QString error() const { return m_error; }
    DbJobRunner* jobs() const { return m_jobs; }

signals:
    void pageLoaded(int rows);

private:
    void onPage(quint64 generation, const db::DbResult<QList<db::AuditEvent>>& page);

    DbJobRunner* m_jobs;
    QString m_serial;
    QList<db::AuditEvent> m_events;
    quint64 m_generation = 0;
    bool m_more = true;
    bool m_pending = false;
    QString m_error;
    qint64 m_bad = 0;
};

} // namespace tps::gui
