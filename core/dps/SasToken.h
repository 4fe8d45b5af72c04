// The DPS SAS token a TPM device forms after importing its authentication key (DESIGN §3.5):
//   string-to-sign = url-encoded("{idScope}/registrations/{registrationId}") + "\n" + expiry
//   token = "SharedAccessSignature sr=<encoded resource>&sig=<url-encoded base64
//   HMAC>&se=<expiry>&skn=registration"
// URL encoding follows the Azure C SDK: everything but ALPHA / DIGIT / "-" / "." / "_" / "~" as %xx with
// lower-case hex digits.
#pragma once

#include <QByteArray>
#include <QString>

namespace tps::dps {

QByteArray urlEncode(const QByteArray& text);
QByteArray sasResource(const QString& idScope, const QString& registrationId);
QByteArray sasStringToSign(const QString& idScope, const QString& registrationId, qint64 expiry);
QString sasToken(const QString& idScope, const QString& registrationId, qint64 expiry,
                 const QByteArray& signature);

// The service's check: HMAC-SHA-256(key, string-to-sign) equals `signature` (constant time).
bool verifySasSignature(const QByteArray& hmacKey, const QByteArray& stringToSign,
                        const QByteArray& signature);

} // namespace tps::dps
