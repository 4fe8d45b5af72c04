// The minimal station window shows the fleet and each device's TPM identity (offscreen).
#include "FleetModel.h"
#include "MainWindow.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsFleetIdentities()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(QStringLiteral("fleet")), 2);
        QAbstractItemModelTester tester(window.fleetModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(&window, &MainWindow::fleetReady);
        // The window keeps processing events while the worker thread manufactures and identifies.
        QVERIFY(window.isBusy());
        QVERIFY(ready.wait(90000));
        FleetModel* model = window.fleetModel();
        QCOMPARE(model->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QVERIFY(model->index(row, FleetModel::Serial)
                        .data()
                        .toString()
                        .contains(QStringLiteral("simulated")));
            QCOMPARE(model->index(row, FleetModel::State).data().toString(), QStringLiteral("TPM 2.0"));
            QVERIFY(model->index(row, FleetModel::Manufacturer)
                        .data()
                        .toString()
                        .contains(QStringLiteral("IBM")));
            QVERIFY(
                model->index(row, FleetModel::Tcti).data().toString().startsWith(QStringLiteral("swtpm:")));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
