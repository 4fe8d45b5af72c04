// Renders every screen of the station in a real window (run under Xvfb by scripts/screenshots.sh) and saves
// PNGs for docs/OPERATOR_GUIDE.md: a simulated fleet walked through the line on two sockets, then each page.
// Usage: station-screenshots OUTPUT_DIR
#include "GuiFixture.h"
#include "TestSupport.h"
#include "Translations.h"
#include "app/gui/AuditExportPanel.h"
#include "app/gui/AuditView.h"
#include "app/gui/DeviceDetailDialog.h"
#include "app/gui/DevicesModel.h"
#include "app/gui/DevicesView.h"
#include "app/gui/DpsExportWizard.h"
#include "app/gui/ExportsPage.h"
#include "app/gui/FirstRunDialog.h"
#include "app/gui/FleetModel.h"
#include "app/gui/LabelPreviewDialog.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReworkDialog.h"
#include "app/gui/SimulationInfoDialog.h"
#include "app/gui/SocketPanel.h"
#include "app/gui/StationScreen.h"
#include "app/gui/StepTimelineWidget.h"
#include "app/gui/UploadImportPanel.h"
#include "app/gui/WelcomeTour.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace tps;
using namespace tps::gui;

namespace {

QString g_out;

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(2);
    }
    return true;
}

void shoot(QWidget* w, const QString& name, int settleMs = 400)
{
    QTest::qWait(settleMs);
    const QString file = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(file))
        std::fprintf(stderr, "cannot save %s\n", qPrintable(file));
    else
        std::printf("%s\n", qPrintable(file));
}

void signIn(MainWindow& w, const QString& id)
{
    w.login()->idEntry()->setText(id);
    w.login()->passwordEntry()->setText(test::kPassword);
    w.login()->attempt(); // checked on the login's worker
    waitFor([&] { return !w.login()->checking(); }, 20000);
}

void autoAnswer(SocketPanel* panel, bool declineRetry)
{
    QObject::connect(panel, &SocketPanel::promptShown, panel, [panel, declineRetry](int, const QString& m) {
        const bool retry = m.contains(QStringLiteral("Try again"));
        QTimer::singleShot(1500, panel, [panel, retry, declineRetry] {
            auto* b = panel->findChild<QPushButton*>(retry && declineRetry ? QStringLiteral("decline")
                                                                           : QStringLiteral("confirm"));
            if (b && b->isVisible())
                b->click();
        });
    });
}

