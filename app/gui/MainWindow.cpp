#include "app/gui/MainWindow.h"

#include "services/Profiles.h"

#include "app/gui/AboutDialog.h"
#include "app/gui/AuditView.h"
#include "app/gui/DashboardView.h"
#include "app/gui/DbJobRunner.h"
#include "app/gui/DevicesView.h"
#include "app/gui/ExportsPage.h"
#include "app/gui/FirstRunDialog.h"
#include "app/gui/FleetModel.h"
#include "app/gui/FleetWorker.h"
#include "app/gui/LanguageChooser.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/ReworkDialog.h"
#include "app/gui/SettingsDialog.h"
#include "app/gui/SimulationInfoDialog.h"
#include "app/gui/StationModeChooser.h"
#include "app/gui/StationScreen.h"
#include "app/gui/TpmSupplyPage.h"
#include "app/gui/WelcomeTour.h"
#include "core/ownership/FileEscrowStore.h"
#include "services/SimulatedLine.h"

#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace tps::gui {

using db::Role;

MainWindow::OpenedStore MainWindow::openStore(const QString& path)
{
    OpenedStore opened;
    services::StationSession::Options options;
    // Escrow files the GUI wrote before its engines escrowed into the database: imported once (schema 10).
    options.looseEscrowDirectory = ownership::FileEscrowStore::defaultDirectory();
    auto session = services::StationSession::open(path, options);
    if (session)
        opened.session = std::move(*session);
    else
        opened.error = session.error().message;
    return opened;
}

MainWindow::MainWindow(const StationConfig& config, QWidget* parent)
    : MainWindow(config, openStore(config.databasePath), parent)
{}

MainWindow::MainWindow(const StationConfig& config, OpenedStore opened, QWidget* parent)
    : QMainWindow(parent), m_config(config)
{
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("simulationBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #FFD54F; color: black; font-weight: bold; "
                                           "font-size: 14pt; padding: 6px; }"));
    m_banner->setVisible(config.simulation());
    layout->addWidget(m_banner);
    m_stack = new QStackedWidget;
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    resize(1280, 860);
    retranslateChrome();

    if (!opened.session) {
        m_storeError = opened.error;
        auto* error = new QLabel(tr("The station database cannot be opened: %1").arg(m_storeError));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("QLabel { font-size: 18pt; color: #C62828; }"));
        m_stack->addWidget(error);
        return;
    }
    m_session = std::move(opened.session);
    m_sessionJobs = new DbJobRunner(m_session->databasePath(), db::OpenMode::ReadWrite, this);
    loadProfile();

    m_login = new LoginDialog(config.databasePath, config.simulation());
    m_login->setWindowFlags(Qt::Widget);
    connect(m_login->languageChooser(), &LanguageChooser::chosen, this, &MainWindow::switchLanguage);
    m_stack->addWidget(m_login);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);
    connect(m_login, &LoginDialog::loggedIn, this, &MainWindow::onLogin);
    // No operator yet: the first administrator is created here instead of signing in.
    m_firstRun = new FirstRunDialog(config.databasePath);
    m_stack->addWidget(m_firstRun);
    connect(m_firstRun->languageChooser(), &LanguageChooser::chosen, this, &MainWindow::switchLanguage);
    connect(m_firstRun, &FirstRunDialog::probed, this, [this](bool needed) {
        if (needed && !m_who)
            m_stack->setCurrentWidget(m_firstRun);
    });
    connect(m_firstRun, &FirstRunDialog::created, this, &MainWindow::onLogin); // probed by lock()
    buildPages();

    m_user = new QLabel;
    m_syncStatus = new QLabel;
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_user);
    startRelay();
    buildMenus();
    // Ctrl+1..9: jump to the n-th reachable page.
    for (int i = 0; i < 9; ++i) {
        auto* jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(jump, &QAction::triggered, this, [this, i] {
            if (m_tabs && i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
        addAction(jump);
    }

    m_idle.setSingleShot(true);
    m_idle.setInterval(config.inactivityLockMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_who)
            lockFor(services::SessionEnd::Inactivity,
                    tr("Locked after %n minute(s) without activity. Sign in again.", nullptr,
                       m_config.inactivityLockMs / 60000));
    });
    qApp->installEventFilter(this);
    lock();
    // A refused product profile stays in the status bar: it is why the station runs no device.
    statusBar()->showMessage(m_profileRefusal.isEmpty() ? config.startedAs : m_profileRefusal);

    if (config.simulation()) {
        m_fleetBusy = true;
        auto* worker = new FleetWorker(config.fleetRoot, config.simulateCount);
        worker->moveToThread(&m_fleetThread);
        connect(&m_fleetThread, &QThread::started, worker, &FleetWorker::bringUp);
        connect(&m_fleetThread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &FleetWorker::status, statusBar(),
                [this](const QString& s) { statusBar()->showMessage(s); });
        connect(worker, &FleetWorker::failed, this,
                [this](const QString& s) { statusBar()->showMessage(tr("Simulated fleet: %1").arg(s)); });
        connect(worker, &FleetWorker::devicesReady, m_fleetModel, &FleetModel::setDevices);
        connect(worker, &FleetWorker::devicesReady, this, [this](const QList<QJsonObject>& devices) {
            m_simDevices = devices;
            m_station->setSimulatedDevices(devices);
        });
        connect(worker, &FleetWorker::fleetInfo, this, [this](const QJsonObject& info) {
            m_fleetSection = info;
            applyProfile();
        });
        connect(worker, &FleetWorker::identified, m_fleetModel, &FleetModel::setIdentity);
        connect(worker, &FleetWorker::identifyFailed, m_fleetModel, &FleetModel::setError);
        connect(worker, &FleetWorker::finished, this, [this] {
            m_fleetBusy = false;
            emit fleetReady();
        });
        m_fleetThread.start();
    }
}

