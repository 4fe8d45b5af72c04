// Imports the result of one DPS bulk enrollment operation (`{"isSuccessful", "errors": [{"registrationId",
// "errorCode", "errorStatus"}]}`) back into the batch it came from: each device of that operation is marked
// uploaded, or failed with the service's reason. Audited per device, all in one transaction; a result that
// does not fit the operation changes nothing.
#pragma once

#include "exports/DpsBatchExporter.h"

namespace tps::db::exports {

struct UploadImportOptions
{
    QString batch;     // batch UUID or name; empty: the latest batch
    int operation = 0; // bulk-NNNN number; 0: taken from the result file name (bulk-NNNN...)
    timeline::Actor actor;
};

struct UploadImportResult
{
    QString batchUuid;
    QString batchName;
    int operation = 0;
    int uploaded = 0;
    int failed = 0;
    QStringList failures; // "registrationId: errorCode errorStatus"
};

ExportResult<UploadImportResult> importUploadResult(Database& db, const QString& resultFile,
                                                    const UploadImportOptions& options);
// The same, for result JSON already read.
ExportResult<UploadImportResult> importUploadResult(Database& db, const QByteArray& resultJson,
                                                    const UploadImportOptions& options);

} // namespace tps::db::exports
