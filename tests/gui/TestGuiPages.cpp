// The pages around the station screen, offscreen and without a TPM: roles decide what is reachable,
// login failures are refused and audited, the station locks itself, every model passes
// QAbstractItemModelTester, the devices model fetches and filters on its worker thread, audit verify
// gives its verdict, rework needs a supervisor's signature, the dashboard computes yield.
#include "GuiFixture.h"
#include "SignIn.h"
#include "TestMain.h"
#include "app/gui/AuditModel.h"
#include "app/gui/AuditView.h"
#include "app/gui/DashboardView.h"
#include "app/gui/DbJobRunner.h"
#include "app/gui/DeviceDetailDialog.h"
#include "app/gui/DevicesModel.h"
#include "app/gui/DevicesView.h"
#include "app/gui/FleetModel.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReworkDialog.h"
#include "app/gui/SettingsDialog.h"
#include "db/SqliteRunStore.h"
#include "db/SqliteSlotKeyStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tps;
using namespace tps::gui;
using Page = MainWindow::Page;

class TestGuiPages : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    // Signs the rework order and waits for the worker's answer.
    static bool signRework(ReworkDialog& dialog)
    {
        QSignalSpy checked(&dialog, &ReworkDialog::checked);
        if (!dialog.sign())
            return false;
        return checked.wait(20000) && checked.at(0).at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
        QVERIFY(test::recordDevices(m_db, 30));
    }

    void rolesDecideReachablePages()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        QVERIFY(w.storeOpen());
        QVERIFY(w.reachablePages().isEmpty());
        QVERIFY(!w.showPage(Page::Station));

        QVERIFY(test::signIn(w, QStringLiteral("op1")));
        const auto op = w.reachablePages();
        QVERIFY(op.contains(Page::Station));
        QVERIFY(op.contains(Page::Devices));
        QVERIFY(!op.contains(Page::Rework));
        QVERIFY(!op.contains(Page::Exports));
        QVERIFY(!op.contains(Page::Settings));
        QVERIFY(!op.contains(Page::Supply));
        QVERIFY(!w.showPage(Page::Rework));
        QVERIFY(!w.showPage(Page::Settings));
        QVERIFY(!w.showPage(Page::Exports));
        auto* tabs = w.findChild<QTabWidget*>();
        QCOMPARE(tabs->count(), op.size());
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY(tabs->widget(i) != w.page(Page::Settings) && tabs->widget(i) != w.page(Page::Rework));
        w.lock();
        QVERIFY(!w.loggedIn());
        QCOMPARE(tabs->count(), 0);

        QVERIFY(test::signIn(w, QStringLiteral("sup1")));
        QVERIFY(w.showPage(Page::Rework));
        QVERIFY(w.showPage(Page::Exports));
        QVERIFY(w.showPage(Page::Supply)); // incoming lots are the supervisor's
        QVERIFY(!w.showPage(Page::Settings));
        w.lock();
        QVERIFY(test::signIn(w, QStringLiteral("admin1")));
        QVERIFY(w.showPage(Page::Settings));
        QVERIFY(w.showPage(Page::Rework));
    }

    void failedLoginIsRefusedAndAudited()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        QVERIFY(!test::signIn(w, QStringLiteral("op1"), QStringLiteral("wrong-pin")));
        QVERIFY(!w.loggedIn());
        QVERIFY(!w.login()->error().isEmpty());
        QVERIFY(w.login()->passwordEntry()->text().isEmpty());
        auto store = db::StationStore::open(m_db);
        QVERIFY(store);
        db::AuditTrail trail((*store)->database());
        auto events = trail.events(1, 100000);
        QVERIFY(events);
        bool audited = false;
        for (const db::AuditEvent& e : *events)
            audited |= e.entry.action == QLatin1String("login-failed") &&
                       e.entry.object.contains(QStringLiteral("op1"));
        QVERIFY(audited);
        // The password never reaches the trail.
        for (const db::AuditEvent& e : *events)
            QVERIFY(!e.entry.newValue.contains(QStringLiteral("wrong-pin")) &&
                    !e.entry.reason.contains(QStringLiteral("wrong-pin")));
    }

    void locksAfterInactivity()
    {
        StationConfig config;
        config.databasePath = m_db;
        config.inactivityLockMs = 300;
        MainWindow w(config);
        QVERIFY(test::signIn(w, QStringLiteral("op1")));
        QVERIFY(w.loggedIn());
        QTRY_VERIFY_WITH_TIMEOUT(!w.loggedIn(), 5000);
        QVERIFY(w.login()->error().contains(QStringLiteral("Locked")));
    }

    void devicesModelFetchesAndFilters()
    {
        DevicesModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), 30);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, DevicesModel::Serial).data().toString(), QStringLiteral("SN-0000"));
        QCOMPARE(model.index(0, DevicesModel::State).data().toString(), QStringLiteral("failed"));
        QCOMPARE(model.index(1, DevicesModel::State).data().toString(), QStringLiteral("completed"));
        QCOMPARE(model.index(0, DevicesModel::Simulated).data().toString(), QStringLiteral("SIMULATED"));
        DeviceFilter failed;
        failed.state = QStringLiteral("failed");
        model.setFilter(failed);
        QTRY_COMPARE(model.rowCount(), 10);
        DeviceFilter serial;
        serial.serial = QStringLiteral("SN-001");
        model.setFilter(serial);
        QTRY_COMPARE(model.rowCount(), 10); // SN-0010 .. SN-0019
        DeviceFilter batch;
        batch.batch = QStringLiteral("other-product");
        model.setFilter(batch);
        QTest::qWait(200);
        QCOMPARE(model.rowCount(), 0);
        DeviceFilter dates;
        dates.from = QDate::currentDate().addDays(1);
        model.setFilter(dates);
        QTest::qWait(200);
        QCOMPARE(model.rowCount(), 0);
        dates.from = QDate::currentDate().addDays(-1);
        dates.to = QDate::currentDate().addDays(1);
        model.setFilter(dates);
        QTRY_COMPARE(model.rowCount(), 30);
    }

    void devicesViewAndDetail()
    {
        DevicesView view(m_db);
        view.show();
        QTRY_COMPARE(view.model()->rowCount(), 30);
        // SN-0000 keeps keys in Limpet slot 4: the TPM slots table shows the slot, never the key.
        const QByteArray key(32, '\x5a');
        {
            auto keys = db::SqliteSlotKeyStore::open(m_db);
            QVERIFY(keys);
            dps::SlotKeyRecord record;
            record.serial = view.model()->row(0).serial;
            record.product = QStringLiteral("widget");
            record.mode = QStringLiteral("iothub-symmetric-slot");
            record.slot = 4;
            record.hostName = QStringLiteral("widgets.azure-devices.net");
            record.deviceId = record.serial;
            auto id = (*keys)->saveSlotKeys(
                record,
                {crypto::SecureBytes(reinterpret_cast<const unsigned char*>(key.constData()), 32), {}});
            QVERIFY(id);
            QVERIFY((*keys)->setSlotKeyState(record.serial, *id, dps::SlotKeyState::Applied,
                                             QStringLiteral("test")));
        }
        // SN-0000: steps 1 and 2 passed, step 3 failed; its audit events listed.
        DeviceDetailDialog detail(m_db, view.model()->row(0).id);
        QSignalSpy loaded(&detail, &DeviceDetailDialog::loaded);
        QVERIFY(detail.loading());
        QVERIFY(loaded.wait(10000));
        QVERIFY2(detail.error().isEmpty(), qPrintable(detail.error()));
        QCOMPARE(detail.steps()->topLevelItemCount(), 3);
        QCOMPARE(detail.steps()->topLevelItem(2)->text(1), QStringLiteral("FAIL"));
        QVERIFY(detail.steps()->topLevelItem(2)->text(2).contains(QStringLiteral("No escrow certificate.")));
        QVERIFY(detail.events()->topLevelItemCount() >= 4);
        QCOMPARE(detail.tpmSlots()->topLevelItemCount(), 1);
        const QTreeWidgetItem* slotRow = detail.tpmSlots()->topLevelItem(0);
        QCOMPARE(slotRow->text(0), QStringLiteral("4"));
        QCOMPARE(slotRow->text(1), QStringLiteral("0x01400104"));
        QCOMPARE(slotRow->text(2), QStringLiteral("0x81000104"));
        QCOMPARE(slotRow->text(3), QStringLiteral("widgets.azure-devices.net"));
        QCOMPARE(slotRow->text(6), QStringLiteral("applied"));
        for (int c = 0; c < detail.tpmSlots()->columnCount(); ++c)
            QVERIFY(!slotRow->text(c).toLatin1().contains(key.toBase64()) &&
                    !slotRow->text(c).toLatin1().contains(key.toHex()));
    }

    void auditModelAndVerify()
    {
        auto store = db::StationStore::open(m_db);
        QVERIFY(store);
        AuditView view(**store);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        QTRY_VERIFY(view.model()->rowCount() > 30);
        QCOMPARE(view.model()->seqAt(0), qint64(1));
        QSignalSpy verified(&view, &AuditView::verified);
        view.verify();
        QVERIFY(verified.wait(30000));
        QCOMPARE(verified.at(0).at(0).toBool(), true);
        QVERIFY2(view.verdict().contains(QStringLiteral("INTACT")), qPrintable(view.verdict()));
        view.model()->setDeviceFilter(QStringLiteral("SN-0003"));
        QTRY_VERIFY(!view.model()->loading());
        while (view.model()->canFetchMore({})) {
            view.model()->fetchMore({});
            QTRY_VERIFY(!view.model()->loading());
        }
        QVERIFY(view.model()->rowCount() > 0);
        for (int r = 0; r < view.model()->rowCount(); ++r)
            QCOMPARE(view.model()->index(r, AuditModel::Device).data().toString(), QStringLiteral("SN-0003"));
    }

    void fleetModelPassesTester()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDevices({QJsonObject{{QStringLiteral("serial"), QStringLiteral("SIM-1")},
                                      {QStringLiteral("tcti"), QStringLiteral("swtpm:port=1")}}});
        model.setError(QStringLiteral("SIM-1"), QStringLiteral("gone"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("SIM-1"));
    }

    void reworkNeedsSupervisorSignature()
    {
        auto session = services::StationSession::open(m_db);
        QVERIFY(session);
        ReworkDialog dialog(**session, QStringLiteral("widget"));
        dialog.serial()->setText(QStringLiteral("SN-0000"));
        // No reason: refused before anyone signs.
        dialog.signerId()->setText(QStringLiteral("sup1"));
        dialog.password()->setText(test::kPassword);
        QVERIFY(!dialog.sign()); // refused at once
        QVERIFY(dialog.status().contains(QStringLiteral("reason")));
        // An operator cannot sign a rework.
        dialog.reason()->setPlainText(QStringLiteral("escrow certificate installed"));
        dialog.signerId()->setText(QStringLiteral("op1"));
        dialog.password()->setText(test::kPassword);
        QVERIFY(!signRework(dialog));
        QVERIFY2(dialog.status().contains(QStringLiteral("supervisor")), qPrintable(dialog.status()));
        // A wrong password is refused.
        dialog.signerId()->setText(QStringLiteral("sup1"));
        dialog.password()->setText(QStringLiteral("not-it"));
        QVERIFY(!signRework(dialog));
        QVERIFY(dialog.password()->text().isEmpty());
        // The supervisor signs.
        dialog.password()->setText(test::kPassword);
        QVERIFY2(signRework(dialog), qPrintable(dialog.status()));
        QVERIFY(dialog.status().contains(QStringLiteral("ordered")));
        auto sigs = (*session)->database().queryInt(
            "SELECT COUNT(*) FROM signatures WHERE signer_id = 'sup1' AND meaning = 'rework approved'");
        QVERIFY(sigs);
        QCOMPARE(*sigs, qint64(1));
        // After a TPM clear (a device owned under the earlier rule) the rework restarts at the ownership
        // step: the order of the completed SN-0001 records restart step 3.
        dialog.serial()->setText(QStringLiteral("SN-0001"));
        dialog.reason()->setPlainText(QStringLiteral("TPM cleared with the escrowed lockout authorization"));
        dialog.restartFrom()->setCurrentIndex(dialog.restartFrom()->findData(3));
        QCOMPARE(dialog.restartFrom()->currentIndex(), 1);
        dialog.password()->setText(test::kPassword);
        QVERIFY2(signRework(dialog), qPrintable(dialog.status()));
        auto restarts = (*session)->database().queryInt(
            "SELECT COUNT(*) FROM reworks r JOIN devices d ON d.id = r.device_id WHERE d.serial = 'SN-0001' "
            "AND r.restart_step = 3");
        QVERIFY(restarts);
        QCOMPARE(*restarts, qint64(1));
    }

    void dashboardComputesYield()
    {
        const DashboardData data = DashboardView::compute(m_db);
        QVERIFY(data.error.isEmpty());
        // 30 devices at steps 1-3; 10 failed step 3 first time; 20 reached steps 4 and 5.
        QCOMPARE(data.firstPass.value(1).first, 30);
        QCOMPARE(data.firstPass.value(1).second, 30);
        QCOMPARE(data.firstPass.value(3).first, 30);
        QCOMPARE(data.firstPass.value(3).second, 20);
        QCOMPARE(data.firstPass.value(5).first, 20);
        QCOMPARE(data.completed, 20);
        QCOMPARE(data.perHour.size(), 24);
        QVERIFY(!data.causes.isEmpty());
        QCOMPARE(data.causes.at(0).second, 10);
        QVERIFY(data.causes.at(0).first.contains(QStringLiteral("No escrow certificate.")));
        DashboardView view(m_db);
        QSignalSpy refreshed(&view, &DashboardView::refreshed);
        view.show();
        QVERIFY(refreshed.wait(10000));
        // Computed on the page's worker, not on the GUI thread; a second refresh reuses its connection.
        QVERIFY(view.jobs()->lastJobThread() != nullptr);
        QVERIFY(view.jobs()->lastJobThread() != QThread::currentThread());
        QCOMPARE(view.data().completed, 20);
        QCOMPARE(view.data().firstPass, data.firstPass);
        view.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(view.data().causes, data.causes);
    }

    void settingsPersistTheProfile()
    {
        const QString path = m_dir.filePath(QStringLiteral("settings-profile.json"));
        SettingsDialog dialog(path, 2);
        dialog.field(QStringLiteral("id"))->setText(QStringLiteral("bad id!"));
        QVERIFY(!dialog.save());
        QVERIFY(!QFile::exists(path));
        dialog.field(QStringLiteral("id"))->setText(QStringLiteral("widget"));
        dialog.field(QStringLiteral("ownership.escrowCertificate"))
            ->setText(QStringLiteral("/etc/owner.pem"));
        dialog.field(QStringLiteral("dps.idScope"))->setText(QStringLiteral("0ne00ABCDEF"));
        QVERIFY2(dialog.save(), qPrintable(dialog.status()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto profile =
            timeline::ProductProfile::fromJson(QJsonDocument::fromJson(f.readAll()).object());
        QCOMPARE(profile.id, QStringLiteral("widget"));
        QCOMPARE(profile.section(QStringLiteral("ownership"))
                     .value(QStringLiteral("escrowCertificate"))
                     .toString(),
                 QStringLiteral("/etc/owner.pem"));
        QCOMPARE(profile.section(QStringLiteral("dps")).value(QStringLiteral("idScope")).toString(),
                 QStringLiteral("0ne00ABCDEF"));
        QCOMPARE(profile.section(QStringLiteral("firmware"))
                     .value(QStringLiteral("dps"))
                     .toObject()
                     .value(QStringLiteral("idScope"))
                     .toString(),
                 QStringLiteral("0ne00ABCDEF"));
    }
};

STATION_TEST_MAIN(TestGuiPages)
#include "TestGuiPages.moc"
