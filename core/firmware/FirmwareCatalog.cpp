#include "core/firmware/FirmwareCatalog.h"

#include "core/firmware/ReleaseCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVersionNumber>

namespace tps::firmware {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareCatalog)
};

FirmwareError error(FirmwareErrc code, const QString& message, const QString& technical)
{
    return FirmwareError{code, message, technical};
}

// Reads at most `limit` bytes (+1 to notice a larger file).
bool readFile(const QString& path, qint64 limit, QByteArray& out, QString& why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        why = f.errorString();
        return false;
    }
    out = f.read(limit + 1);
    if (f.error() != QFileDevice::NoError) {
        why = f.errorString();
        return false;
    }
    return true;
}
} // namespace

FirmwareResult<FirmwareCatalog> FirmwareCatalog::open(const QString& directory)
{
    const QDir dir(directory);
    if (directory.isEmpty() || !dir.exists() || !dir.isReadable())
        return fail(error(FirmwareErrc::CatalogMissing,
                          Tr::tr("The firmware catalog %1 cannot be read. Ask a supervisor to check the "
                                 "product profile.")
                              .arg(directory),
                          QStringLiteral("catalog directory %1 missing or unreadable").arg(directory)));
    FirmwareCatalog catalog;
    catalog.m_directory = dir.absolutePath();
    const QStringList names =
        dir.entryList({QStringLiteral("*") + QLatin1String(kManifestSuffix)}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        QByteArray bytes;
        QString why;
        if (!readFile(path, kMaxManifestBytes, bytes, why)) {
            catalog.m_problems << QStringLiteral("%1: %2").arg(name, why);
            continue;
        }
        auto manifest = FirmwareManifest::parse(bytes);
        if (!manifest) {
            catalog.m_problems << QStringLiteral("%1: %2").arg(name, manifest.error().technical);
            continue;
        }
        catalog.m_entries.append(CatalogEntry{path, *manifest});
    }
    return catalog;
}

FirmwareResult<CatalogEntry> FirmwareCatalog::select(const QString& product, const QString& version) const
{
    const CatalogEntry* best = nullptr;
    bool tie = false;
    for (const CatalogEntry& e : m_entries) {
        if (e.manifest.product != product)
            continue;
        if (!version.isEmpty() && e.manifest.version != version)
            continue;
        if (!best) {
            best = &e;
            continue;
        }
        const int cmp = QVersionNumber::compare(QVersionNumber::fromString(e.manifest.version),
                                                QVersionNumber::fromString(best->manifest.version));
        if (cmp > 0 || (cmp == 0 && e.manifest.version > best->manifest.version)) {
            best = &e;
            tie = false;
        } else if (cmp == 0 && e.manifest.version == best->manifest.version) {
            tie = true;
        }
    }
    const QString wanted = version.isEmpty() ? product : product + QLatin1Char(' ') + version;
    if (!best)
        return fail(error(FirmwareErrc::NotFound,
                          Tr::tr("The firmware catalog holds no release for %1. Ask a supervisor to "
                                 "install the release.")
                              .arg(wanted),
                          QStringLiteral("no manifest for %1 in %2").arg(wanted, m_directory)));
    if (tie)
        return fail(error(FirmwareErrc::Ambiguous,
                          Tr::tr("The firmware catalog holds several releases named %1 %2. Ask a "
                                 "supervisor to remove the duplicate.")
                              .arg(product, best->manifest.version),
                          QStringLiteral("several manifests for %1 %2 in %3")
                              .arg(product, best->manifest.version, m_directory)));
    return *best;
}

