// The audit export for regulated industries (docs/FORMATS.md "Audit export"): the events of a period, a
// device or a batch with every field (audit-events.csv, audit-events.json — the same range always gives the
// same bytes), the chain verdict, the last checkpoint, the operators with their full names and the
// electronic signatures (verification.json), all listed in a CMS-signed manifest. Exporting is audited.
#pragma once

#include "db/AuditTrail.h"
#include "exports/AuditSource.h"
#include "exports/DpsBatchExporter.h"

#include <QJsonObject>
#include <functional>

namespace tps::db::exports {

// Where an audit export is (AuditExportOptions::progress).
enum class AuditExportStage {
    Verifying, // the whole chain, before anything is written
    Writing,   // the events of the range: `events` written so far
    Report,    // verification.json, the PDF report, the signed manifest
};

struct AuditExportOptions
{
    QString outDir;
    QString from;   // ISO 8601 time (inclusive); empty: from the first event
    QString to;     // ISO 8601 time (inclusive); empty: up to now
    QString serial; // only this device's events
    QString batch;  // only this batch's events and those of its devices (UUID or name)
    bool csv = true;
    bool json = true;
    bool pdf = false; // audit-report.pdf (needs the JSON events: json is then written too)
    timeline::Actor actor;
    VerifyOptions verify; // where the station key and checkpoint mirror are (defaults: next to the DB)
    // Called on the exporting thread at each stage and every 1,000 events written (optional).
    std::function<void(AuditExportStage stage, qint64 events)> progress;
};

struct AuditExportResult
{
    QString station; // whose trail
    qint64 events = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    bool intact = false;
    QString verdict;          // translated verification message
    QJsonObject verification; // what verification.json holds (also used by the PDF report)
    QStringList files;
    QString manifestSha256;
};

// Normalises an ISO 8601 time to the trail's form (UTC, milliseconds, +00:00); empty when invalid.
QString normaliseTime(const QString& iso, bool endOfRange);

// The station's own trail (exports/StationAuditSource), signed by and recorded on it.
ExportResult<AuditExportResult> exportAudit(Database& db, const AuditExportOptions& options);
// The trail `source` holds (another station's, from the factory database), in the same files; signed by and
// recorded on the exporting station `db`. The source is closed at the end.
ExportResult<AuditExportResult> exportAudit(Database& db, AuditSource& source,
                                            const AuditExportOptions& options);
// One export per source, each in its own directory options.outDir/<station ID> with its own signed
// manifest; options.outDir must be new or empty. Stops at the first failure (the exports before it stay).
ExportResult<QList<AuditExportResult>> exportAuditSet(Database& db, const QList<AuditSource*>& sources,
                                                      const AuditExportOptions& options);

} // namespace tps::db::exports
