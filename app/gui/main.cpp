#include "app/common/AppSetup.h"
#include "app/common/VersionInfo.h"
#include "app/gui/LanguageChooser.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SecretInput.h"
#include "app/gui/StartupOptions.h"
#include "app/gui/StoreOpener.h"

#include "core/sim/SimFleet.h"
#include "db/Checkpoints.h"
#include "db/StationKeyProtection.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {
// The station key's passphrase, typed by the admin, as SecureBytes (UTF-8) from the dialog's field on;
// the field is emptied before the dialog is destroyed (docs/ESCROW.md: what Qt's own buffers still hold).
tps::crypto::SecureBytes askKeyPassphrase()
{
    QInputDialog dialog;
    dialog.setWindowTitle(QApplication::translate("main", "TPM Provisioning Station"));
    dialog.setLabelText(QApplication::translate("main", "Admin passphrase of the station key:"));
    dialog.setTextEchoMode(QLineEdit::Password);
    QLineEdit* const field = dialog.findChild<QLineEdit*>();
    if (dialog.exec() != QDialog::Accepted || !field)
        return {};
    return tps::gui::takeSecret(field);
}
} // namespace

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
    tps::gui::applyRememberedLanguage(); // the station's last language choice, unless STATION_LANG says
    const tps::gui::StationConfig config = tps::gui::stationConfigFromArguments(QApplication::arguments());
    QDir().mkpath(QFileInfo(config.databasePath).absolutePath());

    // A station key protected by the admin (docs/AUDIT.md) is unlocked here, on the GUI thread, before the
    // store opens on its worker; the passphrase is kept for the session's later openings.
    if (tps::db::isStationKeyProtected(tps::db::keyPathFor(config.databasePath))) {
        auto secret = std::make_shared<const tps::crypto::SecureBytes>(askKeyPassphrase());
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
