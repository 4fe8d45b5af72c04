// DPS identity of an EK: base32, the registration ID (SDK derivation), endorsementKey, the
// registration-ID rules, EK input parsing and the RSA-2048-only DPS readiness.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/dps/RegistrationId.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpmwire/PublicArea.h"

#include <QTest>

using namespace tps;

class TestRegistrationId : public QObject
{
    Q_OBJECT
private slots:
    void base32Rfc4648Vectors()
    {
        // RFC 4648 section 10.
        QCOMPARE(dps::base32(""), QString());
        QCOMPARE(dps::base32("f"), QStringLiteral("MY======"));
        QCOMPARE(dps::base32("fo"), QStringLiteral("MZXQ===="));
        QCOMPARE(dps::base32("foo"), QStringLiteral("MZXW6==="));
        QCOMPARE(dps::base32("foob"), QStringLiteral("MZXW6YQ="));
        QCOMPARE(dps::base32("fooba"), QStringLiteral("MZXW6YTB"));
        QCOMPARE(dps::base32("foobar"), QStringLiteral("MZXW6YTBOI======"));
    }

    void fixedKnownVector()
    {
        // sha256("The quick brown fox jumps over the lazy dog") = d7a8fbb3...c9e592, base32, lowercase, no
        // '='.
        QCOMPARE(dps::registrationIdFromEk("The quick brown fox jumps over the lazy dog"),
                 QStringLiteral("26upxmyh26aji2oktk6lacboj6gvmupenu6nw5rnalil6n6j4wja"));
    }

