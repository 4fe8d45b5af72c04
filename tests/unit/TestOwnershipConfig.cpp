// The "ownership" profile section: defaults, values, refusals.
#include "TestMain.h"
#include "core/ownership/OwnershipConfig.h"

#include <QJsonDocument>
#include <QTest>

using namespace tps::ownership;

class TestOwnershipConfig : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        auto c = OwnershipConfig::fromJson(
            QJsonObject{{QStringLiteral("escrowCertificate"), QStringLiteral("/o.pem")}});
        QVERIFY(c.ok());
        QCOMPARE(c->maxTries, 32u);
        QCOMPARE(c->recoveryTime, 7200u);
        QCOMPARE(c->lockoutRecovery, 86400u);
        QVERIFY(!c->disableClear);
        QVERIFY(!c->setEndorsementAuth);
        auto back = OwnershipConfig::fromJson(c->toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), c->toJson());
    }

    void values()
    {
        auto c = OwnershipConfig::fromJson(
            QJsonDocument::fromJson(R"({"escrowCertificate": "/o.pem", "maxTries": 5,
            "recoveryTime": 0, "lockoutRecovery": 4294967295, "disableClear": true, "setEndorsementAuth": true})")
                .object());
        QVERIFY(c.ok());
        QCOMPARE(c->maxTries, 5u);
        QCOMPARE(c->recoveryTime, 0u);
        QCOMPARE(c->lockoutRecovery, 4294967295u);
        QVERIFY(c->disableClear);
        QVERIFY(c->setEndorsementAuth);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no certificate") << QByteArray(R"({})");
        QTest::newRow("empty certificate") << QByteArray(R"({"escrowCertificate": " "})");
        QTest::newRow("certificate not a string") << QByteArray(R"({"escrowCertificate": 5})");
        QTest::newRow("maxTries zero") << QByteArray(R"({"escrowCertificate": "/o", "maxTries": 0})");
        QTest::newRow("maxTries fraction") << QByteArray(R"({"escrowCertificate": "/o", "maxTries": 2.5})");
        QTest::newRow("maxTries string") << QByteArray(R"({"escrowCertificate": "/o", "maxTries": "32"})");
        QTest::newRow("negative") << QByteArray(R"({"escrowCertificate": "/o", "recoveryTime": -1})");
        QTest::newRow("too large") << QByteArray(
            R"({"escrowCertificate": "/o", "lockoutRecovery": 4294967296})");
        QTest::newRow("bool as string")
            << QByteArray(R"({"escrowCertificate": "/o", "disableClear": "yes"})");
        QTest::newRow("unknown key") << QByteArray(R"({"escrowCertificate": "/o", "ownerAuth": "1234"})");
    }
    void refusals()
    {
        QFETCH(QByteArray, json);
        auto c = OwnershipConfig::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!c.ok());
        QVERIFY(!c.error().isEmpty());
    }
};

STATION_TEST_GUILESS_MAIN(TestOwnershipConfig)
#include "TestOwnershipConfig.moc"
