// The station window refuses a product profile that contradicts its device client when it loads it
// (issue 14): the translated reason names the client and the authorization, the station page stays
// disabled so no device can be scanned, and nothing reaches the database (sqlite3 as the oracle). The
// same profile without the contradiction is accepted.
#include "GuiFixture.h"
#include "SignIn.h"
#include "TestMain.h"
#include "app/gui/MainWindow.h"
#include "app/gui/StationScreen.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::gui;

class TestProfileRefusal : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    // The fixture's passing profile with `device` and the ownership `setting` (when not empty) set.
    QString profileWith(const QString& name, const QJsonObject& device, const QString& setting)
    {
        const QString base = test::makeProfile(m_dir.path());
        QJsonObject profile = QJsonDocument::fromJson(test::readFile(base)).object();
        QJsonObject sections = profile.value(QStringLiteral("sections")).toObject();
        sections.insert(QStringLiteral("device"), device);
        if (!setting.isEmpty()) {
            QJsonObject ownership = sections.value(QStringLiteral("ownership")).toObject();
            ownership.insert(setting, true);
            sections.insert(QStringLiteral("ownership"), ownership);
        }
        profile.insert(QStringLiteral("sections"), sections);
        const QString path = m_dir.filePath(name);
        return test::writeFile(path, QJsonDocument(profile).toJson()) ? path : QString();
    }

    QByteArray sql(const QString& query)
    {
        return test::runTool(QStringLiteral("sqlite3"), {m_db, query}).out.trimmed();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
    }

    void contradictoryProfileIsRefusedWhenLoaded()
    {
        const QString profile =
            profileWith(QStringLiteral("c-sdk-owner-auth.json"),
                        QJsonObject{{QStringLiteral("client"), QStringLiteral("azure-iot-sdk-c")}},
                        QStringLiteral("setOwnerAuth"));
        QVERIFY(!profile.isEmpty());
        StationConfig config;
        config.databasePath = m_db;
        config.profilePath = profile;
        MainWindow w(config);
        QVERIFY2(w.storeOpen(), qPrintable(w.storeError()));
        // Refused at load, before anyone signs in or scans: the client and the authorization are named.
        const QString why = w.profileRefusal();
        QVERIFY2(why.contains(QStringLiteral("Azure IoT C SDK")) &&
                     why.contains(QStringLiteral("setOwnerAuth")) && why.contains(profile),
                 qPrintable(why));
        QCOMPARE(w.statusBar()->currentMessage(), why);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(test::signIn(w, QStringLiteral("op1")));
        QVERIFY(!w.station()->isEnabled());
        QCOMPARE(w.station()->toolTip(), why);
        // A scan into the disabled station page runs nothing.
        QTest::keyClicks(w.station()->serialEntry(), QStringLiteral("SIM-0001"));
        QTest::keyClick(w.station()->serialEntry(), Qt::Key_Return);
        QTest::qWait(500);
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM devices")), QByteArray("0"));
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM step_results")), QByteArray("0"));
    }

    void endorsementAuthIsRefusedForEveryDpsClient()
    {
        for (const char* client :
             {"azure-iot-sdk-c", "azure-iot-sdk-csharp", "azure-iot-sdk-java", "aziot-identity-service"}) {
            const QString profile =
                profileWith(QStringLiteral("endorsement.json"),
                            QJsonObject{{QStringLiteral("client"), QLatin1String(client)}},
                            QStringLiteral("setEndorsementAuth"));
            StationConfig config;
            config.databasePath = m_db;
            config.profilePath = profile;
            MainWindow w(config);
            QVERIFY2(w.profileRefusal().contains(QStringLiteral("setEndorsementAuth")),
                     qPrintable(w.profileRefusal()));
            QVERIFY(!w.station()->isEnabled());
        }
    }

    void consistentProfileIsAccepted()
    {
        const QString profile =
            profileWith(QStringLiteral("java.json"),
                        QJsonObject{{QStringLiteral("client"), QStringLiteral("azure-iot-sdk-java")}}, {});
        StationConfig config;
        config.databasePath = m_db;
        config.profilePath = profile;
        MainWindow w(config);
        QVERIFY2(w.profileRefusal().isEmpty(), qPrintable(w.profileRefusal()));
        QVERIFY(w.station()->isEnabled());
    }
};

STATION_TEST_MAIN(TestProfileRefusal)
#include "TestProfileRefusal.moc"
