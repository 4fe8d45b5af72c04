// What a step may ask of the station's records while it runs (implemented by db/, and in memory for
// unit tests). Kept deliberately small: the engine persists step results itself.
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tps::timeline {

struct RecordsError
{
    QString message;
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
};

} // namespace tps::timeline
