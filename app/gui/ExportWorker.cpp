#include "ExportWorker.h"

#include "Database.h"
#include "StationStore.h"

#include <QElapsedTimer>

namespace tps::gui {

namespace {

// The devices a batch may take, as db/exports/DpsBatchExporter.cpp selects them: passed QA (step 5) in
// their current rework epoch. ?1 allow simulated, ?2 re-export.
constexpr const char* kPassedQa =
    " FROM devices d WHERE EXISTS (SELECT 1 FROM step_results s WHERE s.device_id = d.id AND s.step = 5 "
    "AND s.kind = 'run' AND s.outcome = 'pass' AND s.rework_epoch = d.rework_epoch) ";
constexpr const char* kSimulatedFilter = " AND (?1 = 1 OR d.simulated = 0) ";
constexpr const char* kBatchFilter =
    " AND (?2 = 1 OR NOT EXISTS (SELECT 1 FROM batch_devices b WHERE b.device_id = d.id)) ";

QString storeMessage(const db::DbError& e)
{
    return e.message;
}

} // namespace

qint64 DpsBatchSummary::total() const
{
    qint64 n = 0;
    for (qint64 c : products)
        n += c;
    return n;
}

ExportWorker::ExportWorker(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath))
{}

void ExportWorker::summarise(bool allowSimulated, bool reexport)
{
    DpsBatchSummary summary;
    db::OpenOptions options;
    options.mode = db::OpenMode::ReadOnly;
    options.integrityCheck = false;
    auto database = db::Database::open(m_path, options);
    if (!database) {
        summary.error = storeMessage(database.error());
        emit summarised(summary);
        return;
    }
    db::Database& d = **database;
    auto count = [&](const QByteArray& sql, int allow, int re, qint64* out) -> bool {
        auto st = d.prepare(sql.constData());
        if (!st) {
            summary.error = storeMessage(st.error());
            return false;
        }
        st->bind(1, allow).bind(2, re);
        auto row = st->step();
        if (!row) {
            summary.error = storeMessage(row.error());
            return false;
        }
        *out = *row ? st->int64(0) : 0;
        return true;
    };
    {
        const QByteArray sql = QByteArray("SELECT d.product, count(*)") + kPassedQa + kSimulatedFilter +
                               kBatchFilter + " GROUP BY d.product ORDER BY d.product";
        auto st = d.prepare(sql.constData());
        if (!st) {
            summary.error = storeMessage(st.error());
            emit summarised(summary);
            return;
        }
        st->bind(1, allowSimulated ? 1 : 0).bind(2, reexport ? 1 : 0);
        for (;;) {
            auto row = st->step();
            if (!row) {
                summary.error = storeMessage(row.error());
                emit summarised(summary);
                return;
            }
            if (!*row)
                break;
            summary.products.insert(st->text(0), st->int64(1));
        }
    }
    if (!allowSimulated && !count(QByteArray("SELECT count(*)") + kPassedQa + kSimulatedFilter +
                                      kBatchFilter + " AND d.simulated = 1",
                                  1, reexport ? 1 : 0, &summary.simulatedLeftOut)) {
        emit summarised(summary);
        return;
    }
    if (!reexport && !count(QByteArray("SELECT count(*)") + kPassedQa + kSimulatedFilter + kBatchFilter +
                                " AND EXISTS (SELECT 1 FROM batch_devices b WHERE b.device_id = d.id)",
                            allowSimulated ? 1 : 0, 1, &summary.alreadyInBatch)) {
        emit summarised(summary);
        return;
    }
    emit summarised(summary);
}

void ExportWorker::exportDps(const db::exports::DpsBatchOptions& options, qint64 expected)
{
    DpsExportOutcome outcome;
    outcome.outDir = options.outDir;
    auto store = db::StationStore::open(m_path);
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
    auto store = db::StationStore::open(m_path);
    if (!store) {
        outcome.error = storeMessage(store.error());
        emit auditFinished(outcome);
        return;
    }
    auto exported = db::exports::exportAudit((*store)->database(), options);
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
    auto store = db::StationStore::open(m_path);
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
