// The audit trail viewer: every event, filterable by device, and the Verify action with its verdict
// (run off the GUI thread on its own read-only connection: a DbJobRunner of its own, so a long verify never
// holds up the pages of the table).
#pragma once

#include "db/AuditTrail.h"

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
class DbJobRunner;

class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(db::StationStore& store, QWidget* parent = nullptr);

    AuditModel* model() const { return m_model; }
    QString verdict() const;
    // Starts verifying on the worker; the verdict shows (and verified is emitted) when it ends.
    void verify();
    bool verifying() const { return m_verifying; }
    DbJobRunner* verifyJobs() const { return m_verifyJobs; }

signals:
    void verified(bool intact);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showVerdict(const db::DbResult<db::VerifyReport>& result);

    DbJobRunner* m_verifyJobs;
    bool m_verifying = false;
    AuditModel* m_model;
    QTableView* m_table;
    QLineEdit* m_serial;
    QPushButton* m_verify;
    QLabel* m_verdict;
};

} // namespace tps::gui