void MainWindow::buildMenus()
{
    auto* menu = menuBar()->addMenu(tr("S&tation"));
    QAction* lockAction = menu->addAction(tr("&Lock / sign out"), this, [this] { lock(); });
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* large = menu->addAction(tr("Large type / &high contrast"));
    large->setCheckable(true);
    large->setChecked(m_largeType);
    large->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(large, &QAction::toggled, this, &MainWindow::setLargeType);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* help = addHelpMenu(this);
    if (m_config.simulation()) {
        help->addSeparator();
        help->addAction(tr("Guided &tour of the simulation"), this, &MainWindow::showTour);
        help->addAction(tr("Simulation &kit: profile and what is simulated…"), this,
                        &MainWindow::showSimulationInfo);
    }
}

void MainWindow::showTour()
{
    QStringList serials;
    for (const QJsonObject& d : std::as_const(m_simDevices))
        serials << d.value(QStringLiteral("serial")).toString();
    auto* tour = new WelcomeTour(serials, this);
    tour->setAttribute(Qt::WA_DeleteOnClose);
    connect(tour, &WelcomeTour::simulationInfoRequested, this, &MainWindow::showSimulationInfo);
    tour->show();
}

void MainWindow::showSimulationInfo()
{
    auto* info =
        new SimulationInfoDialog(m_activeProfile, m_fleetSection.value(QStringLiteral("root")).toString(),
                                 int(m_simDevices.size()), this);
    info->setAttribute(Qt::WA_DeleteOnClose);
    info->show();
}

void MainWindow::retranslateChrome()
{
    setWindowTitle(m_config.simulation() ? tr("TPM Provisioning Station — SIMULATION")
                                         : tr("TPM Provisioning Station"));
    m_banner->setText(tr("SIMULATION — simulated TPMs, not production parts. Nothing made here may ship."));
    if (m_user)
        m_user->setText(m_who ? tr("Signed in: %1 (%2) — %3")
                                    .arg(m_who->fullName, m_who->operatorId, db::roleKey(m_who->role))
                              : tr("Signed out"));
}

bool MainWindow::switchLanguage(const QString& language)
{
    if (m_station && m_station->busy()) {
        statusBar()->showMessage(tr("The language cannot change while a device is running. Wait until "
                                    "every socket has finished, then choose it again."));
        return false;
    }
    i18n::switchTo(language); // every widget receives QEvent::LanguageChange
    rememberLanguage(i18n::current(), m_who ? m_who->operatorId : QString());
    return true;
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_session && !m_retranslatePending &&
        i18n::current() != m_pagesLanguage) {
        // The pages are rebuilt in the new language once the events of this switch are handled (once: Qt
        // may deliver the change more than once).
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    const Page shown = m_pages.key(m_tabs->currentWidget(), Page::Station);
    m_tabs->clear();
    for (QWidget* w : std::as_const(m_pages))
        delete w;
    m_pages.clear();
    m_station = nullptr;
    buildPages();
    qDeleteAll(menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly));
    menuBar()->clear();
    buildMenus();
    retranslateChrome();
    if (m_who) {
        populateTabs();
        showPage(shown);
    }
    emit retranslated();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    delete m_sessionJobs; // waits for a sign-out in progress: before the session it writes to
    m_sessionJobs = nullptr;
    m_fleetThread.quit();
    m_fleetThread.wait();
    // The socket panels (and their engines) go before the store they write to.
    delete m_stack;
    m_stack = nullptr;
}

