#include "app/gui/ExportsPage.h"

#include "app/gui/AuditExportPanel.h"
#include "app/gui/DpsExportWizard.h"
#include "app/gui/ExportWorker.h"
#include "app/gui/UploadImportPanel.h"
#include "db/Permissions.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace tps::gui {

ExportsPage::ExportsPage(const QString& databasePath, ExportContextFn context, QWidget* parent)
    : QWidget(parent), m_worker(new ExportWorker(databasePath)), m_tabs(new QTabWidget)
{
    qRegisterMetaType<DpsBatchSummary>();
    qRegisterMetaType<DpsExportOutcome>();
    qRegisterMetaType<AuditExportOutcome>();
    qRegisterMetaType<UploadImportOutcome>();
    m_thread.setObjectName(QStringLiteral("exports"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();

    auto* layout = new QVBoxLayout(this);
    m_wizard = new DpsExportWizard(m_worker, context);
    m_wizard->setWindowFlags(Qt::Widget);
    m_audit = new AuditExportPanel(m_worker, context);
    m_upload = new UploadImportPanel(m_worker, context);
    m_tabs->addTab(m_wizard, tr("&DPS enrollment batch"));
    m_tabs->addTab(m_audit, tr("&Audit export"));
    m_tabs->addTab(m_upload, tr("Up&load result"));
    layout->addWidget(m_tabs);
}

void ExportsPage::setRole(db::Role role)
{
    const bool batches = db::permits(role, db::Action::ExportDps);
    const QString why = batches ? QString()
                                : tr("DPS enrollment batches and upload results are made by supervisors and "
                                     "administrators.");
    for (QWidget* tab : {static_cast<QWidget*>(m_wizard), static_cast<QWidget*>(m_upload)}) {
        const int index = m_tabs->indexOf(tab);
        m_tabs->setTabEnabled(index, batches);
        m_tabs->setTabToolTip(index, why);
    }
    // Each sign-in starts on the first part the person may use, not where the previous person left off.
    m_tabs->setCurrentWidget(batches ? static_cast<QWidget*>(m_wizard) : static_cast<QWidget*>(m_audit));
}

ExportsPage::~ExportsPage()
{
    // A running export completes (its transaction commits or rolls back) before the page goes.
    m_thread.quit();
    m_thread.wait();
}

} // namespace tps::gui
