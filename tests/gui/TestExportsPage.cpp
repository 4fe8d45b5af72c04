// The exports page, offscreen, over a real station database seeded with QA-passed devices: an operator
// cannot reach it; the DPS batch wizard summarises, exports on the worker thread (progress arrives as queued
// signals while the GUI thread keeps processing events) and its manifest verifies with `openssl cms
// -verify`; an unwritable output folder shows the error and records no batch; the upload result import
// shows the uploaded / failed counts and reasons; the audit export shows the chain verdict.
#include "ExportTestData.h"
#include "GuiFixture.h"
#include "SignIn.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "app/gui/AuditExportPanel.h"
#include "app/gui/DpsExportWizard.h"
#include "app/gui/ExportWorker.h"
#include "app/gui/ExportsPage.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/UploadImportPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace tps;
using namespace tps::gui;
using Page = MainWindow::Page;

namespace {

constexpr int kRealDevices = 24;
constexpr int kSimulatedDevices = 2;

QByteArray sql(const QString& db, const QString& query)
{
    return test::runTool(QStringLiteral("sqlite3"), {db, query}).out.trimmed();
}

} // namespace

class TestExportsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    ExportsPage* exportsOf(MainWindow& w)
    {
        if (!test::signIn(w, QStringLiteral("sup1")) || !w.showPage(Page::Exports))
            return nullptr;
        return qobject_cast<ExportsPage*>(w.page(Page::Exports));
    }

    // The listed files' SHA-256 against the manifest, and the signature with `openssl cms -verify`.
    static void verifyManifest(const QString& out)
    {
        const QJsonObject manifest =
            QJsonDocument::fromJson(test::readFile(out + QStringLiteral("/manifest.json"))).object();
        QVERIFY(!manifest.isEmpty());
        const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        QVERIFY(!files.isEmpty());
        for (const QJsonValue& v : files) {
            const QJsonObject f = v.toObject();
            const QByteArray bytes =
                test::readFile(out + QLatin1Char('/') + f.value(QStringLiteral("name")).toString());
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                     f.value(QStringLiteral("sha256")).toString());
        }
        const test::ToolRun verify =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                           QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                           out + QStringLiteral("/manifest.json.p7s"), QStringLiteral("-content"),
                           out + QStringLiteral("/manifest.json"), QStringLiteral("-CAfile"),
                           out + QStringLiteral("/signing-certificate.pem"), QStringLiteral("-purpose"),
                           QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY2(verify.ok(), verify.err.constData());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
        auto store = db::StationStore::open(m_db);
        QVERIFY(store);
        auto conn = (*store)->connect();
        QVERIFY(conn);
        for (int i = 0; i < kRealDevices + kSimulatedDevices; ++i) {
            test::DeviceSpec spec;
            spec.serial = QStringLiteral("GW-%1").arg(i, 4, 10, QLatin1Char('0'));
            spec.ek = test::makeRsaEk();
            QVERIFY(!spec.ek.isEmpty());
            spec.simulated = i >= kRealDevices;
            const QString error = test::addDevice(**conn, spec);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // A device that did not pass QA never goes into a batch.
        test::DeviceSpec unfinished;
        unfinished.serial = QStringLiteral("GW-STEP3");
        unfinished.ek = test::makeRsaEk();
        unfinished.passedSteps = 3;
        QVERIFY(test::addDevice(**conn, unfinished).isEmpty());
    }

    void operatorCannotReachExports()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        QVERIFY(w.storeOpen());
        QVERIFY(test::signIn(w, QStringLiteral("op1")));
        QVERIFY(!w.reachablePages().contains(Page::Exports));
        QVERIFY(!w.showPage(Page::Exports));
        auto* tabs = w.findChild<QTabWidget*>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY(tabs->widget(i) != w.page(Page::Exports));
        QVERIFY(!w.page(Page::Exports)->isVisible());
        w.lock();
        QVERIFY(test::signIn(w, QStringLiteral("sup1")));
        QVERIFY(w.showPage(Page::Exports));
        QVERIFY(qobject_cast<ExportsPage*>(w.page(Page::Exports)));
        QCOMPARE(tabs->currentWidget(), w.page(Page::Exports));
    }

    void unwritableOutputShowsErrorAndRecordsNothing()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        ExportsPage* page = exportsOf(w);
        QVERIFY(page);
        DpsExportWizard* wizard = page->dpsWizard();
        // Under a regular file: no folder can be made there (whoever runs the test).
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QVERIFY(test::writeFile(blocker, "x"));
        wizard->outDirEntry()->setText(blocker + QStringLiteral("/batch"));
        const QByteArray eventsBefore = sql(m_db, QStringLiteral("SELECT count(*) FROM audit_events"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(DpsExportWizard::SummaryPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->summaryReady(), 20000);
        QCOMPARE(wizard->selectedCount(), qint64(kRealDevices));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(DpsExportWizard::RunPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->finishedOnce(), 60000);
        QVERIFY(!wizard->outcome().ok);
        QVERIFY(!wizard->result()->text().isEmpty());
        QVERIFY2(wizard->result()->text().contains(blocker + QStringLiteral("/batch")),
                 qPrintable(wizard->result()->text()));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        // Nothing recorded: no batch, no member, no audit event (sqlite3 as the oracle).
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM batches")), QByteArray("0"));
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM batch_devices")), QByteArray("0"));
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM audit_events")), eventsBefore);
        QVERIFY(QFileInfo(blocker).isFile());
        // A non-empty folder is refused on the first page already.
        wizard->done(QDialog::Accepted);
        QCOMPARE(wizard->currentId(), int(DpsExportWizard::OptionsPageId));
        wizard->outDirEntry()->setText(m_dir.path());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(DpsExportWizard::OptionsPageId));
        QVERIFY(!wizard->optionsError()->text().isEmpty());
    }

    void wizardExportsSignedBatchOffTheGuiThread()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        w.show();
        ExportsPage* page = exportsOf(w);
        QVERIFY(page);
        DpsExportWizard* wizard = page->dpsWizard();
        QCOMPARE(wizard->currentId(), int(DpsExportWizard::OptionsPageId));
        const QString out = m_dir.filePath(QStringLiteral("batch-week47"));
        wizard->nameEntry()->setText(QStringLiteral("week 47, line 2"));
        wizard->outDirEntry()->setText(out);
        // The loud warning comes with "allow simulated".
        QVERIFY(!wizard->simulatedWarning()->isVisible());
        wizard->allowSimulated()->setChecked(true);
        QVERIFY(wizard->simulatedWarning()->isVisible());
        QVERIFY(wizard->simulatedWarning()->text().contains(QStringLiteral("SIMULATED")));
        wizard->allowSimulated()->setChecked(false);
        QVERIFY(!wizard->simulatedWarning()->isVisible());

        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->summaryReady(), 20000);
        QCOMPARE(wizard->batchSummary().error, QString());
        QCOMPARE(wizard->selectedCount(), qint64(kRealDevices));
        QCOMPARE(wizard->batchSummary().simulatedLeftOut, qint64(kSimulatedDevices));
        QVERIFY2(wizard->summary()->text().contains(QString::number(kRealDevices)),
                 qPrintable(wizard->summary()->text()));
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());

        // Progress arrives from the worker thread as queued signals. The GUI thread keeps processing events
        // meanwhile: at the first device written, the exporter is held (on its thread) until a GUI timer
        // tick has been seen — an export on the GUI thread could never see one.
        QSignalSpy progress(page->worker(), &ExportWorker::dpsProgress);
        std::atomic<int> offGuiThread{0};
        std::atomic<int> onGuiThread{0};
        std::atomic<int> ticksWhileRunning{0};
        std::atomic<bool> tickedMidExport{false};
        QThread* gui = QThread::currentThread();
        QThread* exportsThread = page->workerThread();
        const QMetaObject::Connection direct = connect(
            page->worker(), &ExportWorker::dpsProgress, this,
            [&](qint64 done, qint64) {
                if (QThread::currentThread() == gui)
                    ++onGuiThread;
                else if (QThread::currentThread() == exportsThread)
                    ++offGuiThread;
                if (done != 1)
                    return;
                const int before = ticksWhileRunning.load();
                QElapsedTimer waited;
                waited.start();
                while (ticksWhileRunning.load() == before && waited.elapsed() < 10000)
                    QThread::msleep(1);
                tickedMidExport = ticksWhileRunning.load() > before;
            },
            Qt::DirectConnection);
        QList<int> barValues;
        QTimer tick;
        tick.setInterval(1);
        connect(&tick, &QTimer::timeout, this, [&] {
            if (wizard->running()) {
                ++ticksWhileRunning;
                barValues.append(wizard->progress()->value());
            }
        });
        tick.start();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(DpsExportWizard::RunPageId));
        QVERIFY(wizard->running());                                   // started, not finished in next()
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled()); // no finishing while it runs
        QTRY_VERIFY_WITH_TIMEOUT(wizard->finishedOnce(), 60000);
        tick.stop();
        QVERIFY2(wizard->outcome().ok, qPrintable(wizard->outcome().error));
        disconnect(direct);
        qInfo("DPS export of %d devices: %lld progress signals, %d GUI timer ticks while it ran",
              kRealDevices, qint64(progress.count()), ticksWhileRunning.load());
        QVERIFY(tickedMidExport.load());
        QVERIFY(progress.count() >= 2);
        QCOMPARE(onGuiThread.load(), 0);
        QCOMPARE(offGuiThread.load(), progress.count());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(kRealDevices));
        QCOMPARE(wizard->progress()->value(), kRealDevices);
        QCOMPARE(wizard->progress()->maximum(), kRealDevices);
        for (int i = 1; i < barValues.size(); ++i)
            QVERIFY(barValues.at(i) >= barValues.at(i - 1));

        // The result: batch UUID, counts, output folder, manifest signature.
        const auto& r = wizard->outcome().result;
        QCOMPARE(r.devices, qint64(kRealDevices));
        QCOMPARE(r.operations, 3);
        QVERIFY(!r.simulated);
        const QString text = wizard->result()->text();
        QVERIFY2(text.contains(r.uuid), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("week 47, line 2")));
        QVERIFY(text.contains(QDir::toNativeSeparators(QDir(out).absolutePath())));
        QVERIFY(text.contains(QStringLiteral("manifest.json.p7s")));
        QVERIFY(text.contains(QString::number(kRealDevices)));
        verifyManifest(out);

        // The database agrees (sqlite3): one batch made by the signed-in supervisor, 24 real devices.
        QCOMPARE(sql(m_db, QStringLiteral("SELECT uuid || '|' || creator_id || '|' || devices FROM batches")),
                 QStringLiteral("%1|sup1|%2").arg(r.uuid).arg(kRealDevices).toUtf8());
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM batch_devices")),
                 QByteArray::number(kRealDevices));
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM batch_devices b JOIN devices d ON d.id = "
                                          "b.device_id WHERE d.simulated = 1 OR d.serial = 'GW-STEP3'")),
                 QByteArray("0"));

        // Starting over: those devices are in a batch now, so nothing is left without re-export.
        wizard->done(QDialog::Accepted);
        QCOMPARE(wizard->currentId(), int(DpsExportWizard::OptionsPageId));
        QCOMPARE(wizard->outDirEntry()->text(), out); // kept
        wizard->outDirEntry()->setText(m_dir.filePath(QStringLiteral("batch-again")));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->summaryReady(), 20000);
        QCOMPARE(wizard->selectedCount(), qint64(0));
        QCOMPARE(wizard->batchSummary().alreadyInBatch, qint64(kRealDevices));
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    }

    void uploadResultImportShowsCountsAndReasons()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        ExportsPage* page = exportsOf(w);
        QVERIFY(page);
        const QString out = m_dir.filePath(QStringLiteral("batch-week47"));
        const QJsonObject bulk =
            QJsonDocument::fromJson(test::readFile(out + QStringLiteral("/bulk-0001.json"))).object();
        const QJsonArray enrollments = bulk.value(QStringLiteral("enrollments")).toArray();
        QCOMPARE(enrollments.size(), 10);
        const QString rejected =
            enrollments.at(3).toObject().value(QStringLiteral("registrationId")).toString();
        // A result is bound to its batch by the manifest.json beside it (docs/FORMATS.md): it is kept in the
        // batch's export directory; the same file elsewhere is refused below.
        const QString resultFile = out + QStringLiteral("/bulk-0001-result.json");
        QVERIFY(test::writeFile(
            resultFile,
            QJsonDocument(QJsonObject{{QStringLiteral("isSuccessful"), false},
                                      {QStringLiteral("errors"),
                                       QJsonArray{QJsonObject{{QStringLiteral("registrationId"), rejected},
                                                              {QStringLiteral("errorCode"), 400004},
                                                              {QStringLiteral("errorStatus"),
                                                               QStringLiteral("Invalid endorsement key")}}}}})
                .toJson()));
        UploadImportPanel* panel = page->uploadPanel();
        // A missing file is refused before anything runs.
        panel->file()->setText(m_dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!panel->start());
        QVERIFY(!panel->summary()->text().isEmpty());

        const QString stray = m_dir.filePath(QStringLiteral("bulk-0001-result.json"));
        QFile::remove(stray);
        QVERIFY(QFile::copy(resultFile, stray));
        panel->file()->setText(stray);
        QVERIFY(panel->start());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->running(), 30000);
        QVERIFY(!panel->outcome().ok);
        QVERIFY2(panel->outcome().error.contains(QStringLiteral("manifest.json")), qPrintable(panel->outcome().error));

        panel->file()->setText(resultFile);
        QVERIFY(panel->start());
        QVERIFY(panel->running());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->running(), 30000);
        QVERIFY2(panel->outcome().ok, qPrintable(panel->outcome().error));
        QCOMPARE(panel->outcome().result.uploaded, 9);
        QCOMPARE(panel->outcome().result.failed, 1);
        QVERIFY2(panel->summary()->text().contains(QStringLiteral("9 uploaded, 1 failed")),
                 qPrintable(panel->summary()->text()));
        QCOMPARE(panel->failures()->count(), 1);
        QVERIFY(panel->failures()->item(0)->text().contains(rejected));
        QVERIFY(panel->failures()->item(0)->text().contains(QStringLiteral("Invalid endorsement key")));
        QCOMPARE(sql(m_db, QStringLiteral("SELECT status, count(*) FROM batch_devices WHERE operation = 1 "
                                          "GROUP BY status ORDER BY status")),
                 QByteArray("failed|1\nuploaded|9"));
    }

    void qualityExportsTheAuditOnly()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        QVERIFY(test::signIn(w, QStringLiteral("qa1")));
        QVERIFY(w.showPage(Page::Exports));
        auto* page = qobject_cast<ExportsPage*>(w.page(Page::Exports));
        QVERIFY(page);
        QTabWidget* tabs = page->tabs();
        QVERIFY(!tabs->isTabEnabled(tabs->indexOf(page->dpsWizard())));
        QVERIFY(!tabs->isTabEnabled(tabs->indexOf(page->uploadPanel())));
        QVERIFY(tabs->isTabEnabled(tabs->indexOf(page->auditPanel())));
        QCOMPARE(tabs->currentWidget(), page->auditPanel());
        QVERIFY(!tabs->tabToolTip(tabs->indexOf(page->dpsWizard())).isEmpty());

        // Signed out and in again as a supervisor: every tab.
        w.lock(QString());
        QVERIFY(test::signIn(w, QStringLiteral("sup1")));
        for (QWidget* tab :
             {static_cast<QWidget*>(page->dpsWizard()), static_cast<QWidget*>(page->auditPanel()),
              static_cast<QWidget*>(page->uploadPanel())})
            QVERIFY(tabs->isTabEnabled(tabs->indexOf(tab)));
        // The supervisor starts on the DPS batch, not on the tab quality left open.
        QCOMPARE(tabs->currentWidget(), page->dpsWizard());
    }

    void auditExportShowsVerdict()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        ExportsPage* page = exportsOf(w);
        QVERIFY(page);
        AuditExportPanel* panel = page->auditPanel();
        // Without formats nothing starts.
        panel->csv()->setChecked(false);
        panel->json()->setChecked(false);
        panel->pdf()->setChecked(false);
        panel->outDir()->setText(m_dir.filePath(QStringLiteral("audit-none")));
        QVERIFY(!panel->start());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("audit-none"))));

        const QString out = m_dir.filePath(QStringLiteral("audit-all"));
        panel->csv()->setChecked(true);
        panel->json()->setChecked(true);
        panel->pdf()->setChecked(true);
        panel->outDir()->setText(out);
        // What the panel says at each stage the worker reports (the panel's slot runs first).
        QStringList shown;
        QSignalSpy stages(page->worker(), &ExportWorker::auditProgress);
        connect(page->worker(), &ExportWorker::auditProgress, this,
                [&shown, panel] { shown << panel->verdict()->text(); });
        QVERIFY(panel->start());
        QCOMPARE(panel->progress()->maximum(), 0); // busy while it runs
        QTRY_VERIFY_WITH_TIMEOUT(!panel->running(), 60000);
        QVERIFY(stages.size() >= 3);
        QCOMPARE(stages.first().at(0).toInt(), int(db::exports::AuditExportStage::Verifying));
        QCOMPARE(stages.last().at(0).toInt(), int(db::exports::AuditExportStage::Report));
        QCOMPARE(stages.last().at(1).toLongLong(), panel->outcome().result.events);
        QVERIFY2(shown.contains(QStringLiteral("Verifying the audit chain…")),
                 qPrintable(shown.join(QLatin1Char('|'))));
        QCOMPARE(shown.last(),
                 QStringLiteral("Writing the verification, the report and the signed manifest…"));
        QVERIFY2(panel->outcome().ok, qPrintable(panel->outcome().error));
        QVERIFY(panel->outcome().result.intact);
        QVERIFY(panel->outcome().result.events > 0);
        QVERIFY2(panel->verdict()->text().startsWith(QStringLiteral("Chain intact")),
                 qPrintable(panel->verdict()->text()));
        QVERIFY(panel->outcome().result.files.contains(QStringLiteral("audit-report.pdf")));
        QVERIFY(panel->outcome().result.files.contains(QStringLiteral("audit-events.csv")));
        QVERIFY(panel->result()->text().contains(QString::number(panel->outcome().result.events)));
        verifyManifest(out);
        // The export is itself audited, by the signed-in supervisor.
        QVERIFY(sql(m_db, QStringLiteral("SELECT count(*) FROM audit_events WHERE actor_id = 'sup1' AND "
                                         "action = 'export'"))
                    .toInt() >= 2);
    }
};

STATION_TEST_MAIN(TestExportsPage)
#include "TestExportsPage.moc"
