// The Limpet slot formats without a TPM: Limpet's URL encoding table, the string-to-sign, token and
// connection string, how the NV contents are read back (GetHostName/GetDeviceId), the hardware device ID
// (Python's hashlib as the oracle), and the input rules for slot, hostname, device ID and key.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/crypto/SecureBase64.h"
#include "core/dps/LimpetSlot.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using dps::SlotErrc;

namespace {
crypto::SecureBytes secure(const QByteArray& b)
{
    return crypto::SecureBytes(reinterpret_cast<const unsigned char*>(b.constData()), std::size_t(b.size()));
}
} // namespace

class TestLimpetSlotFormat : public QObject
{
    Q_OBJECT
private slots:
    void layoutConstants()
    {
        QCOMPARE(dps::slotNvIndex(0), 0x01400100u);
        QCOMPARE(dps::slotNvIndex(9), 0x01400109u);
        QCOMPARE(dps::slotKeyHandle(0), 0x81000100u);
        QCOMPARE(dps::slotKeyHandle(9), 0x81000109u);
        QCOMPARE(dps::kSlotNvAttributes, TPMA_NV(TPMA_NV_AUTHWRITE | TPMA_NV_AUTHREAD | TPMA_NV_NO_DA));
        QCOMPARE(dps::kSlotKeyAttributes,
                 TPMA_OBJECT(TPMA_OBJECT_USERWITHAUTH | TPMA_OBJECT_NODA | TPMA_OBJECT_SIGN_ENCRYPT));
    }

    // Limpet's AzureUrlEncode conversion table, character by character for 7-bit text.
    void urlEncodeFollowsLimpetTable()
    {
        QCOMPARE(dps::limpetUrlEncode("+/="), QByteArray("%2b%2f%3d"));
        QCOMPARE(dps::limpetUrlEncode("AZaz09!()*-._"), QByteArray("AZaz09!()*-._"));
        QCOMPARE(dps::limpetUrlEncode("~"), QByteArray("%7e")); // RFC 3986 would keep it; Limpet does not
        QCOMPARE(dps::limpetUrlEncode(" \"#$%&',:;<>?@[\\]^`{|}"),
                 QByteArray("%20%22%23%24%25%26%27%2c%3a%3b%3c%3e%3f%40%5b%5c%5d%5e%60%7b%7c%7d"));
        QCOMPARE(dps::limpetUrlEncode(QByteArray("\x01\x1f\x7f")), QByteArray("%01%1f%7f"));
    }

    void stringToSignTokenAndConnectionString()
    {
        QCOMPARE(dps::slotStringToSign(QStringLiteral("hub.azure-devices.net"), QStringLiteral("dev-1"),
                                       1700003600),
                 QByteArray("hub.azure-devices.net/devices/dev-1\n1700003600"));
        const QByteArray hmac = QByteArray::fromHex("fbff"); // base64 "+/8="
        const QString token =
            dps::slotSasToken(QStringLiteral("hub.azure-devices.net"), QStringLiteral("dev-1"), 42, hmac);
        QCOMPARE(token,
                 QStringLiteral(
                     "SharedAccessSignature sr=hub.azure-devices.net/devices/dev-1&sig=%2b%2f8%3d&se=42"));
        QCOMPARE(dps::slotConnectionString(QStringLiteral("h.net"), QStringLiteral("d"), QStringLiteral("T")),
                 QStringLiteral("HostName=h.net;DeviceId=d;SharedAccessSignature=T"));
        // Not URL-encoded in sr or the string-to-sign: Limpet signs and sends the device ID as it is.
        QCOMPARE(dps::slotStringToSign(QStringLiteral("h.net"), QStringLiteral("a:b@c"), 1),
                 QByteArray("h.net/devices/a:b@c\n1"));
        QVERIFY(dps::slotSasToken(QStringLiteral("h.net"), QStringLiteral("a:b@c"), 1, hmac)
                    .startsWith(QStringLiteral("SharedAccessSignature sr=h.net/devices/a:b@c&sig=")));
    }

    void uriDataHasNoTerminator()
    {
        QCOMPARE(dps::slotUriData(QStringLiteral("h.net"), QStringLiteral("d-1")), QByteArray("h.net/d-1"));
        QCOMPARE(dps::slotUriData(QStringLiteral("h.net"), QString()), QByteArray("h.net/"));
    }

