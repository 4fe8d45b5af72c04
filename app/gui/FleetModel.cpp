#include "app/gui/FleetModel.h"

#include <QBrush>
#include <QColor>

namespace tps::gui {

FleetModel::FleetModel(QObject* parent) : QAbstractTableModel(parent) {}

int FleetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int FleetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const auto id = [&](const char* key) {
        return r.identity.value(QLatin1String(key)).toString();
    };
    if (role == Qt::UserRole) // the bare serial, as the scanner types it
        return r.device.value(QStringLiteral("serial")).toString();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Serial:
            return r.device.value(QStringLiteral("serial")).toString() + tr(" (simulated)");
        case State:
            if (!r.error.isEmpty())
                return tr("Error");
            return r.identity.isEmpty() ? tr("Identifying…") : tr("TPM %1").arg(id("family"));
        case Tcti:
            return r.device.value(QStringLiteral("tcti")).toString();
        case Manufacturer:
            return r.identity.isEmpty()
                       ? QVariant()
                       : QStringLiteral("%1 (%2)").arg(id("manufacturerName"), id("manufacturer"));
        case Vendor:
            return id("vendorString");
        case Firmware:
            return id("firmwareVersion");
        case Spec:
            return r.identity.isEmpty() ? QVariant()
                                        : tr("rev %1, %2")
                                              .arg(id("specRevision"))
                                              .arg(r.identity.value(QStringLiteral("specYear")).toInt());
        case NvBuffer:
            return r.identity.isEmpty() ? QVariant()
                                        : QVariant(r.identity.value(QStringLiteral("nvBufferMax")).toInt());
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && !r.error.isEmpty())
        return r.error;
    if (role == Qt::ForegroundRole && index.column() == State && !r.error.isEmpty())
        return QBrush(QColor(0xB0, 0x00, 0x20));
    return {};
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Serial:
        return tr("Serial");
    case State:
        return tr("State");
    case Tcti:
        return tr("TCTI");
    case Manufacturer:
        return tr("Manufacturer");
    case Vendor:
        return tr("Vendor string");
    case Firmware:
        return tr("Firmware");
    case Spec:
        return tr("Specification");
    case NvBuffer:
        return tr("NV buffer");
    default:
        return {};
    }
}

int FleetModel::rowOf(const QString& serial) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).device.value(QStringLiteral("serial")).toString() == serial)
            return i;
    return -1;
}

void FleetModel::setDevices(const QList<QJsonObject>& devices)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonObject& d : devices)
        m_rows.append(Row{d, {}, {}});
    endResetModel();
}

void FleetModel::setIdentity(const QString& serial, const QJsonObject& identity)
{
    const int row = rowOf(serial);
    if (row < 0)
        return;
    m_rows[row].identity = identity;
    m_rows[row].error.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FleetModel::setError(const QString& serial, const QString& message)
{
    const int row = rowOf(serial);
    if (row < 0)
        return;
    m_rows[row].error = message;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace tps::gui
