// The station window runs the relay to the factory database (issue 17) when the product profile's "central"
// section names one: the status bar shows the queue, the last success or the last error, translated, and
// the GUI thread never waits for it. Online, the station's records arrive (psql against a private PostgreSQL
// server as the oracle, sqlite3 for the station's side); unreachable, the station still opens, the outbox
// keeps its rows and the status bar says why. Settings refuses a connection string with a password.
#include "GuiFixture.h"
#include "PostgresFixture.h"
#include "TestMain.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SettingsDialog.h"
#include "sync/CentralSchema.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::gui;

class TestFactoryStatus : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // The station window on `db` with the fixture's profile naming `central` as its factory database.
    StationConfig configFor(const QString& db, const QString& central)
    {
        StationConfig config;
        config.databasePath = db;
        config.profilePath =
            profileWithCentral(QFileInfo(db).dir().dirName() + QStringLiteral(".json"), central);
        return config;
    }

    QString profileWithCentral(const QString& name, const QString& central)
    {
        const QString base = test::makeProfile(m_dir.path());
        QJsonObject profile = QJsonDocument::fromJson(test::readFile(base)).object();
        QJsonObject sections = profile.value(QStringLiteral("sections")).toObject();
        sections.insert(QStringLiteral("central"), QJsonObject{{QStringLiteral("connection"), central}});
        profile.insert(QStringLiteral("sections"), sections);
        const QString path = m_dir.filePath(name);
        return test::writeFile(path, QJsonDocument(profile).toJson()) ? path : QString();
    }

    QString stationDb(const QString& name)
    {
        QDir(m_dir.path()).mkpath(name);
        const QString path = test::makeStationDb(m_dir.filePath(name));
        return !path.isEmpty() && test::recordDevices(path, 3) ? path : QString();
    }

    static qint64 sqliteCount(const QString& db, const QString& query)
    {
        return test::runTool(QStringLiteral("sqlite3"), {db, query}).out.trimmed().toLongLong();
    }

    // Waits (processing events: the window's timer polls the relay) until the status bar shows `what`.
    static bool waitForStatus(const MainWindow& w, const QString& what, int timeoutMs = 60000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!w.syncStatus()->text().contains(what) && timer.elapsed() < timeoutMs)
            QTest::qWait(100);
        return w.syncStatus()->text().contains(what);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings().remove(QStringLiteral("factory/central"));
    }

    void onlineTheRecordsArriveAndTheStatusBarSaysSo()
    {
        test::PostgresFixture pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        qputenv("PGPASSFILE", pg.passFile().toUtf8());
        {
            auto admin = sync::PgConnection::connect(pg.url());
            QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
            QVERIFY(sync::initCentralSchema(**admin));
        }
        QVERIFY(pg.addRole(QStringLiteral("relay"), QStringLiteral("tps_relay")));
        const QString db = stationDb(QStringLiteral("online"));
        QVERIFY(!db.isEmpty());
        const qint64 events = sqliteCount(db, QStringLiteral("SELECT count(*) FROM audit_events"));
        QVERIFY(events > 0);
        MainWindow w(configFor(db, pg.url(QStringLiteral("relay"))));
        QVERIFY2(w.storeOpen(), qPrintable(w.storeError()));
        QVERIFY2(waitForStatus(w, QStringLiteral("last sent")), qPrintable(w.syncStatus()->text()));
        QVERIFY2(waitForStatus(w, QStringLiteral(": 0 record")), qPrintable(w.syncStatus()->text()));
        QCOMPARE(sqliteCount(db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        const test::ToolRun central = pg.psql(QStringLiteral("SELECT count(*) FROM tps.audit_events"));
        QVERIFY2(central.ok(), central.err.constData());
        // Everything the station held when the window opened (the window may have added sign-in events).
        QVERIFY2(central.out.trimmed().toLongLong() >= events, central.out.constData());
        QCOMPARE(central.out.trimmed().toLongLong(),
                 sqliteCount(db, QStringLiteral("SELECT count(*) FROM audit_events")));
        // The four operators arrived (schema 13), without their password hashes.
        QCOMPARE(pg.psql(QStringLiteral(
                             "SELECT count(DISTINCT row_key) || '|' || count(*) FILTER (WHERE payload ? "
                             "'password_hash') FROM tps.records WHERE table_name = 'operators'"))
                     .out.trimmed(),
                 QByteArray("4|0"));
        QVERIFY(w.syncStatus()->toolTip().contains(QStringLiteral("relay@127.0.0.1:%1").arg(pg.port())));
    }

    void unreachableTheStationWorksAndTheStatusBarSaysWhy()
    {
        const QString db = stationDb(QStringLiteral("offline"));
        QVERIFY(!db.isEmpty());
        const qint64 queued = sqliteCount(db, QStringLiteral("SELECT count(*) FROM outbox"));
        QVERIFY(queued > 0);
        const StationConfig config = configFor(
            db, QStringLiteral("host=127.0.0.1 port=1 dbname=factory user=relay connect_timeout=2"));
        QElapsedTimer opened;
        opened.start();
        MainWindow w(config);
        QVERIFY2(w.storeOpen(), qPrintable(w.storeError()));
        QVERIFY2(opened.elapsed() < 2000, "the window waited for the factory database");
        QVERIFY2(waitForStatus(w, QStringLiteral("cannot be reached")), qPrintable(w.syncStatus()->text()));
        // Nothing left the outbox; the status bar counts what is in it.
        const qint64 still = sqliteCount(db, QStringLiteral("SELECT count(*) FROM outbox"));
        QVERIFY(still >= queued);
        QVERIFY2(waitForStatus(w, QStringLiteral(": %1 record").arg(still)),
                 qPrintable(w.syncStatus()->text()));
        QCOMPARE(
            sqliteCount(db, QStringLiteral("SELECT count(*) FROM sync_state WHERE key = 'last_error' AND "
                                           "value LIKE '%cannot be reached%'")),
            1);
    }

    void settingsRefuseAPasswordInTheConnectionString()
    {
        SettingsDialog dialog(QString(), 1);
        QLineEdit* central = dialog.field(QStringLiteral("factory.central"));
        QVERIFY(central);
        central->setText(QStringLiteral("host=db.factory dbname=factory user=relay password=hunter2"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.status().contains(QStringLiteral("holds a password")), qPrintable(dialog.status()));
        QVERIFY(!QSettings().contains(QStringLiteral("factory/central")));
        central->setText(QStringLiteral("host=db.factory dbname=factory user=relay sslmode=verify-full"));
        QVERIFY2(dialog.save(), qPrintable(dialog.status()));
        QCOMPARE(QSettings().value(QStringLiteral("factory/central")).toString(), central->text());
        QSettings().remove(QStringLiteral("factory/central"));
    }
};

STATION_TEST_MAIN(TestFactoryStatus)
#include "TestFactoryStatus.moc"