QList<db::Action> MainWindow::pageActions(Page page)
{
    switch (page) {
    case Page::Station:
    case Page::Fleet:
        return {db::Action::RunLine};
    case Page::Devices:
    case Page::Audit:
    case Page::Dashboard:
        return {db::Action::ViewRecords};
    case Page::Rework:
        return {db::Action::OrderRework};
    case Page::Exports:
        return {db::Action::ExportDps, db::Action::ExportAudit, db::Action::ImportUploadResult};
    case Page::Supply:
        return {db::Action::ImportLot, db::Action::ImportTrustCa};
    case Page::Settings:
        return {db::Action::Settings};
    }
    return {};
}

bool MainWindow::allowed(Role role, Page page)
{
    const QList<db::Action> actions = pageActions(page);
    return std::any_of(actions.begin(), actions.end(), [role](db::Action a) { return db::permits(role, a); });
}

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Page::Station:
        return tr("Station");
    case Page::Devices:
        return tr("Devices");
    case Page::Rework:
        return tr("Rework / override");
    case Page::Exports:
        return tr("Exports");
    case Page::Supply:
        return tr("TPM supply");
    case Page::Audit:
        return tr("Audit trail");
    case Page::Dashboard:
        return tr("Dashboard");
    case Page::Settings:
        return tr("Settings");
    case Page::Fleet:
        return tr("Simulated fleet");
    }
    return {};
}

void MainWindow::buildPages()
{
    m_station = new StationScreen(*m_session, qBound(1, m_config.sockets, 8), m_config.simulation());
    m_station->setSimulatedDevices(m_simDevices);
    if (!m_config.simulation()) {
        QSettings settings;
        QStringList tctis;
        for (int s = 1; s <= m_config.sockets; ++s)
            tctis << settings.value(QStringLiteral("sockets/%1/tcti").arg(s)).toString();
        m_station->setSocketTctis(tctis);
    }
    if (m_who)
        m_station->setActor(m_who->actor());
    m_pages.insert(Page::Station, m_station);
    m_pagesLanguage = i18n::current();
    m_pages.insert(Page::Devices, new DevicesView(m_config.databasePath));
    m_pages.insert(Page::Rework, new ReworkDialog(*m_session, m_profile.id));
    // Exports: who exports and the product profile are taken when an export starts.
    m_pages.insert(Page::Exports, new ExportsPage(m_config.databasePath, [this] {
                       return ExportContext{m_who ? m_who->actor() : timeline::Actor{}, m_profile};
                   }));
    m_pages.insert(Page::Supply, new TpmSupplyPage(m_config.databasePath));
    m_pages.insert(Page::Audit, new AuditView(m_session->store()));
    m_pages.insert(Page::Dashboard,
                   new DashboardView(m_config.databasePath, [this] { return m_session->central(); }));
    auto* settings = new SettingsDialog(m_config.profilePath, m_config.sockets);
    settings->setWindowFlags(Qt::Widget);
    settings->addStationRow(tr("Station &mode at start:"), new StationModeChooser(m_config.startedAs));
    auto* language = new LanguageChooser(false);
    connect(language, &LanguageChooser::chosen, this, &MainWindow::switchLanguage);
    settings->addStationRow(tr("Lang&uage (yours and this station's):"), language);
    connect(settings, &SettingsDialog::saved, this, [this] {
        loadProfile();
        applyProfile();
    });
    m_pages.insert(Page::Settings, settings);
    if (!m_fleetModel)
        m_fleetModel = new FleetModel(this); // kept across rebuilds: it holds the fleet's identities
    auto* fleetView = new QTableView;
    fleetView->setModel(m_fleetModel);
    fleetView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fleetView->horizontalHeader()->setStretchLastSection(true);
    fleetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pages.insert(Page::Fleet, fleetView);
    for (QWidget* w : std::as_const(m_pages))
        w->setParent(m_tabs); // owned even while not in a tab
    for (QWidget* w : std::as_const(m_pages))
        w->hide();
    applyProfile();
}

