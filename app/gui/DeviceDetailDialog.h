// One device in full: every step attempt with its measurements and artifacts, and its audit events.
// Read-only, through its own connection.
#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace tps::gui {

class DeviceDetailDialog : public QDialog
{
    Q_OBJECT
public:
    DeviceDetailDialog(const QString& databasePath, qint64 deviceId, QWidget* parent = nullptr);

    QTreeWidget* steps() const { return m_steps; }
    QTreeWidget* events() const { return m_events; }
    QString error() const { return m_error; }

private:
    void load(const QString& databasePath, qint64 deviceId);

    QLabel* m_header;
    QTreeWidget* m_steps;
    QTreeWidget* m_events;
    QString m_error;
};

} // namespace tps::gui
