#include "AppSetup.h"
#include "MainWindow.h"

#include "sim/SimFleet.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

int main(int argc, char* argv[])
{
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

    tps::gui::MainWindow window(config);
    window.show();
    return app.exec();
}
