#include "core/crypto/TcgEkProfile.h"

#include "core/crypto/OpenSslPtr.h"

#include <openssl/ec.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace tps::crypto {

namespace {

constexpr const char* kTpmManufacturer = "2.23.133.2.1";
constexpr const char* kTpmModel = "2.23.133.2.2";
constexpr const char* kTpmVersion = "2.23.133.2.3";
constexpr const char* kEkCertificateEku = "2.23.133.8.1";

QString oidText(const ASN1_OBJECT* obj)
{
    char buf[80];
    const int n = OBJ_obj2txt(buf, sizeof buf, obj, 1);
    return n > 0 && n < int(sizeof buf) ? QString::fromLatin1(buf, n) : QString();
}

QString stringValue(const ASN1_STRING* s)
{
    unsigned char* utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, s);
    if (n < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), n);
    OPENSSL_free(utf8);
    return text;
}

// The TPM attributes of one directoryName; every entry is visited, so a multi-valued RDN is read too.
std::optional<TpmSanAttributes> attributesOf(const X509_NAME* name)
{
    TpmSanAttributes a;
    bool found = false;
    for (int i = 0; i < X509_NAME_entry_count(name); ++i) {
        const X509_NAME_ENTRY* e = X509_NAME_get_entry(name, i);
        const QString oid = oidText(X509_NAME_ENTRY_get_object(e));
        const QString value = stringValue(X509_NAME_ENTRY_get_data(e));
        if (oid == QLatin1String(kTpmManufacturer)) {
            a.manufacturerId = value;
            found = true;
        } else if (oid == QLatin1String(kTpmModel)) {
            a.model = value;
        } else if (oid == QLatin1String(kTpmVersion)) {
            a.version = value;
        }
    }
    if (!found)
        return std::nullopt;
    a.manufacturer = tcgManufacturer(a.manufacturerId, a.model, &a.note);
    return a;
}

// --- a minimal DER walker: definite lengths only, enough to find the SPKI of a certificate ---
struct DerItem
{
    qsizetype start = 0;  // offset of the tag
    qsizetype header = 0; // tag + length octets
    qsizetype length = 0; // content octets
    quint8 tag = 0;
    qsizetype content() const { return start + header; }
    qsizetype end() const { return start + header + length; }
};

std::optional<DerItem> readItem(const QByteArray& d, qsizetype pos, qsizetype limit)
{
    if (pos + 2 > limit)
        return std::nullopt;
    DerItem item;
    item.start = pos;
    item.tag = quint8(d[pos]);
    if ((item.tag & 0x1F) == 0x1F)
        return std::nullopt; // multi-byte tags do not occur in a certificate's outer structure
    const quint8 first = quint8(d[pos + 1]);
    item.header = 2;
    if (first < 0x80) {
        item.length = first;
    } else {
        const int count = first & 0x7F;
        if (count == 0 || count > 3 || pos + 2 + count > limit)
            return std::nullopt;
        for (int i = 0; i < count; ++i)
            item.length = (item.length << 8) | quint8(d[pos + 2 + i]);
        item.header += count;
    }
    if (item.end() > limit)
        return std::nullopt;
    return item;
}

QByteArray encodeItem(quint8 tag, const QByteArray& content)
{
    QByteArray out(1, char(tag));
    const qsizetype n = content.size();
    if (n < 0x80) {
        out.append(char(n));
    } else if (n <= 0xFF) {
        out.append(char(0x81)).append(char(n));
    } else if (n <= 0xFFFF) {
        out.append(char(0x82)).append(char(n >> 8)).append(char(n & 0xFF));
    } else {
        out.append(char(0x83)).append(char(n >> 16)).append(char((n >> 8) & 0xFF)).append(char(n & 0xFF));
    }
    return out + content;
}

struct CertLayout
{
    DerItem cert;
    DerItem tbs;
    DerItem spki;
    DerItem algorithm; // the SPKI's AlgorithmIdentifier
    DerItem oid;       // its OBJECT IDENTIFIER
    DerItem key;       // the SPKI's BIT STRING
};

// Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber, signature,
// issuer, validity, subject, subjectPublicKeyInfo, ... }, signatureAlgorithm, signatureValue }
std::optional<CertLayout> layoutOf(const QByteArray& d)
{
    CertLayout l;
    auto cert = readItem(d, 0, d.size());
    if (!cert || cert->tag != 0x30)
        return std::nullopt;
    auto tbs = readItem(d, cert->content(), cert->end());
    if (!tbs || tbs->tag != 0x30)
        return std::nullopt;
    l.cert = *cert;
    l.tbs = *tbs;
    qsizetype pos = tbs->content();
    auto field = readItem(d, pos, tbs->end());
    if (field && field->tag == 0xA0) // explicit version
        field = readItem(d, pos = field->end(), tbs->end());
    for (int skip = 0; skip < 5 && field; ++skip) // serial, signature, issuer, validity, subject
        field = readItem(d, pos = field->end(), tbs->end());
    if (!field || field->tag != 0x30)
        return std::nullopt;
    l.spki = *field;
    auto alg = readItem(d, l.spki.content(), l.spki.end());
    if (!alg || alg->tag != 0x30)
        return std::nullopt;
    auto oid = readItem(d, alg->content(), alg->end());
    auto key = readItem(d, alg->end(), l.spki.end());
    if (!oid || oid->tag != 0x06 || !key || key->tag != 0x03)
        return std::nullopt;
    l.algorithm = *alg;
    l.oid = *oid;
    l.key = *key;
    return l;
}

