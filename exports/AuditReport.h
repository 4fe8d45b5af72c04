// The human-readable PDF of an audit export (audit-report.pdf): station, period, the operators with their
// full names, the electronic signatures and their meanings, every event, and the verification verdict.
// Made from the export's own files (verification.json, audit-events.json) and the manifest's station and
// operator fields, without QtGui.
#pragma once

#include "exports/DpsBatchExporter.h"

#include <QJsonObject>

namespace tps::db::exports {

ExportResult<void> writeAuditReport(const QString& exportDir, const QString& pdfPath,
                                    const QJsonObject& manifest);

} // namespace tps::db::exports
