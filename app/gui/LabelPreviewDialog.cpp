#include "app/gui/LabelPreviewDialog.h"

#include "app/gui/DbJobRunner.h"
#include "app/report/LabelPreview.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace tps::gui {

namespace {

LabelLoad loadLabel(WorkerConnection& connection, const QString& serial, const QString& product)
{
    LabelLoad out;
    auto database = connection.get();
    if (!database) {
        out.error = database.error().message;
        return out;
    }
    auto label = db::exports::labelFor(**database, serial, product);
    if (!label) {
        out.error = label.error().message;
        return out;
    }
    out.label = *label;
    out.image = report::renderLabelPreview(*label);
    out.ok = !out.image.isNull();
    if (!out.ok)
        out.error = LabelPreviewDialog::tr("The label preview cannot be drawn.");
    return out;
}

QString printLabel(const QString& target, const db::exports::LabelData& label)
{
    auto printer = db::exports::openLabelPrinter(target);
    if (!printer)
        return printer.error().message;
    if (auto r = (*printer)->print(db::exports::zplLabel(label)); !r)
        return r.error().message;
    return {};
}

} // namespace

LabelPreviewDialog::LabelPreviewDialog(const QString& databasePath, const QString& serial,
                                       const QString& product, QWidget* parent, const QString& printerTarget)
    : QDialog(parent), m_jobs(new DbJobRunner(databasePath, db::OpenMode::ReadOnly, this)),
      m_printer(printerTarget), m_title(new QLabel), m_preview(new QLabel), m_status(new QLabel),
      m_printButton(new QPushButton(tr("&Print"))), m_saveButton(new QPushButton(tr("&Save PNG…")))
{
    setWindowTitle(tr("Label — %1").arg(serial));
    if (m_printer.isEmpty())
        m_printer = QSettings().value(QStringLiteral("labelPrinter/address")).toString().trimmed();
    auto* layout = new QVBoxLayout(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("Device %1").arg(serial));
    m_title->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; font-weight: bold; }"));
    layout->addWidget(m_title);
    m_preview->setMinimumSize(600, 400);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: #E0E0E0; }"));
    m_preview->setText(tr("Reading the label…"));
    layout->addWidget(m_preview, 1);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    m_printButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    if (m_printer.isEmpty())
        m_printButton->setToolTip(tr("No label printer is configured (Settings → Label printer address)."));
    else
        m_printButton->setToolTip(tr("Send the label to %1").arg(m_printer));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_printButton, &QPushButton::clicked, this, &LabelPreviewDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the label preview"),
                                                          m_loaded.label.serial + QStringLiteral(".png"),
                                                          tr("PNG image (*.png)"));
        if (!file.isEmpty())
            savePng(file);
    });
    connect(&m_print, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_print.result();
        m_printButton->setEnabled(true);
        if (error.isEmpty())
            showStatus(tr("Label of %1 sent to %2.").arg(m_loaded.label.serial, m_printer), false);
        else
            showStatus(tr("The label was not printed: %1").arg(error), true);
        emit printFinished(error.isEmpty());
    });
    m_jobs->run(
        [serial, product](WorkerConnection& connection) { return loadLabel(connection, serial, product); },
        [this](LabelLoad loaded) {
            m_loaded = std::move(loaded);
            if (!m_loaded.ok) {
                m_preview->setText(QString());
                showStatus(tr("No label: %1").arg(m_loaded.error), true);
            } else {
                m_preview->setPixmap(QPixmap::fromImage(m_loaded.image));
                m_saveButton->setEnabled(true);
                m_printButton->setEnabled(!m_printer.isEmpty());
                showStatus(
                    m_printer.isEmpty()
                        ? tr("Registration ID %1. No label printer is configured: set its address in "
                             "Settings.")
                              .arg(m_loaded.label.registrationId)
                        : tr("Registration ID %1. Printer: %2").arg(m_loaded.label.registrationId, m_printer),
                    false);
            }
            emit loadFinished(m_loaded.ok);
        });
}

LabelPreviewDialog::~LabelPreviewDialog()
{
    m_print.waitForFinished(); // the label read is waited for by m_jobs' own destructor
}

bool LabelPreviewDialog::loading() const
{
    return m_jobs->busy();
}

void LabelPreviewDialog::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #C62828; font-weight: bold; }")
                                  : QString());
    m_status->setText(text);
}

void LabelPreviewDialog::print()
{
    if (!m_loaded.ok || m_printer.isEmpty() || m_print.isRunning())
        return;
    m_printButton->setEnabled(false);
    showStatus(tr("Printing…"), false);
    m_print.setFuture(QtConcurrent::run(printLabel, m_printer, m_loaded.label));
}

QString LabelPreviewDialog::savePng(const QString& path)
{
    if (!m_loaded.ok) {
        const QString error = tr("No label to save.");
        showStatus(error, true);
        return error;
    }
    const QString error = report::saveLabelPng(m_loaded.label, path);
    if (error.isEmpty())
        showStatus(tr("Preview saved to %1.").arg(path), false);
    else
        showStatus(error, true);
    return error;
}

} // namespace tps::gui
