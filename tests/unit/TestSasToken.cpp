// The SAS string-to-sign and token of a DPS TPM registration, and the service-side signature check.
#include "TestMain.h"
#include "core/crypto/Kdfa.h"
#include "core/dps/SasToken.h"

#include <QTest>

using namespace tps;

class TestSasToken : public QObject
{
    Q_OBJECT
private slots:
    void stringToSignFormat()
    {
        QCOMPARE(
            dps::sasStringToSign(QStringLiteral("0ne00012345"), QStringLiteral("my-device.1"), 1700000000),
            QByteArray("0ne00012345%2fregistrations%2fmy-device.1\n1700000000"));
        QCOMPARE(dps::urlEncode("a b/c+d=~_"), QByteArray("a%20b%2fc%2bd%3d~_"));
    }

    void tokenCarriesResourceSignatureExpiry()
    {
        const QByteArray sig = QByteArray::fromHex("fbff");
        const QString token = dps::sasToken(QStringLiteral("scope"), QStringLiteral("dev"), 42, sig);
        QCOMPARE(token,
                 QStringLiteral("SharedAccessSignature "
                                "sr=scope%2fregistrations%2fdev&sig=%2b%2f8%3d&se=42&skn=registration"));
    }

    void verifyAcceptsOnlyTheRightKeyAndData()
    {
        const QByteArray key(32, 'K');
        const QByteArray data = dps::sasStringToSign(QStringLiteral("s"), QStringLiteral("r"), 1);
        auto mac = crypto::hmacSha256(key, data);
        QVERIFY(mac.ok());
        QVERIFY(dps::verifySasSignature(key, data, *mac));
        QVERIFY(!dps::verifySasSignature(QByteArray(32, 'L'), data, *mac));
        QVERIFY(!dps::verifySasSignature(key, data + "1", *mac));
        QVERIFY(!dps::verifySasSignature(key, data, mac->left(31)));
    }
};

STATION_TEST_GUILESS_MAIN(TestSasToken)
#include "TestSasToken.moc"
