// The station's main window: login, then the pages the signed-in role may reach (station, devices,
// rework, exports, audit, dashboard, settings). Auto-locks after inactivity; simulation is bannered.
#pragma once

#include "app/gui/StationConfig.h"
#include "core/timeline/ProductProfile.h"
#include "db/Operators.h"
#include "db/Permissions.h"
#include "db/StationStore.h"
#include "services/SessionService.h"
#include "services/StationSession.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QMap>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace tps::db {
class StationStore;
}

namespace tps::gui {

class FirstRunDialog;
class FleetModel;
class DbJobRunner;
class LoginDialog;
class StationScreen;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Station, Devices, Rework, Exports, Supply, Audit, Dashboard, Settings, Fleet };

    // The station session on its database, opened (schema migrations, the import of loose escrow files,
    // the integrity check) or why not.
    struct OpenedStore
    {
        std::unique_ptr<services::StationSession> session;
        QString error; // translated; empty when opened
    };
    // Opens the station session. Blocking: the application calls it off the GUI thread (StoreOpener).
    static OpenedStore openStore(const QString& path);

    // Builds the window on an already opened station database.
    MainWindow(const StationConfig& config, OpenedStore opened, QWidget* parent = nullptr);
    // Opens the database on the calling thread first (tests and tools; the application uses StoreOpener).
    explicit MainWindow(const StationConfig& config, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The actions of the permission table (db/Permissions.h) a page offers; a role reaches the page when the
    // table permits it any of them — the GUI keeps no role list of its own.
    static QList<db::Action> pageActions(Page page);
    static bool allowed(db::Role role, Page page);

    bool storeOpen() const { return m_session != nullptr; }
    QString storeError() const { return m_storeError; }
    FleetModel* fleetModel() const { return m_fleetModel; }
    LoginDialog* login() const { return m_login; }
    FirstRunDialog* firstRun() const { return m_firstRun; } // the first administrator's set-up
    StationScreen* station() const { return m_station; }
    bool fleetBusy() const { return m_fleetBusy; }
    bool loggedIn() const { return m_who.has_value(); }
    std::optional<db::OperatorInfo> who() const { return m_who; }
    // The pages the current operator can reach (empty when signed out).
    QList<Page> reachablePages() const;
    bool showPage(Page page); // false when the role may not reach it
    QWidget* page(Page page) const { return m_pages.value(page); }
    const timeline::ProductProfile& profile() const { return m_profile; }
    const QString& profileRefusal() const { return m_profileRefusal; }
    // The thread the latest sign-out's checkpoint was written on (a test hook: the worker, never the GUI's).
    QThread* sessionThread() const;
    // The factory database's state in the status bar (queued records, last success, last error); empty
    // when the station has none (Settings "Factory database", or the profile's "central" section).
    QLabel* syncStatus() const { return m_syncStatus; }
    static QString syncStatusText(const sync::RelayLoop::Status& status);

public slots:
    // Signs the operator out (audited, then a signed checkpoint on the worker: sessionEnded) and shows the
    // login.
    void lock(const QString& notice = {});
    void setLargeType(bool on);
    // Installs `language` and rebuilds the pages in it; refused (false, the reason in the status bar) while
    // a device is running. Remembered for the signed-in operator and the station (LanguageChooser).
    bool switchLanguage(const QString& language);
    // Simulation: the guided tour (WelcomeTour) and the kit's profile (SimulationInfoDialog), from Help.
    void showTour();
    void showSimulationInfo();

signals:
    void fleetReady();
    void signedIn();
    void retranslated(); // the pages were rebuilt in a new language
    // A sign-out or the window's close was audited and a checkpoint signed over it (ok false: the store
    // refused; the reason is in the status bar).
    void sessionEnded(bool ok);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    // The window closes once the signed-in operator's sign-out and a checkpoint are written (issue 18).
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void buildMenus();
    void populateTabs();
    void retranslate();
    void retranslateChrome();
    void onLogin(const db::OperatorInfo& who);
    void lockFor(services::SessionEnd why, const QString& notice);
    // Posts the end of the signed-in operator's session (services::endSession) to the worker; `then` runs
    // on the GUI thread when it is written.
    void endSession(services::SessionEnd why, std::function<void()> then = {});
    void loadProfile();
    void startRelay();
    void updateSyncStatus();
    void applyProfile();
    QString pageTitle(Page page) const;

    StationConfig m_config;
    std::unique_ptr<services::StationSession> m_session;
    QString m_storeError;
    timeline::ProductProfile m_profile;
    timeline::ProductProfile m_activeProfile; // what the sockets run with (the kit's in simulation)
    QString m_profileRefusal; // why the loaded profile was refused (services::checkProfile); empty: usable
    QJsonObject m_fleetSection;
    QList<QJsonObject> m_simDevices;
    bool m_largeType = false;
    bool m_retranslatePending = false;
    QString m_pagesLanguage; // the language the pages were built in
    std::optional<db::OperatorInfo> m_who;
    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_tabs = nullptr;
    LoginDialog* m_login = nullptr;
    FirstRunDialog* m_firstRun = nullptr;
    StationScreen* m_station = nullptr;
    FleetModel* m_fleetModel = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_syncStatus = nullptr;
    QTimer m_syncTimer;
    QMap<Page, QWidget*> m_pages;
    QTimer m_idle;
    DbJobRunner* m_sessionJobs = nullptr; // sign-outs and the shutdown checkpoint, off the GUI thread
    bool m_closing = false;               // the window waits for the shutdown checkpoint
    bool m_closeReady = false;            // ... which is written: close for real
    QThread m_fleetThread;
    bool m_fleetBusy = false;
};

} // namespace tps::gui
