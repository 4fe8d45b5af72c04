// Exports from the factory database (docs/OPERATOR_GUIDE.md §9 "Central exports"): the DPS batch over all
// stations or a chosen set, through the station's own exporter (exports/StoredBatchExporter) fed from the
// central tables. A device goes into one central batch at most (tps.central_batch_devices), never when a
// station already exported it, and never when its EK digest was seen on another device of any station.
#pragma once

#include "exports/StoredBatchExporter.h"
#include "sync/PgConnection.h"

#include <QStringList>

namespace tps::sync {

// The stations named on the command line ("ID,ID"): UUIDs, or a translated error.
Result<QStringList, QString> parseStationList(const QString& text);

// The stations a central export takes: those named (a station the factory database never heard of is an
// error naming it), or every station it knows, in UUID order, when `named` is empty.
db::exports::ExportResult<QStringList> centralStations(PgConnection& pg, const QStringList& named);

// The factory database as the store of a DPS batch. Holds one transaction (and the central export lock)
// from candidates() to commit(); rolled back when it goes without commit().
class CentralDpsStore final : public db::exports::DpsDeviceStore
{
public:
    // `stations` empty: every station.
    CentralDpsStore(PgConnection& pg, QStringList stations);
    ~CentralDpsStore() override;

    db::exports::ExportResult<db::exports::StoredCandidates>
    candidates(const db::exports::DpsBatchOptions& options) override;
    db::exports::ExportResult<void> record(const db::exports::DpsBatchResult& batch,
                                           const QString& createdUtc, const QString& exportingStation,
                                           const QList<Member>& members) override;
    db::exports::ExportResult<void> commit() override;
    QJsonObject manifestExtra() const override;
    QString describe() const override;

private:
    db::exports::ExportResult<void> checkStations();

    PgConnection& m_pg;
    QStringList m_stations;
    const db::exports::DpsBatchOptions* m_options = nullptr;
    bool m_open = false;
};

} // namespace tps::sync
