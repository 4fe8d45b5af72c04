// Which devices a DPS enrollment batch may take, and which stay out: the one rule shared by the export
// itself (DpsBatchExporter) and everything that previews it (the GUI wizard's summary).
#pragma once

#include "db/Database.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace tps::db::exports {

struct DpsCandidates
{
    QMap<QString, qint64> products; // product -> devices a batch would take
    qint64 simulatedLeftOut = 0;    // simulated devices that stay out (simulated not allowed)
    qint64 alreadyInBatch = 0;      // devices that stay out because they are in a batch (no re-export)

    qint64 total() const;
};

// The SQL filter (from "FROM devices d WHERE ...") of devices that may go into a batch: passed QA (step 5)
// in their current rework epoch. Parameters: ?1 allow simulated, ?2 re-export, ?3 product ('' = any).
QByteArray dpsEligibleFilter();

// Counts what a batch with these options would take, per product, and what stays out. `product` empty:
// every product.
DbResult<DpsCandidates> countDpsCandidates(Database& db, bool allowSimulated, bool reexport,
                                           const QString& product = {});

} // namespace tps::db::exports
