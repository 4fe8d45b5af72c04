// Each socket panel has its own engine: a device run in panel 2 is recorded (runs.socket, the run's audit
// event) and reported as socket 2, not as every engine's "socket 1". Real swtpm devices, step 1 only;
// the database is read back with the sqlite3 CLI.
#include "GuiFixture.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "app/gui/SocketPanel.h"
#include "app/gui/StationScreen.h"
#include "stations/TpmInstalledStation.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::gui;

class TestSocketNumbers : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<test::TestFleet> m_fleet;

    static timeline::StationFactory stepOneOnly()
    {
        return [] {
            std::vector<std::unique_ptr<timeline::Station>> all;
            all.push_back(std::make_unique<stations::TpmInstalledStation>());
            return all;
        };
    }

    // serial -> socket of its runs, read with the sqlite3 CLI.
    QMap<QString, QString> recordedSockets()
    {
        const test::ToolRun run = test::runTool(
            QStringLiteral("sqlite3"),
            {QStringLiteral("-readonly"), m_db,
             QStringLiteral("SELECT d.serial || '=' || r.socket FROM runs r JOIN devices d ON d.id = "
                            "r.device_id ORDER BY r.id")});
        QMap<QString, QString> sockets;
        for (const QByteArray& line : run.out.split('\n')) {
            const QList<QByteArray> kv = line.trimmed().split('=');
            if (kv.size() == 2)
                sockets.insert(QString::fromUtf8(kv.at(0)), QString::fromUtf8(kv.at(1)));
        }
        return sockets;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
        m_fleet = std::make_unique<test::TestFleet>(2);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }

    void cleanupTestCase() { m_fleet.reset(); }

    void panelTwoRecordsSocketTwo()
    {
        auto session = services::StationSession::open(m_db);
        QVERIFY(session);
        StationScreen screen(**session, 2, true, stepOneOnly());
        timeline::ProductProfile profile;
        profile.id = QStringLiteral("widget");
        screen.setProfile(profile);
        screen.setActor({QStringLiteral("op1"), QStringLiteral("Olga Operator")});
        QList<QJsonObject> devices;
        for (const sim::SimDevice& d : m_fleet->devices())
            devices.append(d.toJson());
        screen.setSimulatedDevices(devices);
        const QString first = m_fleet->devices().at(0).serial;
        const QString second = m_fleet->devices().at(1).serial;

        QSignalSpy finished(&screen, &StationScreen::deviceFinished);
        QSignalSpy panelTwo(screen.panels().at(1), &SocketPanel::deviceFinished);
        QVERIFY2(screen.submit(first), qPrintable(screen.notice()));
        QVERIFY(screen.panels().at(0)->busy());
        QVERIFY2(screen.submit(second), qPrintable(screen.notice()));
        QVERIFY(screen.panels().at(1)->busy());
        QVERIFY(screen.notice().contains(QStringLiteral("socket 2")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(panelTwo.count(), 1);
        QCOMPARE(panelTwo.at(0).at(0).toInt(), 2);
        QCOMPARE(panelTwo.at(0).at(1).toString(), second);
        QVERIFY2(screen.panels().at(1)->result().contains(QStringLiteral("PASS")),
                 qPrintable(screen.panels().at(1)->message()));

        const QMap<QString, QString> sockets = recordedSockets();
        QCOMPARE(sockets.value(first), QStringLiteral("1"));
        QCOMPARE(sockets.value(second), QStringLiteral("2"));
        // The run's audit event names the socket too.
        auto audited = (*session)->database().prepare(
            "SELECT COUNT(*) FROM audit_events WHERE device_serial = ?1 AND reason = 'socket 2'");
        QVERIFY(audited);
        QVERIFY(audited->bind(1, second).step().valueOr(false));
        QVERIFY(audited->int64(0) >= 1);
    }

    void engineNumbersSocketsFromTheFirst()
    {
        auto store = db::StationStore::open(m_db);
        QVERIFY(store);
        timeline::AutoConfirmPrompts prompts;
        timeline::Engine engine(stepOneOnly(), **store, prompts);
        timeline::ProductProfile profile;
        profile.id = QStringLiteral("widget");
        engine.setProfile(profile);
        engine.setActor({QStringLiteral("op1"), QStringLiteral("Olga Operator")});
        QCOMPARE(engine.firstSocket(), 1);
        engine.setFirstSocket(3);
        QSignalSpy finished(&engine, &timeline::Engine::deviceFinished);
        QList<timeline::Device> devices;
        for (const sim::SimDevice& d : m_fleet->devices()) {
            timeline::Device device;
            device.serial = d.serial + QStringLiteral("-again");
            device.product = profile.id;
            device.simulated = true;
            device.tcti = d.tcti();
            device.flashPath = d.flashPath;
            devices.append(device);
        }
        engine.start(devices, 2);
        QVERIFY(engine.wait(60000));
        QTRY_COMPARE(finished.count(), 2);
        QSet<int> reported;
        for (const QList<QVariant>& f : std::as_const(finished))
            reported.insert(f.at(0).toInt());
        QCOMPARE(reported, (QSet<int>{3, 4}));
        QSet<int> outcomes;
        for (const timeline::DeviceOutcome& o : engine.outcomes())
            outcomes.insert(o.socket);
        QCOMPARE(outcomes, (QSet<int>{3, 4}));
        const QMap<QString, QString> sockets = recordedSockets();
        for (const QList<QVariant>& f : std::as_const(finished))
            QCOMPARE(sockets.value(f.at(1).toString()), QString::number(f.at(0).toInt()));
    }
};

STATION_TEST_MAIN(TestSocketNumbers)
#include "TestSocketNumbers.moc"