    // GetHostName: text before the first '/' (empty when none or at 0); GetDeviceId: text after it (all of
    // it without '/'), else the hardware device ID.
    void parseFollowsGetHostNameGetDeviceId_data()
    {
        QTest::addColumn<QByteArray>("nv");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("hardware");
        QTest::newRow("normal") << QByteArray("h.net/dev-1") << QStringLiteral("h.net")
                                << QStringLiteral("dev-1") << false;
        QTest::newRow("no device id")
            << QByteArray("h.net/") << QStringLiteral("h.net") << QStringLiteral("HW") << true;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("") << QStringLiteral("HW") << true;
        QTest::newRow("no slash") << QByteArray("dev-only") << QStringLiteral("")
                                  << QStringLiteral("dev-only") << false;
        QTest::newRow("leading slash")
            << QByteArray("/dev") << QStringLiteral("") << QStringLiteral("dev") << false;
        QTest::newRow("first slash splits")
            << QByteArray("h.net/a/b") << QStringLiteral("h.net") << QStringLiteral("a/b") << false;
    }
    void parseFollowsGetHostNameGetDeviceId()
    {
        QFETCH(QByteArray, nv);
        QFETCH(QString, host);
        QFETCH(QString, id);
        QFETCH(bool, hardware);
        const dps::SlotUri uri = dps::parseSlotUri(nv, QStringLiteral("HW"));
        QCOMPARE(uri.hostName, host);
        QCOMPARE(uri.deviceId, id);
        QCOMPARE(uri.hardwareDeviceId, hardware);
    }

    void hardwareDeviceIdMatchesPython()
    {
        const QByteArray srkName =
            QByteArray::fromHex("000b2b9d86d8b0bf0b8bd3e7c6a43f5cb0a3b1b2c9df1e2b6d6a4f0e7e7b1c2d3e4f");
        for (const int slot : {0, 3, 9}) {
            const test::ToolRun py =
                test::runTool(QStringLiteral("python3"),
                              {QStringLiteral("-c"),
                               QStringLiteral("import hashlib,struct,sys; "
                                              "print(hashlib.sha256(struct.pack('<I', int(sys.argv[1])) + "
                                              "bytes.fromhex(sys.argv[2])).hexdigest())"),
                               QString::number(slot), QString::fromLatin1(srkName.toHex())});
            QVERIFY2(py.ok(), py.err.constData());
            QCOMPARE(dps::hardwareDeviceId(slot, srkName), QString::fromLatin1(py.out.trimmed()));
        }
        QVERIFY(dps::hardwareDeviceId(0, srkName) != dps::hardwareDeviceId(1, srkName));
    }

