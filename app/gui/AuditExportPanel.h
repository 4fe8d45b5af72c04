// The audit export (exports page): a period (from / to), a device serial or a batch, the formats (CSV, JSON,
// PDF report) and an output folder; the export runs on the worker thread, and its chain verdict is shown.
#pragma once

#include "app/gui/ExportContext.h"
#include "app/gui/ExportWorker.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tps::gui {

class AuditExportPanel : public QWidget
{
    Q_OBJECT
public:
    AuditExportPanel(ExportWorker* worker, ExportContextFn context, QWidget* parent = nullptr);

    QCheckBox* useFrom() const { return m_useFrom; }
    QDateTimeEdit* from() const { return m_from; }
    QCheckBox* useTo() const { return m_useTo; }
    QDateTimeEdit* to() const { return m_to; }
    QLineEdit* serial() const { return m_serial; }
    QLineEdit* batch() const { return m_batch; }
    QCheckBox* csv() const { return m_csv; }
    QCheckBox* json() const { return m_json; }
    QCheckBox* pdf() const { return m_pdf; }
    QLineEdit* outDir() const { return m_outDir; }
    QPushButton* exportButton() const { return m_export; }
    QProgressBar* progress() const { return m_progress; }
    QLabel* verdict() const { return m_verdict; }
    QLabel* result() const { return m_result; }
    bool running() const { return m_running; }
    const AuditExportOutcome& outcome() const { return m_outcome; }

public slots:
    // Checks the form and starts the export; false (with the reason shown) when the form is incomplete.
    bool start();

signals:
    void exportFinished(bool ok);

private:
    void onProgress(int stage, qint64 events);
    void onFinished(const AuditExportOutcome& outcome);
    void showError(const QString& message);

    ExportWorker* m_worker;
    ExportContextFn m_context;
    QCheckBox* m_useFrom;
    QDateTimeEdit* m_from;
    QCheckBox* m_useTo;
    QDateTimeEdit* m_to;
    QLineEdit* m_serial;
    QLineEdit* m_batch;
    QCheckBox* m_csv;
    QCheckBox* m_json;
    QCheckBox* m_pdf;
    QLineEdit* m_outDir;
    QPushButton* m_export;
    QProgressBar* m_progress;
    QLabel* m_verdict;
    QLabel* m_result;
    bool m_running = false;
    AuditExportOutcome m_outcome;
};

} // namespace tps::gui
