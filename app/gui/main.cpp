#include "app/common/AppSetup.h"
#include "app/common/VersionInfo.h"
#include "app/gui/MainWindow.h"
#include "app/gui/StoreOpener.h"

#include "core/sim/SimFleet.h"
#include "db/Checkpoints.h"
#include "db/StationKeyProtection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTextStream>
#include <QTimer>

#include <memory>

int main(int argc, char* argv[])
{
    if (tps::app::asksForVersion(argc, argv)) { // answered without a display
        QCoreApplication app(argc, argv);
        tps::app::setupApplication(app);
        QTextStream(stdout) << tps::app::versionText(QStringLiteral("tpm-station"));
        return 0;
    }
    QApplication app(argc, argv);
    tps::app::setupApplication(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "TPM Provisioning Station"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QApplication::translate("main", "Station database."),
                                   QStringLiteral("PATH"), tps::app::defaultDatabasePath());
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QApplication::translate("main", "Product profile (JSON file)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption rootOpt(QStringLiteral("root"),
                                     QApplication::translate("main", "Simulated fleet root."),
                                     QStringLiteral("DIR"), tps::sim::SimFleet::defaultRoot());
    const QCommandLineOption countOpt(
        QStringLiteral("simulate"),
        QApplication::translate("main", "Simulation: run over N simulated devices (0: production)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption socketsOpt(QStringLiteral("sockets"),
                                        QApplication::translate("main", "Parallel test sockets (1-8)."),
                                        QStringLiteral("K"), QStringLiteral("1"));
    parser.addOptions({dbOpt, profileOpt, rootOpt, countOpt, socketsOpt});
    parser.process(app);

    tps::gui::StationConfig config;
    config.databasePath = parser.value(dbOpt);
    QDir().mkpath(QFileInfo(config.databasePath).absolutePath());
    config.profilePath = parser.value(profileOpt);
    config.fleetRoot = parser.value(rootOpt);
    config.simulateCount = qBound(0, parser.value(countOpt).toInt(), 100);
    config.sockets = qBound(1, parser.value(socketsOpt).toInt(), 8);

    // A station key protected by the admin (docs/AUDIT.md) is unlocked here, on the GUI thread, before the
    // store opens on its worker; the passphrase is kept for the session's later openings.
    if (tps::db::isStationKeyProtected(tps::db::keyPathFor(config.databasePath))) {
        const QByteArray typed =
            QInputDialog::getText(nullptr, QApplication::translate("main", "TPM Provisioning Station"),
                                  QApplication::translate("main", "Admin passphrase of the station key:"),
                                  QLineEdit::Password)
                .toUtf8();
        auto secret = std::make_shared<tps::crypto::SecureBytes>(
            reinterpret_cast<const unsigned char*>(typed.constData()), std::size_t(typed.size()));
        tps::db::setKeyPassphraseSource([secret](const QString&) -> std::optional<tps::crypto::SecureBytes> {
            return secret->empty() ? std::nullopt : std::optional(secret->clone());
        });
    }
    // The database opens on a worker (migrations, integrity check); the window follows when it is open.
    QLabel opening(QApplication::translate("main", "Opening the station database…"));
    opening.setAlignment(Qt::AlignCenter);
    opening.setMinimumSize(480, 160);
    opening.setWindowTitle(QApplication::translate("main", "TPM Provisioning Station"));
    opening.show();
    std::unique_ptr<tps::gui::MainWindow> window;
    tps::gui::StoreOpener opener;
    QObject::connect(&opener, &tps::gui::StoreOpener::opened, &app, [&] {
        window = std::make_unique<tps::gui::MainWindow>(config, opener.take());
        window->show();
        opening.close();
    });
    opener.open(config.databasePath);
    const int rc = app.exec();
    window.reset();
    return rc;
}
