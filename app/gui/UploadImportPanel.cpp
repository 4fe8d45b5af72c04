#include "app/gui/UploadImportPanel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tps::gui {

UploadImportPanel::UploadImportPanel(ExportWorker* worker, ExportContextFn context, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_context(std::move(context)), m_file(new QLineEdit),
      m_batch(new QLineEdit), m_import(new QPushButton(tr("&Import result"))), m_progress(new QProgressBar),
      m_summary(new QLabel), m_failures(new QListWidget)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("After uploading a bulk-NNNN.json file to DPS, import the service's answer: each "
                      "device of that operation is marked uploaded, or failed with the reason."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_file->setPlaceholderText(tr("bulk-NNNN result JSON"));
    fileRow->addWidget(m_file, 1);
    auto* browse = new QPushButton(tr("Brow&se…"));
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("Result &file:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_batch->setPlaceholderText(tr("UUID or name; empty: from the manifest.json next to the file"));
    form->addRow(tr("&Batch:"), m_batch);
    layout->addLayout(form);
    layout->addWidget(m_import, 0, Qt::AlignLeft);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    layout->addWidget(m_failures, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("DPS bulk enrollment result"),
                                                          m_file->text(), tr("JSON (*.json);;All files (*)"));
        if (!file.isEmpty())
            m_file->setText(file);
    });
    connect(m_import, &QPushButton::clicked, this, &UploadImportPanel::start);
    connect(m_worker, &ExportWorker::importFinished, this, &UploadImportPanel::onFinished);
}

void UploadImportPanel::showError(const QString& message)
{
    m_summary->setStyleSheet(
        QStringLiteral("QLabel { color: #C62828; font-weight: bold; font-size: 13pt; }"));
    m_summary->setText(message);
}

bool UploadImportPanel::start()
{
    if (m_running)
        return false;
    m_failures->clear();
    const ExportContext context = m_context ? m_context() : ExportContext{};
    if (context.actor.id.isEmpty()) {
        showError(tr("Sign in first: the import records who made it."));
        return false;
    }
    const QString file = m_file->text().trimmed();
    if (file.isEmpty() || !QFileInfo(file).isFile()) {
        showError(tr("Choose the DPS result JSON file to import."));
        return false;
    }
    db::exports::UploadImportOptions options;
    options.batch = m_batch->text().trimmed();
    options.actor = context.actor;
    m_running = true;
    m_import->setEnabled(false);
    m_progress->setRange(0, 0);
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Importing…"));
    ExportWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, file, options] { worker->importResult(file, options); }, Qt::QueuedConnection);
    return true;
}

void UploadImportPanel::onFinished(const UploadImportOutcome& outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_outcome = outcome;
    m_import->setEnabled(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.ok ? 1 : 0);
    if (!outcome.ok) {
        showError(tr("The result was not imported; nothing was changed: %1").arg(outcome.error));
        emit importFinished(false);
        return;
    }
    const auto& r = outcome.result;
    m_summary->setStyleSheet(
        r.failed > 0 ? QStringLiteral("QLabel { color: #C62828; font-weight: bold; font-size: 14pt; }")
                     : QStringLiteral("QLabel { color: #1B5E20; font-weight: bold; font-size: 14pt; }"));
    QString text = tr("Batch %1, operation %2: %3 uploaded, %4 failed.")
                       .arg(r.batchName)
                       .arg(r.operation)
                       .arg(r.uploaded)
                       .arg(r.failed);
    if (!outcome.error.isEmpty())
        text += QLatin1Char('\n') + tr("Note: %1").arg(outcome.error);
    m_summary->setText(text);
    for (const QString& f : r.failures)
        m_failures->addItem(f);
    emit importFinished(true);
}

} // namespace tps::gui
