#include "core/crypto/EkCertificate.h"

#include "core/crypto/CaDirectory.h"
#include "core/crypto/TpmPublicKey.h"
#include "core/crypto/VendorCaManifest.h"

#include <QCoreApplication>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <vector>

namespace tps::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EkCertificate)
};

struct Free
{
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

// The certificate as OpenSSL can use it, and the original when its SPKI had to be rewritten.
struct Parsed
{
    X509Ptr cert;     // loadable: its key can be read
    X509Ptr original; // the bytes as issued (RSAES-OAEP SPKI); null when cert is the original
    X509* signedCert() const { return original ? original.get() : cert.get(); }
};

X509Ptr decode(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    if (cert && p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        cert.reset();
    ERR_clear_error();
    return cert;
}

std::optional<Parsed> parse(const QByteArray& der)
{
    Parsed parsed;
    parsed.cert = decode(der);
    if (!parsed.cert)
        return std::nullopt;
    if (hasRsaOaepSpki(der)) {
        const auto rewritten = withRsaEncryptionSpki(der);
        X509Ptr loadable = rewritten ? decode(*rewritten) : X509Ptr();
        if (!loadable)
            return std::nullopt;
        parsed.original = std::move(parsed.cert);
        parsed.cert = std::move(loadable);
    }
    return parsed;
}

// The verification's context for the callback: the certificate as issued, when it was rewritten.
struct VerifyState
{
    X509* original = nullptr;
};
int stateIndex()
{
    static const int index = X509_STORE_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

// Accepts exactly the TCG uses of critical extensions OpenSSL does not process.
bool onlyTcgCriticalExtensions(X509* cert)
{
    for (int i = 0; i < X509_get_ext_count(cert); ++i) {
        X509_EXTENSION* ext = X509_get_ext(cert, i);
        if (!X509_EXTENSION_get_critical(ext) || X509_supported_extension(ext))
            continue;
        const int nid = OBJ_obj2nid(X509_EXTENSION_get_object(ext));
        if (nid != NID_subject_directory_attributes && nid != NID_subject_alt_name)
            return false;
    }
    return true;
}

// The rewritten (RSAES-OAEP) certificate's signature does not cover its rewritten bytes: the signature of
// the certificate as issued is checked with the issuer's key (the chain's next certificate) instead.
bool originalSignatureVerifies(X509_STORE_CTX* ctx, X509* original)
{
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx);
    if (!original || !chain || sk_X509_num(chain) < 2)
        return false;
    EVP_PKEY* issuerKey = X509_get0_pubkey(sk_X509_value(chain, 1));
    const bool ok = issuerKey && X509_verify(original, issuerKey) == 1;
    ERR_clear_error();
    return ok;
}

int verifyCallback(int ok, X509_STORE_CTX* ctx)
{
    if (ok)
        return ok;
    const int error = X509_STORE_CTX_get_error(ctx);
    bool accept = false;
    if (error == X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION) {
        X509* cert = X509_STORE_CTX_get_current_cert(ctx);
        accept = cert && onlyTcgCriticalExtensions(cert);
    } else if (error == X509_V_ERR_CERT_SIGNATURE_FAILURE && X509_STORE_CTX_get_error_depth(ctx) == 0) {
        const auto* state = static_cast<VerifyState*>(X509_STORE_CTX_get_ex_data(ctx, stateIndex()));
        accept = state && originalSignatureVerifies(ctx, state->original);
    }
    if (!accept)
        return 0;
    X509_STORE_CTX_set_error(ctx, X509_V_OK);
    return 1;
}

// The certificate's own facts, whatever the verdict will be.
CertCheck describe(const Parsed& parsed)
{
    CertCheck c;
    X509* cert = parsed.cert.get();
    c.subject = certNameText(X509_get_subject_name(cert));
    c.issuer = certNameText(X509_get_issuer_name(cert));
    c.notAfter = certTime(X509_get0_notAfter(cert));
    c.tpm = tpmSanAttributes(cert);
    c.keyAlgorithm = keyDescription(X509_get0_pubkey(cert));
    c.rsaOaepKey = bool(parsed.original);
    c.ekEku = hasEkCertificateEku(cert);
    c.signatures = QStringList{signatureAlgorithm(parsed.signedCert())};
    ERR_clear_error();
    return c;
}

CertCheck withVerdict(CertCheck c, CertVerdict v, const QString& detail)
{
    c.verdict = v;
    c.detail = detail;
    return c;
}

// Trust anchors and intermediates from the configured directories; certificates that are not CAs are
// left out (and counted in the detail).
struct Anchors
{
    Owned<X509_STORE> store{X509_STORE_new()};
    Owned<STACK_OF(X509)> untrusted{sk_X509_new_null()};
    int anchors = 0;
    int notCa = 0;

    void add(const CaDirectory& loaded)
    {
        for (const CaCertificate& c : loaded.certificates) {
            if (!c.ca) {
                ++notCa;
            } else if (c.selfIssued) {
                if (X509_STORE_add_cert(store.get(), c.cert.get()) == 1) // takes its own reference
                    ++anchors;
            } else if (X509_up_ref(c.cert.get()) == 1 && sk_X509_push(untrusted.get(), c.cert.get()) <= 0) {
                X509_free(c.cert.get());
            }
        }
        ERR_clear_error(); // duplicates in the store are not an error here
    }
};

void recordChain(X509_STORE_CTX* ctx, CertCheck& c)
{
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx);
    for (int i = 1; chain && i < sk_X509_num(chain); ++i) {
        X509* ca = sk_X509_value(chain, i);
        ChainCa link{certNameText(X509_get_subject_name(ca)), sha256Fingerprint(ca), {}, {}};
        if (const VendorCa* known = findVendorCa(link.sha256)) {
            link.vendor = known->vendor;
            link.name = known->name;
        }
        c.chain.append(link);
        if (i + 1 < sk_X509_num(chain) || X509_check_issued(ca, ca) != X509_V_OK)
            c.signatures.append(
                signatureAlgorithm(ca)); // a self-issued anchor's own signature is not checked
    }
}

// The chain from the certificate to a configured anchor: trusted, expired or untrusted issuer.
CertCheck judgeChain(const Parsed& parsed, CertCheck c, const CertTrust& trust)
{
    const QDateTime at = trust.at ? *trust.at : QDateTime::currentDateTimeUtc();
    Anchors anchors;
    if (!anchors.store || !anchors.untrusted)
        return withVerdict(c, CertVerdict::UntrustedIssuer, QStringLiteral("out of memory"));
    const CaDirectory read = trust.roots ? CaDirectory{} : loadCaDirectory(trust.rootsDir, at);
    anchors.add(trust.roots ? *trust.roots : read);
    const bool simulationApplies = trust.deviceSimulated && !trust.production;
    if (simulationApplies)
        anchors.add(loadCaDirectory(trust.simulationRootsDir, at));
    const QString skipped =
        anchors.notCa
            ? (anchors.notCa == 1 ? QStringLiteral("; 1 certificate in the roots that is not a CA ignored")
                                  : QStringLiteral("; %1 certificates in the roots that are not CAs ignored")
                                        .arg(anchors.notCa))
            : QString();
    if (anchors.anchors == 0)
        return withVerdict(
            c, CertVerdict::UntrustedIssuer,
            QStringLiteral("no trusted root certificates configured (roots: '%1'%2)%3")
                .arg(trust.rootsDir,
                     simulationApplies
                         ? QStringLiteral(", simulation roots: '%1'").arg(trust.simulationRootsDir)
                         : QString(),
                     skipped));

    Owned<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    if (!ctx ||
        X509_STORE_CTX_init(ctx.get(), anchors.store.get(), parsed.cert.get(), anchors.untrusted.get()) != 1)
        return withVerdict(c, CertVerdict::UntrustedIssuer, QStringLiteral("X509_STORE_CTX_init failed"));
    VerifyState state{parsed.original.get()};
    X509_STORE_CTX_set_ex_data(ctx.get(), stateIndex(), &state);
    X509_STORE_CTX_set_verify_cb(ctx.get(), verifyCallback);
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()), time_t(at.toSecsSinceEpoch()));
    const int ok = X509_verify_cert(ctx.get());
    const int err = X509_STORE_CTX_get_error(ctx.get());
    ERR_clear_error();
    // A rewritten certificate may verify as rewritten: what counts is its signature as issued.
    if (ok == 1 && parsed.original && !originalSignatureVerifies(ctx.get(), parsed.original.get()))
        return withVerdict(
            c, CertVerdict::UntrustedIssuer,
            QStringLiteral("certificate signature failure: the certificate as issued (RSAES-OAEP key "
                           "identifier) does not verify with its issuer's key"));
    if (ok == 1) {
        recordChain(ctx.get(), c);
        return withVerdict(c, CertVerdict::Trusted,
                           QStringLiteral("chain verified (trust anchors: %1)%2%3")
                               .arg(anchors.anchors)
                               .arg(c.rsaOaepKey
                                        ? QStringLiteral("; RSAES-OAEP key identifier read as "
                                                         "rsaEncryption, signature checked as issued")
                                        : QString(),
                                    skipped));
    }
    const QString reason = QStringLiteral("%1 (depth %2)%3")
                               .arg(QLatin1String(X509_verify_cert_error_string(err)))
                               .arg(X509_STORE_CTX_get_error_depth(ctx.get()))
                               .arg(skipped);
    if (err == X509_V_ERR_CERT_HAS_EXPIRED || err == X509_V_ERR_CERT_NOT_YET_VALID)
        return withVerdict(c, CertVerdict::Expired, reason);
    return withVerdict(c, CertVerdict::UntrustedIssuer, reason);
}

