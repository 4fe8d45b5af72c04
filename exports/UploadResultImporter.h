// Imports the result of one DPS bulk enrollment operation (`{"isSuccessful", "errors": [{"registrationId",
// "errorCode", "errorStatus"}]}`) back into the batch it came from: each device of that operation is marked
// uploaded, or failed with the service's reason. Audited per device, all in one transaction; a result that
// does not fit the operation changes nothing.
#pragma once

#include "exports/DpsBatchExporter.h"

namespace tps::db::exports {

// A result is bound to its batch and operation: by the batch's manifest.json next to the result file (its
// SHA-256 must be the one recorded when the batch was exported; it names the batch UUID and lists the
// operation's bulk-NNNN.json), or by a batch named explicitly. There is no "latest batch" default: a
// `{"isSuccessful": true}` fits every operation of every batch.
struct UploadImportOptions
{
    QString batch;     // batch UUID or (unique) name; empty: from the manifest next to the result file
    int operation = 0; // bulk-NNNN number; 0: taken from the result file name (bulk-NNNN...)
    timeline::Actor actor;
    QString manifestSha256; // set from the manifest: the batch must have been exported with this manifest
};

// Limits of an upload result (a DPS answer to one bulk operation of at most 10 enrollments).
inline constexpr qint64 kMaxUploadResultBytes = 256 * 1024;
inline constexpr int kMaxRegistrationIdLength = 128; // DPS rule
inline constexpr int kMaxErrorCodeLength = 32;
inline constexpr int kMaxErrorStatusLength = 1024;

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
