// One rule, one place: the product profile's one loader with its typed errors (ProductProfile::load, then
// services::checkProfile), and the serial and product-ID rules every layer applies
// (core/common/Identifiers.h).
#include "TestMain.h"
#include "TestSupport.h"
#include "core/common/Identifiers.h"
#include "services/Profiles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using timeline::ProfileErrc;

class TestProfileRules : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        return test::writeFile(path, content) ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadGivesTypedErrors()
    {
        auto missing = timeline::ProductProfile::load(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ProfileErrc::Unreadable);
        QVERIFY(missing.error().message.contains(QStringLiteral("none.json")));

        auto broken = timeline::ProductProfile::load(write(QStringLiteral("broken.json"), "{\"id\": "));
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, ProfileErrc::NotJson);
        auto array = timeline::ProductProfile::load(write(QStringLiteral("array.json"), "[1, 2]"));
        QVERIFY(!array);
        QCOMPARE(array.error().code, ProfileErrc::NotJson);

        auto good = services::loadProfile(write(
            QStringLiteral("good.json"), "{\"id\": \"widget\", \"name\": \"Widget\", \"maxRetries\": 2}"));
        QVERIFY2(good, good ? "" : qPrintable(good.error().message));
        QCOMPARE(good->id, QStringLiteral("widget"));
        QCOMPARE(good->maxRetries, 2);
    }

    void checkRefusesWhatBreaksARule_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::newRow("no id") << QByteArray("{\"id\": \"\"}") << int(ProfileErrc::Invalid);
        QTest::newRow("id with a blank")
            << QByteArray("{\"id\": \"my widget\"}") << int(ProfileErrc::Invalid);
        QTest::newRow("id as an option") << QByteArray("{\"id\": \"-widget\"}") << int(ProfileErrc::Invalid);
        QTest::newRow("no retries") << QByteArray("{\"id\": \"w\", \"maxRetries\": 0}")
                                    << int(ProfileErrc::Invalid);
        QTest::newRow("too many retries")
            << QByteArray("{\"id\": \"w\", \"maxRetries\": 101}") << int(ProfileErrc::Invalid);
    }

    void checkRefusesWhatBreaksARule()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        auto loaded = services::loadProfile(write(QStringLiteral("rule.json"), json));
        QVERIFY(!loaded);
        QCOMPARE(int(loaded.error().code), code);
        QVERIFY(!loaded.error().message.isEmpty());
    }

    void productionProfileIsNotForSimulation()
    {
        timeline::ProductProfile p;
        QVERIFY(services::checkSimulationProfile(p));
        p.production = true;
        auto refused = services::checkSimulationProfile(p);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ProfileErrc::Production);
    }

    void serialRule_data()
    {
        QTest::addColumn<QString>("serial");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("SN-0001") << true;
        QTest::newRow("one character") << QStringLiteral("7") << true;
        QTest::newRow("punctuation") << QStringLiteral("A1.b_c:d-e") << true;
        QTest::newRow("64") << QString(64, QLatin1Char('A')) << true;
        QTest::newRow("65") << QString(65, QLatin1Char('A')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("an option") << QStringLiteral("--erase-all") << false;
        QTest::newRow("dot first") << QStringLiteral(".hidden") << false;
        QTest::newRow("blank") << QStringLiteral("SN 1") << false;
        QTest::newRow("trailing newline") << QStringLiteral("SN-1\n") << false;
        QTest::newRow("spreadsheet") << QStringLiteral("=cmd|' /C calc'!A0") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("SN-Ü") << false;
    }

    void serialRule()
    {
        QFETCH(QString, serial);
        QFETCH(bool, valid);
        QCOMPARE(isValidSerial(serial), valid);
        if (!valid)
            QVERIFY(serialRefusal(serial).contains(QStringLiteral("not a serial number")));
    }

    void productIdRule()
    {
        QVERIFY(isValidProductId(QStringLiteral("gateway")));
        QVERIFY(isValidProductId(QStringLiteral("sim-widget.v2_1")));
        QVERIFY(isValidProductId(QString(64, QLatin1Char('p'))));
        QVERIFY(!isValidProductId(QString(65, QLatin1Char('p'))));
        QVERIFY(!isValidProductId(QString()));
        QVERIFY(!isValidProductId(QStringLiteral("-p")));
        QVERIFY(!isValidProductId(QStringLiteral("gate way")));
        QVERIFY(!isValidProductId(QStringLiteral("gateway\n")));
        QVERIFY(!isValidProductId(QStringLiteral("gate:way")));
    }
};

STATION_TEST_GUILESS_MAIN(TestProfileRules)
#include "TestProfileRules.moc"
