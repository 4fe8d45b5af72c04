#include "app/gui/DevicesModel.h"

#include "app/gui/DbJobRunner.h"

#include <QBrush>
#include <QColor>

namespace tps::gui {

DevicesModel::DevicesModel(const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent), m_jobs(new DbJobRunner(databasePath, db::OpenMode::ReadOnly, this))
{}

DevicesModel::~DevicesModel() = default; // the runner (a child) waits for the page in progress

int DevicesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DevicesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DevicesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceRow& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Serial:
            return r.serial;
        case State:
            return r.state;
        case Batch:
            return r.product;
        case Simulated:
            return r.simulated ? tr("SIMULATED") : tr("production");
        case FirstSeen:
            return r.created;
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Simulated && r.simulated)
        return QBrush(QColor(0xFF, 0xD5, 0x4F));
    if (role == Qt::ForegroundRole && index.column() == Simulated && r.simulated)
        return QBrush(Qt::black);
    if (role == Qt::UserRole)
        return r.id;
    return {};
}

QVariant DevicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Serial:
        return tr("Serial");
    case State:
        return tr("State");
    case Batch:
        return tr("Product / batch");
    case Simulated:
        return tr("Kind");
    case FirstSeen:
        return tr("First seen (UTC)");
    }
    return {};
}

bool DevicesModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_pending;
}

void DevicesModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_pending = true;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    m_jobs->runLatest(
        [filter = m_filter, after](WorkerConnection& connection) -> db::DbResult<db::DevicePage> {
            auto database = connection.get();
            if (!database)
                return fail(database.error());
            return db::devicePage(**database, filter, after, kPageSize);
        },
        [this](db::DbResult<db::DevicePage> page) { onFetched(page); });
}

void DevicesModel::setFilter(const DeviceFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_pending = false; // the page in flight is superseded by the next request
    m_more = true;
    m_error.clear();
    endResetModel();
    fetchMore({});
}

void DevicesModel::onFetched(const db::DbResult<db::DevicePage>& page)
{
    m_pending = false;
    if (!page) {
        m_more = false;
        m_error = page.error().message;
        emit pageLoaded(0);
        return;
    }
    m_more = page->more;
    if (!page->rows.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
        m_rows.append(page->rows);
        endInsertRows();
    }
    emit pageLoaded(static_cast<int>(page->rows.size()));
}

} // namespace tps::gui
