// The audit trail as a table, fetched page by page (canFetchMore/fetchMore) in sequence order.
#pragma once

#include "AuditTrail.h"

#include <QAbstractTableModel>

namespace tps::gui {

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, Who, Device, Action, Object, Change, Reason, ColumnCount };
    static constexpr int kPageSize = 500;

    explicit AuditModel(db::Database& db, QObject* parent = nullptr);

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

private:
    db::Database& m_db;
    QString m_serial;
    QList<db::AuditEvent> m_events;
    bool m_more = true;
    qint64 m_bad = 0;
};

} // namespace tps::gui