// The TCG EK Credential Profile's checks on a certificate whose chain is trusted.
CertCheck judgeProfile(const Parsed& parsed, CertCheck c, const CertTrust& trust)
{
    if (ekKeyUsage(parsed.cert.get()) == EkKeyUsage::SigningOnly)
        return withVerdict(
            c, CertVerdict::NotEndorsementKey,
            QStringLiteral("key usage is signing only (no keyEncipherment/keyAgreement): not an "
                           "endorsement key certificate; ") +
                c.detail);
    if (trust.tpmManufacturer.isEmpty() || !c.tpm)
        return c; // nothing to compare: unknown TPM manufacturer, or no TPM attributes in the SAN
    c.tpmManufacturerReported = trust.tpmManufacturer;
    if (c.tpm->manufacturer != trust.tpmManufacturer)
        return withVerdict(
            c, CertVerdict::ManufacturerMismatch,
            QStringLiteral("SAN tpmManufacturer %1 (%2) differs from the TPM's manufacturer %3")
                .arg(c.tpm->manufacturerId,
                     c.tpm->manufacturer.isEmpty() ? QStringLiteral("not a TCG vendor ID")
                                                   : c.tpm->manufacturer,
                     trust.tpmManufacturer));
    return c;
}

// The key comparison: DER SubjectPublicKeyInfo of the certificate against the EK's.
std::optional<QString> keyDifference(X509* cert, const QByteArray& ekTpm2bPublic)
{
    auto ekSpki = spkiFromTpmPublic(ekTpm2bPublic);
    if (!ekSpki)
        return QStringLiteral("EK key unusable: %1").arg(ekSpki.error().detail);
    unsigned char* certSpki = nullptr;
    const int len = i2d_PUBKEY(X509_get0_pubkey(cert), &certSpki);
    const QByteArray certKey =
        len > 0 ? QByteArray(reinterpret_cast<const char*>(certSpki), len) : QByteArray();
    OPENSSL_free(certSpki);
    ERR_clear_error();
    if (certKey == *ekSpki)
        return std::nullopt;
    return QStringLiteral("certificate key (%1-byte SPKI) differs from the EK (%2-byte SPKI)")
        .arg(certKey.size())
        .arg(ekSpki->size());
}

