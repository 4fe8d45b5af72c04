#include "AuditModel.h"

#include <QBrush>
#include <QColor>

namespace tps::gui {

AuditModel::AuditModel(db::Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const db::AuditEvent& e = m_events.at(index.row());
    if (role == Qt::BackgroundRole && m_bad != 0 && e.seq == m_bad)
        return QBrush(QColor(0xC6, 0x28, 0x28));
    if (role == Qt::ForegroundRole && m_bad != 0 && e.seq == m_bad)
        return QBrush(Qt::white);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return e.seq;
    case Time:
        return e.timeUtc;
    case Who:
        return QStringLiteral("%1 (%2)").arg(e.actorName, e.actorId);
    case Device:
        return e.entry.deviceSerial;
    case Action:
        return e.entry.action;
    case Object:
        return e.entry.field.isEmpty() ? e.entry.object : e.entry.object + QLatin1Char('.') + e.entry.field;
    case Change:
        return e.entry.oldValue.isEmpty() ? e.entry.newValue
                                          : tr("%1 → %2").arg(e.entry.oldValue, e.entry.newValue);
    case Reason:
        return e.entry.reason;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time (UTC)");
    case Who:
        return tr("Who");
    case Device:
        return tr("Device");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Change:
        return tr("Change");
    case Reason:
        return tr("Reason");
    }
    return {};
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    db::AuditTrail trail(m_db);
    const qint64 from = m_events.isEmpty() ? 1 : m_events.constLast().seq + 1;
    auto page = trail.events(from, kPageSize, m_serial);
    if (!page || page->isEmpty()) {
        m_more = false;
        return;
    }
    m_more = page->size() == kPageSize;
    const int first = static_cast<int>(m_events.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_events.append(*page);
    endInsertRows();
}

void AuditModel::setDeviceFilter(const QString& serial)
{
    m_serial = serial;
    reload();
}

void AuditModel::reload()
{
    beginResetModel();
    m_events.clear();
    m_more = false; // no fetch while the views are still handling the reset
    endResetModel();
    m_more = true;
    fetchMore({});
}

void AuditModel::markBad(qint64 seq)
{
    m_bad = seq;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace tps::gui
