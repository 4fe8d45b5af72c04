// Incoming TPM lots (issue 21): the TPM vendor's delivery list of each lot — the EKs of the TPMs shipped —
// imported by a supervisor (e-signed, audited), then enforced at step 2: the device's EK must be on the
// list of the lot the profile or the operator names, in an entry no other device has used. Lots and their
// entries are never changed or deleted; an entry is consumed once, by the device whose step 2 took it.
#pragma once

#include "core/lots/DeliveryList.h"
#include "db/Operators.h"

#include <QList>
#include <optional>

namespace tps::db {

struct LotInfo
{
    QString uuid;
    QString lot;
    QString part;
    QString format; // "csv", "json", "pem"
    QString source; // the file name imported
    QString sourceSha256;
    QString importedBy;
    QString importedUtc;
    QString reason;
    qint64 entries = 0;
    qint64 consumed = 0;
};

struct LotEntryInfo
{
    int row = 0;
    QString keyId; // lots::EkPublicValue::keyId
    QString form;  // lots::ekValueFormKey
    QString keyAlgorithm;
    QString tpmSerial;
    QString registrationId; // of the low-range EK (or the TPM2B_PUBLIC given); empty when not derivable
    QByteArray ekPublic;    // TPM2B_PUBLIC, or empty
    QByteArray certificate; // DER, when the list gave the certificate
    QString deviceUuid;     // the device whose step 2 consumed it (empty: unused)
    QString deviceSerial;
    QString consumedUtc;
    // Reconciliation: the latest batch prepared from the lot (exports/LotBatchExporter.h), whether the
    // device passed QA in its current rework epoch, and whether the EK its step 2 recorded is the
    // prepared one byte for byte (the TPM2B_PUBLIC of the enrollment).
    QString preparedBatch;
    bool qaPassed = false;
    bool ekMatches = false;
    // "unused", "in-production" (used, QA not passed yet), "reconciled" (QA passed, EK as prepared),
    // "ek-differs" (QA passed, but not with the EK the list gave: the prepared enrollment is wrong).
    QString state() const;
};

// What step 2 learns about an EK.
struct LotEntryMatch
{
    QString lot;
    int row = 0;
    QString deviceProduct; // the device that consumed it (product and serial), empty when unused
    QString deviceSerial;
};

class Lots
{
public:
    explicit Lots(Database& db);

    // Imports the delivery list `data` (read from `source`) as lot `lot` of part number `part`, signed by
    // `signer` (a supervisor or admin). Refused, nothing imported, with every bad row named: a malformed
    // row, an EK twice in the list or already in another lot, a lot already imported, a list naming
    // another lot or part number.
    DbResult<LotInfo> import(const OperatorInfo& signer, const QString& lot, const QString& part,
                             const QString& source, const QByteArray& data, const QString& reason);
    DbResult<QList<LotInfo>> list();
    DbResult<std::optional<LotInfo>> find(const QString& lot);
    DbResult<QList<LotEntryInfo>> entries(const QString& lot);

    // The lot entry holding this EK (keyId), if any.
    DbResult<std::optional<LotEntryMatch>> match(const QString& keyId);
    // Marks the entry of `keyId` as used by the device (once; the same device again is a no-op), audited.
    DbResult<void> consume(const QString& keyId, const QString& product, const QString& serial,
                           const Actor& actor);

private:
    Database& m_db;
};

} // namespace tps::db
