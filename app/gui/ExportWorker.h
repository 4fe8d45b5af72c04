// The exports page's worker: lives on its own thread (ExportsPage owns it) and runs the DPS batch summary and
// export, the audit export and the upload-result import there, each through its own database connection.
// Requests arrive as queued calls (the slots), answers and progress leave as queued signals.
#pragma once

#include "exports/AuditExporter.h"
#include "exports/DpsBatchExporter.h"
#include "exports/DpsCandidates.h"
#include "exports/UploadResultImporter.h"

#include <QMap>
#include <QMetaType>
#include <QObject>

namespace tps::gui {

// What a batch with the chosen options would take (the exporter's own rule, exports/DpsCandidates).
struct DpsBatchSummary : db::exports::DpsCandidates
{
    QString error; // translated; empty when counted
};

struct DpsExportOutcome
{
    bool ok = false;
    db::exports::DpsBatchResult result;
    QString outDir;
    QString error; // translated
};

struct AuditExportOutcome
{
    bool ok = false;
    db::exports::AuditExportResult result;
    QString outDir;
    QString error;
};

struct UploadImportOutcome
{
    bool ok = false;
    db::exports::UploadImportResult result;
    QString error;
};

class ExportWorker : public QObject
{
    Q_OBJECT
public:
    explicit ExportWorker(QString databasePath, QObject* parent = nullptr);

public slots:
    void summarise(bool allowSimulated, bool reexport);
    void exportDps(const tps::db::exports::DpsBatchOptions& options, qint64 expected);
    void exportAudit(const tps::db::exports::AuditExportOptions& options);
    void importResult(const QString& file, const tps::db::exports::UploadImportOptions& options);

signals:
    void summarised(const tps::gui::DpsBatchSummary& summary);
    // Devices written so far of `total` expected; at most a few hundred per export.
    void dpsProgress(qint64 done, qint64 total);
    void dpsFinished(const tps::gui::DpsExportOutcome& outcome);
    // The audit export's stage (db::exports::AuditExportStage) and events written; a few per second at most.
    void auditProgress(int stage, qint64 events);
    void auditFinished(const tps::gui::AuditExportOutcome& outcome);
    void importFinished(const tps::gui::UploadImportOutcome& outcome);

private:
    QString m_path;
};

} // namespace tps::gui

Q_DECLARE_METATYPE(tps::gui::DpsBatchSummary)
Q_DECLARE_METATYPE(tps::gui::DpsExportOutcome)
Q_DECLARE_METATYPE(tps::gui::AuditExportOutcome)
Q_DECLARE_METATYPE(tps::gui::UploadImportOutcome)
Q_DECLARE_METATYPE(tps::db::exports::DpsBatchOptions)
Q_DECLARE_METATYPE(tps::db::exports::AuditExportOptions)
Q_DECLARE_METATYPE(tps::db::exports::UploadImportOptions)
