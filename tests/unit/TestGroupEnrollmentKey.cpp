// DPS symmetric-key group enrollment: device key = base64(HMAC-SHA256(base64-decode(groupKey),
// utf8(registrationId))), checked against `openssl dgst -sha256 -mac HMAC -macopt hexkey:…` and the
// example of Azure's DPS tutorial "Provision devices using symmetric key enrollment groups".
#include "TestMain.h"
#include "TestSupport.h"

#include "core/crypto/SecureBase64.h"
#include "core/dps/GroupEnrollmentKey.h"

#include <QTest>

using namespace tps;
using dps::GroupKeyErrc;

namespace {
crypto::SecureBytes secure(const QByteArray& b)
{
    return crypto::SecureBytes(reinterpret_cast<const unsigned char*>(b.constData()), std::size_t(b.size()));
}
QByteArray plain(const crypto::SecureBytes& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.data()), qsizetype(s.size()));
}

// The independent computation: OpenSSL's command line, HMAC-SHA256 with the key given in hex.
QByteArray opensslHmac(const QByteArray& key, const QByteArray& data)
{
    const test::ToolRun r = test::runTool(
        QStringLiteral("openssl"),
        {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-mac"), QStringLiteral("HMAC"),
         QStringLiteral("-macopt"), QStringLiteral("hexkey:") + QString::fromLatin1(key.toHex()),
         QStringLiteral("-binary")},
        {}, data);
    return r.ok() ? r.out : QByteArray();
}
} // namespace

class TestGroupEnrollmentKey : public QObject
{
    Q_OBJECT
private slots:
    void azureTutorialExample()
    {
        auto group = dps::decodeGroupKey(secure(
            "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw=="));
        QVERIFY(group.ok());
        auto key = dps::deriveDeviceKeyBase64(*group, QStringLiteral("sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6"));
        QVERIFY(key.ok());
        QCOMPARE(plain(*key), QByteArray("Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc="));
    }

    void matchesOpenssl_data()
    {
        QTest::addColumn<QByteArray>("groupKey");
        QTest::addColumn<QString>("registrationId");
        QTest::newRow("16-byte key") << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f")
                                     << QStringLiteral("device-01");
        QTest::newRow("32-byte key") << QByteArray(32, char(0xa5))
                                     << QStringLiteral("sn-12345.line-3:socket_2");
        QTest::newRow("64-byte key") << QByteArray::fromHex(
                                            QByteArray("f0e1d2c3b4a5968778695a4b3c2d1e0f").repeated(4))
                                     << QStringLiteral("a");
        QTest::newRow("128-char id") << QByteArray(48, 'g') << QString(128, QLatin1Char('z'));
    }
    void matchesOpenssl()
    {
        QFETCH(QByteArray, groupKey);
        QFETCH(QString, registrationId);
        const QByteArray expected = opensslHmac(groupKey, registrationId.toUtf8());
        QCOMPARE(expected.size(), 32);
        auto raw = dps::deriveDeviceKey(secure(groupKey), registrationId);
        QVERIFY(raw.ok());
        QCOMPARE(plain(*raw), expected);
        // The same through the base64 forms DPS shows and the SDKs take.
        auto decoded = dps::decodeGroupKey(secure(groupKey.toBase64()));
        QVERIFY(decoded.ok());
        auto text = dps::deriveDeviceKeyBase64(*decoded, registrationId);
        QVERIFY(text.ok());
        QCOMPARE(plain(*text), expected.toBase64());
    }

    void badGroupKeys_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("not base64") << QByteArray("not a key!");
        QTest::newRow("15 bytes") << QByteArray(15, 'k').toBase64();
        QTest::newRow("65 bytes") << QByteArray(65, 'k').toBase64();
        QTest::newRow("empty") << QByteArray();
    }
    void badGroupKeys()
    {
        QFETCH(QByteArray, text);
        auto key = dps::decodeGroupKey(secure(text));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, GroupKeyErrc::InvalidGroupKey);
        QVERIFY(!key.error().message.isEmpty());
    }

    void badRegistrationIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("uppercase") << QStringLiteral("Device-01");
        QTest::newRow("129 chars") << QString(129, QLatin1Char('a'));
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("ends with hyphen") << QStringLiteral("device-");
    }
    void badRegistrationIds()
    {
        QFETCH(QString, id);
        auto key = dps::deriveDeviceKey(crypto::SecureBytes(32), id);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, GroupKeyErrc::InvalidRegistrationId);
        QVERIFY(!key.error().message.isEmpty());
    }

    void rawGroupKeyLengthChecked()
    {
        auto shortKey = dps::deriveDeviceKey(crypto::SecureBytes(8), QStringLiteral("device"));
        QVERIFY(!shortKey.ok());
        QCOMPARE(shortKey.error().code, GroupKeyErrc::InvalidGroupKey);
    }
};

STATION_TEST_GUILESS_MAIN(TestGroupEnrollmentKey)
#include "TestGroupEnrollmentKey.moc"
