#include "ExportWorker.h"

#include "Database.h"
#include "StationStore.h"

#include <QElapsedTimer>

namespace tps::gui {

namespace {

QString storeMessage(const db::DbError& e)
{
    return e.message;
}

// The station's store for one export, without a second integrity check: the station checked the file when it
// opened it (StoreOpener), and PRAGMA quick_check reads the whole database (about 1 s per 100,000 devices).
db::DbResult<std::unique_ptr<db::StationStore>> openStore(const QString& path)
{
    return db::StationStore::open(path, db::OpenOptions::alreadyChecked(db::OpenMode::ReadWrite));
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
        summary.error = storeMessage(database.error());
        emit summarised(summary);
        return;
    }
    auto counted = db::exports::countDpsCandidates(**database, allowSimulated, reexport);
    if (!counted) {
        summary.error = storeMessage(counted.error());
    } else {
        static_cast<db::exports::DpsCandidates&>(summary) = *counted;
    }
    emit summarised(summary);
}

void ExportWorker::exportDps(const db::exports::DpsBatchOptions& options, qint64 expected)
{
    DpsExportOutcome outcome;
    outcome.outDir = options.outDir;
    auto store = openStore(m_path);
    if (!store) {
        outcome.error = storeMessage(store.error());
        emit dpsFinished(outcome);
        return;
    }
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
    auto batch = db::exports::exportDpsBatch((*store)->database(), run);
    if (!batch) {
        outcome.error = batch.error().message;
        emit dpsFinished(outcome);
        return;
    }
    emit dpsProgress(batch->devices, qMax(total, batch->devices));
    outcome.ok = true;
    outcome.result = *batch;
    if (auto cp = (*store)->checkpoint(); !cp)
        outcome.error = cp.error().message; // the batch is made; only the checkpoint is missing
    emit dpsFinished(outcome);
}

void ExportWorker::exportAudit(const db::exports::AuditExportOptions& options)
{
    AuditExportOutcome outcome;
    outcome.outDir = options.outDir;
    auto store = openStore(m_path);
    if (!store) {
        outcome.error = storeMessage(store.error());
        emit auditFinished(outcome);
        return;
    }
    db::exports::AuditExportOptions run = options;
    QElapsedTimer sinceLast;
    int lastStage = -1;
    run.progress = [&](db::exports::AuditExportStage stage, qint64 events) {
        const int s = static_cast<int>(stage);
        if (s != lastStage || sinceLast.elapsed() >= 100) {
            lastStage = s;
            sinceLast.restart();
            emit auditProgress(s, events);
        }
    };
    sinceLast.start();
    auto exported = db::exports::exportAudit((*store)->database(), run);
    if (!exported) {
        outcome.error = exported.error().message;
        emit auditFinished(outcome);
        return;
    }
    outcome.ok = true;
    outcome.result = *exported;
    if (auto cp = (*store)->checkpoint(); !cp)
        outcome.error = cp.error().message;
    emit auditFinished(outcome);
}

void ExportWorker::importResult(const QString& file, const db::exports::UploadImportOptions& options)
{
    UploadImportOutcome outcome;
    auto store = openStore(m_path);
    if (!store) {
        outcome.error = storeMessage(store.error());
        emit importFinished(outcome);
        return;
    }
    auto imported = db::exports::importUploadResult((*store)->database(), file, options);
    if (!imported) {
        outcome.error = imported.error().message;
        emit importFinished(outcome);
        return;
    }
    outcome.ok = true;
    outcome.result = *imported;
    if (auto cp = (*store)->checkpoint(); !cp)
        outcome.error = cp.error().message;
    emit importFinished(outcome);
}

} // namespace tps::gui
