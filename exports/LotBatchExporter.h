// A DPS enrollment batch prepared from an incoming lot before its TPMs are soldered (Azure's security
// practices for device manufacturers: "ask for the list of EK_pubs with the shipped TPMs"): one
// enrollment per EK on the lot's delivery list, from the TPM2B_PUBLIC of the TCG low-range EK template
// with the listed key (or the TPM2B_PUBLIC the list gave), in the same files, format and signed manifest
// as a batch after QA (docs/FORMATS.md "DPS enrollment batch"). What is not known before a device is built
// stays out: the device's serial and firmware tags, and a device ID made from the serial.
//
// The batch is recorded (batches, lot_batches) and audited; its entries are reconciled when each device
// passes QA (Lots::reconcile): the EK step 2 read from the device must be the prepared one, byte for byte.
#pragma once

#include "exports/DpsBatchExporter.h"

namespace tps::db::exports {

struct LotBatchOptions
{
    QString lot;
    QString outDir;
    QString name;    // empty: <lot>-prepared-<UTC time>
    QString product; // the product profile's ID
    DpsProfile profile;
    timeline::Actor actor;
};

ExportResult<DpsBatchResult> exportLotBatch(Database& db, const LotBatchOptions& options);

} // namespace tps::db::exports
