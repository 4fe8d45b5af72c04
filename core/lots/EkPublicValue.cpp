#include "core/lots/EkPublicValue.h"

#include "core/crypto/EkCertificate.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/crypto/TcgEkProfile.h"
#include "core/crypto/TpmPublicKey.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpmwire/PublicArea.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <cstring>
#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <optional>

namespace tps::lots {

using namespace crypto; // the EK certificate and key helpers of core/crypto

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EkPublicValue)
};

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// The station's encoding of a key: i2d_PUBKEY (the same function spkiFromTpmPublic ends in).
QByteArray spkiOf(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(key, &der);
    const OpenSslBuffer<unsigned char> owned(der);
    return len > 0 ? QByteArray(reinterpret_cast<const char*>(der), len) : QByteArray();
}

QByteArray bignumParam(const EVP_PKEY* key, const char* name, int size)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    const BignumPtr bn(raw);
    QByteArray out(size, '\0');
    if (BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char*>(out.data()), size) != size)
        return {};
    return out;
}

// The low-range EK template's TPM2B_PUBLIC with this key as unique (RSA-2048 e=65537: L-1, P-256: L-2).
QByteArray lowRangeTemplateWith(const EVP_PKEY* key, const QString& algorithm)
{
    if (algorithm == QLatin1String("RSA-2048")) {
        const QByteArray e = bignumParam(key, OSSL_PKEY_PARAM_RSA_E, 3);
        const QByteArray n = bignumParam(key, OSSL_PKEY_PARAM_RSA_N, 256);
        if (e != QByteArray("\x01\x00\x01", 3) || n.isEmpty())
            return {};
        TPM2B_PUBLIC t = tpm::ekTemplateRsa2048();
        t.publicArea.unique.rsa.size = 256;
        std::memcpy(t.publicArea.unique.rsa.buffer, n.constData(), 256);
        return tpm::marshalPublic(t);
    }
    if (algorithm == QLatin1String("EC P-256")) {
        const QByteArray x = bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_X, 32);
        const QByteArray y = bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32);
        if (x.isEmpty() || y.isEmpty())
            return {};
        TPM2B_PUBLIC t = tpm::ekTemplateEccP256();
        std::memcpy(t.publicArea.unique.ecc.x.buffer, x.constData(), 32);
        std::memcpy(t.publicArea.unique.ecc.y.buffer, y.constData(), 32);
        return tpm::marshalPublic(t);
    }
    return {};
}

EkPublicValue fromKey(EkValueForm form, EVP_PKEY* key)
{
    EkPublicValue v;
    v.form = form;
    v.keyAlgorithm = keyDescription(key);
    v.tpm2bPublic = lowRangeTemplateWith(key, v.keyAlgorithm);
    v.keyId = v.tpm2bPublic.isEmpty() ? sha256Hex(spkiOf(key)) : ekKeyIdFromTpmPublic(v.tpm2bPublic);
    return v;
}

std::optional<EkPublicValue> fromCertificate(const QByteArray& der)
{
    const QByteArray loadable = withRsaEncryptionSpki(der).value_or(der);
    const auto* p = reinterpret_cast<const unsigned char*>(loadable.constData());
    const X509Ptr cert(d2i_X509(nullptr, &p, long(loadable.size())));
    if (!cert || p != reinterpret_cast<const unsigned char*>(loadable.constData()) + loadable.size())
        return std::nullopt;
    const PkeyPtr key(X509_get_pubkey(cert.get()));
    if (!key)
        return std::nullopt;
    EkPublicValue v = fromKey(EkValueForm::Certificate, key.get());
    v.certificateDer = der;
    return v;
}

