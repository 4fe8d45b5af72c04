// Step 1's facts about a TPM: family, manufacturer, vendor strings, firmware, spec level.
#pragma once

#include "core/tpmwire/TpmError.h"

#include <QJsonObject>
#include <QString>
#include <utility>
#include <vector>

namespace tps::tpm {

class TpmSession;

struct TpmIdentity
{
    QString family; // "2.0"
    quint32 specLevel = 0;
    quint32 specRevision = 0; // 164 means 1.64
    quint32 specDayOfYear = 0;
    quint32 specYear = 0;
    quint32 manufacturerId = 0; // TPM_PT_MANUFACTURER, four ASCII bytes
    QString manufacturer;       // "IBM", "IFX", "NTC", ...
    QString manufacturerName;   // "IBM (software TPM)", "Infineon", ... or the ID when unknown
    QString vendorString;       // TPM_PT_VENDOR_STRING_1..4 concatenated
    quint32 vendorTpmType = 0;
    quint32 firmware1 = 0;
    quint32 firmware2 = 0;
    quint32 nvBufferMax = 0; // TPM_PT_NV_BUFFER_MAX: the largest NV read/write chunk
    quint32 inputBufferMax = 0;

    QString specRevisionText() const; // "1.64"
    QString firmwareVersion() const;  // "8209.4131.22.13878" (FW1 hi.lo, FW2 hi.lo)
    QJsonObject toJson() const;
};

// Pure: builds the identity from TPM_PT_FIXED properties; refuses anything that is not family 2.0.
TpmResult<TpmIdentity> identityFromProperties(const std::vector<std::pair<quint32, quint32>>& properties);

// Reads the fixed properties from the TPM (TPM2_GetCapability) and builds the identity.
TpmResult<TpmIdentity> identify(TpmSession& session);

// Four ASCII bytes of a big-endian 32-bit property, trailing NULs and spaces removed.
QString propertyText(quint32 value);
QString manufacturerDisplayName(const QString& id);

} // namespace tps::tpm
