#include "FirmwareFixture.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace tps::test {

namespace {
using tps::test::readFile;
using tps::test::writeFile;
} // namespace

FirmwareFixture::FirmwareFixture(const QString& root) : m_root(root)
{
    QDir().mkpath(catalogDir());
    QDir().mkpath(m_root + QStringLiteral("/keys"));
}

KeyFiles FirmwareFixture::generateKey(const QString& name, const QString& algorithm)
{
    KeyFiles k;
    k.algorithm = algorithm;
    k.privatePem = m_root + QStringLiteral("/keys/") + name + QStringLiteral(".key.pem");
    k.publicPem = m_root + QStringLiteral("/keys/") + name + QStringLiteral(".pub.pem");
    QStringList gen{QStringLiteral("genpkey")};
    if (algorithm == QLatin1String("ec"))
        gen << QStringLiteral("-algorithm") << QStringLiteral("EC") << QStringLiteral("-pkeyopt")
            << QStringLiteral("ec_paramgen_curve:P-256");
    else if (algorithm == QLatin1String("ec-p384"))
        gen << QStringLiteral("-algorithm") << QStringLiteral("EC") << QStringLiteral("-pkeyopt")
            << QStringLiteral("ec_paramgen_curve:P-384");
    else if (algorithm == QLatin1String("ed25519"))
        gen << QStringLiteral("-algorithm") << QStringLiteral("ED25519");
    else
        gen << QStringLiteral("-algorithm") << QStringLiteral("RSA") << QStringLiteral("-pkeyopt")
            << QStringLiteral("rsa_keygen_bits:2048");
    gen << QStringLiteral("-out") << k.privatePem;
    if (!runTool(QStringLiteral("openssl"), gen).ok())
        return k;
    if (!runTool(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), k.privatePem,
                                             QStringLiteral("-pubout"), QStringLiteral("-out"), k.publicPem})
             .ok())
        return k;
    const ToolRun der = runTool(QStringLiteral("openssl"),
                                {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                                 k.publicPem, QStringLiteral("-outform"), QStringLiteral("DER")});
    if (der.ok() && !der.out.isEmpty())
        k.keyId = QString::fromLatin1(QCryptographicHash::hash(der.out, QCryptographicHash::Sha256).toHex());
    return k;
}

QByteArray FirmwareFixture::sign(const QByteArray& message, const KeyFiles& key)
{
    const QString in = m_root + QStringLiteral("/keys/to-sign.bin");
    const QString out = m_root + QStringLiteral("/keys/signature.bin");
    QFile::remove(out);
    if (!writeFile(in, message))
        return {};
    const bool ed = key.algorithm == QLatin1String("ed25519");
    ToolRun r;
    if (ed)
        r = runTool(QStringLiteral("openssl"),
                    {QStringLiteral("pkeyutl"), QStringLiteral("-sign"), QStringLiteral("-rawin"),
                     QStringLiteral("-inkey"), key.privatePem, QStringLiteral("-in"), in,
                     QStringLiteral("-out"), out});
    else
        r = runTool(QStringLiteral("openssl"),
                    {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-sign"),
                     key.privatePem, QStringLiteral("-out"), out, in});
    return r.ok() ? readFile(out) : QByteArray();
}

QString FirmwareFixture::release(const QString& name, const QString& product, const QString& version,
                                 const QByteArray& image, const KeyFiles& key, const QJsonObject& overrides)
{
    const QDir dir(catalogDir());
    const QString imageName = name + QStringLiteral(".bin");
    if (!writeFile(dir.filePath(imageName), image))
        return {};
    QJsonObject m{{QStringLiteral("format"), QStringLiteral("tps-firmware-manifest/1")},
                  {QStringLiteral("product"), product},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("image"), imageName},
                  {QStringLiteral("size"), image.size()},
                  {QStringLiteral("sha256"),
                   QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex())},
                  {QStringLiteral("keyId"), key.keyId}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        m.insert(it.key(), it.value());
    const QByteArray bytes = QJsonDocument(m).toJson(QJsonDocument::Indented);
    const QString manifestPath = dir.filePath(name + QStringLiteral(".manifest.json"));
    const QByteArray signature = sign(bytes, key);
    if (signature.isEmpty() || !writeFile(manifestPath, bytes) ||
        !writeFile(manifestPath + QStringLiteral(".sig"), signature))
        return {};
    return manifestPath;
}

QByteArray FirmwareFixture::randomImage(int size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray out(size, '\0');
    for (char& c : out)
        c = char(gen.bounded(256));
    return out;
}

} // namespace tps::test