FirmwareResult<VerifiedFirmware> FirmwareCatalog::verify(const QString& manifest,
                                                         const SignatureVerifier& keys,
                                                         const QString& expectedProduct,
                                                         ReleaseCache* cache) const
{
    const QDir dir(m_directory);
    const QString manifestPath = QFileInfo(manifest).isAbsolute() ? manifest : dir.filePath(manifest);
    if (QFileInfo(manifestPath).absoluteDir() != dir)
        return fail(error(FirmwareErrc::NotFound,
                          Tr::tr("The firmware manifest %1 is not in the catalog.").arg(manifest),
                          QStringLiteral("manifest %1 outside catalog %2").arg(manifestPath, m_directory)));

    VerifiedFirmware out;
    out.manifestPath = manifestPath;
    QString why;
    if (!readFile(manifestPath, kMaxManifestBytes, out.manifestBytes, why))
        return fail(error(FirmwareErrc::NotFound,
                          Tr::tr("The firmware manifest %1 cannot be read. Ask a supervisor to check the "
                                 "catalog.")
                              .arg(QFileInfo(manifestPath).fileName()),
                          QStringLiteral("manifest %1: %2").arg(manifestPath, why)));
    const QString signaturePath = manifestPath + QLatin1String(kSignatureSuffix);
    if (!readFile(signaturePath, 4096, out.signature, why))
        return fail(error(FirmwareErrc::SignatureMissing,
                          Tr::tr("The firmware release has no signature. Nothing was written; call "
                                 "engineering."),
                          QStringLiteral("signature %1: %2").arg(signaturePath, why)));

    auto parsed = FirmwareManifest::parse(out.manifestBytes);
    if (!parsed)
        return fail(parsed.error());
    out.manifest = *parsed;

    auto signedBy = cache ? cache->verify(keys, out.manifest.keyId, out.manifestBytes, out.signature)
                          : keys.verify(out.manifest.keyId, out.manifestBytes, out.signature);
    if (!signedBy)
        return fail(signedBy.error());
    out.keyId = (*signedBy)->keyId;
    out.algorithm = (*signedBy)->algorithm;

    if (out.manifest.product != expectedProduct)
        return fail(error(
            FirmwareErrc::WrongProduct,
            Tr::tr("The firmware is for product %1, not for %2. Nothing was written; check "
                   "that the right product is selected.")
                .arg(out.manifest.product, expectedProduct),
            QStringLiteral("manifest product %1, expected %2").arg(out.manifest.product, expectedProduct)));

    out.imagePath = dir.filePath(out.manifest.image);
    if (!readFile(out.imagePath, out.manifest.size, out.image, why))
        return fail(error(FirmwareErrc::ImageMissing,
                          Tr::tr("The firmware image %1 is missing from the catalog. Nothing was written; "
                                 "ask a supervisor to reinstall the release.")
                              .arg(out.manifest.image),
                          QStringLiteral("image %1: %2").arg(out.imagePath, why)));
    if (out.image.size() < out.manifest.size)
        return fail(error(FirmwareErrc::ImageTruncated,
                          Tr::tr("The firmware image is truncated (%1 of %2 bytes). Nothing was written; "
                                 "ask a supervisor to reinstall the release.")
                              .arg(out.image.size())
                              .arg(out.manifest.size),
                          QStringLiteral("image %1 has %2 bytes, manifest says %3")
                              .arg(out.imagePath)
                              .arg(out.image.size())
                              .arg(out.manifest.size)));
    if (out.image.size() > out.manifest.size)
        return fail(error(
            FirmwareErrc::SizeMismatch,
            Tr::tr("The firmware image is larger than its manifest says. Nothing was "
                   "written; ask a supervisor to reinstall the release."),
            QStringLiteral("image %1 is longer than %2 bytes").arg(out.imagePath).arg(out.manifest.size)));
    const QByteArray digest = QCryptographicHash::hash(out.image, QCryptographicHash::Sha256);
    if (digest != out.manifest.sha256)
        return fail(error(FirmwareErrc::DigestMismatch,
                          Tr::tr("The firmware image does not match its signed digest: it may have been "
                                 "altered. Nothing was written; call engineering."),
                          QStringLiteral("image %1 SHA-256 %2, manifest %3")
                              .arg(out.imagePath, QString::fromLatin1(digest.toHex()),
                                   QString::fromLatin1(out.manifest.sha256.toHex()))));
    return out;
}

} // namespace tps::firmware
