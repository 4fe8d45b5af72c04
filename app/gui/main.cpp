#include "app/common/AppSetup.h"
#include "app/gui/LanguageChooser.h"
#include "app/gui/MainWindow.h"
#include "app/gui/StartupOptions.h"
#include "app/gui/StoreOpener.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTimer>

#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tps::app::setupApplication(app);
    tps::gui::applyRememberedLanguage(); // the station's last language choice, unless STATION_LANG says
    const tps::gui::StationConfig config = tps::gui::stationConfigFromArguments(QApplication::arguments());
    QDir().mkpath(QFileInfo(config.databasePath).absolutePath());

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
