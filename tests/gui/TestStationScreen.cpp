// The operator's station end to end, offscreen: login, scan a simulated device, every step runs on the
// socket's worker thread while the GUI keeps processing events, PASS shown; a failing device shows FAIL
// with the step's operator message; prompts are answered on the GUI thread.
#include "GuiFixture.h"
#include "SocketPrompts.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "app/gui/FleetModel.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SocketPanel.h"
#include "app/gui/StationScreen.h"
#include "app/gui/StepTimelineWidget.h"
#include "core/ownership/FileEscrowStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tps;
using namespace tps::gui;

class TestStationScreen : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    static void signIn(MainWindow& w, const QString& id)
    {
        w.login()->idEntry()->setFocus();
        QTest::keyClicks(w.login()->idEntry(), id);
        QTest::keyClick(w.login()->idEntry(), Qt::Key_Return);
        QTest::keyClicks(w.login()->passwordEntry(), test::kPassword);
        QTest::keyClick(w.login()->passwordEntry(), Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
    }

    void scanRunsEveryStepAndShowsPass()
    {
        const QString profile = test::makeProfile(m_dir.path());
        QVERIFY(!profile.isEmpty());
        StationConfig config;
        config.databasePath = m_db;
        config.profilePath = profile;
        config.fleetRoot = m_dir.filePath(QStringLiteral("fleet-pass"));
        config.simulateCount = 1;
        config.sockets = 2;
        MainWindow w(config);
        QVERIFY2(w.storeOpen(), qPrintable(w.storeError()));
        QSignalSpy ready(&w, &MainWindow::fleetReady);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(ready.wait(120000));
        QVERIFY(!w.loggedIn());
        signIn(w, QStringLiteral("op1"));
        QTRY_VERIFY(w.loggedIn());
        QCOMPARE(w.who()->operatorId, QStringLiteral("op1"));
        QCOMPARE(w.station()->panels().size(), 2);
        QVERIFY(w.findChild<QWidget*>(QStringLiteral("simulationBanner"))->isVisible());

        SocketPanel* panel = w.station()->panels().at(0);
        QStringList prompts;
        test::answerPrompts(panel, &prompts);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);

        const QString serial = w.fleetModel()->index(0, 0).data(Qt::UserRole).toString();
        QVERIFY(!serial.isEmpty());
        QSignalSpy finished(w.station(), &StationScreen::deviceFinished);
        // The scanner types the serial and Enter into the focused entry.
        QTest::keyClicks(w.station()->serialEntry(), serial);
        // Counted from the scan: a fast device (≈ 0.1 s on swtpm) may be past step 1 before the check below
        // first looks, leaving too short a window after it.
        const int ticksAtStart = ticks;
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(w.station()->serialEntry(), Qt::Key_Return);
        QVERIFY2(panel->busy(), qPrintable(w.station()->notice()));
        QVERIFY(w.station()->serialEntry()->text().isEmpty());
        // The GUI thread keeps running its event loop while the TPM works on the socket's thread.
        QTRY_VERIFY_WITH_TIMEOUT(panel->timelineWidget()->state(timeline::StepId::TpmInstalled) !=
                                     StepTimelineWidget::State::Waiting,
                                 30000);
        QVERIFY(finished.wait(180000));
        // A 10 ms timer: at least a quarter of its ticks arrived while the steps ran.
        const qint64 expected = clock.elapsed() / 10;
        QVERIFY2(
            ticks - ticksAtStart >= expected / 4 && ticks - ticksAtStart > 3,
            qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks - ticksAtStart).arg(clock.elapsed())));
        QVERIFY2(panel->result().contains(QStringLiteral("PASS")),
                 qPrintable(panel->result() + QStringLiteral(" | ") + panel->message()));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        for (timeline::StepId step : timeline::kAllSteps) {
            QCOMPARE(panel->timelineWidget()->state(step), StepTimelineWidget::State::Passed);
            QVERIFY(panel->timelineWidget()->text(step).contains(QStringLiteral("passed")));
            QVERIFY(panel->timelineWidget()->text(step).contains(QStringLiteral(" s)")));
        }
        // The run's end was checkpointed (issue 18: a GUI run left "signed checkpoints: 0"): sqlite3 sees a
        // checkpoint covering the device's last event, and verify counts it.
        const QByteArray covered =
            test::runTool(
                QStringLiteral("sqlite3"),
                {m_db, QStringLiteral("SELECT (SELECT max(seq) FROM checkpoints) >= (SELECT max(seq) FROM "
                                      "audit_events WHERE device_serial = '%1')")
                           .arg(serial)})
                .out.trimmed();
        QCOMPARE(covered, QByteArray("1"));
        const test::ToolRun verified =
            test::runTool(test::cliPath(), {QStringLiteral("audit"), QStringLiteral("verify"),
                                            QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(verified.out).object().value(QStringLiteral("checkpoints")).toInt() >=
                1);
        // The GUI's engine escrows into the station database (escrow_records, with its audit events), never
        // into loose files beside it (issue 15). Oracle: the sqlite3 CLI.
        const auto sql = [this](const QString& query) {
            return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), m_db, query})
                .out.trimmed();
        };
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM escrow_records WHERE device_serial = '%1' AND "
                                    "state = 'applied' AND applied LIKE '%lockout%'")
                         .arg(serial)),
                 QByteArray("1"));
        QCOMPARE(sql(QStringLiteral("SELECT actor_id FROM audit_events WHERE object LIKE 'escrow:%' AND "
                                    "device_serial = '%1' AND action = 'create'")
                         .arg(serial)),
                 QByteArray("op1"));
        QVERIFY(!QFile::exists(
            ownership::FileEscrowStore(ownership::FileEscrowStore::defaultDirectory()).fileFor(serial)));

        // The result stays until the next scan.
        QTest::qWait(300);
        QVERIFY(panel->result().contains(QStringLiteral("PASS")));
        QVERIFY(w.station()->serialEntry()->hasFocus() || !w.isActiveWindow());

        // Bad input is refused with a clear notice and starts nothing.
        QTest::keyClicks(w.station()->serialEntry(), QStringLiteral("=cmd|' /C calc'!A0"));
        QTest::keyClick(w.station()->serialEntry(), Qt::Key_Return);
        QVERIFY(!w.station()->busy());
        QVERIFY(w.station()->notice().contains(QStringLiteral("not a serial number")));
        QVERIFY(!w.station()->submit(QStringLiteral("NOT-IN-FLEET-1")));
        QVERIFY(w.station()->notice().contains(QStringLiteral("not a device of the simulated fleet")));
        QVERIFY(panel->result().contains(QStringLiteral("PASS")));
    }

    void failingDeviceShowsFailWithMessage()
    {
        const QString profile = test::makeProfile(m_dir.path(), false);
        QVERIFY(!profile.isEmpty());
        StationConfig config;
        config.databasePath = m_db;
        config.profilePath = profile;
        config.fleetRoot = m_dir.filePath(QStringLiteral("fleet-fail"));
        config.simulateCount = 1;
        MainWindow w(config);
        QSignalSpy ready(&w, &MainWindow::fleetReady);
        w.show();
        QVERIFY(ready.wait(120000));
        signIn(w, QStringLiteral("op1"));
        QTRY_VERIFY(w.loggedIn());
        SocketPanel* panel = w.station()->panels().at(0);
        QStringList prompts;
        test::answerPrompts(panel, &prompts);
        QSignalSpy finished(w.station(), &StationScreen::deviceFinished);
        QVERIFY(w.station()->submit(w.fleetModel()->index(0, 0).data(Qt::UserRole).toString()));
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY2(panel->result().contains(QStringLiteral("FAIL")), qPrintable(panel->result()));
        QVERIFY2(panel->message().contains(QStringLiteral("escrow"), Qt::CaseInsensitive),
                 qPrintable(panel->message()));
        QCOMPARE(panel->timelineWidget()->state(timeline::StepId::EkExtracted),
                 StepTimelineWidget::State::Passed);
        QCOMPARE(panel->timelineWidget()->state(timeline::StepId::OwnershipTaken),
                 StepTimelineWidget::State::Failed);
        QVERIFY(panel->timelineWidget()
                    ->text(timeline::StepId::OwnershipTaken)
                    .contains(QStringLiteral("FAILED")));
        QCOMPARE(panel->timelineWidget()->state(timeline::StepId::QaCheck),
                 StepTimelineWidget::State::Waiting);
        // The operator was asked whether to try again (with the reason) and declined.
        QVERIFY(!prompts.isEmpty());
        QVERIFY(prompts.constLast().contains(QStringLiteral("Try again")));
    }

    // The operator names the incoming TPM lot at the station (issue 21): step 2 then requires the device's
    // EK on that lot's delivery list. A lot nobody imported fails step 2 with the lot named; nothing after.
    void operatorNamedLotIsEnforcedAtStep2()
    {
        const QString profile = test::makeProfile(m_dir.path());
        QVERIFY(!profile.isEmpty());
        StationConfig config;
        config.databasePath = m_db;
        config.profilePath = profile;
        config.fleetRoot = m_dir.filePath(QStringLiteral("fleet-lot"));
        config.simulateCount = 1;
        MainWindow w(config);
        QSignalSpy ready(&w, &MainWindow::fleetReady);
        w.show();
        QVERIFY(ready.wait(120000));
        signIn(w, QStringLiteral("op1"));
        QTRY_VERIFY(w.loggedIn());
        SocketPanel* panel = w.station()->panels().at(0);
        QStringList prompts;
        test::answerPrompts(panel, &prompts);
        QTest::keyClicks(w.station()->lotEntry(), QStringLiteral("L-999"));
        QSignalSpy finished(w.station(), &StationScreen::deviceFinished);
        QVERIFY(w.station()->submit(w.fleetModel()->index(0, 0).data(Qt::UserRole).toString()));
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY2(panel->message().contains(QStringLiteral("L-999")), qPrintable(panel->message()));
        QCOMPARE(panel->timelineWidget()->state(timeline::StepId::TpmInstalled),
                 StepTimelineWidget::State::Passed);
        QCOMPARE(panel->timelineWidget()->state(timeline::StepId::EkExtracted),
                 StepTimelineWidget::State::Failed);
        QCOMPARE(panel->timelineWidget()->state(timeline::StepId::OwnershipTaken),
                 StepTimelineWidget::State::Waiting);
    }
};

STATION_TEST_MAIN(TestStationScreen)
#include "TestStationScreen.moc"