// The first hour on a fresh station (docs/OPERATOR_GUIDE.md, "First run"): the first administrator's
// set-up over an empty database, the guided tour, the simulation kit.
bool shootFirstRun(const QString& dir)
{
    StationConfig config;
    config.databasePath = QDir(dir).filePath(QStringLiteral("first-run.db"));
    config.fleetRoot = QDir(dir).filePath(QStringLiteral("fleet-first"));
    config.simulateCount = 3;
    config.sockets = 2;
    MainWindow w(config);
    w.resize(1280, 860);
    w.show();
    if (!waitFor([&] { return !w.fleetBusy() && w.firstRun()->isVisible(); }, 120000))
        return false;
    w.firstRun()->idEntry()->setText(QStringLiteral("ada"));
    w.firstRun()->nameEntry()->setText(QStringLiteral("Ada Lovelace"));
    w.firstRun()->passwordEntry()->setText(test::kPassword);
    w.firstRun()->confirmEntry()->setText(test::kPassword);
    shoot(&w, QStringLiteral("first-run"));
    w.firstRun()->submit();
    if (!waitFor([&] { return w.loggedIn(); }, 20000))
        return false;
    if (!w.findChild<WelcomeTour*>())
        w.showTour(); // seen already in this settings directory: from Help, as an operator would
    auto* tour = w.findChild<WelcomeTour*>();
    tour->adjustSize();
    shoot(tour, QStringLiteral("welcome-tour"));
    tour->close();
    w.showSimulationInfo();
    auto* info = w.findChild<SimulationInfoDialog*>();
    info->adjustSize();
    shoot(info, QStringLiteral("simulation-kit"));
    info->close();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    tps::i18n::install(app, qEnvironmentVariable("STATION_LANG")); // what the station shows (plural forms)
    if (argc < 2) {
        std::fprintf(stderr, "usage: station-screenshots OUTPUT_DIR\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_out);
    QTemporaryDir dir;
    const QString db = test::makeStationDb(dir.path());
    const QString profile = test::makeProfile(dir.path());
    const QString failing = test::makeProfile(dir.path(), false);
    if (db.isEmpty() || profile.isEmpty() || failing.isEmpty()) {
        std::fprintf(stderr, "set-up failed\n");
        return 1;
    }

    if (!shootFirstRun(dir.path()))
        return 1;
    if (qEnvironmentVariableIsSet("STATION_SCREENSHOTS_FIRST_RUN_ONLY"))
        return 0;
    {
        // A failing device first (no escrow certificate in the profile).
        StationConfig config;
        config.databasePath = db;
        config.profilePath = failing;
        config.fleetRoot = dir.filePath(QStringLiteral("fleet-fail"));
        config.simulateCount = 1;
        MainWindow w(config);
        w.resize(1280, 860);
        w.show();
        if (!waitFor([&] { return !w.fleetBusy(); }, 120000))
            return 1;
        signIn(w, QStringLiteral("op1"));
        SocketPanel* panel = w.station()->panels().at(0);
        autoAnswer(panel, true);
        // Capture the "try again?" prompt before it is answered.
        QObject::connect(panel, &SocketPanel::promptShown, &w,
                         [&w] { shoot(&w, QStringLiteral("station-prompt")); });
        w.station()->submit(w.fleetModel()->index(0, 0).data(Qt::UserRole).toString());
        waitFor([&] { return !panel->busy(); }, 120000);
        shoot(&w, QStringLiteral("station-fail"));
    }

    StationConfig config;
    config.databasePath = db;
    config.profilePath = profile;
    config.fleetRoot = dir.filePath(QStringLiteral("fleet"));
    config.simulateCount = 2;
    config.sockets = 2;
    MainWindow w(config);
    w.resize(1280, 860);
    w.show();
    if (!waitFor([&] { return !w.fleetBusy(); }, 120000))
        return 1;
    w.login()->idEntry()->setText(QStringLiteral("op1"));
    shoot(&w, QStringLiteral("login"));
    signIn(w, QStringLiteral("op1"));
    for (SocketPanel* p : w.station()->panels())
        autoAnswer(p, false);
    w.station()->submit(w.fleetModel()->index(0, 0).data(Qt::UserRole).toString());
    w.station()->submit(w.fleetModel()->index(1, 0).data(Qt::UserRole).toString());
    waitFor(
        [&] {
            return w.station()->panels().at(0)->timelineWidget()->state(timeline::StepId::OwnershipTaken) ==
                   StepTimelineWidget::State::Running;
        },
        60000);
    shoot(&w, QStringLiteral("station-running"), 0);
    waitFor([&] { return !w.station()->busy(); }, 180000);
    shoot(&w, QStringLiteral("station-pass"));
    w.lock();

    signIn(w, QStringLiteral("sup1"));
    w.showPage(MainWindow::Page::Devices);
    auto* devices = qobject_cast<DevicesView*>(w.page(MainWindow::Page::Devices));
    waitFor([&] { return devices->model()->rowCount() >= 3; }, 10000);
    shoot(&w, QStringLiteral("devices"));
    {
        DeviceDetailDialog detail(db, devices->model()->row(1).id, &w);
        detail.show();
        waitFor([&] { return !detail.loading(); }, 10000);
        shoot(&detail, QStringLiteral("device-detail"));
    }
    w.showPage(MainWindow::Page::Rework);
    auto* rework = qobject_cast<ReworkDialog*>(w.page(MainWindow::Page::Rework));
    rework->serial()->setText(devices->model()->row(0).serial);
    rework->reason()->setPlainText(QStringLiteral("Escrow certificate added to the product profile."));
    rework->signerId()->setText(QStringLiteral("sup1"));
    rework->password()->setText(test::kPassword);
    rework->sign();
    waitFor([&] { return !rework->checking(); }, 20000);
    shoot(&w, QStringLiteral("rework"));
    w.showPage(MainWindow::Page::Exports);
    {
        // The DPS batch wizard over the simulated devices that passed: options (with the simulated warning),
        // summary, result; then the audit export and its verdict.
        auto* exports = qobject_cast<ExportsPage*>(w.page(MainWindow::Page::Exports));
        DpsExportWizard* wizard = exports->dpsWizard();
        wizard->nameEntry()->setText(QStringLiteral("line-2-week-47"));
        wizard->outDirEntry()->setText(dir.filePath(QStringLiteral("dps-batch")));
        wizard->allowSimulated()->setChecked(true);
        shoot(&w, QStringLiteral("exports"));
        wizard->next();
        waitFor([&] { return wizard->summaryReady(); }, 20000);
        shoot(&w, QStringLiteral("exports-summary"));
        wizard->next();
        waitFor([&] { return wizard->finishedOnce(); }, 60000);
        shoot(&w, QStringLiteral("exports-result"));
        exports->tabs()->setCurrentWidget(exports->auditPanel());
        exports->auditPanel()->outDir()->setText(dir.filePath(QStringLiteral("audit-export")));
        exports->auditPanel()->start();
        waitFor([&] { return !exports->auditPanel()->running(); }, 60000);
        shoot(&w, QStringLiteral("exports-audit"));
        // The DPS answer to bulk-0001: its first enrollment refused.
        const QJsonObject bulk =
            QJsonDocument::fromJson(test::readFile(dir.filePath(QStringLiteral("dps-batch/bulk-0001.json"))))
                .object();
        const QString refused = bulk.value(QStringLiteral("enrollments"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("registrationId"))
                                    .toString();
        const QString result = dir.filePath(QStringLiteral("bulk-0001-result.json"));
        test::writeFile(
            result, QJsonDocument(
                        QJsonObject{{QStringLiteral("isSuccessful"), false},
                                    {QStringLiteral("errors"),
                                     QJsonArray{QJsonObject{{QStringLiteral("registrationId"), refused},
                                                            {QStringLiteral("errorCode"), 409201},
                                                            {QStringLiteral("errorStatus"),
                                                             QStringLiteral("Enrollment already exists")}}}}})
                        .toJson());
        exports->tabs()->setCurrentWidget(exports->uploadPanel());
        exports->uploadPanel()->file()->setText(result);
        exports->uploadPanel()->start();
        waitFor([&] { return !exports->uploadPanel()->running(); }, 60000);
        shoot(&w, QStringLiteral("exports-upload"));
        exports->tabs()->setCurrentIndex(0);
    }
    {
        LabelPreviewDialog label(db, devices->model()->row(0).serial, {}, &w,
                                 QStringLiteral("tcp://label-printer.line2:9100"));
        label.show();
        waitFor([&] { return !label.loading(); }, 20000);
        shoot(&label, QStringLiteral("label-preview"));
    }
    w.showPage(MainWindow::Page::Audit);
    auto* audit = qobject_cast<AuditView*>(w.page(MainWindow::Page::Audit));
    audit->verify();
    waitFor([&] { return !audit->verifying(); }, 30000);
    shoot(&w, QStringLiteral("audit"));
    w.showPage(MainWindow::Page::Dashboard);
    QTest::qWait(1500);
    shoot(&w, QStringLiteral("dashboard"));
    w.lock();
    signIn(w, QStringLiteral("admin1"));
    w.showPage(MainWindow::Page::Settings);
    shoot(&w, QStringLiteral("settings"));
    w.showPage(MainWindow::Page::Station);
    w.setLargeType(true);
    shoot(&w, QStringLiteral("station-large-type"));
    w.setLargeType(false);
    return 0;
}