CertCheck verify(const QByteArray& der, const QByteArray* ekTpm2bPublic, const CertTrust& trust)
{
    if (der.isEmpty())
        return withVerdict({}, CertVerdict::NoCertificate, QStringLiteral("no certificate data"));
    const auto parsed = parse(der);
    if (!parsed)
        return withVerdict({}, CertVerdict::Malformed, QStringLiteral("not a DER X.509 certificate"));
    CertCheck c = describe(*parsed);
    c.keyCompared = ekTpm2bPublic != nullptr;
    if (ekTpm2bPublic)
        if (const auto difference = keyDifference(parsed->cert.get(), *ekTpm2bPublic))
            return withVerdict(c, CertVerdict::KeyMismatch, *difference);
    c = judgeChain(*parsed, c, trust);
    if (c.verdict != CertVerdict::Trusted)
        return c;
    return judgeProfile(*parsed, c, trust);
}

} // namespace

QString certVerdictKey(CertVerdict verdict)
{
    switch (verdict) {
    case CertVerdict::Trusted:
        return QStringLiteral("trusted");
    case CertVerdict::UntrustedIssuer:
        return QStringLiteral("untrusted-issuer");
    case CertVerdict::KeyMismatch:
        return QStringLiteral("key-mismatch");
    case CertVerdict::NoCertificate:
        return QStringLiteral("no-certificate");
    case CertVerdict::Malformed:
        return QStringLiteral("malformed");
    case CertVerdict::Expired:
        return QStringLiteral("expired");
    case CertVerdict::ManufacturerMismatch:
        return QStringLiteral("manufacturer-mismatch");
    case CertVerdict::NotEndorsementKey:
        return QStringLiteral("not-ek");
    }
    return {};
}

std::optional<CertVerdict> certVerdictFromKey(const QString& key)
{
    for (CertVerdict v : {CertVerdict::Trusted, CertVerdict::UntrustedIssuer, CertVerdict::KeyMismatch,
                          CertVerdict::NoCertificate, CertVerdict::Malformed, CertVerdict::Expired,
                          CertVerdict::ManufacturerMismatch, CertVerdict::NotEndorsementKey})
        if (certVerdictKey(v) == key)
            return v;
    return std::nullopt;
}

