// A DPS enrollment batch whose devices come from another store than this station's own tables — the
// factory database (sync/CentralExports) — in the same files, format and signed manifest as the station's
// batch after QA (docs/FORMATS.md "DPS enrollment batch"). The store only says which devices a batch takes
// and records the batch in its own bookkeeping; the files, the signature (the exporting station's export
// identity) and the audit event are the station export's own code.
#pragma once

#include "exports/BatchFileBuilder.h"

namespace tps::db::exports {

// What a batch takes from a store: one product's devices (EK as stored; the exporter derives the
// registration IDs), and what the store left out and why.
struct StoredCandidates
{
    QString product;
    QList<BatchDevice> devices;
    QStringList keys;             // the store's name of each device (same order as devices)
    QList<SkippedDevice> skipped; // left out by the store (e.g. an EK seen on another device)
    qint64 simulatedLeftOut = 0;
};

class DpsDeviceStore
{
public:
    virtual ~DpsDeviceStore() = default;
    // The devices a batch with these options takes, in order; the store keeps them reserved until
    // commit() or the store's end. An empty list is not an error here.
    virtual ExportResult<StoredCandidates> candidates(const DpsBatchOptions& options) = 0;
    // Records the batch, the station that signed it and the devices that went into it (keys of
    // candidates(), with their registration ID and bulk operation), not yet durable.
    struct Member
    {
        QString key;
        QByteArray serial;
        QByteArray registrationId;
        int operation = 0;
    };
    virtual ExportResult<void> record(const DpsBatchResult& batch, const QString& createdUtc,
                                      const QString& exportingStation, const QList<Member>& members) = 0;
    // Makes the record durable (after the station committed and published the files).
    virtual ExportResult<void> commit() = 0;
    // Added to the manifest's "batch" object (where the devices came from).
    virtual QJsonObject manifestExtra() const = 0;
    // One line for the station's audit event (where the devices came from).
    virtual QString describe() const = 0;
};

// The batch from `store`, signed by and audited on `station`. Nothing is recorded, in either store, and no
// directory is left when it fails before the station's commit.
ExportResult<DpsBatchResult> exportStoredBatch(Database& station, DpsDeviceStore& store,
                                               const DpsBatchOptions& options);

} // namespace tps::db::exports
