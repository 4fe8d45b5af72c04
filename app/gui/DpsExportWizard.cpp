#include "app/gui/DpsExportWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
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
#include <QWizardPage>

namespace tps::gui {

namespace {
const QString kErrorStyle = QStringLiteral("QLabel { color: #C62828; font-weight: bold; }");
}

class DpsOptionsPage : public QWizardPage
{
public:
    explicit DpsOptionsPage(DpsExportWizard* w) : m_w(w)
    {
        setTitle(DpsExportWizard::tr("DPS enrollment batch — options"));
        setSubTitle(DpsExportWizard::tr("The devices that passed QA go into a signed batch of DPS bulk "
                                        "enrollment files for upload from outside the factory."));
        auto* form = new QFormLayout(this);
        w->m_name->setPlaceholderText(DpsExportWizard::tr("batch-<UTC time> when empty"));
        form->addRow(DpsExportWizard::tr("Batch na&me:"), w->m_name);
        auto* dirRow = new QHBoxLayout;
        w->m_outDir->setPlaceholderText(DpsExportWizard::tr("A new or empty folder"));
        dirRow->addWidget(w->m_outDir, 1);
        auto* browse = new QPushButton(DpsExportWizard::tr("Bro&wse…"));
        dirRow->addWidget(browse);
        auto* dirLabel = new QLabel(DpsExportWizard::tr("&Output folder:"));
        dirLabel->setBuddy(w->m_outDir);
        form->addRow(dirLabel, dirRow);
        form->addRow(QString(), w->m_allowSimulated);
        form->addRow(QString(), w->m_simWarning);
        form->addRow(QString(), w->m_reexport);
        form->addRow(QString(), w->m_optionsError);
        QObject::connect(browse, &QPushButton::clicked, this, [this] {
            const QString dir = QFileDialog::getExistingDirectory(
                this, DpsExportWizard::tr("Output folder for the DPS batch"), m_w->m_outDir->text());
            if (!dir.isEmpty())
                m_w->m_outDir->setText(dir);
        });
        QObject::connect(w->m_outDir, &QLineEdit::textChanged, this, [this] {
            m_w->m_optionsError->clear();
            emit completeChanged();
        });
    }
    bool isComplete() const override { return !m_w->m_outDir->text().trimmed().isEmpty(); }
    bool validatePage() override { return m_w->validateOptions(); }
    void cleanupPage() override {} // starting over keeps what was typed

private:
    DpsExportWizard* m_w;
};

class DpsSummaryPage : public QWizardPage
{
public:
    explicit DpsSummaryPage(DpsExportWizard* w) : m_w(w)
    {
        setTitle(DpsExportWizard::tr("DPS enrollment batch — what will be exported"));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, DpsExportWizard::tr("&Start export"));
        auto* layout = new QVBoxLayout(this);
        auto* productRow = new QHBoxLayout;
        auto* productLabel = new QLabel(DpsExportWizard::tr("&Product:"));
        productLabel->setBuddy(w->m_product);
        productRow->addWidget(productLabel);
        productRow->addWidget(w->m_product, 1);
        layout->addLayout(productRow);
        w->m_summary->setWordWrap(true);
        w->m_summary->setTextFormat(Qt::PlainText);
        w->m_summary->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; }"));
        layout->addWidget(w->m_summary);
        layout->addStretch(1);
        QObject::connect(w->m_product, &QComboBox::currentIndexChanged, this, [this] {
            m_w->onSummarised(m_w->m_batchSummary); // re-describe for the chosen product
        });
    }
    void initializePage() override { m_w->requestSummary(); }
    bool isComplete() const override
    {
        return m_w->m_summaryReady && m_w->m_batchSummary.error.isEmpty() && m_w->selectedCount() > 0;
    }
    void complete() { emit completeChanged(); }

private:
    DpsExportWizard* m_w;
};