void MainWindow::startRelay()
{
    // This station's setting first, then the product profile's "central" section.
    QString central = QSettings().value(QStringLiteral("factory/central")).toString().trimmed();
    if (central.isEmpty())
        central = services::centralConnection(m_profile);
    if (central.isEmpty())
        return;
    if (auto set = m_session->setCentral(central); !set) {
        m_syncStatus->setText(tr("Factory database: %1").arg(set.error().message));
        return;
    }
    // The relay's own thread opens its connections: nothing here waits for the network or the database.
    m_session->startRelay();
    connect(&m_syncTimer, &QTimer::timeout, this, &MainWindow::updateSyncStatus);
    m_syncTimer.start(1000);
    updateSyncStatus();
}

QString MainWindow::syncStatusText(const sync::RelayLoop::Status& status)
{
    const int queued = int(qMin<qint64>(status.queued, INT_MAX));
    if (!status.summary.lastError.isEmpty())
        return tr("Factory database: %n record(s) queued. Last error (%1): %2", nullptr, queued)
            .arg(status.lastErrorUtc, status.summary.lastError);
    if (status.summary.attempts == 0 || status.queued < 0)
        return tr("Factory database: connecting to %1…").arg(status.central);
    return tr("Factory database: %n record(s) queued, last sent %1", nullptr, queued)
        .arg(status.lastSuccessUtc);
}

void MainWindow::updateSyncStatus()
{
    const std::optional<sync::RelayLoop::Status> status = m_session->relayStatus();
    if (!status)
        return;
    m_syncStatus->setText(syncStatusText(*status));
    m_syncStatus->setToolTip(status->central);
}

void MainWindow::loadProfile()
{
    m_profile = {};
    m_profileRefusal.clear();
    if (m_config.profilePath.isEmpty())
        return;
    auto loaded = timeline::ProductProfile::load(m_config.profilePath);
    if (!loaded) {
        statusBar()->showMessage(loaded.error().message);
        return;
    }
    m_profile = *loaded;
    // A profile that breaks a rule never reaches a device: the station page stays unusable until it is fixed.
    if (auto checked = services::checkProfile(m_profile); !checked) {
        m_profileRefusal = tr("%1: %2 The station runs no device until the profile is corrected.")
                               .arg(m_config.profilePath, checked.error().message);
        statusBar()->showMessage(m_profileRefusal);
    }
}

void MainWindow::applyProfile()
{
    timeline::ProductProfile profile = m_profile;
    if (m_config.simulation() && !m_fleetSection.isEmpty() && m_config.profilePath.isEmpty()) {
        // No profile given: the simulation kit's (customer escrow certificate, signed demo firmware,
        // fleet CA), prepared once in the fleet root, exactly as `tpm-station-cli line` uses it.
        auto kit = services::simulationKitProfile(m_fleetSection.value(QStringLiteral("root")).toString());
        if (kit)
            profile = *kit;
        else
            statusBar()->showMessage(kit.error().message);
    }
    if (m_config.simulation() && !m_fleetSection.isEmpty()) {
        services::addFleetSection(profile, m_fleetSection);
        // Simulated EK certificates chain to the fleet's own CA: trusted for simulated devices only
        // (a production profile never applies simulation roots).
        QJsonObject ek = profile.section(QStringLiteral("ek"));
        if (!ek.contains(QStringLiteral("simulationRootsDir"))) {
            ek.insert(QStringLiteral("simulationRootsDir"),
                      m_fleetSection.value(QStringLiteral("root")).toString() + QStringLiteral("/ca"));
            profile.setSection(QStringLiteral("ek"), ek);
        }
    }
    m_activeProfile = profile;
    m_session->setProfile(profile);
    if (m_station) {
        m_station->setProfile(profile);
        // A refused profile never reaches a device: the station page stays unusable until it is fixed.
        m_station->setEnabled(m_profileRefusal.isEmpty());
        m_station->setToolTip(m_profileRefusal);
    }
}

QList<MainWindow::Page> MainWindow::reachablePages() const
{
    QList<Page> pages;
    if (!m_who)
        return pages;
    for (Page p : {Page::Station, Page::Devices, Page::Rework, Page::Exports, Page::Supply, Page::Audit,
                   Page::Dashboard, Page::Settings, Page::Fleet}) {
        if (p == Page::Fleet && !m_config.simulation())
            continue;
        if (allowed(m_who->role, p))
            pages.append(p);
    }
    return pages;
}

bool MainWindow::showPage(Page page)
{
    if (!reachablePages().contains(page))
        return false;
    m_tabs->setCurrentWidget(m_pages.value(page));
    return true;
}

