// The GUI dashboard pointed at the factory database (issue 17): with a factory database configured, the
// dashboard offers "Factory database (all stations)" and shows the same charts over every station's records.
// Oracles: each station's own dashboard (its SQLite file, the station's SQL) — the factory figures must be
// their sum — and psql for the completed runs in the factory database. A factory database that cannot be
// reached says so and the station's own figures stay one click away.
#include "CentralStations.h"
#include "GuiFixture.h"
#include "PostgresFixture.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "app/gui/DashboardView.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::gui;

class TestFactoryDashboard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static bool refreshAndWait(DashboardView& view)
    {
        QSignalSpy refreshed(&view, &DashboardView::refreshed);
        view.refresh();
        return refreshed.wait(60000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void factoryFiguresAreTheSumOfTheStations()
    {
        test::PostgresFixture pg;
        const QString initialised =
            test::initCentral(pg, {{QStringLiteral("relay"), QStringLiteral("tps_relay")},
                                   {QStringLiteral("auditor"), QStringLiteral("tps_auditor")}});
        QVERIFY2(initialised.isEmpty(), qPrintable(initialised));
        qputenv("PGPASSFILE", QFile::encodeName(pg.passFile()));

        // Two stations run their lines with the relay (3 and 2 devices).
        QStringList dbs;
        for (int devices : {3, 2}) {
            dbs << m_dir.filePath(QStringLiteral("station%1.db").arg(dbs.size()));
            const test::ToolRun line = test::cliAt(
                pg, {QStringLiteral("line"), QStringLiteral("--simulate"), QString::number(devices),
                     QStringLiteral("--db"), dbs.last(), QStringLiteral("--root"),
                     m_dir.filePath(QStringLiteral("fleet%1").arg(dbs.size())), QStringLiteral("--central"),
                     pg.url(QStringLiteral("relay"))});
            QVERIFY2(line.ok(), line.err.constData());
        }

        QString central; // none yet: the chooser is hidden, the station's figures are shown
        DashboardView view(dbs.first(), [&central] { return central; });
        auto* source = view.findChild<QComboBox*>(QStringLiteral("dashboardSource"));
        QVERIFY(source);
        QVERIFY(refreshAndWait(view));
        QVERIFY(source->isHidden());
        QVERIFY(!view.data().factory);
        QCOMPARE(view.data().completed, 3);

        central = pg.url(QStringLiteral("auditor"));
        QSignalSpy refreshed(&view, &DashboardView::refreshed);
        view.showFactory(true);
        QVERIFY(refreshed.wait(60000));
        QVERIFY(!source->isHidden());
        const DashboardData factory = view.data();
        QVERIFY2(factory.error.isEmpty(), qPrintable(factory.error));
        QVERIFY(factory.factory);

        // The oracle: each station's own dashboard, read from its SQLite file.
        const DashboardData a = DashboardView::compute(dbs.at(0));
        const DashboardData b = DashboardView::compute(dbs.at(1));
        QCOMPARE(factory.completed, a.completed + b.completed);
        QCOMPARE(factory.completed, 5);
        for (int step = 1; step <= 5; ++step) {
            const auto fa = a.firstPass.value(step), fb = b.firstPass.value(step),
                       ff = factory.firstPass.value(step);
            QCOMPARE(ff.first, fa.first + fb.first);
            QCOMPARE(ff.second, fa.second + fb.second);
        }
        QCOMPARE(factory.perHour.size(), 24);
        for (int h = 0; h < 24; ++h) {
            QCOMPARE(factory.perHour.at(h).first, a.perHour.at(h).first);
            QCOMPARE(factory.perHour.at(h).second, a.perHour.at(h).second + b.perHour.at(h).second);
        }
        // psql: the completed runs the factory database holds.
        const test::ToolRun runs = pg.psql(QStringLiteral(
            "SELECT count(*) FROM (SELECT DISTINCT ON (station_id, row_key) payload FROM tps.records WHERE "
            "table_name = 'runs' ORDER BY station_id, row_key, outbox_seq DESC) r WHERE payload->>'state' = "
            "'completed'"));
        QVERIFY2(runs.ok(), runs.err.constData());
        QCOMPARE(runs.out.trimmed().toInt(), factory.completed);
        QVERIFY(view.findChild<QLabel*>()->text().contains(QStringLiteral("all stations")));

        // Back to this station.
        view.showFactory(false);
        QVERIFY(refreshed.wait(60000));
        QVERIFY(!view.data().factory);
        QCOMPARE(view.data().completed, 3);
    }

    void unreachableFactoryDatabaseSaysSo()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("alone")));
        const QString db = test::makeStationDb(m_dir.filePath(QStringLiteral("alone")));
        QVERIFY(!db.isEmpty());
        // Port 1: nobody listens there.
        const QString central =
            QStringLiteral("host=127.0.0.1 port=1 dbname=factory user=auditor connect_timeout=2");
        DashboardView view(db, [central] { return central; });
        QSignalSpy refreshed(&view, &DashboardView::refreshed);
        view.showFactory(true);
        QVERIFY(refreshed.wait(60000));
        QVERIFY(view.data().factory);
        QVERIFY(!view.data().error.isEmpty());
        QVERIFY(
            view.findChild<QLabel*>()->text().startsWith(QStringLiteral("Cannot read the factory database")));
        view.showFactory(false);
        QVERIFY(refreshed.wait(60000));
        QVERIFY2(view.data().error.isEmpty(), qPrintable(view.data().error));
        QVERIFY(!view.data().factory);
    }
};

STATION_TEST_MAIN(TestFactoryDashboard)
#include "TestFactoryDashboard.moc"
