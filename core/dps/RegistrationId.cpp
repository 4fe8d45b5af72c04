#include "core/dps/RegistrationId.h"

#include "core/tpmwire/PublicArea.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace tps::dps {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationId)
};

bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}
} // namespace

QString base32(const QByteArray& data)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    out.reserve((data.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char ch : data) {
        buffer = (buffer << 8) | quint8(ch);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1F]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1F]);
    while (out.size() % 8 != 0)
        out += QLatin1Char('=');
    return out;
}

QString registrationIdFromEk(const QByteArray& ekTpm2bPublic)
{
    const QByteArray digest = QCryptographicHash::hash(ekTpm2bPublic, QCryptographicHash::Sha256);
    QString id = base32(digest).toLower();
    id.remove(QLatin1Char('='));
    return id;
}

QString endorsementKeyFromEk(const QByteArray& ekTpm2bPublic)
{
    return QString::fromLatin1(ekTpm2bPublic.toBase64());
}

Result<void, RegistrationIdError> validateRegistrationId(const QString& id)
{
    if (id.isEmpty())
        return fail(RegistrationIdError{RegistrationIdErrc::Empty, Tr::tr("The registration ID is empty.")});
    if (id.size() > 128)
        return fail(RegistrationIdError{
            RegistrationIdErrc::TooLong,
            Tr::tr("The registration ID has %1 characters; at most 128 are allowed.").arg(id.size())});
    for (const QChar c : id) {
        if (isLowerAlnum(c) || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_') ||
            c == QLatin1Char(':'))
            continue;
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            return fail(RegistrationIdError{RegistrationIdErrc::Uppercase,
                                            Tr::tr("The registration ID must be lowercase ('%1').").arg(c)});
        return fail(RegistrationIdError{
            RegistrationIdErrc::InvalidCharacter,
            Tr::tr("The registration ID may contain only letters, digits and - . _ : (found '%1').").arg(c)});
    }
    if (!isLowerAlnum(id.front()) || !isLowerAlnum(id.back()))
        return fail(
            RegistrationIdError{RegistrationIdErrc::BadFirstOrLast,
                                Tr::tr("The registration ID must start and end with a letter or digit.")});
    return {};
}

Result<QByteArray, EkInputError> ekFromBinaryOrBase64(const QByteArray& content)
{
    if (content.trimmed().isEmpty())
        return fail(EkInputError{EkInputErrc::Empty, Tr::tr("The EK file is empty.")});
    if (tpm::unmarshalPublic(content).ok())
        return content;
    const QByteArray text = content.trimmed();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && !decoded.decoded.isEmpty() && tpm::unmarshalPublic(decoded.decoded).ok())
        return decoded.decoded;
    return fail(EkInputError{EkInputErrc::NotAnEk,
                             Tr::tr("This is neither a binary TPM2B_PUBLIC (as written by tpm2_createek -u) "
                                    "nor its base64 text.")});
}

DpsReadiness dpsReadiness(const QByteArray& ekTpm2bPublic)
{
    auto pub = tpm::unmarshalPublic(ekTpm2bPublic);
    if (!pub)
        return {false, Tr::tr("The EK is not a valid TPM2B_PUBLIC.")};
    const TPMT_PUBLIC& p = pub->publicArea;
    if (p.type == TPM2_ALG_ECC)
        return {false, Tr::tr("The EK is an ECC key: Azure DPS TPM attestation accepts RSA-2048 EKs only. "
                              "Configure the product for the RSA-2048 EK (algorithm rsa2048).")};
    if (p.type != TPM2_ALG_RSA || p.parameters.rsaDetail.keyBits != 2048)
        return {false, Tr::tr("Azure DPS TPM attestation accepts RSA-2048 EKs only.")};
    return {true, {}};
}

} // namespace tps::dps
