#include "exports/DpsCandidates.h"

namespace tps::db::exports {

namespace {
// Devices that passed QA (step 5) in their current rework epoch, of product ?3 ('' = any).
const QByteArray kPassedQa =
    " FROM devices d WHERE EXISTS (SELECT 1 FROM step_results s WHERE s.device_id = d.id AND s.step = 5 "
    "AND s.kind = 'run' AND s.outcome = 'pass' AND s.rework_epoch = d.rework_epoch) "
    "AND (?3 = '' OR d.product = ?3)";
const QByteArray kInBatch = "EXISTS (SELECT 1 FROM batch_devices b WHERE b.device_id = d.id)";

// ... that may go into this batch: simulated only when allowed (?1), already batched only on re-export (?2).
const QByteArray kEligible =
    kPassedQa + " AND (?1 = 1 OR d.simulated = 0) AND (?2 = 1 OR NOT " + kInBatch + ")";

// The same rule counted per product in one pass, with what it leaves out.
const QByteArray kCount =
    "SELECT product, sum(simulatedOk AND (?2 = 1 OR NOT inBatch)), "
    "sum(NOT simulatedOk AND (?2 = 1 OR NOT inBatch)), sum(simulatedOk AND inBatch AND ?2 = 0) "
    "FROM (SELECT d.product AS product, (?1 = 1 OR d.simulated = 0) AS simulatedOk, " +
    kInBatch + " AS inBatch" + kPassedQa + ") GROUP BY product ORDER BY product";
} // namespace

qint64 DpsCandidates::total() const
{
    qint64 n = 0;
    for (qint64 c : products)
        n += c;
    return n;
}

QByteArray dpsEligibleFilter()
{
    return kEligible;
}

DbResult<DpsCandidates> countDpsCandidates(Database& db, bool allowSimulated, bool reexport,
                                           const QString& product)
{
    DpsCandidates c;
    auto st = db.prepare(kCount.constData());
    if (!st)
        return fail(st.error());
    st->bind(1, allowSimulated ? 1 : 0).bind(2, reexport ? 1 : 0).bind(3, product);
    for (;;) {
        auto row = st->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        if (const qint64 eligible = st->int64(1); eligible > 0)
            c.products.insert(st->text(0), eligible);
        c.simulatedLeftOut += st->int64(2);
        c.alreadyInBatch += st->int64(3);
    }
    return c;
}

} // namespace tps::db::exports
