// The exports page (supervisors, quality, admins): the DPS enrollment batch wizard, the audit export and the
// import of DPS upload results. Quality exports the audit trail only: DPS batches and upload results are for
// supervisors and administrators (setRole). Every export runs on the page's own worker thread with its own
// database connection; the window stays responsive and progress arrives as queued signals.
#pragma once

#include "app/gui/ExportContext.h"
#include "db/Operators.h"

#include <QThread>
#include <QWidget>

class QTabWidget;

namespace tps::gui {

class AuditExportPanel;
class DpsExportWizard;
class ExportWorker;
class UploadImportPanel;

class ExportsPage : public QWidget
{
    Q_OBJECT
public:
    ExportsPage(const QString& databasePath, ExportContextFn context, QWidget* parent = nullptr);
    ~ExportsPage() override;

    ExportWorker* worker() const { return m_worker; }
    QThread* workerThread() { return &m_thread; }
    DpsExportWizard* dpsWizard() const { return m_wizard; }
    AuditExportPanel* auditPanel() const { return m_audit; }
    UploadImportPanel* uploadPanel() const { return m_upload; }
    QTabWidget* tabs() const { return m_tabs; }

    // Enables the tabs the signed-in role may use and shows the first of them (the DPS batch, or for quality
    // the audit export).
    void setRole(db::Role role);

private:
    QThread m_thread;
    ExportWorker* m_worker;
    QTabWidget* m_tabs;
    DpsExportWizard* m_wizard;
    AuditExportPanel* m_audit;
    UploadImportPanel* m_upload;
};

} // namespace tps::gui
