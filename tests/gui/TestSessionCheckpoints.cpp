// Issue 18: a signed checkpoint at every sign-out and shutdown. An operator signs in, runs nothing and
// signs out (the menu's lock, the inactivity lock, closing the window): each time the trail ends with the
// "logout" event of who was signed in, a checkpoint covers it (sqlite3 as the oracle), and
// `tpm-station-cli audit verify --json` finds the chain intact up to that checkpoint. The checkpoint is
// written on the window's database worker, never on the GUI thread.
#include "GuiFixture.h"
#include "SignIn.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "app/gui/MainWindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::gui;

class TestSessionCheckpoints : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    QByteArray sql(const QString& query) const
    {
        return test::runTool(QStringLiteral("sqlite3"), {m_db, query}).out.trimmed();
    }

    // The last event is `who`'s logout for `why`, and the latest checkpoint covers exactly it; the CLI
    // verifies the chain up to there.
    void checkpointCoversLogout(const QString& who, const QString& why) const
    {
        const QByteArray last = sql(QStringLiteral(
            "SELECT seq || '|' || action || '|' || actor_id || '|' || new_value FROM audit_events "
            "ORDER BY seq DESC LIMIT 1"));
        const QList<QByteArray> fields = last.split('|');
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(1), QByteArray("logout"));
        QCOMPARE(QString::fromUtf8(fields.at(2)), who);
        QCOMPARE(QString::fromUtf8(fields.at(3)), why);
        QCOMPARE(sql(QStringLiteral("SELECT max(seq) FROM checkpoints")), fields.at(0));
        const test::ToolRun verify =
            test::runTool(test::cliPath(), {QStringLiteral("audit"), QStringLiteral("verify"),
                                            QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QVERIFY2(verify.ok(), verify.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(verify.out).object();
        QCOMPARE(report.value(QStringLiteral("intact")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("lastCheckpointSeq")).toInteger(), fields.at(0).toLongLong());
        QCOMPARE(report.value(QStringLiteral("events")).toInteger(), fields.at(0).toLongLong());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
    }

    void signOutWritesACheckpoint()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        QVERIFY(test::signIn(w, QStringLiteral("op1")));
        const QByteArray checkpointsBefore = sql(QStringLiteral("SELECT count(*) FROM checkpoints"));
        QSignalSpy ended(&w, &MainWindow::sessionEnded);
        w.lock();
        QVERIFY(!w.loggedIn());
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.at(0).at(0).toBool(), true);
        QVERIFY(w.sessionThread() != nullptr);
        QVERIFY(w.sessionThread() != QThread::currentThread());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM checkpoints")).toInt(),
                 checkpointsBefore.toInt() + 1);
        checkpointCoversLogout(QStringLiteral("op1"), QStringLiteral("sign-out"));

        // Locking a station nobody is signed in to audits nothing and signs nothing new.
        const QByteArray events = sql(QStringLiteral("SELECT count(*) FROM audit_events"));
        w.lock();
        QTest::qWait(200);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_events")), events);
    }

    void inactivityLockWritesACheckpoint()
    {
        StationConfig config;
        config.databasePath = m_db;
        config.inactivityLockMs = 300;
        MainWindow w(config);
        QSignalSpy ended(&w, &MainWindow::sessionEnded);
        QVERIFY(test::signIn(w, QStringLiteral("sup1")));
        QVERIFY(ended.wait(20000));
        QVERIFY(!w.loggedIn());
        checkpointCoversLogout(QStringLiteral("sup1"), QStringLiteral("inactivity"));
    }

    void closingTheWindowWritesACheckpoint()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(test::signIn(w, QStringLiteral("admin1")));
        QSignalSpy ended(&w, &MainWindow::sessionEnded);
        w.close(); // held open until the checkpoint is written, then closed
        QVERIFY(ended.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 5000);
        checkpointCoversLogout(QStringLiteral("admin1"), QStringLiteral("shutdown"));
    }
};

STATION_TEST_MAIN(TestSessionCheckpoints)
#include "TestSessionCheckpoints.moc"
