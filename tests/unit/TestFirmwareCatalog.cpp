// The firmware catalog: manifests signed by the openssl CLI (keys generated here, never committed)
// verify through EVP; every refusal says why and names the right typed error.
#include "FirmwareFixture.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/firmware/FirmwareCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using test::readFile;
using test::writeFile;
using namespace tps::firmware;

namespace {} // namespace

class TestFirmwareCatalog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::FirmwareFixture> m_fx;
    test::KeyFiles m_ec;
    test::KeyFiles m_ed;
    test::KeyFiles m_other;
    QByteArray m_image;

    FirmwareResult<VerifiedFirmware> verifyWith(const QString& manifest, const QStringList& keys,
                                                const QString& product = QStringLiteral("widget"))
    {
        auto verifier = SignatureVerifier::fromFiles(keys);
        if (!verifier)
            return fail(verifier.error());
        auto catalog = FirmwareCatalog::open(m_fx->catalogDir());
        if (!catalog)
            return fail(catalog.error());
        return catalog->verify(manifest, *verifier, product);
    }
    void expectRefused(const QString& manifest, FirmwareErrc code, const QStringList& keys = {})
    {
        auto r = verifyWith(manifest, keys.isEmpty() ? QStringList{m_ec.publicPem, m_ed.publicPem} : keys);
        QVERIFY2(!r.ok(), qPrintable(manifest));
        QCOMPARE(QString::fromLatin1(errcName(r.error().code)), QString::fromLatin1(errcName(code)));
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(r.error().message.contains(QStringLiteral("Nothing was written")) ||
                code == FirmwareErrc::NotFound || code == FirmwareErrc::KeyUnusable);
    }

