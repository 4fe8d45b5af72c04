// Packing and parsing of the DPS authenticationKey blob: round trip in the SDK's order, and every
// truncated, oversized or trailing variant refused with the part it concerns.
#include "TestMain.h"
#include "core/crypto/CredentialMaker.h"
#include "core/dps/AuthenticationKeyBlob.h"
#include "core/tpmwire/PublicArea.h"

#include <QTest>
#include <QtEndian>

using namespace tps;

namespace {

dps::AuthenticationKeyBlob sample()
{
    const TPM2B_PUBLIC pub = crypto::hmacKeyPublic(QByteArray(32, 's'), QByteArray(32, 'k'));
    return dps::AuthenticationKeyBlob{QByteArray(50, '\x01'),         QByteArray(256, '\x02'),
                                      QByteArray(120, '\x03'),        QByteArray(256, '\x04'),
                                      tpm::marshalPublic(pub).mid(2), QByteArray(7, '\x06')};
}

} // namespace

class TestAuthenticationKeyBlob : public QObject
{
    Q_OBJECT
private slots:
    void roundTripInSdkOrder()
    {
        const dps::AuthenticationKeyBlob blob = sample();
        const QByteArray packed = blob.pack();
        QCOMPARE(packed.size(), 6 * 2 + 50 + 256 + 120 + 256 + blob.keyPublic.size() + 7);
        QCOMPARE(packed.left(4), QByteArray::fromHex("00320101")); // size 50 then the credential blob
        QCOMPARE(packed.mid(2 + 50, 2), QByteArray::fromHex("0100"));
        auto parsed = dps::parseAuthenticationKey(packed);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->idObject, blob.idObject);
        QCOMPARE(parsed->encryptedSecret, blob.encryptedSecret);
        QCOMPARE(parsed->duplicate, blob.duplicate);
        QCOMPARE(parsed->wrapKeySeed, blob.wrapKeySeed);
        QCOMPARE(parsed->keyPublic, blob.keyPublic);
        QCOMPARE(parsed->encryptedData, blob.encryptedData);
    }

    void emptyDataPartIsAccepted()
    {
        dps::AuthenticationKeyBlob blob = sample();
        blob.encryptedData.clear();
        QVERIFY(dps::parseAuthenticationKey(blob.pack()).ok());
    }

    void everyTruncationIsRefused()
    {
        const QByteArray packed = sample().pack();
        for (qsizetype n = 0; n < packed.size(); ++n) {
            auto parsed = dps::parseAuthenticationKey(packed.left(n));
            QVERIFY2(!parsed.ok(), qPrintable(QString::number(n)));
            QVERIFY(parsed.error().code == dps::BlobErrc::Truncated);
            QVERIFY(!parsed.error().part.isEmpty());
        }
    }

    void trailingBytesAreRefused()
    {
        auto parsed = dps::parseAuthenticationKey(sample().pack() + QByteArray(1, '\0'));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().code == dps::BlobErrc::Trailing);
    }

    void oversizedPartsAreRefused_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 6; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }
    void oversizedPartsAreRefused()
    {
        QFETCH(int, index);
        dps::AuthenticationKeyBlob blob = sample();
        QByteArray* parts[] = {&blob.idObject,    &blob.encryptedSecret, &blob.duplicate,
                               &blob.wrapKeySeed, &blob.keyPublic,       &blob.encryptedData};
        *parts[index] = QByteArray(dps::maxPartSize(index) + 1, '\x07');
        auto parsed = dps::parseAuthenticationKey(blob.pack());
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().code == dps::BlobErrc::Oversized);
        QVERIFY(!parsed.error().operatorMessage().isEmpty());
    }

    void sizeClaimsBeyondTheBlobAreRefused()
    {
        QByteArray packed = sample().pack();
        qToBigEndian(quint16(0xFFF0), packed.data()); // credential blob claims 65520 bytes
        auto parsed = dps::parseAuthenticationKey(packed);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().code == dps::BlobErrc::Oversized ||
                parsed.error().code == dps::BlobErrc::Truncated);
    }

    void malformedPublicAreaIsRefused()
    {
        dps::AuthenticationKeyBlob blob = sample();
        blob.keyPublic = QByteArray(10, '\x09');
        auto parsed = dps::parseAuthenticationKey(blob.pack());
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().code == dps::BlobErrc::Malformed);
    }
};

STATION_TEST_GUILESS_MAIN(TestAuthenticationKeyBlob)
#include "TestAuthenticationKeyBlob.moc"