    void slotRange()
    {
        QVERIFY(dps::validateSlot(0).ok());
        QVERIFY(dps::validateSlot(9).ok());
        for (const int bad : {-1, 10, 256}) {
            auto r = dps::validateSlot(bad);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, SlotErrc::InvalidSlot);
            QVERIFY(r.error().operatorMessage().contains(QString::number(bad)));
        }
    }

    void hostNames_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("hub") << QStringLiteral("myhub.azure-devices.net") << true;
        QTest::newRow("single label") << QStringLiteral("localhost") << true;
        QTest::newRow("digits and hyphen") << QStringLiteral("a-1.b2.example") << true;
        QTest::newRow("63-char label") << QString(63, QLatin1Char('a')) + QLatin1String(".net") << true;
        QTest::newRow("253 chars") << (QString(61, QLatin1Char('a')) + QLatin1String(".")).repeated(4) +
                                          QLatin1String("abcde")
                                   << true;
        QTest::newRow("64-char label") << QString(64, QLatin1Char('a')) + QLatin1String(".net") << false;
        QTest::newRow("254 chars") << (QString(61, QLatin1Char('a')) + QLatin1String(".")).repeated(4) +
                                          QLatin1String("abcdef")
                                   << false;
        QTest::newRow("empty") << QStringLiteral("") << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-hub.net") << false;
        QTest::newRow("trailing hyphen") << QStringLiteral("hub-.net") << false;
        QTest::newRow("empty label") << QStringLiteral("hub..net") << false;
        QTest::newRow("trailing dot") << QStringLiteral("hub.net.") << false;
        QTest::newRow("underscore") << QStringLiteral("my_hub.net") << false;
        QTest::newRow("space") << QStringLiteral("my hub.net") << false;
        QTest::newRow("slash") << QStringLiteral("hub.net/x") << false;
        QTest::newRow("non-ascii") << QStringLiteral("h\u00fcb.net") << false;
    }
    void hostNames()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        auto r = dps::validateHostName(host);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.error().code, SlotErrc::InvalidHostName);
            QVERIFY(!r.error().operatorMessage().isEmpty());
        }
    }

    void deviceIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("dev-1") << true;
        QTest::newRow("every special") << QStringLiteral("a-.%_*?!(),:=@$'Z9") << true;
        QTest::newRow("128 chars") << QString(128, QLatin1Char('x')) << true;
        QTest::newRow("129 chars") << QString(129, QLatin1Char('x')) << false;
        QTest::newRow("empty") << QStringLiteral("") << false;
        QTest::newRow("slash") << QStringLiteral("dev/1") << false;
        QTest::newRow("hash") << QStringLiteral("dev#1") << false;
        QTest::newRow("plus") << QStringLiteral("dev+1") << false;
        QTest::newRow("space") << QStringLiteral("dev 1") << false;
        QTest::newRow("non-ascii") << QStringLiteral("d\u00e9v") << false;
    }
    void deviceIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        auto r = dps::validateDeviceId(id);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.error().code, SlotErrc::InvalidDeviceId);
            QVERIFY(!r.error().operatorMessage().isEmpty());
        }
    }

    void deviceKeys_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("bytes"); // -1: refused
        QTest::newRow("32 bytes") << QByteArray(32, 'k').toBase64() << 32;
        QTest::newRow("64 bytes with newline") << QByteArray(64, 'k').toBase64() + QByteArray("\n") << 64;
        QTest::newRow("31 bytes") << QByteArray(31, 'k').toBase64() << -1;
        QTest::newRow("65 bytes") << QByteArray(65, 'k').toBase64() << -1;
        QTest::newRow("16 bytes") << QByteArray(16, 'k').toBase64() << -1;
        QTest::newRow("not base64") << QByteArray("not a key at all, really not!!!!!!!!!!!!!!!!") << -1;
        QTest::newRow("url-safe") << QByteArray(32, char(0xfb)).toBase64(QByteArray::Base64UrlEncoding) << -1;
        // 64 hex digits are base64 too (48 bytes): Limpet's Convert.FromBase64String takes them the same way.
        QTest::newRow("hex is base64") << QByteArray(32, 'k').toHex() << 48;
        QTest::newRow("0x hex") << QByteArray("0x") + QByteArray(32, 'k').toHex() << -1;
    }
    void deviceKeys()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, bytes);
        auto key = dps::decodeDeviceKey(secure(text));
        QCOMPARE(key.ok(), bytes >= 0);
        if (bytes >= 0) {
            QCOMPARE(int(key->size()), bytes);
        } else {
            QCOMPARE(key.error().code, SlotErrc::InvalidKey);
            QVERIFY(!key.error().operatorMessage().isEmpty());
        }
    }

    void keyFile()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.key"));
        const QByteArray raw =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        QVERIFY(test::writeFile(good, raw.toBase64() + QByteArray("\r\n")));
        auto key = dps::readDeviceKeyFile(good);
        QVERIFY(key.ok());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(key->data()), qsizetype(key->size())), raw);

        auto missing = dps::readDeviceKeyFile(dir.filePath(QStringLiteral("missing.key")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, SlotErrc::KeyFileUnreadable);
        auto directory = dps::readDeviceKeyFile(dir.path());
        QVERIFY(!directory.ok());
        QCOMPARE(directory.error().code, SlotErrc::KeyFileUnreadable);
        const QString big = dir.filePath(QStringLiteral("big.key"));
        QVERIFY(test::writeFile(big, QByteArray(5000, 'A')));
        auto tooBig = dps::readDeviceKeyFile(big);
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().code, SlotErrc::KeyFileUnreadable);
        const QString wrong = dir.filePath(QStringLiteral("wrong.key"));
        QVERIFY(test::writeFile(wrong, QByteArray("0x") + raw.toHex()));
        auto notBase64 = dps::readDeviceKeyFile(wrong);
        QVERIFY(!notBase64.ok());
        QCOMPARE(notBase64.error().code, SlotErrc::InvalidKey);
        // The message names the file, never its contents.
        QVERIFY(!notBase64.error().operatorMessage().contains(QString::fromLatin1(raw.toHex())));
    }

    void requestValidation()
    {
        dps::SlotProvisioning request;
        request.slot = 4;
        request.hostName = QStringLiteral("hub.net");
        request.key = crypto::SecureBytes(32);
        QVERIFY(dps::validate(request).ok()); // empty device ID: the hardware device ID
        request.deviceId = QStringLiteral("bad/id");
        QCOMPARE(dps::validate(request).error().code, SlotErrc::InvalidDeviceId);
        request.deviceId = QStringLiteral("ok");
        request.key = crypto::SecureBytes(20);
        QCOMPARE(dps::validate(request).error().code, SlotErrc::InvalidKey);
        request.key = crypto::SecureBytes(32);
        request.slot = 11;
        QCOMPARE(dps::validate(request).error().code, SlotErrc::InvalidSlot);
    }

    void validityRange()
    {
        QVERIFY(dps::validateValidity(1).ok());
        QVERIFY(dps::validateValidity(4294967295LL).ok());
        QCOMPARE(dps::validateValidity(0).error().code, SlotErrc::InvalidValidity);
        QCOMPARE(dps::validateValidity(4294967296LL).error().code, SlotErrc::InvalidValidity);
    }
};

STATION_TEST_GUILESS_MAIN(TestLimpetSlotFormat)
#include "TestLimpetSlotFormat.moc"
