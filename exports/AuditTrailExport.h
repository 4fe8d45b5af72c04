// Audit export for review outside the station (quality, auditors): the whole trail up to a checkpoint
// signed at the moment of export, with the station's public key, so that anyone can recompute the chain
// (docs/AUDIT.md) and check the signature with standard tools.
#pragma once

#include "db/AuditTrail.h"
#include "db/StationStore.h"

namespace tps::db {

struct AuditExportSummary
{
    QString path;
    qint64 events = 0;
    Checkpoint checkpoint;
};

// Records the export as an audit event, signs a checkpoint over it, then writes the file atomically.
DbResult<AuditExportSummary> exportAuditTrail(StationStore& store, const Actor& actor,
                                              const QString& outPath);

} // namespace tps::db
