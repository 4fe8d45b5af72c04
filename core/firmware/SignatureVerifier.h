// The firmware-signing keys a product trusts, and verification of detached manifest signatures
// through OpenSSL EVP: ECDSA P-256 with SHA-256 (DER signature, as `openssl dgst -sha256 -sign`
// writes it) or Ed25519 (pure, as `openssl pkeyutl -sign -rawin` writes it).
#pragma once

#include "core/crypto/OpenSslPtr.h"
#include "core/firmware/FirmwareError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace tps::firmware {

enum class SignatureAlgorithm { EcdsaP256Sha256, Ed25519 };
QString algorithmName(SignatureAlgorithm a); // "ecdsa-p256-sha256", "ed25519"

struct SigningKey
{
    QString keyId; // lowercase hex SHA-256 of the DER SubjectPublicKeyInfo
    SignatureAlgorithm algorithm = SignatureAlgorithm::EcdsaP256Sha256;
    QString source; // where it was loaded from (file path)
    crypto::PkeyPtr key;
};

class SignatureVerifier
{
public:
    // Loads PEM public keys (SubjectPublicKeyInfo). Refuses unreadable files, private keys, RSA and
    // curves other than P-256.
    static FirmwareResult<SignatureVerifier> fromFiles(const QStringList& pemPaths);
    static FirmwareResult<SigningKey> loadKey(const QByteArray& pem, const QString& source);
    // Key ID of a public key: SHA-256 over its DER SubjectPublicKeyInfo, lowercase hex.
    static QString keyIdOf(EVP_PKEY* key);

    void add(SigningKey key) { m_keys.push_back(std::move(key)); }
    const SigningKey* find(const QString& keyId) const;
    const std::vector<SigningKey>& keys() const { return m_keys; }

    // Verifies `signature` over `message` with the trusted key `keyId`.
    FirmwareResult<const SigningKey*> verify(const QString& keyId, const QByteArray& message,
                                             const QByteArray& signature) const;

private:
    std::vector<SigningKey> m_keys;
};

} // namespace tps::firmware
