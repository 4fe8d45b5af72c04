#include "app/gui/ExportWorker.h"

#include "db/Database.h"
#include "db/StationStore.h"

#include <QElapsedTimer>

namespace tps::gui {

namespace {

// One export or import in the station's store: opened without a second integrity check (the station checked
// the file when it opened it, StoreOpener; PRAGMA quick_check reads the whole database, about 1 s per 100,000
// devices), `job` run on its connection, then the audit trail checkpointed. `outcome` carries the result or
// the translated error; a missing checkpoint is reported beside a result that was made.
template <typename Outcome, typename Job>
Outcome runInStore(const QString& path, Outcome outcome, Job job)
{
    auto store = db::StationStore::open(path, db::OpenOptions::alreadyChecked(db::OpenMode::ReadWrite));
    if (!store) {
        outcome.error = store.error().message;
        return outcome;
    }
    auto done = job((*store)->database());
    if (!done) {
        outcome.error = done.error().message;
        return outcome;
    }
    outcome.ok = true;
    outcome.result = std::move(*done);
    if (auto cp = (*store)->checkpoint(); !cp)
        outcome.error = cp.error().message;
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
    emit dpsFinished(runInStore(m_path, std::move(outcome), [&](db::Database& database) {
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
        auto batch = db::exports::exportDpsBatch(database, run);
        if (batch)
            emit dpsProgress(batch->devices, qMax(total, batch->devices));
        return batch;
    }));
}

void ExportWorker::exportAudit(const db::exports::AuditExportOptions& options)
{
    AuditExportOutcome outcome;
    outcome.outDir = options.outDir;
    emit auditFinished(runInStore(m_path, std::move(outcome), [&](db::Database& database) {
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
        return db::exports::exportAudit(database, run);
    }));
}

void ExportWorker::importResult(const QString& file, const db::exports::UploadImportOptions& options)
{
    emit importFinished(runInStore(m_path, UploadImportOutcome{}, [&](db::Database& database) {
        return db::exports::importUploadResult(database, file, options);
    }));
}

} // namespace tps::gui
