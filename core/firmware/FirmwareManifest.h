// The firmware manifest (docs/FIRMWARE.md): a small JSON document naming the product, version,
// image file, image size and SHA-256, and the ID of the key that signed it. The detached signature
// covers the manifest's exact bytes; the manifest in turn pins the image by size and digest.
#pragma once

#include "core/common/Identifiers.h"
#include "core/firmware/FirmwareError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tps::firmware {

inline constexpr char kManifestFormat[] = "tps-firmware-manifest/1";
inline constexpr char kManifestSuffix[] = ".manifest.json";
inline constexpr char kSignatureSuffix[] = ".sig"; // appended to the manifest's file name
inline constexpr qint64 kMaxManifestBytes = 64 * 1024;
inline constexpr qint64 kMaxImageBytes = 256LL * 1024 * 1024;

struct FirmwareManifest
{
    QString product;
    QString version;
    QString image;     // file name inside the catalog directory (no directories)
    qint64 size = 0;   // bytes
    QByteArray sha256; // 32 raw bytes
    QString keyId;     // lowercase hex SHA-256 of the signing key's DER SubjectPublicKeyInfo
    QString description;

    QJsonObject toJson() const;
    // Parses and validates the fields; says which field is wrong.
    static FirmwareResult<FirmwareManifest> parse(const QByteArray& bytes);
};

using tps::isValidProductId; // core/common/Identifiers.h: the product-ID rule

} // namespace tps::firmware
