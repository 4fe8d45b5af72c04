// `tpm-station` without arguments (HOME and XDG directories in a temporary directory) lands on the embedded
// default of `tpm-station-cli run`: the simulated fleet in the user's data directory, the yellow simulation
// banner, scannable devices with their TCTIs, a PASS with the simulation kit's profile. Production mode
// only when chosen: --db / --profile, or the Settings choice (remembered, and shown there).
#include "GuiFixture.h"
#include "SignIn.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "Translations.h"
#include "app/common/AppSetup.h"
#include "app/common/EmbeddedDefault.h"
#include "app/gui/FleetModel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SettingsDialog.h"
#include "app/gui/SimulationInfoDialog.h"
#include "app/gui/SocketPanel.h"
#include "app/gui/StartupOptions.h"
#include "app/gui/StationModeChooser.h"
#include "app/gui/StationScreen.h"
#include "app/gui/WelcomeTour.h"

#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tps;
using namespace tps::gui;

class TestStartupMode : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_dataDir;
    QStringList m_guiSerials; // the fleet the GUI brought up without arguments

    // Help ▸ Simulation kit: the kit's profile as a JSON file (python3 reads it) and its summary.
    static void checkSimulationKit(MainWindow& w, const StationConfig& config)
    {
        w.showSimulationInfo();
        auto* info = w.findChild<SimulationInfoDialog*>();
        QVERIFY(info && info->isVisible());
        QCOMPARE(info->profilePath(), SimulationInfoDialog::profileFileName(config.fleetRoot));
        const test::ToolRun py = test::runTool(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import json,os,sys; p=json.load(open(sys.argv[1])); s=p['sections']; "
                 "print(p['id'], p['production'], os.path.isfile(s['ownership']['escrowCertificate']), "
                 "os.path.isdir(s['firmware']['catalog']), s['dps']['idScope'])"),
             info->profilePath()});
        QVERIFY2(py.ok(), py.err.constData());
        QCOMPARE(QString::fromUtf8(py.out).trimmed(),
                 QStringLiteral("sim-widget False True True 0ne00000SIM"));
        QVERIFY(info->summary().contains(QStringLiteral("sim-widget")));
        QVERIFY(info->summary().contains(QStringLiteral("swtpm")));
        info->close();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A fresh machine: nothing in HOME, the XDG directories under it.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral(".local/share")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toUtf8());
        app::setupApplication(*qApp); // as main() does
        m_dataDir = m_home.filePath(QStringLiteral(".local/share/tpm-station"));
    }

    void noArgumentsIsTheEmbeddedDefault()
    {
        const StationConfig c = stationConfigFromArguments({QStringLiteral("tpm-station")});
        QVERIFY(c.simulation());
        QCOMPARE(c.databasePath, m_dataDir + QStringLiteral("/station.db"));
        QCOMPARE(c.fleetRoot, m_dataDir + QStringLiteral("/sim"));
        QVERIFY(c.profilePath.isEmpty()); // the simulation kit's profile
        QVERIFY(c.startedAs.contains(QStringLiteral("default")));
    }

    void productionOnlyWhenChosen()
    {
        const QString prog = QStringLiteral("tpm-station");
        const QString db = m_home.filePath(QStringLiteral("line2.db"));
        StationConfig c = stationConfigFromArguments({prog, QStringLiteral("--db"), db});
        QVERIFY(!c.simulation());
        QCOMPARE(c.databasePath, db);
        QCOMPARE(c.sockets, 1);
        QVERIFY(c.startedAs.contains(QStringLiteral("--db")));
        c = stationConfigFromArguments(
            {prog, QStringLiteral("--profile"), m_home.filePath(QStringLiteral("p.json"))});
        QVERIFY(!c.simulation());
        c = stationConfigFromArguments({prog, QStringLiteral("--db"), db, QStringLiteral("--simulate"),
                                        QStringLiteral("2"), QStringLiteral("--sockets"),
                                        QStringLiteral("3")});
        QCOMPARE(c.simulateCount, 2);
        QCOMPARE(c.sockets, 3);
        c = stationConfigFromArguments({prog, QStringLiteral("--simulate"), QStringLiteral("0")});
        QVERIFY(!c.simulation());
        QCOMPARE(c.databasePath, m_dataDir + QStringLiteral("/station.db"));
    }

    void noArgumentsOpensTheSimulatedFleet()
    {
        const StationConfig config = stationConfigFromArguments({QStringLiteral("tpm-station")});
        QDir().mkpath(m_dataDir);
        QCOMPARE(test::makeStationDb(m_dataDir), config.databasePath);
        MainWindow w(config);
        QVERIFY2(w.storeOpen(), qPrintable(w.storeError()));
        QSignalSpy ready(&w, &MainWindow::fleetReady);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* banner = w.findChild<QLabel*>(QStringLiteral("simulationBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(w.windowTitle().contains(QStringLiteral("SIMULATION")));
        QVERIFY(ready.wait(120000));
        QCOMPARE(w.fleetModel()->rowCount(), app::kEmbeddedSimulatedDevices);
        for (int r = 0; r < w.fleetModel()->rowCount(); ++r)
            QVERIFY(w.fleetModel()
                        ->index(r, FleetModel::Tcti)
                        .data()
                        .toString()
                        .contains(QStringLiteral("port=")));
        QVERIFY(QFileInfo::exists(config.fleetRoot));
        QCOMPARE(w.station()->panels().size(), app::kEmbeddedSockets);
        for (int r = 0; r < w.fleetModel()->rowCount(); ++r)
            m_guiSerials << w.fleetModel()->index(r, 0).data(Qt::UserRole).toString();
        m_guiSerials.sort();

        QVERIFY(test::signIn(w, QStringLiteral("op1")));
        // The guided tour at the first sign-in names the serials to scan.
        const QString first = w.fleetModel()->index(0, 0).data(Qt::UserRole).toString();
        auto* tour = w.findChild<WelcomeTour*>();
        QVERIFY(tour && tour->isVisible());
        QVERIFY2(tour->text().contains(first), qPrintable(tour->text()));
        QVERIFY(tour->text().contains(QStringLiteral("PASS")));
        tour->closeButton()->click();
        QTRY_VERIFY(!w.findChild<WelcomeTour*>());
        checkSimulationKit(w, config);

        SocketPanel* panel = w.station()->panels().at(0);
        connect(panel, &SocketPanel::promptShown, panel, [panel] {
            QTimer::singleShot(50, panel, [panel] {
                if (auto* b = panel->findChild<QPushButton*>(QStringLiteral("confirm")); b && b->isVisible())
                    b->click();
            });
        });
        QSignalSpy finished(w.station(), &StationScreen::deviceFinished);
        QVERIFY2(w.station()->submit(w.fleetModel()->index(0, 0).data(Qt::UserRole).toString()),
                 qPrintable(w.station()->notice()));
        // No language switch while a device runs: refused with the reason, nothing changes.
        QVERIFY(panel->busy());
        QVERIFY(!w.switchLanguage(QStringLiteral("de")));
        QCOMPARE(i18n::current(), QStringLiteral("en"));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("while a device is running")));
        QVERIFY(finished.wait(180000));
        QVERIFY2(finished.at(0).at(1).toBool(),
                 qPrintable(panel->result() + QStringLiteral(" | ") + panel->message()));
        QVERIFY(panel->result().contains(QStringLiteral("PASS")));
        // The tour is offered once; Help brings it back.
        w.lock();
        QVERIFY(test::signIn(w, QStringLiteral("op1")));
        QVERIFY(!w.findChild<WelcomeTour*>());
        QAction* again = nullptr;
        for (QAction* a : w.menuBar()->actions())
            if (a->menu())
                for (QAction* item : a->menu()->actions())
                    if (item->text().contains(QStringLiteral("tour")))
                        again = item;
        QVERIFY(again);
        again->trigger();
        QVERIFY(w.findChild<WelcomeTour*>());
    }

    void settingsChoiceIsRememberedAndShown()
    {
        StationConfig config = stationConfigFromArguments({QStringLiteral("tpm-station")});
        config.simulateCount = 0; // the fleet is not needed here
        MainWindow w(config);
        QVERIFY(test::signIn(w, QStringLiteral("admin1")));
        QVERIFY(w.showPage(MainWindow::Page::Settings));
        auto* chooser = w.page(MainWindow::Page::Settings)->findChild<StationModeChooser*>();
        QVERIFY(chooser);
        QCOMPARE(chooser->combo()->currentIndex(), 0);
        QVERIFY(chooser->findChild<QLabel*>()->text().contains(config.startedAs));
        emit chooser->combo()->activated(1);
        QCOMPARE(rememberedStationMode(), StationMode::Production);
        const StationConfig next = stationConfigFromArguments({QStringLiteral("tpm-station")});
        QVERIFY(!next.simulation());
        QVERIFY(next.startedAs.contains(QStringLiteral("Settings")));
        MainWindow production(next);
        QVERIFY(!production.findChild<QLabel*>(QStringLiteral("simulationBanner"))->isVisibleTo(&production));
        QVERIFY(test::signIn(production, QStringLiteral("admin1")));
        QVERIFY(production.showPage(MainWindow::Page::Settings));
        auto* shown = production.page(MainWindow::Page::Settings)->findChild<StationModeChooser*>();
        QCOMPARE(shown->combo()->currentIndex(), 1);
        emit shown->combo()->activated(0);
        QVERIFY(stationConfigFromArguments({QStringLiteral("tpm-station")}).simulation());
    }

    // The headless path, with the same HOME: `tpm-station-cli run` walks the very fleet the GUI brought up
    // and records into the very database the GUI used (sqlite3 as the oracle).
    void headlessRunUsesTheSameDefault()
    {
        QCOMPARE(m_guiSerials.size(), app::kEmbeddedSimulatedDevices);
        const StationConfig config = stationConfigFromArguments({QStringLiteral("tpm-station")});
        const test::ToolRun run =
            test::runTool(test::cliPath(), {QStringLiteral("run"), QStringLiteral("--json")}, {}, {}, 300000);
        QVERIFY2(run.ok(), run.err.constData());
        const test::ToolRun rows = test::runTool(
            QStringLiteral("sqlite3"),
            {config.databasePath, QStringLiteral("SELECT DISTINCT serial FROM devices ORDER BY serial")});
        QVERIFY2(rows.ok(), rows.err.constData());
        QCOMPARE(QString::fromUtf8(rows.out).trimmed().split(QLatin1Char('\n')), m_guiSerials);
    }
};

STATION_TEST_MAIN(TestStartupMode)
#include "TestStartupMode.moc"
