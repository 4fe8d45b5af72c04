// Step 4's configuration, parsed from the product profile's "firmware" section (docs/FIRMWARE.md):
//
//   "firmware": {
//     "catalog": "/srv/firmware/widget",          directory of releases
//     "manifest": "widget-1.2.0.manifest.json",   optional: exactly this release
//     "version": "1.2.0",                         optional: else the highest version of the product
//     "product": "widget",                        optional: default the profile's id
//     "signingKeys": ["/etc/.../fw-signing.pub.pem"],   (or "signingKey": "...")
//     "flasher": { "kind": "simulated", "fault": "none", "timeoutMs": 30000 }
//              | { "kind": "command", "program": "openocd", "arguments": [...], "timeoutMs": 120000,
//                  "readBack": { "program": "...", "arguments": [...] } },
//     "dps": { "idScope": "0ne00000A0A", "endpoint": "global.azure-devices-provisioning.net" }
//   }
#pragma once

#include "core/common/Result.h"
#include "core/firmware/CommandFlasher.h"
#include "core/firmware/SimulatedFlasher.h"

#include <QJsonObject>
#include <QStringList>
#include <chrono>

namespace tps::stations {

struct FirmwareConfig
{
    QString catalog;
    QString manifest;
    QString version;
    QString product;
    QStringList signingKeys;
    enum class FlasherKind { Simulated, Command } flasherKind = FlasherKind::Simulated;
    firmware::SimFault simFault = firmware::SimFault::None;
    firmware::CommandFlasherConfig command;
    std::chrono::milliseconds timeout{120000};
    QString idScope;
    QString endpoint;

    // Errors are translated, naming the field that is wrong.
    static Result<FirmwareConfig, QString> parse(const QJsonObject& section, const QString& defaultProduct);
};

} // namespace tps::stations
