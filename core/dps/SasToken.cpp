#include "core/dps/SasToken.h"

#include "core/crypto/Kdfa.h"

namespace tps::dps {

QByteArray urlEncode(const QByteArray& text)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(text.size() * 3);
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
            c == '.' || c == '_' || c == '~') {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0x0F]);
        }
    }
    return out;
}

QByteArray sasResource(const QString& idScope, const QString& registrationId)
{
    return urlEncode((idScope + QStringLiteral("/registrations/") + registrationId).toUtf8());
}

QByteArray sasStringToSign(const QString& idScope, const QString& registrationId, qint64 expiry)
{
    return sasResource(idScope, registrationId) + '\n' + QByteArray::number(expiry);
}

QString sasToken(const QString& idScope, const QString& registrationId, qint64 expiry,
                 const QByteArray& signature)
{
    return QStringLiteral("SharedAccessSignature sr=%1&sig=%2&se=%3&skn=registration")
        .arg(QString::fromLatin1(sasResource(idScope, registrationId)),
             QString::fromLatin1(urlEncode(signature.toBase64())), QString::number(expiry));
}

bool verifySasSignature(const QByteArray& hmacKey, const QByteArray& stringToSign,
                        const QByteArray& signature)
{
    auto expected = crypto::hmacSha256(hmacKey, stringToSign);
    return expected.ok() && crypto::equalConstantTime(*expected, signature);
}

} // namespace tps::dps
