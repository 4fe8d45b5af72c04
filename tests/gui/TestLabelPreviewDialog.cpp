// "Label…" in the GUI, offscreen, over a real station database: the preview is read and rendered off the GUI
// thread, its QR code decodes with zbarimg (an independent decoder) to the registration ID step 2 recorded,
// Print sends exactly the ZPL label to the configured printer (a file, and a TCP port), an unknown device
// shows a clear error, and the devices view offers the action.
#include "ExportTestData.h"
#include "GuiFixture.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "app/gui/DevicesModel.h"
#include "app/gui/DevicesView.h"
#include "app/gui/LabelPreviewDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::gui;

class TestLabelPreviewDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_serial = QStringLiteral("LBL-0001");
    QString m_regId;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tps-test-label-preview"));
        QVERIFY(m_dir.isValid());
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
        auto store = db::StationStore::open(m_db);
        QVERIFY(store);
        auto conn = (*store)->connect();
        QVERIFY(conn);
        test::DeviceSpec spec;
        spec.serial = m_serial;
        spec.ek = test::makeRsaEk();
        QVERIFY(!spec.ek.isEmpty());
        m_regId = dps::registrationIdFromEk(spec.ek);
        QCOMPARE(m_regId.size(), 52);
        QVERIFY(test::addDevice(**conn, spec).isEmpty());
    }

    void cleanupTestCase() { QSettings().remove(QStringLiteral("labelPrinter")); }

    void previewDecodesToRegistrationId()
    {
        const QString zplFile = m_dir.filePath(QStringLiteral("printed.zpl"));
        LabelPreviewDialog dialog(m_db, m_serial, {}, nullptr, zplFile);
        QSignalSpy loaded(&dialog, &LabelPreviewDialog::loadFinished);
        // Nothing is read in the constructor: the result arrives through the event loop.
        QVERIFY(!dialog.loaded());
        QVERIFY(!dialog.printButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QVERIFY2(dialog.loaded(), qPrintable(dialog.status()->text()));
        QCOMPARE(loaded.first().at(0).toBool(), true);
        QCOMPARE(dialog.image().size(), QSize(600, 400));
        QCOMPARE(dialog.label().registrationId, m_regId);
        QVERIFY(dialog.status()->text().contains(m_regId));
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.printButton()->isEnabled());

        // Save PNG, then an independent decoder reads the QR code back.
        const QString png = m_dir.filePath(QStringLiteral("preview.png"));
        QCOMPARE(dialog.savePng(png), QString());
        const test::ToolRun decoded = test::runTool(
            QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), png});
        QVERIFY2(decoded.ok(), decoded.err.constData());
        QCOMPARE(decoded.out.trimmed(), m_regId.toUtf8());
        // The image on screen is the one saved.
        QCOMPARE(QImage(png).convertToFormat(QImage::Format_RGB32),
                 dialog.image().convertToFormat(QImage::Format_RGB32));
        // A folder that does not exist: a clear error, no crash.
        QVERIFY(!dialog.savePng(m_dir.filePath(QStringLiteral("no/such/dir/x.png"))).isEmpty());

        // Print: exactly the ZPL label reaches the printer file.
        QSignalSpy printed(&dialog, &LabelPreviewDialog::printFinished);
        dialog.print();
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 20000);
        QVERIFY2(printed.first().at(0).toBool(), qPrintable(dialog.status()->text()));
        QCOMPARE(test::readFile(zplFile), db::exports::zplLabel(dialog.label()));
        QVERIFY(test::readFile(zplFile).contains(m_regId.toUtf8()));
    }

    void printsToTheConfiguredTcpPrinter()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QSettings().setValue(QStringLiteral("labelPrinter/address"),
                             QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort()));
        LabelPreviewDialog dialog(m_db, m_serial);
        QCOMPARE(dialog.printerTarget(), QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.loaded(), 20000);
        QSignalSpy printed(&dialog, &LabelPreviewDialog::printFinished);
        dialog.print();
        // The GUI thread is free while the label is sent: it accepts the connection itself.
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 20000);
        QTcpSocket* socket = server.nextPendingConnection();
        const QByteArray zpl = db::exports::zplLabel(dialog.label());
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).size() >= zpl.size(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 20000);
        QVERIFY2(printed.first().at(0).toBool(), qPrintable(dialog.status()->text()));
        QCOMPARE(received, zpl);
        QSettings().remove(QStringLiteral("labelPrinter"));
    }

    void unknownDeviceAndNoPrinterAreExplained()
    {
        QSettings().remove(QStringLiteral("labelPrinter"));
        LabelPreviewDialog unknown(m_db, QStringLiteral("NO-SUCH-SERIAL"));
        QSignalSpy loaded(&unknown, &LabelPreviewDialog::loadFinished);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QVERIFY(!unknown.loaded());
        QVERIFY(!unknown.status()->text().isEmpty());
        QVERIFY(!unknown.saveButton()->isEnabled());
        QVERIFY(!unknown.printButton()->isEnabled());

        LabelPreviewDialog noPrinter(m_db, m_serial);
        QTRY_VERIFY_WITH_TIMEOUT(noPrinter.loaded(), 20000);
        QVERIFY(noPrinter.printerTarget().isEmpty());
        QVERIFY(!noPrinter.printButton()->isEnabled());
        QVERIFY(noPrinter.status()->text().contains(QStringLiteral("Settings")));
    }

    void devicesViewOffersTheLabelAction()
    {
        DevicesView view(m_db);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() >= 1, 20000);
        auto* action = view.table()->findChild<QAction*>(QStringLiteral("labelAction"));
        QVERIFY(action);
        QVERIFY(view.table()->actions().contains(action));
        QCOMPARE(view.table()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(view.model()->row(0).serial, m_serial);
    }
};

STATION_TEST_MAIN(TestLabelPreviewDialog)
#include "TestLabelPreviewDialog.moc"