    void matchesOpensslBase32Pipeline_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("L-1 template") << tpm::marshalPublic(tpm::ekTemplateRsa2048());
        QTest::newRow("L-2 template") << tpm::marshalPublic(tpm::ekTemplateEccP256());
        QTest::newRow("H-3 template") << tpm::marshalPublic(tpm::ekTemplateH3EccP384());
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        QTest::newRow("all bytes") << all;
    }
    void matchesOpensslBase32Pipeline()
    {
        QFETCH(QByteArray, bytes);
        const test::ToolRun r = test::runTool(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("openssl dgst -sha256 -binary | base32 | tr A-Z a-z | tr -d '=\\n'")},
            {}, bytes);
        QVERIFY2(r.ok(), r.err.constData());
        const QString id = dps::registrationIdFromEk(bytes);
        QCOMPARE(id, QString::fromLatin1(r.out));
        QCOMPARE(id.size(), 52);
        QVERIFY(dps::validateRegistrationId(id).ok());
    }

    void endorsementKeyIsBase64WithSizePrefix()
    {
        const QByteArray bytes = tpm::marshalPublic(tpm::ekTemplateRsa2048());
        QCOMPARE(bytes.size(), 316);
        const QString ek = dps::endorsementKeyFromEk(bytes);
        QCOMPARE(ek.size(), 424);
        QVERIFY(ek.startsWith(QStringLiteral(
            "AToAAQALAAMAsgAgg3GXZ0SEs/gakMyNRqXXJP1S124GUgtk8qHaGzMUaaoABgCAAEMAEAgAAAAAAAEA")));
        QCOMPARE(QByteArray::fromBase64(ek.toLatin1()), bytes);
    }

    void validatorRules_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("errc"); // -1: valid
        QTest::newRow("sdk id") << QStringLiteral("cwrt57ktjg4atgjzdk5eq6n22urvvuzcw7rq3n2qpl5tqwwjeiaa")
                                << -1;
        QTest::newRow("punctuation") << QStringLiteral("dev-01.line_a:7") << -1;
        QTest::newRow("128") << QString(128, QLatin1Char('a')) << -1;
        QTest::newRow("empty") << QString() << int(dps::RegistrationIdErrc::Empty);
        QTest::newRow("129") << QString(129, QLatin1Char('a')) << int(dps::RegistrationIdErrc::TooLong);
        QTest::newRow("upper") << QStringLiteral("Device1") << int(dps::RegistrationIdErrc::Uppercase);
        QTest::newRow("space") << QStringLiteral("dev 1") << int(dps::RegistrationIdErrc::InvalidCharacter);
        QTest::newRow("slash") << QStringLiteral("dev/1") << int(dps::RegistrationIdErrc::InvalidCharacter);
        QTest::newRow("umlaut") << QStringLiteral("ger\u00e4t")
                                << int(dps::RegistrationIdErrc::InvalidCharacter);
        QTest::newRow("leading dash")
            << QStringLiteral("-dev") << int(dps::RegistrationIdErrc::BadFirstOrLast);
        QTest::newRow("trailing colon")
            << QStringLiteral("dev:") << int(dps::RegistrationIdErrc::BadFirstOrLast);
    }
    void validatorRules()
    {
        QFETCH(QString, id);
        QFETCH(int, errc);
        auto r = dps::validateRegistrationId(id);
        if (errc < 0) {
            QVERIFY(r.ok());
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(int(r.error().code), errc);
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    void ekInputBinaryOrBase64()
    {
        const QByteArray bytes = tpm::marshalPublic(tpm::ekTemplateRsa2048());
        auto bin = dps::ekFromBinaryOrBase64(bytes);
        QVERIFY(bin.ok());
        QCOMPARE(*bin, bytes);
        auto text = dps::ekFromBinaryOrBase64("  " + bytes.toBase64() + "\n");
        QVERIFY(text.ok());
        QCOMPARE(*text, bytes);
        QVERIFY(!dps::ekFromBinaryOrBase64("").ok());
        QCOMPARE(int(dps::ekFromBinaryOrBase64("not an ek at all").error().code),
                 int(dps::EkInputErrc::NotAnEk));
        QVERIFY(!dps::ekFromBinaryOrBase64(bytes.left(100)).ok());         // truncated
        QVERIFY(!dps::ekFromBinaryOrBase64(bytes.mid(2).toBase64()).ok()); // TPMT_PUBLIC without size prefix
        QVERIFY(!dps::ekFromBinaryOrBase64("-----BEGIN PUBLIC KEY-----").ok()); // PEM is not an EK
    }

    // A TPM2B_PUBLIC whose size prefix (0x0030) disagrees with the 52-byte keyed-hash public area after
    // it was accepted, and re-marshaled to other bytes (found by tests/fuzz tpm_public).
    void sizePrefixMustMatchThePublicArea()
    {
        const QByteArray found =
            QByteArray::fromHex("00300008000b0004040b00040440000000050"
                                "00b00203f1123ac064a6727ba257f31cf7095ac6771db12000055bf863760400dc87788");
        QCOMPARE(found.size(), 54);
        QVERIFY(!tpm::unmarshalPublic(found).ok());
        QVERIFY(!dps::ekFromBinaryOrBase64(found).ok());
        QVERIFY(!dps::ekFromBinaryOrBase64(found.toBase64()).ok());
        // An empty TPM2B_PUBLIC (size 0) is no public area (the harness's second finding).
        QVERIFY(!tpm::unmarshalPublic(QByteArray::fromHex("0000")).ok());
        QVERIFY(!dps::ekFromBinaryOrBase64(QByteArray::fromHex("0000")).ok());
        // The same area with the right prefix (0x0034) is a TPM2B_PUBLIC and marshals back to itself.
        QByteArray fixed = found;
        fixed[1] = char(0x34);
        auto pub = tpm::unmarshalPublic(fixed);
        QVERIFY(pub.ok());
        QCOMPARE(tpm::marshalPublic(*pub), fixed);
    }

    void dpsReadyOnlyForRsa2048()
    {
        QVERIFY(dps::dpsReadiness(tpm::marshalPublic(tpm::ekTemplateRsa2048())).ready);
        QVERIFY(dps::dpsReadiness(tpm::marshalPublic(tpm::ekTemplateH1Rsa2048())).ready);
        const auto ecc = dps::dpsReadiness(tpm::marshalPublic(tpm::ekTemplateEccP256()));
        QVERIFY(!ecc.ready);
        QVERIFY(ecc.reason.contains(QStringLiteral("RSA-2048")));
        QVERIFY(!dps::dpsReadiness(tpm::marshalPublic(tpm::ekTemplateH3EccP384())).ready);
        QVERIFY(!dps::dpsReadiness("garbage").ready);
    }
};

STATION_TEST_GUILESS_MAIN(TestRegistrationId)
#include "TestRegistrationId.moc"
