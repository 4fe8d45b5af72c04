// The station's export signing identity and CMS detached signatures of export manifests (docs/FORMATS.md
// "Export manifest"). The audit trail's Ed25519 station key cannot sign CMS in OpenSSL 3.0, so exports are
// signed with a separate ECDSA P-256 key next to the database (<db>.signing.key, owner-only) and its
// self-signed certificate (<db>.signing.crt). Creating them is audited with the certificate's SHA-256
// fingerprint, so an auditor can check the certificate shipped with an export against the trail.
#pragma once

#include "core/crypto/CryptoError.h"
#include "core/crypto/OpenSslPtr.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tps::db::exports {

QString signingKeyPathFor(const QString& databasePath);  // <db>.signing.key (PEM, 0600)
QString signingCertPathFor(const QString& databasePath); // <db>.signing.crt (PEM)

struct SigningIdentity
{
    crypto::PkeyPtr key;
    crypto::X509Ptr certificate;
    QByteArray certificatePem;
    QString fingerprint;  // SHA-256 of the DER certificate, lowercase hex
    bool created = false; // made by this call
};

// Loads the signing key and certificate, or creates both when neither exists. A key without its
// certificate (or the reverse), or a certificate not matching the key, is refused.
crypto::CryptoResult<SigningIdentity> loadOrCreateSigningIdentity(const QString& databasePath,
                                                                  const QString& stationId);

// CMS SignedData (DER), detached, binary content, signer certificate included.
crypto::CryptoResult<QByteArray> signDetached(const SigningIdentity& identity, const QByteArray& content);

// Writes `manifest` as manifest.json (indented JSON), its signature manifest.json.p7s and the signing
// certificate signing-certificate.pem into `dir`. Returns the SHA-256 (hex) of manifest.json.
crypto::CryptoResult<QString> writeSignedManifest(const SigningIdentity& identity, const QString& dir,
                                                  const QJsonObject& manifest);

} // namespace tps::db::exports