private slots:
    // "^...$" also matched before a final newline (found by tests/fuzz identifiers).
    void productIdRefusesATrailingNewline()
    {
        QVERIFY(firmware::isValidProductId(QStringLiteral("gateway")));
        QVERIFY(!firmware::isValidProductId(QStringLiteral("gateway\n")));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fx = std::make_unique<test::FirmwareFixture>(m_dir.path());
        m_ec = m_fx->generateKey(QStringLiteral("ec"), QStringLiteral("ec"));
        m_ed = m_fx->generateKey(QStringLiteral("ed"), QStringLiteral("ed25519"));
        m_other = m_fx->generateKey(QStringLiteral("other"), QStringLiteral("ec"));
        QVERIFY(!m_ec.keyId.isEmpty() && !m_ed.keyId.isEmpty() && !m_other.keyId.isEmpty());
        m_image = test::FirmwareFixture::randomImage(70000, 7);
    }

    void keyIdMatchesOpensslDer()
    {
        for (const test::KeyFiles& k : {m_ec, m_ed}) {
            auto key = SignatureVerifier::loadKey(readFile(k.publicPem), k.publicPem);
            QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().technical));
            QCOMPARE(key->keyId, k.keyId);
        }
    }

    void ecdsaReleaseVerifies()
    {
        const QString m = m_fx->release(QStringLiteral("ec-ok"), QStringLiteral("widget"),
                                        QStringLiteral("1.0.0"), m_image, m_ec);
        QVERIFY(!m.isEmpty());
        auto r = verifyWith(m, {m_ec.publicPem});
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().technical));
        QCOMPARE(r->image, m_image);
        QCOMPARE(r->keyId, m_ec.keyId);
        QCOMPARE(r->algorithm, SignatureAlgorithm::EcdsaP256Sha256);
        QCOMPARE(r->manifest.version, QStringLiteral("1.0.0"));
        QCOMPARE(r->manifest.size, qint64(m_image.size()));
        QCOMPARE(r->manifestBytes, readFile(m));
    }

    void ed25519ReleaseVerifies()
    {
        const QString m = m_fx->release(QStringLiteral("ed-ok"), QStringLiteral("widget"),
                                        QStringLiteral("1.1.0"), m_image, m_ed);
        QVERIFY(!m.isEmpty());
        auto r = verifyWith(m, {m_ec.publicPem, m_ed.publicPem});
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().technical));
        QCOMPARE(r->algorithm, SignatureAlgorithm::Ed25519);
        QCOMPARE(r->keyId, m_ed.keyId);
    }

    void wrongProductRefused()
    {
        const QString m = m_fx->release(QStringLiteral("gadget"), QStringLiteral("gadget"),
                                        QStringLiteral("1.0.0"), m_image, m_ec);
        expectRefused(m, FirmwareErrc::WrongProduct);
        auto r = verifyWith(m, {m_ec.publicPem});
        QVERIFY(r.error().message.contains(QStringLiteral("gadget")));
    }

    void unknownKeyRefused()
    {
        const QString m = m_fx->release(QStringLiteral("unknown-key"), QStringLiteral("widget"),
                                        QStringLiteral("1.0.0"), m_image, m_other);
        expectRefused(m, FirmwareErrc::UnknownKey);
    }

    void signatureByOtherKeyClaimingTrustedKeyRefused()
    {
        // The manifest claims the trusted key's ID but is signed by another key.
        test::KeyFiles forged = m_other;
        forged.keyId = m_ec.keyId;
        const QString m = m_fx->release(QStringLiteral("forged"), QStringLiteral("widget"),
                                        QStringLiteral("1.0.0"), m_image, forged);
        expectRefused(m, FirmwareErrc::BadSignature);
    }

    void tamperedManifestRefused()
    {
        for (const test::KeyFiles& k : {m_ec, m_ed}) {
            const QString name = QStringLiteral("tampered-") + k.algorithm;
            const QString m =
                m_fx->release(name, QStringLiteral("widget"), QStringLiteral("1.0.0"), m_image, k);
            QByteArray bytes = readFile(m);
            bytes.replace("1.0.0", "9.0.0"); // the signed bytes change, the JSON stays valid
            QVERIFY(writeFile(m, bytes));
            expectRefused(m, FirmwareErrc::BadSignature);
        }
    }

    void corruptSignatureRefused()
    {
        const QString m = m_fx->release(QStringLiteral("badsig"), QStringLiteral("widget"),
                                        QStringLiteral("1.0.0"), m_image, m_ed);
        QByteArray sig = readFile(m + QStringLiteral(".sig"));
        sig[10] = char(sig.at(10) ^ 1);
        QVERIFY(writeFile(m + QStringLiteral(".sig"), sig));
        expectRefused(m, FirmwareErrc::BadSignature);
        QVERIFY(writeFile(m + QStringLiteral(".sig"), QByteArray()));
        expectRefused(m, FirmwareErrc::BadSignature);
    }

    void missingSignatureRefused()
    {
        const QString m = m_fx->release(QStringLiteral("nosig"), QStringLiteral("widget"),
                                        QStringLiteral("1.0.0"), m_image, m_ec);
        QVERIFY(QFile::remove(m + QStringLiteral(".sig")));
        expectRefused(m, FirmwareErrc::SignatureMissing);
    }

    void digestMismatchRefused()
    {
        const QString m = m_fx->release(QStringLiteral("altered"), QStringLiteral("widget"),
                                        QStringLiteral("1.0.0"), m_image, m_ec);
        QByteArray image = m_image;
        image[1234] = char(image.at(1234) ^ 0x80); // same size, one bit different
        QVERIFY(writeFile(QDir(m_fx->catalogDir()).filePath(QStringLiteral("altered.bin")), image));
        expectRefused(m, FirmwareErrc::DigestMismatch);
    }

    void truncatedImageRefused()
    {
        const QString m = m_fx->release(QStringLiteral("truncated"), QStringLiteral("widget"),
                                        QStringLiteral("1.0.0"), m_image, m_ec);
        QVERIFY(writeFile(QDir(m_fx->catalogDir()).filePath(QStringLiteral("truncated.bin")),
                          m_image.left(60000)));
        expectRefused(m, FirmwareErrc::ImageTruncated);
        auto r = verifyWith(m, {m_ec.publicPem});
        QVERIFY(r.error().message.contains(QStringLiteral("60000")));
    }

    void longerImageRefused()
    {
        const QString m = m_fx->release(QStringLiteral("longer"), QStringLiteral("widget"),
                                        QStringLiteral("1.0.0"), m_image, m_ec);
        QVERIFY(writeFile(QDir(m_fx->catalogDir()).filePath(QStringLiteral("longer.bin")), m_image + "x"));
        expectRefused(m, FirmwareErrc::SizeMismatch);
    }

    void missingImageRefused()
    {
        const QString m = m_fx->release(QStringLiteral("noimage"), QStringLiteral("widget"),
                                        QStringLiteral("1.0.0"), m_image, m_ec);
        QVERIFY(QFile::remove(QDir(m_fx->catalogDir()).filePath(QStringLiteral("noimage.bin"))));
        expectRefused(m, FirmwareErrc::ImageMissing);
    }

    void malformedManifestsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("format") << QStringLiteral("format") << QJsonValue(QStringLiteral("other/1"));
        QTest::newRow("product empty") << QStringLiteral("product") << QJsonValue(QString());
        QTest::newRow("product spaces") << QStringLiteral("product") << QJsonValue(QStringLiteral("wid get"));
        QTest::newRow("version") << QStringLiteral("version") << QJsonValue(QStringLiteral("1.0 beta"));
        QTest::newRow("image traversal")
            << QStringLiteral("image") << QJsonValue(QStringLiteral("../../etc/passwd"));
        QTest::newRow("image absolute")
            << QStringLiteral("image") << QJsonValue(QStringLiteral("/etc/passwd"));
        QTest::newRow("image hidden") << QStringLiteral("image") << QJsonValue(QStringLiteral(".."));
        QTest::newRow("size zero") << QStringLiteral("size") << QJsonValue(0);
        QTest::newRow("size fraction") << QStringLiteral("size") << QJsonValue(12.5);
        QTest::newRow("size string") << QStringLiteral("size") << QJsonValue(QStringLiteral("70000"));
        QTest::newRow("sha256 short") << QStringLiteral("sha256") << QJsonValue(QStringLiteral("abcd"));
        QTest::newRow("sha256 upper")
            << QStringLiteral("sha256") << QJsonValue(QString(64, QLatin1Char('A')));
        QTest::newRow("keyId") << QStringLiteral("keyId") << QJsonValue(QStringLiteral("nope"));
    }
    void malformedManifestsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const QString m = m_fx->release(QStringLiteral("malformed"), QStringLiteral("widget"),
                                        QStringLiteral("1.0.0"), m_image, m_ec, QJsonObject{{field, value}});
        QVERIFY(!m.isEmpty());
        expectRefused(m, FirmwareErrc::ManifestMalformed);
        QFile::remove(m);
    }

    void notJsonRefused()
    {
        QCOMPARE(FirmwareManifest::parse("{not json").error().code, FirmwareErrc::ManifestMalformed);
        QCOMPARE(FirmwareManifest::parse("[]").error().code, FirmwareErrc::ManifestMalformed);
        QCOMPARE(FirmwareManifest::parse(QByteArray(kMaxManifestBytes + 1, ' ')).error().code,
                 FirmwareErrc::ManifestMalformed);
    }

    void unusableKeysRefused()
    {
        const test::KeyFiles rsa = m_fx->generateKey(QStringLiteral("rsa"), QStringLiteral("rsa"));
        const test::KeyFiles p384 = m_fx->generateKey(QStringLiteral("p384"), QStringLiteral("ec-p384"));
        for (const QString& path : {rsa.publicPem, p384.publicPem, m_ec.privatePem,
                                    m_dir.filePath(QStringLiteral("does-not-exist.pem"))}) {
            auto v = SignatureVerifier::fromFiles({path});
            QVERIFY2(!v.ok(), qPrintable(path));
            QCOMPARE(v.error().code, FirmwareErrc::KeyUnusable);
            QVERIFY(v.error().message.contains(path));
        }
        QCOMPARE(SignatureVerifier::fromFiles({}).error().code, FirmwareErrc::KeyUnusable);
    }

    void manifestOutsideCatalogRefused()
    {
        QTemporaryDir elsewhere;
        const QString m = elsewhere.filePath(QStringLiteral("x.manifest.json"));
        QVERIFY(writeFile(m, "{}"));
        expectRefused(m, FirmwareErrc::NotFound);
    }

    void selection()
    {
        QTemporaryDir dir;
        test::FirmwareFixture fx(dir.path());
        test::KeyFiles key = fx.generateKey(QStringLiteral("k"), QStringLiteral("ec"));
        QVERIFY(
            !fx.release(QStringLiteral("a"), QStringLiteral("widget"), QStringLiteral("1.9.0"), m_image, key)
                 .isEmpty());
        QVERIFY(
            !fx.release(QStringLiteral("b"), QStringLiteral("widget"), QStringLiteral("1.10.0"), m_image, key)
                 .isEmpty());
        QVERIFY(
            !fx.release(QStringLiteral("c"), QStringLiteral("gadget"), QStringLiteral("7.0"), m_image, key)
                 .isEmpty());
        QVERIFY(writeFile(QDir(fx.catalogDir()).filePath(QStringLiteral("junk.manifest.json")), "junk"));
        auto catalog = FirmwareCatalog::open(fx.catalogDir());
        QVERIFY(catalog.ok());
        QCOMPARE(catalog->entries().size(), 3);
        QCOMPARE(catalog->problems().size(), 1);
        QCOMPARE(catalog->select(QStringLiteral("widget"))->manifest.version, QStringLiteral("1.10.0"));
        QCOMPARE(catalog->select(QStringLiteral("widget"), QStringLiteral("1.9.0"))->manifest.version,
                 QStringLiteral("1.9.0"));
        QCOMPARE(catalog->select(QStringLiteral("widget"), QStringLiteral("2.0")).error().code,
                 FirmwareErrc::NotFound);
        QCOMPARE(catalog->select(QStringLiteral("nothing")).error().code, FirmwareErrc::NotFound);
        QVERIFY(
            !fx.release(QStringLiteral("d"), QStringLiteral("widget"), QStringLiteral("1.10.0"), m_image, key)
                 .isEmpty());
        auto again = FirmwareCatalog::open(fx.catalogDir());
        QCOMPARE(again->select(QStringLiteral("widget")).error().code, FirmwareErrc::Ambiguous);
        QCOMPARE(FirmwareCatalog::open(dir.filePath(QStringLiteral("missing"))).error().code,
                 FirmwareErrc::CatalogMissing);
    }
};

STATION_TEST_GUILESS_MAIN(TestFirmwareCatalog)
#include "TestFirmwareCatalog.moc"
