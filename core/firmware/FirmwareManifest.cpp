#include "core/firmware/FirmwareManifest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace tps::firmware {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareManifest)
};

bool isLowerHex(const QString& s, int length)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]*\\z"));
    return s.size() == length && re.match(s).hasMatch();
}

bool isPlainFileName(const QString& name)
{
    if (name.isEmpty() || name.size() > 255 || name.startsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : name)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20 || c == QChar(0x7F))
            return false;
    return true;
}

} // namespace

const char* errcName(FirmwareErrc code)
{
    switch (code) {
    case FirmwareErrc::CatalogMissing:
        return "catalog-missing";
    case FirmwareErrc::NotFound:
        return "not-found";
    case FirmwareErrc::Ambiguous:
        return "ambiguous";
    case FirmwareErrc::ManifestMalformed:
        return "manifest-malformed";
    case FirmwareErrc::SignatureMissing:
        return "signature-missing";
    case FirmwareErrc::KeyUnusable:
        return "key-unusable";
    case FirmwareErrc::UnknownKey:
        return "unknown-key";
    case FirmwareErrc::BadSignature:
        return "bad-signature";
    case FirmwareErrc::WrongProduct:
        return "wrong-product";
    case FirmwareErrc::ImageMissing:
        return "image-missing";
    case FirmwareErrc::ImageTruncated:
        return "image-truncated";
    case FirmwareErrc::SizeMismatch:
        return "size-mismatch";
    case FirmwareErrc::DigestMismatch:
        return "digest-mismatch";
    }
    return "unknown";
}

QJsonObject FirmwareManifest::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), QLatin1String(kManifestFormat)},
                  {QStringLiteral("product"), product},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("image"), image},
                  {QStringLiteral("size"), size},
                  {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())},
                  {QStringLiteral("keyId"), keyId}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

FirmwareResult<FirmwareManifest> FirmwareManifest::parse(const QByteArray& bytes)
{
    const auto malformed = [](const QString& why) {
        return fail(FirmwareError{FirmwareErrc::ManifestMalformed,
                                  Tr::tr("The firmware manifest is not valid (%1). Nothing was written; "
                                         "ask engineering for a correct firmware release.")
                                      .arg(why),
                                  QStringLiteral("manifest malformed: ") + why});
    };
    if (bytes.size() > kMaxManifestBytes)
        return malformed(QStringLiteral("larger than %1 bytes").arg(kMaxManifestBytes));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(err.error != QJsonParseError::NoError ? err.errorString()
                                                               : QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kManifestFormat))
        return malformed(QStringLiteral("format is not %1").arg(QLatin1String(kManifestFormat)));

    FirmwareManifest m;
    m.product = o.value(QStringLiteral("product")).toString();
    if (!isValidProductId(m.product))
        return malformed(QStringLiteral("product"));
    m.version = o.value(QStringLiteral("version")).toString();
    static const QRegularExpression versionRe(QStringLiteral("^[A-Za-z0-9._+-]{1,64}\\z"));
    if (!versionRe.match(m.version).hasMatch())
        return malformed(QStringLiteral("version"));
    m.image = o.value(QStringLiteral("image")).toString();
    if (!isPlainFileName(m.image))
        return malformed(QStringLiteral("image must be a plain file name"));
    const QJsonValue size = o.value(QStringLiteral("size"));
    const double sizeValue = size.toDouble(-1);
    if (!size.isDouble() || sizeValue < 1 || sizeValue > double(kMaxImageBytes) ||
        sizeValue != double(qint64(sizeValue)))
        return malformed(QStringLiteral("size"));
    m.size = qint64(sizeValue);
    const QString digest = o.value(QStringLiteral("sha256")).toString();
    if (!isLowerHex(digest, 64))
        return malformed(QStringLiteral("sha256 must be 64 lowercase hex digits"));
    m.sha256 = QByteArray::fromHex(digest.toLatin1());
    m.keyId = o.value(QStringLiteral("keyId")).toString();
    if (!isLowerHex(m.keyId, 64))
        return malformed(QStringLiteral("keyId must be 64 lowercase hex digits"));
    m.description = o.value(QStringLiteral("description")).toString();
    return m;
}

} // namespace tps::firmware
