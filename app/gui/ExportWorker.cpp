#include "app/gui/ExportWorker.h"

#include "db/Database.h"
#include "services/ExportService.h"

#include <QElapsedTimer>

namespace tps::gui {

namespace {

// One export or import through the service layer: a session on the station's database, opened without a
// second integrity check (the station checked the file when it opened it, StoreOpener; PRAGMA quick_check
// reads the whole database, about 1 s per 100,000 devices), `call` run by `actor` and checkpointed.
// `outcome` carries the result or the translated error; a missing checkpoint is reported beside a result
// that was made.
template <typename Outcome, typename Call>
Outcome runInSession(const QString& path, const timeline::Actor& actor, Outcome outcome, Call call)
{
    services::StationSession::Options options;
    options.open = db::OpenOptions::alreadyChecked(db::OpenMode::ReadWrite);
    auto session = services::StationSession::open(path, options);
    if (!session) {
        outcome.error = session.error().message;
        return outcome;
    }
    (*session)->setActor(actor);
    services::ExportService service(**session);
    auto done = call(service);
    if (!done) {
        outcome.error = done.error().message;
        return outcome;
    }
    outcome.ok = true;
    outcome.result = std::move(done->value);
    outcome.error = done->checkpointError;
    return outcome;
}

} // namespace

ExportWorker::ExportWorker(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath))
{}

void ExportWorker::summarise(bool allowSimulated, bool reexport)
{
    DpsBatchSummary summary;
    auto database = db::Database::open(m_path, db::OpenOptions::alreadyChecked(db::OpenMode::ReadOnly));
    if (!database) {
        summary.error = database.error().message;
        emit summarised(summary);
        return;
    }
    auto counted = db::exports::countDpsCandidates(**database, allowSimulated, reexport);
    if (!counted) {
        summary.error = counted.error().message;
    } else {
        static_cast<db::exports::DpsCandidates&>(summary) = *counted;
    }
    emit summarised(summary);
}

void ExportWorker::exportDps(const db::exports::DpsBatchOptions& options, qint64 expected)
{
    DpsExportOutcome outcome;
    outcome.outDir = options.outDir;
    emit dpsFinished(
        runInSession(m_path, options.actor, std::move(outcome), [&](services::ExportService& service) {
            db::exports::DpsBatchOptions run = options;
            const qint64 total = qMax<qint64>(expected, 1);
            const qint64 step = qMax<qint64>(1, total / 200); // a few hundred signals at most
            QElapsedTimer sinceLast;
            sinceLast.start();
            qint64 lastSent = 0;
            emit dpsProgress(0, total);
            run.progress = [&](qint64 done, qint64 /*eligible*/) {
                if (done - lastSent >= step || sinceLast.elapsed() >= 100) {
                    lastSent = done;
                    sinceLast.restart();
                    emit dpsProgress(done, qMax(total, done));
                }
            };
            auto batch = service.exportDpsBatch(run);
            if (batch)
                emit dpsProgress(batch->value.devices, qMax(total, batch->value.devices));
            return batch;
        }));
}

void ExportWorker::exportAudit(const db::exports::AuditExportOptions& options)
{
    AuditExportOutcome outcome;
    outcome.outDir = options.outDir;
    emit auditFinished(
        runInSession(m_path, options.actor, std::move(outcome), [&](services::ExportService& service) {
            db::exports::AuditExportOptions run = options;
            QElapsedTimer sinceLast;
            sinceLast.start();
            int lastStage = -1;
            run.progress = [&](db::exports::AuditExportStage stage, qint64 events) {
                const int s = static_cast<int>(stage);
                if (s != lastStage || sinceLast.elapsed() >= 100) {
                    lastStage = s;
                    sinceLast.restart();
                    emit auditProgress(s, events);
                }
            };
            return service.exportAudit(run);
        }));
}

void ExportWorker::importResult(const QString& file, const db::exports::UploadImportOptions& options)
{
    emit importFinished(
        runInSession(m_path, options.actor, UploadImportOutcome{}, [&](services::ExportService& service) {
            return service.importUploadResult(file, options);
        }));
}

} // namespace tps::gui
