// The provisioning settings a device needs to find its DPS instance in the field: the global
// endpoint, the ID scope, its registration ID and the product. They are validated before anything is
// written, handed to the programmer as a settings file, and kept in an owner NV index on the TPM so
// that they survive re-imaging of the device (layout in docs/FIRMWARE.md).
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tps::firmware {

inline constexpr char kDefaultGlobalEndpoint[] = "global.azure-devices-provisioning.net";

// The NV index holding the settings record: inside the range the TCG handle registry leaves to
// the owner (0x01400000-0x017FFFFF), clear of the TCG EK-certificate range (0x01C0xxxx).
inline constexpr quint32 kSettingsNvIndex = 0x01500100;
inline constexpr quint16 kSettingsNvSize = 1024;
inline constexpr char kSettingsNvMagic[] = "TPSP";
inline constexpr quint8 kSettingsNvLayout = 1;
inline constexpr int kSettingsNvHeader = 40; // magic 4, layout 1, flags 1, length 2, SHA-256 32

struct SettingsError
{
    QString field;   // "idScope", "registrationId", "endpoint", "product", "record"
    QString message; // translated
};

template <typename T>
using SettingsResult = Result<T, SettingsError>;

struct ProvisioningSettings
{
    QString endpoint = QLatin1String(kDefaultGlobalEndpoint);
    QString idScope;
    QString registrationId;
    QString product;

    SettingsResult<void> validate() const;
    QJsonObject toJson() const;
    // The settings file handed to the programmer: the same JSON, indented.
    QByteArray toSettingsFile() const;
    static SettingsResult<ProvisioningSettings> fromJson(const QJsonObject& json);

    // The NV record (header + compact JSON payload), padded with zeros to kSettingsNvSize.
    SettingsResult<QByteArray> toNvRecord() const;
    static SettingsResult<ProvisioningSettings> fromNvRecord(const QByteArray& record);

    bool operator==(const ProvisioningSettings&) const = default;
};

bool isValidIdScope(const QString& s);        // "0ne" + 8 of [0-9A-Z]
bool isValidRegistrationId(const QString& s); // DESIGN §3.1
bool isValidHostname(const QString& s);       // RFC 1123, at least two labels

} // namespace tps::firmware
