// The DPS enrollment batch wizard (exports page): options (name, output folder, simulated devices,
// re-export), a summary of what will be exported, then the export on the worker thread with a progress bar,
// and its result (batch UUID, counts, output folder, manifest and signature) or the error — after which
// nothing is recorded. Embedded in the page: finishing starts over.
#pragma once

#include "app/gui/ExportContext.h"
#include "app/gui/ExportWorker.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace tps::gui {

class DpsExportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { OptionsPageId, SummaryPageId, RunPageId };

    DpsExportWizard(ExportWorker* worker, ExportContextFn context, QWidget* parent = nullptr);

    QLineEdit* nameEntry() const { return m_name; }
    QLineEdit* outDirEntry() const { return m_outDir; }
    QCheckBox* allowSimulated() const { return m_allowSimulated; }
    QCheckBox* reexport() const { return m_reexport; }
    QLabel* simulatedWarning() const { return m_simWarning; }
    QLabel* optionsError() const { return m_optionsError; }
    QComboBox* productChoice() const { return m_product; }
    QLabel* summary() const { return m_summary; }
    QProgressBar* progress() const { return m_progress; }
    QLabel* result() const { return m_result; }

    bool summaryReady() const { return m_summaryReady; }
    const DpsBatchSummary& batchSummary() const { return m_batchSummary; }
    bool running() const { return m_running; }
    bool finishedOnce() const { return m_finished; }
    const DpsExportOutcome& outcome() const { return m_outcome; }
    // The number of devices the selected product will export (0 until summarised).
    qint64 selectedCount() const;

signals:
    void summaryChanged();
    void exportFinished(bool ok);

public slots:
    void done(int result) override;

private:
    friend class DpsOptionsPage;
    friend class DpsSummaryPage;
    friend class DpsRunPage;

    bool validateOptions();
    void requestSummary();
    void onSummarised(const DpsBatchSummary& summary);
    void startExport();
    void onProgress(qint64 done, qint64 total);
    void onFinished(const DpsExportOutcome& outcome);

    ExportWorker* m_worker;
    ExportContextFn m_context;
    ExportContext m_startedWith;
    db::exports::DpsProfile m_dpsProfile;

    QLineEdit* m_name;
    QLineEdit* m_outDir;
    QCheckBox* m_allowSimulated;
    QCheckBox* m_reexport;
    QLabel* m_simWarning;
    QLabel* m_optionsError;
    QComboBox* m_product;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_result;

    bool m_waitingSummary = false;
    bool m_summaryReady = false;
    DpsBatchSummary m_batchSummary;
    bool m_running = false;
    bool m_finished = false;
    DpsExportOutcome m_outcome;
};

} // namespace tps::gui