// 1.2.840.113549.1.1.7 (id-RSAES-OAEP) and 1.2.840.113549.1.1.1 (rsaEncryption), DER content octets.
const QByteArray kOaepOid = QByteArray::fromHex("2a864886f70d010107");
const QByteArray kRsaEncryptionAlgorithm = QByteArray::fromHex("300d06092a864886f70d0101010500");

bool isOaep(const QByteArray& d, const CertLayout& l)
{
    return d.mid(l.oid.content(), l.oid.length) == kOaepOid;
}

} // namespace

QString tcgManufacturer(const QString& manufacturerId, const QString& model, QString* note)
{
    if (!manufacturerId.startsWith(QLatin1String("id:"), Qt::CaseInsensitive) || manufacturerId.size() != 11)
        return {};
    if (manufacturerId.compare(QLatin1String("id:00001014"), Qt::CaseInsensitive) == 0 &&
        model == QLatin1String("swtpm")) {
        if (note)
            *note =
                QStringLiteral("swtpm writes IBM's PCI vendor ID 0x1014 as tpmManufacturer; its TPM reports "
                               "the TCG vendor ID IBM");
        return QStringLiteral("IBM");
    }
    const QByteArray bytes = QByteArray::fromHex(manufacturerId.mid(3).toLatin1());
    if (bytes.size() != 4 || bytes.toHex() != manufacturerId.mid(3).toLower().toLatin1())
        return {};
    QByteArray text = bytes;
    while (!text.isEmpty() && (text.endsWith('\0') || text.endsWith(' ')))
        text.chop(1);
    for (char c : std::as_const(text))
        if (c < 0x20 || c > 0x7E)
            return {};
    return QString::fromLatin1(text);
}

std::optional<TpmSanAttributes> tpmSanAttributes(const X509* cert)
{
    auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return std::nullopt;
    std::optional<TpmSanAttributes> out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names) && !out; ++i) {
        const GENERAL_NAME* gn = sk_GENERAL_NAME_value(names, i);
        if (gn->type == GEN_DIRNAME)
            out = attributesOf(gn->d.directoryName);
    }
    GENERAL_NAMES_free(names);
    return out;
}

EkKeyUsage ekKeyUsage(X509* cert)
{
    if (!(X509_get_extension_flags(cert) & EXFLAG_KUSAGE))
        return EkKeyUsage::Absent;
    const uint32_t ku = X509_get_key_usage(cert);
    if (ku & (KU_KEY_ENCIPHERMENT | KU_KEY_AGREEMENT | KU_DATA_ENCIPHERMENT))
        return EkKeyUsage::Encipherment;
    return EkKeyUsage::SigningOnly;
}

bool hasEkCertificateEku(X509* cert)
{
    auto* eku = static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
    if (!eku)
        return false;
    bool found = false;
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku) && !found; ++i)
        found = oidText(sk_ASN1_OBJECT_value(eku, i)) == QLatin1String(kEkCertificateEku);
    EXTENDED_KEY_USAGE_free(eku);
    return found;
}

bool hasRsaOaepSpki(const QByteArray& certDer)
{
    const auto l = layoutOf(certDer);
    return l && isOaep(certDer, *l);
}

std::optional<QByteArray> withRsaEncryptionSpki(const QByteArray& d)
{
    const auto l = layoutOf(d);
    if (!l || !isOaep(d, *l))
        return std::nullopt;
    const QByteArray spki =
        encodeItem(0x30, kRsaEncryptionAlgorithm + d.mid(l->key.start, l->key.end() - l->key.start));
    const QByteArray tbsContent = d.mid(l->tbs.content(), l->spki.start - l->tbs.content()) + spki +
                                  d.mid(l->spki.end(), l->tbs.end() - l->spki.end());
    const QByteArray rest = d.mid(l->tbs.end(), l->cert.end() - l->tbs.end()); // signatureAlgorithm, value
    return encodeItem(0x30, encodeItem(0x30, tbsContent) + rest);
}

QString keyDescription(const EVP_PKEY* key)
{
    if (!key)
        return {};
    const int bits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_is_a(key, "RSA"))
        return QStringLiteral("RSA-%1").arg(bits);
    if (EVP_PKEY_is_a(key, "EC")) {
        char curve[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", curve, sizeof curve, &len) == 1) {
            const int nid = OBJ_sn2nid(curve);
            const char* nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
            return QStringLiteral("EC %1").arg(QString::fromLatin1(nist ? nist : curve));
        }
        return QStringLiteral("EC-%1").arg(bits);
    }
    return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
}

QString signatureAlgorithm(const X509* cert)
{
    const int nid = X509_get_signature_nid(cert);
    return nid != NID_undef ? QString::fromLatin1(OBJ_nid2ln(nid)) : QStringLiteral("unknown");
}

QString sha256Fingerprint(const X509* cert)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(cert, EVP_sha256(), md, &len) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(len)).toHex());
}

} // namespace tps::crypto
