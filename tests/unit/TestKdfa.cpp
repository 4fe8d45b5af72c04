// KDFa (TPM 2.0 Part 1 §11.4.10.2) against independent implementations: OpenSSL's SP 800-108 KBKDF
// (in process and through the openssl CLI) and a fixed vector. The TPM's own derivation is checked
// end-to-end by test_credential_activation (a credential made here is activated by the TPM).
#include "TestMain.h"
#include "TestSupport.h"

#include "core/crypto/Kdfa.h"
#include "core/crypto/OpenSslPtr.h"

#include <QTest>
#include <openssl/core_names.h>

using namespace tps;

namespace {

// OpenSSL KBKDF in counter mode: [i]32 || salt(label) || 0x00 || info(context) || [L]32.
QByteArray kbkdf(const QByteArray& key, const QByteArray& label, const QByteArray& context, int bytes)
{
    crypto::KdfPtr kdf(EVP_KDF_fetch(nullptr, "KBKDF", nullptr));
    crypto::KdfCtxPtr ctx(EVP_KDF_CTX_new(kdf.get()));
    char mac[] = "HMAC";
    char digest[] = "SHA256";
    char mode[] = "counter";
    QByteArray k = key, l = label, c = context;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_MAC, mac, 0),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_MODE, mode, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, k.data(), size_t(k.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, l.data(), size_t(l.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, c.data(), size_t(c.size())),
        OSSL_PARAM_construct_end()};
    QByteArray out(bytes, '\0');
    if (!ctx ||
        EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), size_t(bytes), params) != 1)
        return {};
    return out;
}

QByteArray kbkdfCli(const QByteArray& key, const QByteArray& label, const QByteArray& context, int bytes)
{
    QStringList args{QStringLiteral("kdf"),
                     QStringLiteral("-keylen"),
                     QString::number(bytes),
                     QStringLiteral("-kdfopt"),
                     QStringLiteral("mac:HMAC"),
                     QStringLiteral("-kdfopt"),
                     QStringLiteral("digest:SHA2-256"),
                     QStringLiteral("-kdfopt"),
                     QStringLiteral("hexkey:") + QString::fromLatin1(key.toHex()),
                     QStringLiteral("-kdfopt"),
                     QStringLiteral("salt:") + QString::fromLatin1(label)};
    if (!context.isEmpty())
        args << QStringLiteral("-kdfopt")
             << QStringLiteral("hexinfo:") + QString::fromLatin1(context.toHex());
    args << QStringLiteral("KBKDF");
    const test::ToolRun r = test::runTool(QStringLiteral("openssl"), args);
    if (!r.ok())
        return {};
    return QByteArray::fromHex(r.out.trimmed().replace(':', ""));
}

} // namespace

class TestKdfa : public QObject
{
    Q_OBJECT
private slots:
    void fixedVector()
    {
        QByteArray key;
        for (int i = 0; i < 32; ++i)
            key.append(char(i));
        auto k = crypto::kdfaSha256(key, "STORAGE", QByteArray::fromHex("000b0102"), {}, 128);
        QVERIFY(k.ok());
        QCOMPARE(k->toHex(), QByteArray("a889755b2f86d140a821afc0272ab93b"));
    }

    void matchesOpenSslKbkdf_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<int>("bits");
        const QByteArray name = QByteArray::fromHex("000b") + QByteArray(32, '\x5a');
        QTest::newRow("storage-128") << QByteArray("STORAGE") << name << 128;
        QTest::newRow("integrity-256") << QByteArray("INTEGRITY") << QByteArray() << 256;
        QTest::newRow("multi-block-520") << QByteArray("STORAGE") << name << 520;
        QTest::newRow("identity-8") << QByteArray("IDENTITY") << QByteArray("ctx") << 8;
    }
    void matchesOpenSslKbkdf()
    {
        QFETCH(QByteArray, label);
        QFETCH(QByteArray, context);
        QFETCH(int, bits);
        auto seed = crypto::randomBytes(32);
        QVERIFY(seed.ok());
        auto ours = crypto::kdfaSha256(*seed, label, context, {}, bits);
        QVERIFY(ours.ok());
        QCOMPARE(ours->size(), bits / 8);
        QCOMPARE(*ours, kbkdf(*seed, label, context, bits / 8));
        QCOMPARE(*ours, kbkdfCli(*seed, label, context, bits / 8));
    }

    void contextVIsConcatenated()
    {
        const QByteArray seed(32, '\x01');
        auto split = crypto::kdfaSha256(seed, "L", "ab", "cd", 256);
        auto joined = crypto::kdfaSha256(seed, "L", "abcd", {}, 256);
        QVERIFY(split.ok() && joined.ok());
        QCOMPARE(*split, *joined);
    }

    void refusesBadSizes()
    {
        QVERIFY(!crypto::kdfaSha256("k", "L", {}, {}, 0).ok());
        QVERIFY(!crypto::kdfaSha256("k", "L", {}, {}, 12).ok());
        QVERIFY(!crypto::kdfaSha256("k", "L", {}, {}, -8).ok());
    }

    void hmacMatchesRfc4231Case2()
    {
        auto mac = crypto::hmacSha256("Jefe", "what do ya want for nothing?");
        QVERIFY(mac.ok());
        QCOMPARE(mac->toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void aesCfbRoundTripAndIvZero()
    {
        const QByteArray key(16, '\x11');
        const QByteArray plain("seventeen bytes!!");
        auto enc = crypto::aesCfbEncrypt(key, plain);
        QVERIFY(enc.ok());
        QCOMPARE(enc->size(), plain.size());
        auto dec = crypto::aesCfbDecrypt(key, *enc);
        QVERIFY(dec.ok());
        QCOMPARE(*dec, plain);
        const test::ToolRun r =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("enc"), QStringLiteral("-aes-128-cfb"), QStringLiteral("-K"),
                           QString::fromLatin1(key.toHex()), QStringLiteral("-iv"),
                           QString(32, QLatin1Char('0')), QStringLiteral("-nopad")},
                          {}, plain);
        QVERIFY2(r.ok(), r.err.constData());
        QCOMPARE(r.out, *enc);
        QVERIFY(!crypto::aesCfbEncrypt(QByteArray(15, 'k'), plain).ok());
    }
};

STATION_TEST_GUILESS_MAIN(TestKdfa)
#include "TestKdfa.moc"
