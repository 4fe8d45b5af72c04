#include "core/crypto/TpmPublicKey.h"

#include "core/tpmwire/PublicArea.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace tps::crypto {

namespace {

struct Free
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
    void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

QString sslError(const char* what)
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    char buf[256] = {};
    if (e)
        ERR_error_string_n(e, buf, sizeof buf);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(buf));
}

Result<Owned<EVP_PKEY>, KeyError> fromParams(const char* type, OSSL_PARAM_BLD* bld)
{
    Owned<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(bld));
    Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return fail(KeyError{sslError("EVP_PKEY_fromdata")});
    return Owned<EVP_PKEY>(raw);
}

Result<Owned<EVP_PKEY>, KeyError> rsaKey(const TPMT_PUBLIC& p)
{
    const TPM2B_PUBLIC_KEY_RSA& n = p.unique.rsa;
    if (n.size == 0 || n.size != p.parameters.rsaDetail.keyBits / 8)
        return fail(KeyError{QStringLiteral("RSA modulus of %1 bytes for a %2-bit key")
                                 .arg(n.size)
                                 .arg(p.parameters.rsaDetail.keyBits)});
    Owned<BIGNUM> bn(BN_bin2bn(n.buffer, n.size, nullptr));
    Owned<BIGNUM> be(BN_new());
    const quint32 exponent = p.parameters.rsaDetail.exponent == 0 ? 65537u : p.parameters.rsaDetail.exponent;
    Owned<OSSL_PARAM_BLD> bld(OSSL_PARAM_BLD_new());
    if (!bn || !be || !bld || !BN_set_word(be.get(), exponent) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bn.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, be.get()))
        return fail(KeyError{sslError("RSA parameters")});
    return fromParams("RSA", bld.get());
}

Result<Owned<EVP_PKEY>, KeyError> eccKey(const TPMT_PUBLIC& p)
{
    const char* group = nullptr;
    int size = 0;
    switch (p.parameters.eccDetail.curveID) {
    case TPM2_ECC_NIST_P256:
        group = "P-256";
        size = 32;
        break;
    case TPM2_ECC_NIST_P384:
        group = "P-384";
        size = 48;
        break;
    case TPM2_ECC_NIST_P521:
        group = "P-521";
        size = 66;
        break;
    default:
        return fail(KeyError{
            QStringLiteral("unsupported ECC curve 0x%1").arg(p.parameters.eccDetail.curveID, 0, 16)});
    }
    const TPM2B_ECC_PARAMETER& x = p.unique.ecc.x;
    const TPM2B_ECC_PARAMETER& y = p.unique.ecc.y;
    if (x.size == 0 || y.size == 0 || x.size > size || y.size > size)
        return fail(KeyError{QStringLiteral("ECC point of %1+%2 bytes on %3")
                                 .arg(x.size)
                                 .arg(y.size)
                                 .arg(QLatin1String(group))});
    // Uncompressed point 04 || X || Y, each coordinate left-padded to the field size.
    QByteArray point(1 + 2 * size, '\0');
    point[0] = 0x04;
    std::copy(x.buffer, x.buffer + x.size, point.begin() + 1 + (size - x.size));
    std::copy(y.buffer, y.buffer + y.size, point.begin() + 1 + size + (size - y.size));
    Owned<OSSL_PARAM_BLD> bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) ||
        !OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                          size_t(point.size())))
        return fail(KeyError{sslError("EC parameters")});
    return fromParams("EC", bld.get());
}

} // namespace

Result<QByteArray, KeyError> spkiFromTpmPublic(const QByteArray& tpm2bPublic)
{
    auto pub = tpm::unmarshalPublic(tpm2bPublic);
    if (!pub)
        return fail(KeyError{pub.error().detail});
    const TPMT_PUBLIC& p = pub->publicArea;
    auto key =
        p.type == TPM2_ALG_RSA ? rsaKey(p)
        : p.type == TPM2_ALG_ECC
            ? eccKey(p)
            : Result<Owned<EVP_PKEY>, KeyError>(
                  fail(KeyError{QStringLiteral("key type 0x%1 is neither RSA nor ECC").arg(p.type, 0, 16)}));
    if (!key)
        return fail(key.error());
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(key->get(), &der);
    if (len <= 0)
        return fail(KeyError{sslError("i2d_PUBKEY")});
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

Result<QByteArray, KeyError> pemFromSpki(const QByteArray& spkiDer)
{
    const auto* p = reinterpret_cast<const unsigned char*>(spkiDer.constData());
    Owned<EVP_PKEY> key(d2i_PUBKEY(nullptr, &p, long(spkiDer.size())));
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
        return fail(KeyError{sslError("PEM_write_bio_PUBKEY")});
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(len));
}

} // namespace tps::crypto
