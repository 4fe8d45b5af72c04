// One device in full: every step attempt with its measurements and artifacts, its TPM slots (Limpet slot
// key records: slot, hostname, device ID, state — never a key) and its audit events.
// Read on a DbJobRunner worker through its own read-only connection; the dialog fills in when it arrives.
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QTreeWidget;

namespace tps::db {
class Database;
}

namespace tps::gui {

class DbJobRunner;

// What the dialog shows, read on the worker: text only (widgets are made on the GUI thread).
struct DeviceDetail
{
    struct Item
    {
        QStringList columns;
        QList<Item> children;
        bool passed = false; // step rows: colours the outcome
    };
    QString error; // set when the device cannot be read
    QString header;
    QList<Item> steps;
    QList<QStringList> slotRecords; // one row per slot key record (db::readSlotKeyRecords)
    QList<QStringList> events;
};

class DeviceDetailDialog : public QDialog
{
    Q_OBJECT
public:
    DeviceDetailDialog(const QString& databasePath, qint64 deviceId, QWidget* parent = nullptr);

    QTreeWidget* steps() const { return m_steps; }
    QTreeWidget* events() const { return m_events; }
    QTreeWidget* tpmSlots() const { return m_tpmSlots; }
    QString error() const { return m_error; }
    bool loading() const { return m_loading; }
    DbJobRunner* jobs() const { return m_jobs; }

    // Reads device `deviceId` from `d` (any thread).
    static DeviceDetail read(db::Database& d, qint64 deviceId);

signals:
    void loaded();

private:
    void fill(const DeviceDetail& detail);

    DbJobRunner* m_jobs;
    QLabel* m_header;
    QTreeWidget* m_steps;
    QTreeWidget* m_events;
    QTreeWidget* m_tpmSlots;
    QString m_error;
    bool m_loading = true;
};

} // namespace tps::gui
