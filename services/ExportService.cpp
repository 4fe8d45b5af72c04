#include "services/ExportService.h"

namespace tps::services {

ServiceResult<Checkpointed<db::exports::DpsBatchResult>>
ExportService::exportDpsBatch(db::exports::DpsBatchOptions options)
{
    options.actor = m_session.actor();
    return run([&](db::Database& database) { return db::exports::exportDpsBatch(database, options); });
}

ServiceResult<Checkpointed<db::exports::DpsBatchResult>>
ExportService::exportLotBatch(db::exports::LotBatchOptions options)
{
    options.actor = m_session.actor();
    return run([&](db::Database& database) { return db::exports::exportLotBatch(database, options); });
}

ServiceResult<Checkpointed<db::exports::AuditExportResult>>
ExportService::exportAudit(db::exports::AuditExportOptions options)
{
    options.actor = m_session.actor();
    return run([&](db::Database& database) { return db::exports::exportAudit(database, options); });
}

ServiceResult<Checkpointed<db::exports::UploadImportResult>>
ExportService::importUploadResult(const QString& file, db::exports::UploadImportOptions options)
{
    options.actor = m_session.actor();
    return run(
        [&](db::Database& database) { return db::exports::importUploadResult(database, file, options); });
}

} // namespace tps::services
