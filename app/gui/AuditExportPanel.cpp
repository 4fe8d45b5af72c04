#include "app/gui/AuditExportPanel.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tps::gui {

AuditExportPanel::AuditExportPanel(ExportWorker* worker, ExportContextFn context, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_context(std::move(context)),
      m_useFrom(new QCheckBox(tr("&From (UTC):"))), m_from(new QDateTimeEdit),
      m_useTo(new QCheckBox(tr("&Until (UTC):"))), m_to(new QDateTimeEdit), m_serial(new QLineEdit),
      m_batch(new QLineEdit), m_csv(new QCheckBox(tr("&CSV"))), m_json(new QCheckBox(tr("&JSON"))),
      m_pdf(new QCheckBox(tr("&PDF report"))), m_outDir(new QLineEdit),
      m_export(new QPushButton(tr("E&xport audit events"))), m_progress(new QProgressBar),
      m_verdict(new QLabel), m_result(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The audit events of a period, a device or a batch, with every field, the chain "
                      "verdict and the last checkpoint, in a signed folder. Exporting is itself "
                      "audited."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (QDateTimeEdit* e : {m_from, m_to}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    m_from->setDateTime(now.addDays(-7));
    m_to->setDateTime(now);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    form->addRow(m_useFrom, m_from);
    form->addRow(m_useTo, m_to);
    m_serial->setPlaceholderText(tr("Only this device (optional)"));
    form->addRow(tr("Device &serial:"), m_serial);
    m_batch->setPlaceholderText(tr("Only this batch and its devices: UUID or name (optional)"));
    form->addRow(tr("&Batch:"), m_batch);
    auto* formats = new QHBoxLayout;
    m_csv->setChecked(true);
    m_json->setChecked(true);
    m_pdf->setChecked(true);
    formats->addWidget(m_csv);
    formats->addWidget(m_json);
    formats->addWidget(m_pdf);
    formats->addStretch(1);
    form->addRow(tr("Formats:"), formats);
    auto* dirRow = new QHBoxLayout;
    m_outDir->setPlaceholderText(tr("A new or empty folder"));
    dirRow->addWidget(m_outDir, 1);
    auto* browse = new QPushButton(tr("Bro&wse…"));
    dirRow->addWidget(browse);
    auto* dirLabel = new QLabel(tr("&Output folder:"));
    dirLabel->setBuddy(m_outDir);
    form->addRow(dirLabel, dirRow);
    layout->addLayout(form);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    layout->addWidget(m_verdict);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder for the audit export"),
                                                              m_outDir->text());
        if (!dir.isEmpty())
            m_outDir->setText(dir);
    });
    connect(m_export, &QPushButton::clicked, this, &AuditExportPanel::start);
    connect(m_worker, &ExportWorker::auditProgress, this, &AuditExportPanel::onProgress);
    connect(m_worker, &ExportWorker::auditFinished, this, &AuditExportPanel::onFinished);
}

void AuditExportPanel::showError(const QString& message)
{
    m_verdict->setStyleSheet(
        QStringLiteral("QLabel { color: #C62828; font-weight: bold; font-size: 13pt; }"));
    m_verdict->setText(message);
}

bool AuditExportPanel::start()
{
    if (m_running)
        return false;
    m_result->clear();
    m_verdict->clear();
    const ExportContext context = m_context ? m_context() : ExportContext{};
    if (context.actor.id.isEmpty()) {
        showError(tr("Sign in first: the export records who made it."));
        return false;
    }
    const QString dir = m_outDir->text().trimmed();
    if (dir.isEmpty()) {
        showError(tr("Choose an output folder."));
        return false;
    }
    if (!m_csv->isChecked() && !m_json->isChecked() && !m_pdf->isChecked()) {
        showError(tr("Choose at least one format: CSV, JSON or PDF."));
        return false;
    }
    if (m_useFrom->isChecked() && m_useTo->isChecked() && m_from->dateTime() > m_to->dateTime()) {
        showError(tr("The period ends before it begins."));
        return false;
    }
    if (!m_serial->text().trimmed().isEmpty() && !m_batch->text().trimmed().isEmpty()) {
        showError(tr("Choose a device or a batch, not both."));
        return false;
    }
    db::exports::AuditExportOptions options;
    options.outDir = dir;
    if (m_useFrom->isChecked())
        options.from = m_from->dateTime().toUTC().toString(Qt::ISODate);
    if (m_useTo->isChecked())
        options.to = m_to->dateTime().toUTC().toString(Qt::ISODate);
    options.serial = m_serial->text().trimmed();
    options.batch = m_batch->text().trimmed();
    options.csv = m_csv->isChecked();
    options.json = m_json->isChecked();
    options.pdf = m_pdf->isChecked();
    options.actor = context.actor;
    m_running = true;
    m_export->setEnabled(false);
    m_progress->setRange(0, 0); // busy: the number of events is known only at the end; onProgress() counts
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("Exporting and verifying the audit chain…"));
    ExportWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, options] { worker->exportAudit(options); }, Qt::QueuedConnection);
    return true;
}

void AuditExportPanel::onProgress(int stage, qint64 events)
{
    if (!m_running)
        return;
    switch (static_cast<db::exports::AuditExportStage>(stage)) {
    case db::exports::AuditExportStage::Verifying:
        m_verdict->setText(tr("Verifying the audit chain…"));
        break;
    case db::exports::AuditExportStage::Writing:
        m_verdict->setText(tr("%n audit event(s) written…", nullptr, static_cast<int>(events)));
        break;
    case db::exports::AuditExportStage::Report:
        m_verdict->setText(tr("Writing the verification, the report and the signed manifest…"));
        break;
    }
}

void AuditExportPanel::onFinished(const AuditExportOutcome& outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_outcome = outcome;
    m_export->setEnabled(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.ok ? 1 : 0);
    if (!outcome.ok) {
        showError(tr("The audit export failed; nothing was written: %1").arg(outcome.error));
        emit exportFinished(false);
        return;
    }
    const auto& r = outcome.result;
    m_verdict->setStyleSheet(
        r.intact ? QStringLiteral("QLabel { color: #1B5E20; font-weight: bold; font-size: 14pt; }")
                 : QStringLiteral("QLabel { color: #C62828; font-weight: bold; font-size: 14pt; }"));
    m_verdict->setText((r.intact ? tr("Chain intact: %1") : tr("CHAIN BROKEN: %1")).arg(r.verdict));
    const QDir out(outcome.outDir);
    QStringList lines;
    lines << tr("%n audit event(s) exported", nullptr, static_cast<int>(r.events)) +
                 (r.events > 0 ? tr(" (seq %1..%2)").arg(r.firstSeq).arg(r.lastSeq) : QString());
    lines << tr("Output folder: %1").arg(QDir::toNativeSeparators(out.absolutePath()));
    lines << tr("Files: %1").arg(r.files.join(QStringLiteral(", ")));
    lines << tr("Manifest signature (CMS): %1")
                 .arg(QDir::toNativeSeparators(out.absoluteFilePath(QStringLiteral("manifest.json.p7s"))));
    if (!outcome.error.isEmpty())
        lines << tr("Note: %1").arg(outcome.error);
    m_result->setText(lines.join(QLatin1Char('\n')));
    emit exportFinished(true);
}

} // namespace tps::gui
