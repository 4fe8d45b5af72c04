#include "app/gui/DevicesModel.h"

#include <QBrush>
#include <QColor>

namespace tps::gui {

DevicesModel::DevicesModel(const QString& databasePath, QObject* parent) : QAbstractTableModel(parent)
{
    qRegisterMetaType<DeviceFilter>();
    qRegisterMetaType<QList<DeviceRow>>();
    auto* fetcher = new DevicesFetcher(databasePath);
    fetcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, fetcher, &QObject::deleteLater);
    connect(this, &DevicesModel::requestPage, fetcher, &DevicesFetcher::fetch, Qt::QueuedConnection);
    connect(fetcher, &DevicesFetcher::fetched, this, &DevicesModel::onFetched, Qt::QueuedConnection);
    connect(
        fetcher, &DevicesFetcher::failed, this,
        [this](quint64 generation, const QString& message) {
            if (generation != m_generation)
                return;
            m_pending = false;
            m_more = false;
            m_error = message;
            emit pageLoaded(0);
        },
        Qt::QueuedConnection);
    m_thread.start();
}

DevicesModel::~DevicesModel()
{
    m_thread.quit();
    m_thread.wait();
}

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
    emit requestPage(m_generation, m_filter, m_rows.isEmpty() ? 0 : m_rows.constLast().id, kPageSize);
}

void DevicesModel::setFilter(const DeviceFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    ++m_generation;
    m_pending = false;
    m_more = true;
    m_error.clear();
    endResetModel();
    fetchMore({});
}

void DevicesModel::onFetched(quint64 generation, const QList<DeviceRow>& rows, bool more)
{
    if (generation != m_generation)
        return; // a page of an older filter
    m_pending = false;
    m_more = more;
    if (!rows.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    emit pageLoaded(static_cast<int>(rows.size()));
}

} // namespace tps::gui
