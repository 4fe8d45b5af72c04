// The firmware manifest and catalog (core/firmware): a release directory is outside input until its
// signature is verified. A manifest that parses has every field within its rules and serialises to a
// manifest that parses to the same; a catalog directory holding the bytes opens without crashing and
// reports an unparsable manifest as a problem.
#include "FuzzSupport.h"

#include "core/firmware/FirmwareCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace {
QTemporaryDir& catalogDir()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tps::firmware;
    const QByteArray in = tps::fuzz::bytes(data, size);
    const auto manifest = FirmwareManifest::parse(in);
    if (manifest) {
        tps::fuzz::require(isValidProductId(manifest->product), "a parsed manifest names a valid product");
        tps::fuzz::require(manifest->sha256.size() == 32, "a parsed manifest pins a SHA-256");
        tps::fuzz::require(manifest->size >= 0 && manifest->size <= kMaxImageBytes, "image size in range");
        tps::fuzz::require(!manifest->image.contains(QLatin1Char('/')), "the image is a plain file name");
        const QByteArray again = QJsonDocument(manifest->toJson()).toJson(QJsonDocument::Compact);
        const auto reparsed = FirmwareManifest::parse(again);
        tps::fuzz::require(reparsed && reparsed->product == manifest->product &&
                               reparsed->version == manifest->version && reparsed->sha256 == manifest->sha256,
                           "a manifest survives toJson/parse");
    }
    // The same bytes as the one manifest of a catalog directory.
    QTemporaryDir& dir = catalogDir();
    if (!dir.isValid())
        return 0;
    QFile f(QDir(dir.path()).filePath(QStringLiteral("fw.manifest.json")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    f.write(in);
    f.close();
    const auto catalog = FirmwareCatalog::open(dir.path());
    if (catalog) {
        tps::fuzz::require(catalog->entries().size() + catalog->problems().size() == 1,
                           "the manifest is either an entry or a problem");
        tps::fuzz::require(catalog->entries().size() == (manifest ? 1 : 0), "catalog agrees with parse()");
        if (manifest)
            (void)catalog->select(manifest->product);
    }
    return 0;
}
