// Exports and imports on the station database — a DPS enrollment batch (after QA, or prepared from an
// incoming lot), an audit export, a DPS bulk
// upload result — each one sequence: the job on the session's connection, done by the session's actor,
// then the end of the audit trail signed (a checkpoint). The CLI's `export` and `batch import-result` and
// the GUI's exports page (on its worker thread, with its own session) call these.
#pragma once

#include "exports/AuditExporter.h"
#include "exports/DpsBatchExporter.h"
#include "exports/LotBatchExporter.h"
#include "exports/StoredBatchExporter.h"
#include "exports/UploadResultImporter.h"
#include "services/StationSession.h"

namespace tps::services {

// A job's result, and why the checkpoint after it failed (translated; empty when the trail's end was
// signed). A result that was made is never lost to a failed checkpoint.
template <typename T>
struct Checkpointed
{
    T value;
    QString checkpointError;
};

class ExportService
{
public:
    explicit ExportService(StationSession& session) : m_session(session) {}

    ServiceResult<Checkpointed<db::exports::DpsBatchResult>>
    exportDpsBatch(db::exports::DpsBatchOptions options);
    // A batch prepared from an incoming lot's delivery list, before the TPMs are soldered.
    ServiceResult<Checkpointed<db::exports::DpsBatchResult>>
    exportLotBatch(db::exports::LotBatchOptions options);
    // A batch whose devices come from another store (the factory database), signed and audited here.
    ServiceResult<Checkpointed<db::exports::DpsBatchResult>>
    exportStoredBatch(db::exports::DpsDeviceStore& store, db::exports::DpsBatchOptions options);
    ServiceResult<Checkpointed<db::exports::AuditExportResult>>
    exportAudit(db::exports::AuditExportOptions options);
    // One audit export per source (another store's trails: the factory database), each in
    // options.outDir/<station ID>, signed and audited here; the same permission as exportAudit.
    ServiceResult<Checkpointed<QList<db::exports::AuditExportResult>>>
    exportAuditSet(const QList<db::exports::AuditSource*>& sources, db::exports::AuditExportOptions options);
    ServiceResult<Checkpointed<db::exports::UploadImportResult>>
    importUploadResult(const QString& file, db::exports::UploadImportOptions options);

    // The sequence itself: `job(database)` returns a Result whose error has a message.
    template <typename Job>
    auto run(Job job)
        -> ServiceResult<Checkpointed<typename std::invoke_result_t<Job&, db::Database&>::value_type>>
    {
        auto done = job(m_session.database());
        if (!done)
            return fail(ServiceError{ServiceErrc::Store, done.error().message});
        Checkpointed<typename decltype(done)::value_type> out{std::move(*done), {}};
        if (auto cp = m_session.checkpoint(); !cp)
            out.checkpointError = cp.error().message;
        return out;
    }

private:
    StationSession& m_session;
};

} // namespace tps::services
