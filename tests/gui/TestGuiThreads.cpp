// No database call on the GUI thread: the login and rework signature checks (scrypt), the audit pages and
// verify, and the device detail all run on a DbJobRunner worker with its own connection, while the GUI
// thread keeps processing events; a scanner's double Enter starts one check, not two. The application opens
// the station database itself on a worker too (StoreOpener).
#include "EscrowSamples.h"
#include "GuiFixture.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "app/gui/AuditModel.h"
#include "app/gui/AuditView.h"
#include "app/gui/DbJobRunner.h"
#include "app/gui/DeviceDetailDialog.h"
#include "app/gui/DevicesModel.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReworkDialog.h"
#include "app/gui/StoreOpener.h"
#include "core/ownership/FileEscrowStore.h"
#include "db/Migrations.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <atomic>

using namespace tps;
using namespace tps::gui;

class TestGuiThreads : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    // Counts the audit events `action` of operator `id` (through its own connection).
    qint64 auditCount(const QString& action, const QString& id)
    {
        auto d = db::Database::open(m_db);
        if (!d)
            return -1;
        auto st = (*d)->prepare("SELECT COUNT(*) FROM audit_events WHERE action = ?1 AND object = ?2");
        if (!st || !st->bind(1, action).bind(2, QStringLiteral("operator:") + id).step().valueOr(false))
            return -1;
        return st->int64(0);
    }

    qint64 failedAttempts(const QString& id)
    {
        auto d = db::Database::open(m_db);
        if (!d)
            return -1;
        db::Operators ops(**d);
        auto who = ops.find(id);
        return who && *who ? (*who)->failedAttempts : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
        QVERIFY(test::recordDevices(m_db, 6));
    }

    void runnerDeliversOnTheGuiThreadInOrder()
    {
        DbJobRunner runner(m_db, db::OpenMode::ReadOnly);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        QList<int> order;
        QList<QThread*> ranOn;
        QList<QThread*> deliveredOn;
        for (int i = 0; i < 3; ++i)
            runner.run(
                [i, &ranOn](WorkerConnection& c) -> db::DbResult<qint64> {
                    ranOn.append(QThread::currentThread()); // jobs run one at a time
                    QThread::msleep(100);                   // a slow job
                    auto d = c.get();
                    if (!d)
                        return fail(d.error());
                    auto n = (*d)->queryInt("SELECT COUNT(*) FROM devices");
                    if (!n)
                        return fail(n.error());
                    return *n + i;
                },
                [&order, &deliveredOn](db::DbResult<qint64> n) {
                    order.append(n ? static_cast<int>(*n) : -1);
                    deliveredOn.append(QThread::currentThread());
                });
        QVERIFY(runner.busy());
        QSignalSpy idle(&runner, &DbJobRunner::idle);
        QVERIFY(idle.wait(10000));
        QCOMPARE(order, (QList<int>{6, 7, 8}));
        for (QThread* t : std::as_const(ranOn))
            QVERIFY(t != QThread::currentThread());
        for (QThread* t : std::as_const(deliveredOn))
            QCOMPARE(t, QThread::currentThread());
        // 300 ms of jobs: the GUI thread's 5 ms timer kept firing meanwhile.
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        QVERIFY(!runner.busy());
    }

    void runnerLatestRequestWins()
    {
        DbJobRunner runner(m_db, db::OpenMode::ReadOnly);
        std::atomic<int> ran{0};
        QList<int> delivered;
        for (int i = 0; i < 3; ++i)
            runner.runLatest(
                [i, &ran](WorkerConnection&) {
                    ++ran;
                    QThread::msleep(100);
                    return i;
                },
                [&delivered](int value) { delivered.append(value); });
        QSignalSpy idle(&runner, &DbJobRunner::idle);
        QVERIFY(idle.wait(10000));
        // Only the latest request's result arrives; the one superseded before it started never ran.
        QCOMPARE(delivered, QList<int>{2});
        QVERIFY2(ran.load() <= 2, qPrintable(QString::number(ran.load())));
        QVERIFY(!runner.busy());
    }

    void devicesPagerTakesTheLatestFilter()
    {
        DevicesModel model(m_db);
        model.setFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 6, 10000); // the first page, unfiltered
        DeviceFilter all;
        DeviceFilter one;
        one.serial = QStringLiteral("0003");
        model.setFilter(all); // superseded at once
        model.setFilter(one);
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 10000);
        QTest::qWait(100); // nothing of the superseded request arrives later
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.row(0).serial, QStringLiteral("SN-0003"));
        QVERIFY(model.jobs()->lastJobThread() != QThread::currentThread());
    }

    void runnerGoneDeliversNothing()
    {
        bool delivered = false;
        {
            DbJobRunner runner(m_db, db::OpenMode::ReadOnly);
            for (int i = 0; i < 3; ++i)
                runner.run(
                    [](WorkerConnection&) {
                        QThread::msleep(50);
                        return 1;
                    },
                    [&delivered](int) { delivered = true; });
            QThread::msleep(20); // the first job is running
        }
        QTest::qWait(200);
        QVERIFY(!delivered);
    }

    void loginChecksOnTheWorker()
    {
        LoginDialog dialog(m_db, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const qint64 loginsBefore = auditCount(QStringLiteral("login"), QStringLiteral("op1"));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
        QSignalSpy checked(&dialog, &LoginDialog::checked);
        QTest::keyClicks(dialog.idEntry(), QStringLiteral("op1"));
        QTest::keyClick(dialog.idEntry(), Qt::Key_Return);
        QVERIFY(dialog.passwordEntry()->hasFocus());
        QTest::keyClicks(dialog.passwordEntry(), test::kPassword);
        QTest::keyClick(dialog.passwordEntry(), Qt::Key_Return);
        // Busy at once, the password already gone from the screen.
        QVERIFY(dialog.checking());
        QVERIFY(!dialog.signInButton()->isEnabled());
        QCOMPARE(dialog.signInButton()->text(), QStringLiteral("Checking…"));
        QVERIFY(dialog.passwordEntry()->text().isEmpty());
        QCOMPARE(loggedIn.count(), 0);
        // The scanner's second Enter starts no second check.
        QTest::keyClick(dialog.passwordEntry(), Qt::Key_Return);
        QVERIFY(!dialog.attempt());
        const int ticksAtStart = ticks;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(checked.wait(20000));
        qInfo("login check: %lld ms on the worker, %d ticks of a 5 ms GUI timer meanwhile", clock.elapsed(),
              ticks - ticksAtStart);
        QCOMPARE(checked.at(0).at(0).toBool(), true);
        QCOMPARE(loggedIn.count(), 1);
        QCOMPARE(loggedIn.at(0).at(0).value<db::OperatorInfo>().operatorId, QStringLiteral("op1"));
        // scrypt ran on the worker while the GUI thread's timer kept firing.
        QVERIFY(dialog.jobs()->lastJobThread() != nullptr);
        QVERIFY(dialog.jobs()->lastJobThread() != QThread::currentThread());
        QVERIFY2(ticks - ticksAtStart >= 3, qPrintable(QString::number(ticks - ticksAtStart)));
        QVERIFY(dialog.signInButton()->isEnabled());
        QCOMPARE(dialog.signInButton()->text(), QStringLiteral("Sign i&n"));
        QTest::qWait(300);
        QCOMPARE(checked.count(), 1);
        QCOMPARE(auditCount(QStringLiteral("login"), QStringLiteral("op1")), loginsBefore + 1);
    }

    void failedLoginIsAuditedOnceForADoubleEnter()
    {
        LoginDialog dialog(m_db, false);
        QSignalSpy checked(&dialog, &LoginDialog::checked);
        const qint64 failedBefore = auditCount(QStringLiteral("login-failed"), QStringLiteral("qa1"));
        const qint64 attemptsBefore = failedAttempts(QStringLiteral("qa1"));
        QVERIFY(attemptsBefore >= 0);
        dialog.idEntry()->setText(QStringLiteral("qa1"));
        dialog.passwordEntry()->setText(QStringLiteral("wrong-pin"));
        QVERIFY(dialog.attempt());
        dialog.passwordEntry()->setText(QStringLiteral("wrong-pin")); // typed again while checking
        QVERIFY(!dialog.attempt());
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.at(0).at(0).toBool(), false);
        QVERIFY(!dialog.error().isEmpty());
        QVERIFY(!dialog.error().contains(QStringLiteral("wrong-pin")));
        QTest::qWait(300);
        QCOMPARE(checked.count(), 1);
        QCOMPARE(auditCount(QStringLiteral("login-failed"), QStringLiteral("qa1")), failedBefore + 1);
        QCOMPARE(failedAttempts(QStringLiteral("qa1")), attemptsBefore + 1);
        // The next attempt (right password) is checked again and resets the count.
        dialog.passwordEntry()->setText(test::kPassword);
        QVERIFY(dialog.attempt());
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.at(1).at(0).toBool(), true);
        QCOMPARE(failedAttempts(QStringLiteral("qa1")), qint64(0));
    }

    void clearDuringACheckSignsNobodyIn()
    {
        LoginDialog dialog(m_db, false);
        QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
        dialog.idEntry()->setText(QStringLiteral("op1"));
        dialog.passwordEntry()->setText(test::kPassword);
        QVERIFY(dialog.attempt());
        dialog.clear(QStringLiteral("Locked."));
        QVERIFY(!dialog.checking());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.jobs()->busy(), 20000);
        QCOMPARE(loggedIn.count(), 0);
        QCOMPARE(dialog.error(), QStringLiteral("Locked."));
    }

    void reworkSignatureIsCheckedOnTheWorker()
    {
        auto session = services::StationSession::open(m_db);
        QVERIFY(session);
        ReworkDialog dialog(**session, QStringLiteral("widget"));
        QSignalSpy checked(&dialog, &ReworkDialog::checked);
        QSignalSpy ordered(&dialog, &ReworkDialog::reworkOrdered);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        dialog.serial()->setText(QStringLiteral("SN-0003"));
        dialog.reason()->setPlainText(QStringLiteral("escrow certificate installed"));
        dialog.signerId()->setText(QStringLiteral("sup1"));
        dialog.password()->setText(test::kPassword);
        QVERIFY(dialog.sign());
        QVERIFY(dialog.checking());
        QVERIFY(!dialog.signButton()->isEnabled());
        QVERIFY(dialog.password()->text().isEmpty());
        dialog.password()->setText(test::kPassword);
        QVERIFY(!dialog.sign()); // a second Enter while checking
        QVERIFY(checked.wait(20000));
        QVERIFY2(checked.at(0).at(0).toBool(), qPrintable(dialog.status()));
        QCOMPARE(ordered.count(), 1);
        QVERIFY(dialog.jobs()->lastJobThread() != nullptr);
        QVERIFY(dialog.jobs()->lastJobThread() != QThread::currentThread());
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
        QVERIFY(dialog.signButton()->isEnabled());
        QTest::qWait(300);
        QCOMPARE(checked.count(), 1);
        auto sigs = (*session)->database().queryInt(
            "SELECT COUNT(*) FROM signatures WHERE signer_id = 'sup1' AND meaning = 'rework approved'");
        QVERIFY(sigs);
        QCOMPARE(*sigs, qint64(1));
    }

    void auditPagesAndVerifyOnTheWorker()
    {
        auto store = db::StationStore::open(m_db);
        QVERIFY(store);
        AuditView view(**store);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        QVERIFY(view.model()->loading()); // the first page is being read, not yet here
        QTRY_VERIFY(!view.model()->loading() && view.model()->rowCount() > 6);
        QVERIFY(view.model()->error().isEmpty());
        QCOMPARE(view.model()->seqAt(0), qint64(1));
        QVERIFY(view.model()->jobs()->lastJobThread() != nullptr);
        QVERIFY(view.model()->jobs()->lastJobThread() != QThread::currentThread());
        // A filter of an unknown device: an empty table, no error.
        view.model()->setDeviceFilter(QStringLiteral("NO-SUCH-DEVICE"));
        QTRY_VERIFY(!view.model()->loading());
        QCOMPARE(view.model()->rowCount(), 0);
        view.model()->setDeviceFilter({});
        QTRY_VERIFY(!view.model()->loading() && view.model()->rowCount() > 6);

        QSignalSpy verified(&view, &AuditView::verified);
        view.verify();
        // verify() returned at once: the verdict comes later, through the event loop.
        QVERIFY(view.verifying());
        QCOMPARE(verified.count(), 0);
        QVERIFY(view.verdict().contains(QStringLiteral("Verifying")));
        view.verify(); // a second click starts nothing
        QVERIFY(verified.wait(30000));
        QCOMPARE(verified.at(0).at(0).toBool(), true);
        QVERIFY2(view.verdict().contains(QStringLiteral("INTACT")), qPrintable(view.verdict()));
        QVERIFY(view.verifyJobs()->lastJobThread() != nullptr);
        QVERIFY(view.verifyJobs()->lastJobThread() != QThread::currentThread());
        QTest::qWait(200);
        QCOMPARE(verified.count(), 1);
        QVERIFY(!view.verifying());
    }

    void deviceDetailReadsOnTheWorker()
    {
        auto d = db::Database::open(m_db);
        QVERIFY(d);
        auto id = (*d)->queryInt("SELECT id FROM devices WHERE serial = 'SN-0001'");
        QVERIFY(id);
        DeviceDetailDialog detail(m_db, *id);
        QSignalSpy loaded(&detail, &DeviceDetailDialog::loaded);
        QVERIFY(detail.loading());
        QCOMPARE(detail.steps()->topLevelItemCount(), 0);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(detail.error().isEmpty(), qPrintable(detail.error()));
        QCOMPARE(detail.steps()->topLevelItemCount(), 5); // SN-0001 passed every step
        for (int i = 0; i < 5; ++i)
            QCOMPARE(detail.steps()->topLevelItem(i)->text(1), QStringLiteral("PASS"));
        QVERIFY(detail.events()->topLevelItemCount() >= 6);
        QVERIFY(detail.jobs()->lastJobThread() != QThread::currentThread());

        DeviceDetailDialog missing(m_db, 999999);
        QSignalSpy missingLoaded(&missing, &DeviceDetailDialog::loaded);
        QVERIFY(missingLoaded.wait(10000));
        QVERIFY(missing.error().contains(QStringLiteral("not in the database")));
        QCOMPARE(missing.steps()->topLevelItemCount(), 0);
    }

    void looseEscrowFilesMoveIntoTheDatabase()
    {
        // A station database of schema 6, and an escrow file the GUI of that time left in its data
        // directory: the GUI's session imports it once (schema 7) and removes it after the commit.
        const QString path = m_dir.filePath(QStringLiteral("schema6.db"));
        db::OpenOptions old;
        old.migrateTo = 6;
        QVERIFY(db::Database::open(path, old));
        ownership::FileEscrowStore files(ownership::FileEscrowStore::defaultDirectory());
        const QString serial = QStringLiteral("LOOSE-GUI-%1").arg(QDateTime::currentMSecsSinceEpoch());
        auto id = files.saveEscrow(test::sampleEscrowRecord(serial));
        QVERIFY(id);
        QVERIFY(QFile::exists(files.fileFor(serial)));

        MainWindow::OpenedStore opened = MainWindow::openStore(path);
        QVERIFY2(opened.session, qPrintable(opened.error));
        opened.session.reset();
        const auto sql = [&](const QString& query) {
            return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), path, query})
                .out.trimmed();
        };
        QCOMPARE(
            sql(QStringLiteral("SELECT device_serial || ' ' || state FROM escrow_records WHERE uuid = '%1'")
                    .arg(*id)),
            (serial + QStringLiteral(" pending")).toUtf8());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE object = 'escrow:%1'").arg(*id)),
                 QByteArray("1"));
        QCOMPARE(sql(QStringLiteral("PRAGMA user_version")), QByteArray::number(db::kSchemaVersion));
        QVERIFY(!QFile::exists(files.fileFor(serial)));
    }

    void stationDatabaseOpensOnAWorker()
    {
        StoreOpener opener;
        QSignalSpy opened(&opener, &StoreOpener::opened);
        opener.open(m_db);
        QVERIFY(opened.wait(20000));
        QVERIFY(opener.openedOn() != nullptr);
        QVERIFY(opener.openedOn() != QThread::currentThreadId());
        MainWindow::OpenedStore store = opener.take();
        QVERIFY2(store.session, qPrintable(store.error));
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config, std::move(store));
        QVERIFY(w.storeOpen());
        QVERIFY(w.login());

        // A file that is not a station database: the reason arrives the same way; the window shows it.
        const QString bogus = m_dir.filePath(QStringLiteral("not-a-database.db"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        opener.open(bogus);
        QVERIFY(opened.wait(20000));
        MainWindow::OpenedStore refused = opener.take();
        QVERIFY(!refused.session);
        QVERIFY(!refused.error.isEmpty());
        const QString reason = refused.error;
        config.databasePath = bogus;
        MainWindow broken(config, std::move(refused));
        QVERIFY(!broken.storeOpen());
        QCOMPARE(broken.storeError(), reason);
    }
};

STATION_TEST_MAIN(TestGuiThreads)
#include "TestGuiThreads.moc"
