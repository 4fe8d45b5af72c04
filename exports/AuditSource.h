// What an audit export reads (docs/FORMATS.md "Audit export"), from whichever store holds a station's
// trail: the station's own database (exports/StationAuditSource) or the factory database
// (sync/CentralAuditSource). The files, the signed manifest and the audit event of the export are the
// exporter's own code (exports/AuditExporter); a source only answers these questions, in this order:
// verdict(), then — inside the exporting station's transaction — batchUuid(), select() and next() until the
// end, operators(), signatures(), lastCheckpoint(), extraFiles(); close() at the end, whatever happened.
#pragma once

#include "db/Operators.h"
#include "exports/ExportDirectory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tps::db::exports {

// The verdict on the whole trail, as verification.json's "chain" object states it.
struct AuditChainVerdict
{
    bool intact = false;
    QString message; // translated
    QJsonObject chain;
};

// Which events: times already normalised (normaliseTime), the batch as its UUID; empty: no restriction.
struct AuditSelection
{
    QString from;
    QString to;
    QString serial;
    QString batchUuid;
};

// One event: seq and the 16 columns of audit-events.csv as text (hashes in lowercase hex).
struct AuditRow
{
    qint64 seq = 0;
    QStringList cells;
};

// An electronic signature as verification.json lists it, from its columns uuid, signer_id, signer_name,
// meaning, signed_utc, record_type, record_uuid, record_sha256, reason (exports/AuditExporter.cpp).
QJsonObject signatureJson(const QStringList& cells);

class AuditSource
{
public:
    virtual ~AuditSource() = default;
    // The station whose trail this is.
    virtual QString stationId() const = 0;
    virtual ExportResult<AuditChainVerdict> verdict() = 0;
    // The UUID of the batch named `batch` (UUID or name), or a NoDevices error naming it.
    virtual ExportResult<QString> batchUuid(const QString& batch) = 0;
    virtual ExportResult<void> select(const AuditSelection& selection) = 0;
    // The next event in seq order into `row`; false at the end.
    virtual ExportResult<bool> next(AuditRow& row) = 0;
    virtual ExportResult<QList<OperatorInfo>> operators() = 0;
    // The electronic signatures signed within [from, to] (empty: open), in the order they were made.
    virtual ExportResult<QJsonArray> signatures(const QString& from, const QString& to) = 0;
    // The latest checkpoint as station.db.checkpoint holds it (empty object: none).
    virtual ExportResult<QJsonObject> lastCheckpoint() = 0;
    // Files a store adds beside the station's format (written into `out`); none by default.
    virtual ExportResult<QList<WrittenFile>> extraFiles(ExportDirectory& out, const timeline::Actor& actor)
    {
        Q_UNUSED(out);
        Q_UNUSED(actor);
        return QList<WrittenFile>{};
    }
    // Added to the manifest's "selection" and to the export's audit event (where the events came from);
    // empty for the station's own trail.
    virtual QJsonObject manifestExtra() const { return {}; }
    virtual QString describe() const { return {}; }
    virtual void close() {}
};

} // namespace tps::db::exports
