#include "AppSetup.h"
#include "MainWindow.h"

#include "sim/SimFleet.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tps::app::setupApplication(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "TPM Provisioning Station"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOpt(QStringLiteral("root"),
                                     QApplication::translate("main", "Simulated fleet root."),
                                     QStringLiteral("DIR"), tps::sim::SimFleet::defaultRoot());
    const QCommandLineOption countOpt(QStringLiteral("simulate"),
                                      QApplication::translate("main", "Number of simulated devices."),
                                      QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({rootOpt, countOpt});
    parser.process(app);
    const int count = qMax(1, parser.value(countOpt).toInt());

    tps::gui::MainWindow window(parser.value(rootOpt), count);
    window.show();
    return app.exec();
}
