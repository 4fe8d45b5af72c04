// Test fixture for step 4: firmware-signing keys generated on the spot with the openssl CLI (never
// committed), and signed releases written into a catalog directory — signed by the openssl CLI, so
// the station's EVP verification is checked against an independent implementation.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tps::test {

struct KeyFiles
{
    QString privatePem;
    QString publicPem;
    QString algorithm; // as passed to generateKey
    QString keyId;     // SHA-256 of the DER SubjectPublicKeyInfo, computed from openssl's DER output
};

class FirmwareFixture
{
public:
    // Catalog and keys live below `root` (root/catalog, root/keys).
    explicit FirmwareFixture(const QString& root);
    QString catalogDir() const { return m_root + QStringLiteral("/catalog"); }

    // algorithm: "ec" (P-256), "ed25519", "rsa", "ec-p384". Empty keyId on failure.
    KeyFiles generateKey(const QString& name, const QString& algorithm);

    // Writes image <name>.bin, manifest <name>.manifest.json and its signature; returns the manifest
    // path (empty on failure). `overrides` replaces manifest fields after they are computed.
    QString release(const QString& name, const QString& product, const QString& version,
                    const QByteArray& image, const KeyFiles& key, const QJsonObject& overrides = {});
    // Signs arbitrary bytes with the openssl CLI (ECDSA-SHA256 or Ed25519 depending on the key).
    QByteArray sign(const QByteArray& message, const KeyFiles& key);

    static QByteArray randomImage(int size, quint32 seed);

private:
    QString m_root;
};

} // namespace tps::test
