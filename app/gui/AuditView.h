// The audit trail viewer: every event, filterable by device, and the Verify action with its verdict
// (run off the GUI thread on its own read-only connection).
#pragma once

#include "AuditTrail.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tps::db {
class StationStore;
}

namespace tps::gui {

class AuditModel;

class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(db::StationStore& store, QWidget* parent = nullptr);

    AuditModel* model() const { return m_model; }
    QString verdict() const;
    void verify();
    bool verifying() const { return m_watcher.isRunning(); }

signals:
    void verified(bool intact);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QString m_path;
    AuditModel* m_model;
    QTableView* m_table;
    QLineEdit* m_serial;
    QPushButton* m_verify;
    QLabel* m_verdict;
    QFutureWatcher<db::DbResult<db::VerifyReport>> m_watcher;
};

} // namespace tps::gui
