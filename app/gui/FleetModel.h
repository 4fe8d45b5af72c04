// Table model of the simulated fleet: one row per device with its TPM identity or error.
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace tps::gui {

class FleetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Serial, State, Tcti, Manufacturer, Vendor, Firmware, Spec, NvBuffer, ColumnCount };

    explicit FleetModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    // From FleetWorker: the device list (SimDevice::toJson) and, per device, identity or error.
    void setDevices(const QList<QJsonObject>& devices);
    void setIdentity(const QString& serial, const QJsonObject& identity);
    void setError(const QString& serial, const QString& message);

private:
    struct Row
    {
        QJsonObject device;
        QJsonObject identity;
        QString error;
    };
    int rowOf(const QString& serial) const;
    QList<Row> m_rows;
};

} // namespace tps::gui
