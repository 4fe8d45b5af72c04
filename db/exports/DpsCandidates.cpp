#include "DpsCandidates.h"

namespace tps::db::exports {

namespace {
constexpr const char* kEligible =
    " FROM devices d WHERE EXISTS (SELECT 1 FROM step_results s WHERE s.device_id = d.id AND s.step = 5 "
    "AND s.kind = 'run' AND s.outcome = 'pass' AND s.rework_epoch = d.rework_epoch) "
    "AND (?1 = 1 OR d.simulated = 0) "
    "AND (?2 = 1 OR NOT EXISTS (SELECT 1 FROM batch_devices b WHERE b.device_id = d.id)) "
    "AND (?3 = '' OR d.product = ?3)";

// count(*) of the eligible devices narrowed by `extra`, with the given filter parameters.
DbResult<qint64> countWhere(Database& db, const char* extra, bool allowSimulated, bool reexport,
                            const QString& product)
{
    const QByteArray sql = QByteArray("SELECT count(*)") + kEligible + extra;
    auto st = db.prepare(sql.constData());
    if (!st)
        return fail(st.error());
    st->bind(1, allowSimulated ? 1 : 0).bind(2, reexport ? 1 : 0).bind(3, product);
    auto row = st->step();
    if (!row)
        return fail(row.error());
    return *row ? st->int64(0) : 0;
}
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
    return QByteArray(kEligible);
}

DbResult<DpsCandidates> countDpsCandidates(Database& db, bool allowSimulated, bool reexport,
                                           const QString& product)
{
    DpsCandidates c;
    const QByteArray sql =
        QByteArray("SELECT d.product, count(*)") + kEligible + " GROUP BY d.product ORDER BY d.product";
    auto st = db.prepare(sql.constData());
    if (!st)
        return fail(st.error());
    st->bind(1, allowSimulated ? 1 : 0).bind(2, reexport ? 1 : 0).bind(3, product);
    for (;;) {
        auto row = st->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        c.products.insert(st->text(0), st->int64(1));
    }
    if (!allowSimulated) {
        auto sim = countWhere(db, " AND d.simulated = 1", true, reexport, product);
        if (!sim)
            return fail(sim.error());
        c.simulatedLeftOut = *sim;
    }
    if (!reexport) {
        auto batched = countWhere(db, " AND EXISTS (SELECT 1 FROM batch_devices b WHERE b.device_id = d.id)",
                                  allowSimulated, true, product);
        if (!batched)
            return fail(batched.error());
        c.alreadyInBatch = *batched;
    }
    return c;
}

} // namespace tps::db::exports