class DpsRunPage : public QWizardPage
{
public:
    explicit DpsRunPage(DpsExportWizard* w) : m_w(w)
    {
        setTitle(DpsExportWizard::tr("DPS enrollment batch — export"));
        setFinalPage(true);
        setButtonText(QWizard::FinishButton, DpsExportWizard::tr("&New batch"));
        auto* layout = new QVBoxLayout(this);
        w->m_progress->setMinimumHeight(32);
        layout->addWidget(w->m_progress);
        layout->addWidget(w->m_status);
        w->m_result->setWordWrap(true);
        w->m_result->setTextFormat(Qt::PlainText);
        w->m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        w->m_result->setStyleSheet(QStringLiteral("QLabel { font-size: 12pt; }"));
        layout->addWidget(w->m_result);
        layout->addStretch(1);
    }
    void initializePage() override { m_w->startExport(); }
    bool isComplete() const override { return !m_w->m_running; }
    void complete() { emit completeChanged(); }

private:
    DpsExportWizard* m_w;
};

DpsExportWizard::DpsExportWizard(ExportWorker* worker, ExportContextFn context, QWidget* parent)
    : QWizard(parent), m_worker(worker), m_context(std::move(context)), m_name(new QLineEdit),
      m_outDir(new QLineEdit), m_allowSimulated(new QCheckBox(tr("Allow &simulated devices"))),
      m_reexport(new QCheckBox(tr("&Re-export devices already in a batch"))), m_simWarning(new QLabel),
      m_optionsError(new QLabel), m_product(new QComboBox), m_summary(new QLabel),
      m_progress(new QProgressBar), m_status(new QLabel), m_result(new QLabel)
{
    setObjectName(QStringLiteral("dpsExportWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_simWarning->setText(
        tr("WARNING: SIMULATED devices will be exported. The files mark them (the tag and the CSV column "
           "\"simulated\", the manifest's batch) — such a batch must never be uploaded to a production "
           "DPS."));
    m_simWarning->setWordWrap(true);
    m_simWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #FFD54F; color: black; font-weight: bold; "
                       "font-size: 13pt; padding: 6px; }"));
    m_simWarning->setVisible(false);
    m_optionsError->setWordWrap(true);
    m_optionsError->setStyleSheet(kErrorStyle);
    connect(m_allowSimulated, &QCheckBox::toggled, m_simWarning, &QLabel::setVisible);
    setPage(OptionsPageId, new DpsOptionsPage(this));
    setPage(SummaryPageId, new DpsSummaryPage(this));
    setPage(RunPageId, new DpsRunPage(this));
    setStartId(OptionsPageId);
    connect(m_worker, &ExportWorker::summarised, this, &DpsExportWizard::onSummarised);
    connect(m_worker, &ExportWorker::dpsProgress, this, &DpsExportWizard::onProgress);
    connect(m_worker, &ExportWorker::dpsFinished, this, &DpsExportWizard::onFinished);
}

qint64 DpsExportWizard::selectedCount() const
{
    return m_batchSummary.products.value(m_product->currentData().toString(), 0);
}

bool DpsExportWizard::validateOptions()
{
    m_optionsError->clear();
    m_startedWith = m_context ? m_context() : ExportContext{};
    if (m_startedWith.actor.id.isEmpty()) {
        m_optionsError->setText(tr("Sign in first: the batch records who exported it."));
        return false;
    }
    if (m_startedWith.profile.production && m_allowSimulated->isChecked()) {
        m_optionsError->setText(tr("The product profile is a production profile: simulated devices are never "
                                   "exported from it."));
        return false;
    }
    auto dps = db::exports::DpsProfile::fromJson(m_startedWith.profile.section(QStringLiteral("dps")));
    if (!dps) {
        m_optionsError->setText(tr("The product profile's DPS settings are not valid: %1").arg(dps.error()));
        return false;
    }
    m_dpsProfile = *dps;
    const QString dir = m_outDir->text().trimmed();
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        m_optionsError->setText(tr("%1 is a file, not a folder.").arg(dir));
        return false;
    }
    if (info.isDir() &&
        !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        m_optionsError->setText(
            tr("The output folder %1 is not empty: choose a new or empty folder.").arg(dir));
        return false;
    }
    const QString name = m_name->text().trimmed();
    if (name.size() > 128) {
        m_optionsError->setText(tr("A batch name is one line of at most 128 characters."));
        return false;
    }
    return true;
}

