// Escrow encryption: secrets encrypted to the device owner's X.509 certificate as CMS EnvelopedData
// (RFC 5652), and opened again with the owner's private key. RSA recipients get RSAES-OAEP (SHA-256,
// MGF1-SHA-256) key transport, EC recipients ECDH key agreement (X9.63 KDF with SHA-256, AES key wrap);
// the content is AES-256-CBC. The output opens with `openssl cms -decrypt -inform DER`.
#pragma once

#include "core/crypto/CryptoError.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace tps::crypto {

// The escrow recipient: the device owner's certificate.
class EscrowCertificate
{
public:
    static CryptoResult<EscrowCertificate> fromFile(const QString& path);
    static CryptoResult<EscrowCertificate> fromBytes(const QByteArray& pemOrDer);

    X509* get() const { return m_cert.get(); }
    QByteArray der() const;
    QString fingerprintSha256() const; // lowercase hex of SHA-256 over the DER certificate
    QString subject() const;           // RFC 2253
    QString keyDescription() const;    // "RSA-3072", "EC prime256v1"

private:
    std::shared_ptr<X509> m_cert;
};

// The owner's private key (unencrypted PEM or DER).
class EscrowPrivateKey
{
public:
    static CryptoResult<EscrowPrivateKey> fromFile(const QString& path);
    EVP_PKEY* get() const { return m_key.get(); }

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

// CMS EnvelopedData (DER) carrying `plaintext` for `recipient` only.
CryptoResult<QByteArray> cmsEncrypt(const SecureBytes& plaintext, const EscrowCertificate& recipient);
// The content of a CMS EnvelopedData, opened with `key`.
CryptoResult<SecureBytes> cmsDecrypt(const QByteArray& cmsDer, const EscrowPrivateKey& key);

// CMS EnvelopedData (DER) carrying `plaintext` for the holder of a 256-bit key-encryption key:
// KEKRecipientInfo with AES-256 key wrap (RFC 3394), content AES-256-CBC. `kekId` names the key (its
// KEKIdentifier). Opens with `openssl cms -decrypt -inform DER -secretkey <hex> -secretkeyid <hex id>`.
// The station's own secrets at rest (Limpet slot keys, the DPS group key: db/SlotKeyVault) use it.
CryptoResult<QByteArray> cmsEncryptToKek(const SecureBytes& plaintext, const SecureBytes& kek,
                                         const QByteArray& kekId);
CryptoResult<SecureBytes> cmsDecryptWithKek(const QByteArray& cmsDer, const SecureBytes& kek,
                                            const QByteArray& kekId);

// The OpenSSL error queue as one line (and empties it).
QString openSslErrors();

} // namespace tps::crypto