void MainWindow::populateTabs()
{
    m_tabs->clear();
    for (QWidget* w : std::as_const(m_pages))
        w->hide();
    for (Page p : reachablePages())
        m_tabs->addTab(m_pages.value(p), pageTitle(p));
    if (auto* exports = qobject_cast<ExportsPage*>(m_pages.value(Page::Exports)))
        exports->setRole(m_who->role);
}

void MainWindow::onLogin(const db::OperatorInfo& who)
{
    m_who = who;
    m_session->setActor(who.actor()); // the escrow records of step 3 name who ran the device
    m_station->setActor(who.actor());
    // Their language, remembered at their last choice (refused quietly while a socket still runs).
    if (const QString language = rememberedLanguage(who.operatorId);
        !language.isEmpty() && language != i18n::current() && !m_station->busy())
        i18n::switchTo(language);
    populateTabs();
    retranslateChrome();
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_station);
    m_station->serialEntry()->setFocus();
    m_idle.start();
    if (m_config.simulation() && !WelcomeTour::seen(who.operatorId)) {
        WelcomeTour::markSeen(who.operatorId); // offered once; Help brings it back
        showTour();
    }
    emit signedIn();
}

void MainWindow::lock(const QString& notice)
{
    lockFor(services::SessionEnd::SignOut, notice);
}

void MainWindow::lockFor(services::SessionEnd why, const QString& notice)
{
    if (!m_login)
        return;
    if (m_who)
        endSession(why);
    m_who.reset();
    if (m_tabs)
        m_tabs->clear();
    for (QWidget* w : std::as_const(m_pages))
        w->hide();
    retranslateChrome();
    m_login->clear(notice);
    m_firstRun->probe(); // a station without operators returns to its set-up
    m_stack->setCurrentWidget(m_login);
    m_idle.stop();
}

void MainWindow::endSession(services::SessionEnd why, std::function<void()> then)
{
    std::optional<db::Actor> who;
    if (m_who)
        who = m_who->actor();
    const db::StationStore* store = &m_session->store(); // outlives the runner (destroyed first)
    m_sessionJobs->run(
        [store, who,
         why](WorkerConnection& connection) -> services::ServiceResult<std::optional<db::Checkpoint>> {
            auto database = connection.get();
            if (!database)
                return fail(services::ServiceError{services::ServiceErrc::Store, database.error().message});
            return services::endSession(**database, *store, who, why);
        },
        [this, then = std::move(then)](services::ServiceResult<std::optional<db::Checkpoint>> ended) {
            if (!ended)
                statusBar()->showMessage(
                    tr("The sign-out could not be recorded: %1").arg(ended.error().message));
            emit sessionEnded(bool(ended));
            if (then)
                then();
        });
}

QThread* MainWindow::sessionThread() const
{
    return m_sessionJobs ? m_sessionJobs->lastJobThread() : nullptr;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_session || m_closeReady) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore(); // closed again once the shutdown is recorded
    if (m_closing)
        return;
    m_closing = true;
    m_idle.stop();
    endSession(services::SessionEnd::Shutdown, [this] {
        m_closeReady = true;
        m_who.reset();
        close();
    });
}

void MainWindow::setLargeType(bool on)
{
    m_largeType = on;
    QFont font = QApplication::font();
    font.setPointSize(on ? 16 : 10);
    QApplication::setFont(font);
    if (on) {
        QPalette p;
        p.setColor(QPalette::Window, Qt::black);
        p.setColor(QPalette::WindowText, Qt::white);
        p.setColor(QPalette::Base, Qt::black);
        p.setColor(QPalette::Text, Qt::white);
        p.setColor(QPalette::Button, QColor(0x20, 0x20, 0x20));
        p.setColor(QPalette::ButtonText, Qt::yellow);
        p.setColor(QPalette::Highlight, Qt::yellow);
        p.setColor(QPalette::HighlightedText, Qt::black);
        QApplication::setPalette(p);
        // Widgets with their own style sheet (sizes, result colours) keep them; everything else is
        // white on black in large type.
        qApp->setStyleSheet(
            QStringLiteral("QWidget { font-size: 16pt; color: white; background-color: black; }"
                           "QTabBar::tab:selected { color: black; background-color: yellow; }"
                           "QPushButton { color: yellow; border: 2px solid yellow; padding: 4px 10px; }"
                           "QPushButton:disabled { color: #808080; border-color: #808080; }"
                           "QLineEdit { border: 2px solid white; }"));
    } else {
        qApp->setStyleSheet(QString());
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_who)
            m_idle.start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace tps::gui