void DpsExportWizard::requestSummary()
{
    m_summaryReady = false;
    m_waitingSummary = true;
    m_summary->setText(tr("Counting the devices that passed QA…"));
    static_cast<DpsSummaryPage*>(page(SummaryPageId))->complete();
    ExportWorker* worker = m_worker;
    const bool allow = m_allowSimulated->isChecked();
    const bool reexport = m_reexport->isChecked();
    QMetaObject::invokeMethod(
        worker, [worker, allow, reexport] { worker->summarise(allow, reexport); }, Qt::QueuedConnection);
}

void DpsExportWizard::onSummarised(const DpsBatchSummary& summary)
{
    if (m_waitingSummary) {
        m_waitingSummary = false;
        m_batchSummary = summary;
        m_summaryReady = true;
        const QSignalBlocker block(m_product);
        m_product->clear();
        for (auto it = summary.products.cbegin(); it != summary.products.cend(); ++it)
            m_product->addItem(tr("%1 (%n device(s))", nullptr, static_cast<int>(it.value())).arg(it.key()),
                               it.key());
        const int preferred = m_product->findData(m_startedWith.profile.id);
        if (preferred >= 0)
            m_product->setCurrentIndex(preferred);
        m_product->setEnabled(m_product->count() > 1);
    }
    if (!m_summaryReady)
        return;
    QString text;
    if (!m_batchSummary.error.isEmpty()) {
        text = tr("The devices cannot be counted: %1").arg(m_batchSummary.error);
    } else if (m_batchSummary.products.isEmpty()) {
        text = tr("No device that passed QA is waiting for a batch: nothing to export.");
    } else {
        const QString product = m_product->currentData().toString();
        text = tr("%n device(s) of product %1 will be exported into %2.", nullptr,
                  static_cast<int>(selectedCount()))
                   .arg(product, QDir::toNativeSeparators(m_outDir->text().trimmed()));
        text += QLatin1Char('\n') +
                (m_allowSimulated->isChecked()
                     ? tr("Simulated devices are included, marked \"simulated\" in the files.")
                     : tr("Simulated devices are left out."));
        if (m_batchSummary.products.size() > 1)
            text +=
                QLatin1Char('\n') + tr("Devices of %n product(s) are waiting: one batch holds one product.",
                                       nullptr, static_cast<int>(m_batchSummary.products.size()));
    }
    if (m_batchSummary.error.isEmpty()) {
        if (m_batchSummary.simulatedLeftOut > 0)
            text += QLatin1Char('\n') + tr("%n simulated device(s) stay out (simulated devices not allowed).",
                                           nullptr, static_cast<int>(m_batchSummary.simulatedLeftOut));
        if (m_batchSummary.alreadyInBatch > 0)
            text += QLatin1Char('\n') + tr("%n device(s) already in a batch stay out (no re-export).",
                                           nullptr, static_cast<int>(m_batchSummary.alreadyInBatch));
        text +=
            QLatin1Char('\n') + tr("Devices whose EK DPS cannot take (e.g. ECC) are left out and listed.");
    }
    m_summary->setText(text);
    static_cast<DpsSummaryPage*>(page(SummaryPageId))->complete();
    emit summaryChanged();
}

