// What every signed export (DPS batch, audit export) does at its end, in the one transaction that records
// it: the station's export signing identity (created and audited on first use), the signed manifest, the
// export's own audit event, publishing the directory and the commit. On any failure nothing is left: the
// transaction rolls back and ExportDirectory removes the files (and a signing identity made for it).
#pragma once

#include "db/AuditTrail.h"
#include "exports/ExportDirectory.h"
#include "exports/ManifestSigner.h"

namespace tps::db::exports {

// Loads the signing identity, or creates it and appends its creation to the audit trail (in the open
// transaction); a created identity is removed again when the export is not committed.
ExportResult<SigningIdentity> exportSigningIdentity(Database& db, AuditTrail& audit,
                                                    const timeline::Actor& actor, ExportDirectory& out);

// Writes manifest.json, its CMS signature and the signing certificate into the export; returns the
// manifest's SHA-256 (hex).
ExportResult<QString> signManifest(const SigningIdentity& identity, ExportDirectory& out,
                                   const QJsonObject& manifest);

// Appends the export's audit event, publishes the directory and commits. When this fails the export
// is undone (the transaction rolls back when `tx` goes; `out` removes the files).
ExportResult<void> finishExport(Transaction& tx, AuditTrail& audit, const timeline::Actor& actor,
                                const AuditEntry& event, ExportDirectory& out);

} // namespace tps::db::exports
