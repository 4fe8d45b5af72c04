// Base64 between SecureBytes: round trips against Qt's and Python's base64 as oracles, and the strictness
// a key file needs (padding, alphabet, whitespace only around the text).
#include "TestMain.h"
#include "TestSupport.h"

#include "core/crypto/SecureBase64.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tps;

namespace {
crypto::SecureBytes secure(const QByteArray& b)
{
    return crypto::SecureBytes(reinterpret_cast<const unsigned char*>(b.constData()), std::size_t(b.size()));
}
QByteArray plain(const crypto::SecureBytes& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.data()), qsizetype(s.size()));
}
} // namespace

class TestSecureBase64 : public QObject
{
    Q_OBJECT
private slots:
    void roundTripMatchesQt()
    {
        for (int size = 0; size <= 100; ++size) {
            QByteArray data(size, Qt::Uninitialized);
            for (int i = 0; i < size; ++i)
                data[i] = char(QRandomGenerator::global()->bounded(256));
            const crypto::SecureBytes encoded = crypto::encodeBase64(secure(data));
            QCOMPARE(plain(encoded), data.toBase64());
            if (size == 0)
                continue; // empty text is refused as a key
            auto decoded = crypto::decodeBase64(encoded);
            QVERIFY(decoded.has_value());
            QCOMPARE(plain(*decoded), data);
        }
    }

    void decodesWhatPythonEncodes()
    {
        const QByteArray data = QByteArray::fromHex("00fbff10203040506070ff3e3f");
        const test::ToolRun py = test::runTool(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import base64,sys; print(base64.b64encode(bytes.fromhex(sys.argv[1])).decode())"),
             QString::fromLatin1(data.toHex())});
        QVERIFY2(py.ok(), py.err.constData());
        auto decoded = crypto::decodeBase64(secure(py.out)); // with Python's trailing newline
        QVERIFY(decoded.has_value());
        QCOMPARE(plain(*decoded), data);
    }

    void surroundingWhitespaceOnly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << QByteArray("Zm9vYg==") << true;
        QTest::newRow("newline") << QByteArray("Zm9vYg==\n") << true;
        QTest::newRow("crlf and spaces") << QByteArray("  Zm9vYg==\r\n") << true;
        QTest::newRow("inner space") << QByteArray("Zm9v Yg==") << false;
        QTest::newRow("inner newline") << QByteArray("Zm9v\nYg==") << false;
        QTest::newRow("no padding") << QByteArray("Zm9vYg") << false;
        QTest::newRow("url-safe alphabet") << QByteArray("-_-_") << false;
        QTest::newRow("padding inside") << QByteArray("Zm==Zm9v") << false;
        QTest::newRow("three pads") << QByteArray("Z===") << false;
        QTest::newRow("stray bits") << QByteArray("Zm9vYh==") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("only whitespace") << QByteArray(" \n") << false;
        QTest::newRow("not base64") << QByteArray("this is not base64!") << false;
    }
    void surroundingWhitespaceOnly()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, accepted);
        const auto decoded = crypto::decodeBase64(secure(text));
        QCOMPARE(decoded.has_value(), accepted);
        if (accepted)
            QCOMPARE(plain(*decoded), QByteArray("foob"));
    }
};

STATION_TEST_GUILESS_MAIN(TestSecureBase64)
#include "TestSecureBase64.moc"
