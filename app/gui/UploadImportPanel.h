// Import of a DPS bulk enrollment result (exports page): the result JSON of one bulk-NNNN operation is read
// back on the worker thread; each device of the operation is marked uploaded or failed, and the counts and
// the service's reasons are shown.
#pragma once

#include "app/gui/ExportContext.h"
#include "app/gui/ExportWorker.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace tps::gui {

class UploadImportPanel : public QWidget
{
    Q_OBJECT
public:
    UploadImportPanel(ExportWorker* worker, ExportContextFn context, QWidget* parent = nullptr);

    QLineEdit* file() const { return m_file; }
    QLineEdit* batch() const { return m_batch; }
    QPushButton* importButton() const { return m_import; }
    QLabel* summary() const { return m_summary; }
    QListWidget* failures() const { return m_failures; }
    bool running() const { return m_running; }
    const UploadImportOutcome& outcome() const { return m_outcome; }

public slots:
    bool start();

signals:
    void importFinished(bool ok);

private:
    void onFinished(const UploadImportOutcome& outcome);
    void showError(const QString& message);

    ExportWorker* m_worker;
    ExportContextFn m_context;
    QLineEdit* m_file;
    QLineEdit* m_batch;
    QPushButton* m_import;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QListWidget* m_failures;
    bool m_running = false;
    UploadImportOutcome m_outcome;
};

} // namespace tps::gui
