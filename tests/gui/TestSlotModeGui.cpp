// The GUI's line in a slot credential mode (issue 16): a product profile in `iothub-symmetric-slot` runs a
// simulated device through every step at the station screen, because the GUI builds its engine through the
// station session, which holds the slot key store (services/StationSession). Oracles: sqlite3 for the
// records, tpm2_nvread for what the device's TPM slot holds.
#include "EscrowTestKeys.h"
#include "GuiFixture.h"
#include "SocketPrompts.h"
#include "StationWindow.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "app/gui/FleetModel.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SocketPanel.h"
#include "app/gui/StationScreen.h"
#include "core/sim/SimFleet.h"
#include "core/sim/SimulationKit.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tps;
using namespace tps::gui;

namespace {
constexpr char kHub[] = "widgets.azure-devices.net";
}

class TestSlotModeGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    QByteArray sql(const QString& query) const
    {
        return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), m_db, query}).out.trimmed();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
    }

    void iotHubSlotRunsAtTheStationScreen()
    {
        // The simulation kit's profile with the slot credential mode, written as a customer would.
        const QString root = m_dir.filePath(QStringLiteral("fleet"));
        QVERIFY(sim::SimFleet(root).create(1).ok());
        auto kit = sim::SimulationKit::prepare(root);
        QVERIFY2(kit, kit ? "" : qPrintable(kit.error()));
        const test::OwnerKeys cloud = test::makeOwnerKeys(m_dir.path(), QStringLiteral("cloud-engineer"));
        QVERIFY(!cloud.cert.isEmpty());
        timeline::ProductProfile profile = kit->profile();
        profile.setSection(QStringLiteral("credentials"),
                           QJsonObject{{QStringLiteral("mode"), QStringLiteral("iothub-symmetric-slot")},
                                       {QStringLiteral("slot"), 2},
                                       {QStringLiteral("hubHostName"), QLatin1String(kHub)},
                                       {QStringLiteral("cloudCertificate"), cloud.cert}});
        const QString profileFile = m_dir.filePath(QStringLiteral("slot-profile.json"));
        QVERIFY(test::writeFile(profileFile, QJsonDocument(profile.toJson()).toJson()));

        MainWindow w(test::simulatedStation(m_db, profileFile, root, 1, 1));
        const QString up = test::bringUp(w, QStringLiteral("op1"));
        QVERIFY2(up.isEmpty(), qPrintable(up));
        SocketPanel* panel = w.station()->panels().at(0);
        test::answerPrompts(panel);
        const QString serial = w.fleetModel()->index(0, 0).data(Qt::UserRole).toString();
        QVERIFY(!serial.isEmpty());
        QSignalSpy finished(w.station(), &StationScreen::deviceFinished);
        QVERIFY(w.station()->submit(serial));
        QVERIFY(finished.wait(240000));
        QVERIFY2(panel->result().contains(QStringLiteral("PASS")),
                 qPrintable(panel->result() + QStringLiteral(" | ") + panel->message()));

        // The keys are recorded (encrypted), applied, and the QA check had the slot sign as the device will.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM slot_keys WHERE device_serial = '%1' AND "
                                    "state = 'applied' AND slot = 2")
                         .arg(serial)),
                 QByteArray("1"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM measurements WHERE name = "
                                    "'qa.slot_sas_signature_valid' AND verdict = 'pass'")),
                 QByteArray("1"));
        // What the device's software will read from slot 2: hostname/deviceId (tpm2-tools as the oracle).
        sim::SimFleet fleet(root);
        fleet.setStopOnDestruction(true);
        auto devices = fleet.devices();
        QVERIFY(devices.ok() && devices->size() == 1);
        const test::ToolRun uri =
            test::runTool(QStringLiteral("tpm2_nvread"), {QStringLiteral("0x01400102")}, devices->first().tcti());
        QVERIFY2(uri.ok(), uri.err.constData());
        QCOMPARE(uri.out, QByteArray(kHub) + '/' + serial.toUtf8());
    }
};

STATION_TEST_MAIN(TestSlotModeGui)
#include "TestSlotModeGui.moc"
