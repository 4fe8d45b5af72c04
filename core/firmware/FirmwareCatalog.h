// A directory of firmware releases: for each release an image, a manifest (<name>.manifest.json)
// and its detached signature (<name>.manifest.json.sig). Nothing read from the catalog is trusted
// until verify() has checked signature, product, size and digest — all before a device is touched.
#pragma once

#include "core/firmware/FirmwareManifest.h"
#include "core/firmware/SignatureVerifier.h"

#include <QList>
#include <QString>

namespace tps::firmware {

class ReleaseCache;

struct CatalogEntry
{
    QString manifestPath;
    FirmwareManifest manifest; // as parsed, NOT yet verified
};

// A release that passed every check, with the exact bytes that were verified.
struct VerifiedFirmware
{
    FirmwareManifest manifest;
    QByteArray manifestBytes;
    QByteArray signature;
    QString manifestPath;
    QString imagePath;
    QByteArray image; // the verified image bytes: hand these (not the catalog file) to the programmer
    QString keyId;
    SignatureAlgorithm algorithm = SignatureAlgorithm::EcdsaP256Sha256;
};

class FirmwareCatalog
{
public:
    // Scans `directory` for *.manifest.json. Manifests that do not parse are remembered in problems().
    static FirmwareResult<FirmwareCatalog> open(const QString& directory);

    const QString& directory() const { return m_directory; }
    const QList<CatalogEntry>& entries() const { return m_entries; }
    const QStringList& problems() const { return m_problems; }

    // The release for `product`: exactly `version` when given, else the highest version.
    FirmwareResult<CatalogEntry> select(const QString& product, const QString& version = {}) const;

    // Verifies one manifest file of this catalog (a file name or a path inside the directory). With a
    // `cache`, a signature it has seen verified by a key `keys` still trusts is not verified again; the
    // image is read and its digest checked all the same.
    FirmwareResult<VerifiedFirmware> verify(const QString& manifest, const SignatureVerifier& keys,
                                            const QString& expectedProduct,
                                            ReleaseCache* cache = nullptr) const;

private:
    QString m_directory;
    QList<CatalogEntry> m_entries;
    QStringList m_problems;
};

} // namespace tps::firmware
