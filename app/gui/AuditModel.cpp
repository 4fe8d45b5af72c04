#include "app/gui/AuditModel.h"

#include "app/gui/DbJobRunner.h"

#include <QBrush>
#include <QColor>

namespace tps::gui {

AuditModel::AuditModel(const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent), m_jobs(new DbJobRunner(databasePath, db::OpenMode::ReadOnly, this))
{}

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
    return !parent.isValid() && m_more && !m_pending;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_pending = true;
    const qint64 from = m_events.isEmpty() ? 1 : m_events.constLast().seq + 1;
    const quint64 generation = m_generation;
    m_jobs->run(
        [from, serial = m_serial](WorkerConnection& connection) -> db::DbResult<QList<db::AuditEvent>> {
            auto d = connection.get();
            if (!d)
                return fail(d.error());
            return db::AuditTrail(**d).events(from, kPageSize, serial);
        },
        [this, generation](const db::DbResult<QList<db::AuditEvent>>& page) { onPage(generation, page); });
}

void AuditModel::onPage(quint64 generation, const db::DbResult<QList<db::AuditEvent>>& page)
{
    if (generation != m_generation)
        return; // a page of an earlier filter
    m_pending = false;
    if (!page) {
        m_more = false;
        m_error = page.error().message;
        emit pageLoaded(0);
        return;
    }
    m_more = page->size() == kPageSize;
    if (!page->isEmpty()) {
        const int first = static_cast<int>(m_events.size());
        beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
        m_events.append(*page);
        endInsertRows();
    }
    emit pageLoaded(static_cast<int>(page->size()));
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
    ++m_generation;
    m_pending = false;
    m_more = true;
    m_error.clear();
    endResetModel();
    fetchMore({});
}

void AuditModel::markBad(qint64 seq)
{
    m_bad = seq;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace tps::gui
