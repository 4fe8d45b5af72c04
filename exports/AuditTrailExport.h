// Audit export for review outside the station (quality, auditors): the whole trail up to a checkpoint
// signed at the moment of export, with the station's public key, so that anyone can recompute the chain
// (docs/AUDIT.md) and check the signature with standard tools.
#pragma once

#include "db/AuditTrail.h"
#include "db/StationStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tps::db {

struct AuditExportSummary
{
    QString path;
    qint64 events = 0;
    Checkpoint checkpoint;
};

// One event of the tps-audit-export-1 file (docs/AUDIT.md "Audit export").
QJsonObject auditExportEvent(const AuditEvent& event);
// The tps-audit-export-1 document: `events` (1 … checkpoint.seq), the checkpoint with its signed payload and
// the public key it verifies under (PEM), exported now by `actor`. Also written from the factory database
// (sync/CentralAuditSource).
QJsonObject auditExportDocument(const QString& stationId, const Actor& actor, const QByteArray& publicKeyPem,
                                const Checkpoint& checkpoint, const QJsonArray& events);

// Records the export as an audit event, signs a checkpoint over it, then writes the file atomically.
DbResult<AuditExportSummary> exportAuditTrail(StationStore& store, const Actor& actor,
                                              const QString& outPath);

} // namespace tps::db
