// The cloud engineer's export of the slot credential modes (docs/FORMATS.md, "Slot key export"): for the
// devices of a product that passed QA in their current rework epoch and whose Limpet slot holds keys the
// station recorded (dps::SlotKeyStore, state applied):
//   iothub-symmetric-slot  import-devices.jsonl.cms  IoT Hub bulk import-devices JSON lines
//                          create-devices.sh.cms     `az iot hub device-identity create ...` per device
//                          both ONLY as CMS EnvelopedData (DER) to the cloud engineer's certificate
//   dps-symmetric-group    registration-ids.txt      one registration ID per line (no key)
// with the signed manifest of every export (manifest.json, .p7s, signing-certificate.pem). The export is
// audited; nothing is written when it fails.
#pragma once

#include "core/dps/SlotKeyStore.h"
#include "exports/DpsBatchExporter.h"

namespace tps::db::exports {

struct SlotKeyExportOptions
{
    QString outDir;
    QString product;          // required
    QString mode;             // "iothub-symmetric-slot" | "dps-symmetric-group"
    QString cloudCertificate; // iothub-symmetric-slot: the only recipient of the key files
    bool allowSimulated = false;
    bool production = false;
    timeline::Actor actor;
};

struct SlotKeyExportResult
{
    QString uuid;
    qint64 devices = 0;
    bool simulated = false;
    QStringList files;
    QString manifestSha256;
    QString recipientFingerprint; // SHA-256 of the cloud engineer's certificate (iothub-symmetric-slot)
};

ExportResult<SlotKeyExportResult> exportSlotKeys(Database& db, dps::SlotKeyStore& keys,
                                                 const SlotKeyExportOptions& options);

} // namespace tps::db::exports