QString certVerdictMessage(CertVerdict verdict)
{
    switch (verdict) {
    case CertVerdict::Trusted:
        return Tr::tr("The EK certificate is issued by a trusted TPM manufacturer and matches this TPM.");
    case CertVerdict::UntrustedIssuer:
        return Tr::tr("The EK certificate is not issued by a configured TPM manufacturer CA. Set the device "
                      "aside and ask the line lead to check the product's manufacturer roots.");
    case CertVerdict::KeyMismatch:
        return Tr::tr(
            "The EK certificate belongs to a different key than this TPM's EK. Set the device aside "
            "for rework: the TPM or its certificate is not genuine or was replaced.");
    case CertVerdict::NoCertificate:
        return Tr::tr("The TPM holds no EK certificate. Set the device aside and ask the line lead: this TPM "
                      "cannot prove it is genuine.");
    case CertVerdict::Malformed:
        return Tr::tr("The EK certificate stored in the TPM is damaged (not a valid X.509 certificate). Set "
                      "the device aside for rework.");
    case CertVerdict::Expired:
        return Tr::tr("The EK certificate or its issuer is outside its validity period. Check the station's "
                      "clock; if it is right, set the device aside.");
    case CertVerdict::ManufacturerMismatch:
        return Tr::tr(
            "The EK certificate names another TPM manufacturer than the TPM reports. Set the device "
            "aside: the certificate does not belong to this TPM.");
    case CertVerdict::NotEndorsementKey:
        return Tr::tr("The certificate is not an EK certificate: its key is for signing only (an attestation "
                      "or signing key's certificate). Set the device aside and ask the line lead.");
    }
    return {};
}

QString certCheckMessage(const CertCheck& check)
{
    if (check.verdict == CertVerdict::Trusted && !check.keyCompared)
        return Tr::tr(
            "The EK certificate is issued by a trusted TPM manufacturer (checked offline, without the "
            "TPM).");
    if (check.verdict != CertVerdict::ManufacturerMismatch || !check.tpm)
        return certVerdictMessage(check.verdict);
    const QString named =
        check.tpm->manufacturer.isEmpty()
            ? check.tpm->manufacturerId
            : QStringLiteral("%1 (%2)").arg(check.tpm->manufacturer, check.tpm->manufacturerId);
    if (!check.keyCompared)
        return Tr::tr("The EK certificate names the TPM manufacturer %1, not %2 as expected.")
            .arg(named, check.tpmManufacturerReported);
    return Tr::tr("The EK certificate names the TPM manufacturer %1, but this TPM reports %2. Set the device "
                  "aside: the certificate does not belong to this TPM.")
        .arg(named, check.tpmManufacturerReported);
}

bool certifiesKey(CertVerdict verdict)
{
    switch (verdict) {
    case CertVerdict::Trusted:
    case CertVerdict::UntrustedIssuer:
    case CertVerdict::Expired:
    case CertVerdict::ManufacturerMismatch:
    case CertVerdict::NotEndorsementKey:
        return true;
    case CertVerdict::KeyMismatch:
    case CertVerdict::NoCertificate:
    case CertVerdict::Malformed:
        return false;
    }
    return false;
}

std::optional<QByteArray> trimCertificateDer(const QByteArray& nvData)
{
    QByteArray data = nvData;
    // TCG PC Client header: 10 01 00 || 16-bit length of the certificate that follows.
    if (data.size() >= 5 && quint8(data[0]) == 0x10 && quint8(data[1]) == 0x01 && quint8(data[2]) == 0x00) {
        const int len = (quint8(data[3]) << 8) | quint8(data[4]);
        data = data.mid(5, len);
    }
    if (data.size() < 2 || quint8(data[0]) != 0x30)
        return std::nullopt;
    const quint8 first = quint8(data[1]);
    qsizetype header = 2;
    qsizetype length = 0;
    if (first < 0x80) {
        length = first;
    } else {
        const int count = first & 0x7F;
        if (count == 0 || count > 3 || data.size() < 2 + count)
            return std::nullopt; // indefinite or absurd lengths are not DER certificates
        for (int i = 0; i < count; ++i)
            length = (length << 8) | quint8(data[2 + i]);
        header += count;
    }
    if (header + length > data.size())
        return std::nullopt;
    return data.left(header + length);
}

int countCertificates(const QString& dir)
{
    return int(loadCaDirectory(dir).certificates.size());
}

CertCheck verifyEkCertificate(const QByteArray& der, const QByteArray& ekTpm2bPublic, const CertTrust& trust)
{
    return verify(der, &ekTpm2bPublic, trust);
}

CertCheck verifyEkCertificateFile(const QByteArray& der, const CertTrust& trust)
{
    return verify(der, nullptr, trust);
}

} // namespace tps::crypto
