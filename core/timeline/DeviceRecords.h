// What a step may ask of the station's records while it runs (implemented by db/, and in memory for
// unit tests). Kept deliberately small: the engine persists step results itself.
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace tps::crypto {
struct CaDirectory;
}

namespace tps::timeline {

struct RecordsError
{
    QString message;
};

// The incoming-lot entry holding an EK (db/Lots.h).
struct LotEntryHit
{
    QString lot;
    int row = 0;
    QString deviceProduct; // the device that used it (product and serial); empty when unused
    QString deviceSerial;
};

class DeviceRecords
{
public:
    virtual ~DeviceRecords() = default;
    // The serial of another device that already carries this registration ID (EK digest), if any.
    virtual Result<std::optional<QString>, RecordsError>
    serialWithRegistrationId(const QString& registrationId, const QString& exceptSerial) = 0;
    // Appends an audit event about the current device (kind e.g. "duplicate-ek"), committed on return.
    virtual Result<void, RecordsError> auditDeviceEvent(const QString& serial, const QString& kind,
                                                        const QString& detail) = 0;

    // The station's TPM manufacturer trust store (db/TrustStore.h); nullptr when these records have none.
    virtual Result<std::shared_ptr<const crypto::CaDirectory>, RecordsError> trustStore()
    {
        return std::shared_ptr<const crypto::CaDirectory>{};
    }
    // Whether a lot of this number was imported, and the lot entry holding the EK with this key ID
    // (lots::EkPublicValue::keyId). Records without lots know none.
    virtual Result<bool, RecordsError> lotImported(const QString& /*lot*/) { return false; }
    virtual Result<std::optional<LotEntryHit>, RecordsError> lotEntryForEk(const QString& /*ekKeyId*/)
    {
        return std::optional<LotEntryHit>{};
    }
    // Marks the entry of this EK as used by the device (a no-op when this device used it already).
    virtual Result<void, RecordsError> consumeLotEntry(const QString& /*ekKeyId*/, const QString& /*product*/,
                                                       const QString& /*serial*/)
    {
        return fail(RecordsError{QStringLiteral("these records hold no lots")});
    }
};

} // namespace tps::timeline