std::optional<EkPublicValue> fromSpki(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const PkeyPtr key(d2i_PUBKEY(nullptr, &p, long(der.size())));
    if (!key || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        return std::nullopt;
    return fromKey(EkValueForm::PublicKey, key.get());
}

std::optional<EkPublicValue> fromTpmPublic(const QByteArray& bytes)
{
    if (!tpm::unmarshalPublic(bytes))
        return std::nullopt;
    const auto spki = spkiFromTpmPublic(bytes);
    if (!spki)
        return std::nullopt;
    const auto* p = reinterpret_cast<const unsigned char*>(spki->constData());
    const PkeyPtr key(d2i_PUBKEY(nullptr, &p, long(spki->size())));
    EkPublicValue v;
    v.form = EkValueForm::TpmPublic;
    v.keyAlgorithm = keyDescription(key.get());
    v.tpm2bPublic = bytes;
    v.keyId = sha256Hex(*spki);
    return v;
}

std::optional<EkPublicValue> fromModulus(const QByteArray& n)
{
    if (n.size() != 256 || !(quint8(n.at(0)) & 0x80))
        return std::nullopt; // a 2048-bit modulus has its top bit set
    TPM2B_PUBLIC t = tpm::ekTemplateRsa2048();
    t.publicArea.unique.rsa.size = 256;
    std::memcpy(t.publicArea.unique.rsa.buffer, n.constData(), 256);
    auto v = fromTpmPublic(tpm::marshalPublic(t));
    if (v)
        v->form = EkValueForm::RsaModulus;
    return v;
}

// Binary content: a certificate, an SPKI, a TPM2B_PUBLIC, a modulus (in that order of checks).
std::optional<EkPublicValue> fromBinary(const QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.at(0) == 0x30) {
        if (auto v = fromCertificate(bytes))
            return v;
        if (auto v = fromSpki(bytes))
            return v;
    }
    // A certificate as read from NV: a TCG header or trailing padding cut at the DER length.
    if (const auto der = trimCertificateDer(bytes); der && der->size() != bytes.size())
        if (auto v = fromCertificate(*der))
            return v;
    if (auto v = fromTpmPublic(bytes))
        return v;
    return fromModulus(bytes);
}

QByteArray pemBody(const QByteArray& text, const char* label)
{
    const QByteArray begin = QByteArray("-----BEGIN ") + label + "-----";
    const QByteArray end = QByteArray("-----END ") + label + "-----";
    const qsizetype b = text.indexOf(begin);
    const qsizetype e = text.indexOf(end, b);
    if (b < 0 || e < 0)
        return {};
    QByteArray body = text.mid(b + begin.size(), e - b - begin.size());
    body.replace("\\n", ""); // PEM flattened into one JSON or CSV cell with literal \n
    return QByteArray::fromBase64(body.simplified().replace(' ', ""));
}
} // namespace

QString ekValueFormKey(EkValueForm form)
{
    switch (form) {
    case EkValueForm::Certificate:
        return QStringLiteral("certificate");
    case EkValueForm::PublicKey:
        return QStringLiteral("spki");
    case EkValueForm::TpmPublic:
        return QStringLiteral("tpm2b-public");
    case EkValueForm::RsaModulus:
        return QStringLiteral("rsa-modulus");
    }
    return {};
}

Result<EkPublicValue, QString> parseEkPublicValue(const QByteArray& input)
{
    QByteArray text = input.trimmed();
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
        text = text.mid(1, text.size() - 2).trimmed();
    if (text.isEmpty())
        return fail(Tr::tr("the EK value is empty"));
    std::optional<EkPublicValue> v;
    if (text.contains("-----BEGIN CERTIFICATE-----")) {
        v = fromCertificate(pemBody(text, "CERTIFICATE"));
    } else if (text.contains("-----BEGIN PUBLIC KEY-----")) {
        v = fromSpki(pemBody(text, "PUBLIC KEY"));
    } else {
        static const QRegularExpression hexText(QStringLiteral("^(0x)?[0-9A-Fa-f]+$"));
        QByteArray compact = text;
        compact.replace(':', "").replace(' ', "").replace('\t', "");
        if (hexText.match(QString::fromLatin1(compact)).hasMatch() && compact.size() % 2 == 0)
            v = fromBinary(QByteArray::fromHex(compact.startsWith("0x") ? compact.mid(2) : compact));
        if (!v) {
            const auto b64 = QByteArray::fromBase64Encoding(text.simplified().replace(' ', ""),
                                                            QByteArray::AbortOnBase64DecodingErrors);
            if (b64)
                v = fromBinary(*b64);
        }
    }
    if (!v)
        return fail(Tr::tr("not an EK certificate, public key, TPM2B_PUBLIC or RSA-2048 modulus (PEM, base64 "
                           "or hex expected)"));
    return *v;
}

QString ekKeyIdFromTpmPublic(const QByteArray& tpm2bPublic)
{
    const auto spki = spkiFromTpmPublic(tpm2bPublic);
    return spki ? sha256Hex(*spki) : QString();
}

} // namespace tps::lots
