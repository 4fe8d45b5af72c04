#include "services/ExportService.h"

namespace tps::services {

ServiceResult<Checkpointed<db::exports::DpsBatchResult>>
ExportService::exportDpsBatch(db::exports::DpsBatchOptions options)
{
    if (auto allowed = m_session.authorize(db::Action::ExportDps); !allowed)
        return fail(allowed.error());
    options.actor = m_session.actor();
    return run([&](db::Database& database) { return db::exports::exportDpsBatch(database, options); });
}

ServiceResult<Checkpointed<db::exports::DpsBatchResult>>
ExportService::exportLotBatch(db::exports::LotBatchOptions options)
{
    if (auto allowed = m_session.authorize(db::Action::ExportDps); !allowed)
        return fail(allowed.error());
    options.actor = m_session.actor();
    return run([&](db::Database& database) { return db::exports::exportLotBatch(database, options); });
}

ServiceResult<Checkpointed<db::exports::DpsBatchResult>>
ExportService::exportStoredBatch(db::exports::DpsDeviceStore& store, db::exports::DpsBatchOptions options)
{
    if (auto allowed = m_session.authorize(db::Action::ExportDps); !allowed)
        return fail(allowed.error());
    options.actor = m_session.actor();
    return run(
        [&](db::Database& database) { return db::exports::exportStoredBatch(database, store, options); });
}

ServiceResult<Checkpointed<db::exports::AuditExportResult>>
ExportService::exportAudit(db::exports::AuditExportOptions options)
{
    if (auto allowed = m_session.authorize(db::Action::ExportAudit); !allowed)
        return fail(allowed.error());
    options.actor = m_session.actor();
    return run([&](db::Database& database) { return db::exports::exportAudit(database, options); });
}

ServiceResult<Checkpointed<QList<db::exports::AuditExportResult>>>
ExportService::exportAuditSet(const QList<db::exports::AuditSource*>& sources,
                              db::exports::AuditExportOptions options)
{
    if (auto allowed = m_session.authorize(db::Action::ExportAudit); !allowed)
        return fail(allowed.error());
    options.actor = m_session.actor();
    return run(
        [&](db::Database& database) { return db::exports::exportAuditSet(database, sources, options); });
}

ServiceResult<Checkpointed<db::exports::UploadImportResult>>
ExportService::importUploadResult(const QString& file, db::exports::UploadImportOptions options)
{
    if (auto allowed = m_session.authorize(db::Action::ImportUploadResult); !allowed)
        return fail(allowed.error());
    options.actor = m_session.actor();
    return run(
        [&](db::Database& database) { return db::exports::importUploadResult(database, file, options); });
}

} // namespace tps::services