void DpsExportWizard::startExport()
{
    m_running = true;
    m_finished = false;
    m_outcome = {};
    m_result->clear();
    m_result->setStyleSheet(QStringLiteral("QLabel { font-size: 12pt; }"));
    m_status->setText(tr("Exporting… the station stays usable meanwhile."));
    const qint64 expected = selectedCount();
    m_progress->setRange(0, static_cast<int>(qMin<qint64>(expected, INT_MAX)));
    m_progress->setValue(0);
    if (QAbstractButton* cancel = button(QWizard::CancelButton))
        cancel->setEnabled(false);
    static_cast<DpsRunPage*>(page(RunPageId))->complete();

    db::exports::DpsBatchOptions options;
    options.outDir = m_outDir->text().trimmed();
    options.name = m_name->text().trimmed();
    options.product = m_product->currentData().toString();
    options.allowSimulated = m_allowSimulated->isChecked();
    options.reexport = m_reexport->isChecked();
    options.production = m_startedWith.profile.production;
    options.profile = m_dpsProfile;
    options.actor = m_startedWith.actor;
    ExportWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, options, expected] { worker->exportDps(options, expected); }, Qt::QueuedConnection);
}

void DpsExportWizard::onProgress(qint64 done, qint64 total)
{
    if (!m_running)
        return;
    if (total > m_progress->maximum())
        m_progress->setMaximum(static_cast<int>(qMin<qint64>(total, INT_MAX)));
    m_progress->setValue(static_cast<int>(qMin<qint64>(done, INT_MAX)));
    m_status->setText(tr("%1 of %n device(s) written…", nullptr, total).arg(done));
}

void DpsExportWizard::onFinished(const DpsExportOutcome& outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_finished = true;
    m_outcome = outcome;
    if (QAbstractButton* cancel = button(QWizard::CancelButton))
        cancel->setEnabled(true);
    if (!outcome.ok) {
        m_progress->setValue(0);
        m_status->setText(tr("The export failed. Nothing was recorded and no batch was made."));
        m_result->setStyleSheet(
            QStringLiteral("QLabel { font-size: 12pt; color: #C62828; font-weight: bold; }"));
        m_result->setText(outcome.error);
    } else {
        const auto& r = outcome.result;
        m_progress->setMaximum(static_cast<int>(qMax<qint64>(1, qMin<qint64>(r.devices, INT_MAX))));
        m_progress->setValue(m_progress->maximum());
        m_status->setText(r.simulated ? tr("Batch exported — it holds SIMULATED devices.")
                                      : tr("Batch exported."));
        const QDir out(outcome.outDir);
        QStringList lines;
        lines << tr("Batch: %1").arg(r.name) << tr("Batch UUID: %1").arg(r.uuid)
              << tr("Product: %1").arg(r.product)
              << tr("%n device(s) exported", nullptr, static_cast<int>(r.devices)) + QStringLiteral(", ") +
                     tr("%n bulk operation(s) (at most 10 enrollments each)", nullptr, r.operations);
        if (!r.skipped.isEmpty()) {
            lines << tr("%n device(s) left out:", nullptr, static_cast<int>(r.skipped.size()));
            for (const auto& s : r.skipped)
                lines << QStringLiteral("  %1: %2").arg(s.serial, s.reason);
        }
        if (r.simulatedLeftOut > 0)
            lines << tr("%n simulated device(s) left out.", nullptr, static_cast<int>(r.simulatedLeftOut));
        lines << tr("Output folder: %1").arg(QDir::toNativeSeparators(out.absolutePath()))
              << tr("Manifest: %1")
                     .arg(QDir::toNativeSeparators(out.absoluteFilePath(QStringLiteral("manifest.json"))))
              << tr("Manifest signature (CMS): %1")
                     .arg(QDir::toNativeSeparators(out.absoluteFilePath(QStringLiteral("manifest.json.p7s"))))
              << tr("Signing certificate SHA-256: %1").arg(r.certificateFingerprint);
        if (!outcome.error.isEmpty())
            lines << tr("Note: %1").arg(outcome.error);
        m_result->setText(lines.join(QLatin1Char('\n')));
    }
    static_cast<DpsRunPage*>(page(RunPageId))->complete();
    emit exportFinished(outcome.ok);
}

void DpsExportWizard::done(int result)
{
    Q_UNUSED(result)
    if (m_running)
        return; // the export finishes first
    // Embedded in the exports page: finishing or cancelling starts over (the options stay).
    restart();
}

} // namespace tps::gui
