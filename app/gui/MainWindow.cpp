#include "app/gui/MainWindow.h"

#include "services/Profiles.h"

#include "app/gui/AuditView.h"
#include "app/gui/DashboardView.h"
#include "app/gui/DevicesView.h"
#include "app/gui/ExportsPage.h"
#include "app/gui/FleetModel.h"
#include "app/gui/FleetWorker.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/ReworkDialog.h"
#include "app/gui/SettingsDialog.h"
#include "app/gui/StationScreen.h"
#include "core/ownership/FileEscrowStore.h"
#include "services/SimulatedLine.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tps::gui {

using db::Role;

MainWindow::OpenedStore MainWindow::openStore(const QString& path)
{
    OpenedStore opened;
    services::StationSession::Options options;
    // Escrow files the GUI wrote before its engines escrowed into the database: imported once (schema 7).
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
    setWindowTitle(config.simulation() ? tr("TPM Provisioning Station — SIMULATION")
                                       : tr("TPM Provisioning Station"));
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("simulationBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setText(tr("SIMULATION — simulated TPMs, not production parts. Nothing made here may ship."));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #FFD54F; color: black; font-weight: bold; "
                                           "font-size: 14pt; padding: 6px; }"));
    m_banner->setVisible(config.simulation());
    layout->addWidget(m_banner);
    m_stack = new QStackedWidget;
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    resize(1280, 860);

    if (!opened.session) {
        m_storeError = opened.error;
        auto* error = new QLabel(tr("The station database cannot be opened: %1").arg(m_storeError));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("QLabel { font-size: 18pt; color: #C62828; }"));
        m_stack->addWidget(error);
        return;
    }
    m_session = std::move(opened.session);
    loadProfile();

    m_login = new LoginDialog(config.databasePath, config.simulation());
    m_login->setWindowFlags(Qt::Widget);
    m_stack->addWidget(m_login);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);
    connect(m_login, &LoginDialog::loggedIn, this, &MainWindow::onLogin);
    buildPages();

    buildMenu();

    m_idle.setSingleShot(true);
    m_idle.setInterval(config.inactivityLockMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_who)
            lock(tr("Locked after %n minute(s) without activity. Sign in again.", nullptr,
                    m_config.inactivityLockMs / 60000));
    });
    qApp->installEventFilter(this);
    lock();

    if (config.simulation())
        startFleet();
    else
        readSocketTctis();
}

void MainWindow::buildMenu()
{
    m_user = new QLabel;
    statusBar()->addPermanentWidget(m_user);
    auto* menu = menuBar()->addMenu(tr("S&tation"));
    QAction* lockAction = menu->addAction(tr("&Lock / sign out"), this, [this] { lock(); });
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* large = menu->addAction(tr("Large type / &high contrast"));
    large->setCheckable(true);
    large->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(large, &QAction::toggled, this, &MainWindow::setLargeType);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    // Ctrl+1..8: jump to the n-th reachable page.
    for (int i = 0; i < 8; ++i) {
        auto* jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(jump, &QAction::triggered, this, [this, i] {
            if (m_tabs && i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
        addAction(jump);
    }
}

// Simulation: the fleet comes up on its own thread; its devices, identities and CA reach the pages.
void MainWindow::startFleet()
{
    m_fleetBusy = true;
    auto* worker = new FleetWorker(m_config.fleetRoot, m_config.simulateCount);
    worker->moveToThread(&m_fleetThread);
    connect(&m_fleetThread, &QThread::started, worker, &FleetWorker::bringUp);
    connect(&m_fleetThread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &FleetWorker::status, statusBar(),
            [this](const QString& s) { statusBar()->showMessage(s); });
    connect(worker, &FleetWorker::failed, this,
            [this](const QString& s) { statusBar()->showMessage(tr("Simulated fleet: %1").arg(s)); });
    connect(worker, &FleetWorker::devicesReady, m_fleetModel, &FleetModel::setDevices);
    connect(worker, &FleetWorker::devicesReady, m_station, &StationScreen::setSimulatedDevices);
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

// Production: each socket's TPM connection from the station settings.
void MainWindow::readSocketTctis()
{
    QSettings settings;
    QStringList tctis;
    for (int s = 1; s <= m_config.sockets; ++s)
        tctis << settings.value(QStringLiteral("sockets/%1/tcti").arg(s)).toString();
    m_station->setSocketTctis(tctis);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    m_fleetThread.quit();
    m_fleetThread.wait();
    // The socket panels (and their engines) go before the store they write to.
    delete m_stack;
    m_stack = nullptr;
}

bool MainWindow::allowed(Role role, Page page)
{
    switch (page) {
    case Page::Station:
    case Page::Devices:
    case Page::Audit:
    case Page::Dashboard:
    case Page::Fleet:
        return true;
    case Page::Rework:
        return role == Role::Supervisor || role == Role::Admin;
    case Page::Exports:
        return role == Role::Supervisor || role == Role::Quality || role == Role::Admin;
    case Page::Settings:
        return role == Role::Admin;
    }
    return false;
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
    m_pages.insert(Page::Station, m_station);
    m_pages.insert(Page::Devices, new DevicesView(m_config.databasePath));
    m_pages.insert(Page::Rework, new ReworkDialog(*m_session, m_profile.id));
    // Exports: who exports and the product profile are taken when an export starts.
    m_pages.insert(Page::Exports, new ExportsPage(m_config.databasePath, [this] {
                       return ExportContext{m_who ? m_who->actor() : timeline::Actor{}, m_profile};
                   }));
    m_pages.insert(Page::Audit, new AuditView(m_session->store()));
    m_pages.insert(Page::Dashboard, new DashboardView(m_config.databasePath));
    auto* settings = new SettingsDialog(m_config.profilePath, m_config.sockets);
    settings->setWindowFlags(Qt::Widget);
    connect(settings, &SettingsDialog::saved, this, [this] {
        loadProfile();
        applyProfile();
    });
    m_pages.insert(Page::Settings, settings);
    m_fleetModel = new FleetModel(this);
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
    for (Page p : {Page::Station, Page::Devices, Page::Rework, Page::Exports, Page::Audit, Page::Dashboard,
                   Page::Settings, Page::Fleet}) {
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

void MainWindow::onLogin(const db::OperatorInfo& who)
{
    m_who = who;
    m_session->setActor(who.actor()); // the escrow records of step 3 name who ran the device
    m_station->setActor(who.actor());
    m_tabs->clear();
    for (QWidget* w : std::as_const(m_pages))
        w->hide();
    for (Page p : reachablePages())
        m_tabs->addTab(m_pages.value(p), pageTitle(p));
    if (auto* exports = qobject_cast<ExportsPage*>(m_pages.value(Page::Exports)))
        exports->setRole(who.role);
    m_user->setText(tr("Signed in: %1 (%2) — %3").arg(who.fullName, who.operatorId, db::roleKey(who.role)));
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_station);
    m_station->serialEntry()->setFocus();
    m_idle.start();
    emit signedIn();
}

void MainWindow::lock(const QString& notice)
{
    if (!m_login)
        return;
    m_who.reset();
    if (m_tabs)
        m_tabs->clear();
    for (QWidget* w : std::as_const(m_pages))
        w->hide();
    if (m_user)
        m_user->setText(tr("Signed out"));
    m_login->clear(notice);
    m_stack->setCurrentWidget(m_login);
    m_idle.stop();
}

void MainWindow::setLargeType(bool on)
{
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
