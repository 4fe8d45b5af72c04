// A simulated device with the discrete-TPM timing model at the station screen (issue 20): the socket panel
// says the device's TPM timing is simulated, shows "the TPM is generating a key" while the SRK's RSA key is
// generated in step 3 instead of a frozen "working", and the device passes. Oracle: sqlite3 for the
// records — every step result says the timing was simulated (with the model), step 3 counted one RSA key
// generation and no other step any.
#include "GuiFixture.h"
#include "SocketPrompts.h"
#include "StationWindow.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "app/gui/FleetModel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SocketPanel.h"
#include "app/gui/StationScreen.h"
#include "core/sim/SimFleet.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tps;
using namespace tps::gui;

class TestDtpmStationScreen : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QByteArray sql(const QString& db, const QString& query) const
    {
        return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, query}).out.trimmed();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void dtpmDeviceAtTheStationScreen()
    {
        const QString db = test::makeStationDb(m_dir.path());
        QVERIFY(!db.isEmpty());
        const QString root = m_dir.filePath(QStringLiteral("fleet"));
        {
            sim::SimFleet fleet(root);
            QVERIFY(fleet.create(1).ok());
            auto timed = fleet.setTiming(QStringLiteral("dtpm"), 7);
            QVERIFY2(timed, timed ? "" : qPrintable(timed.error().message));
        }
        const QString profileFile = m_dir.filePath(QStringLiteral("profile.json"));
        const QString written = test::writeKitProfile(root, profileFile);
        QVERIFY2(written.isEmpty(), qPrintable(written));
        MainWindow w(test::simulatedStation(db, profileFile, root, 1, 1));
        const QString up = test::bringUp(w, QStringLiteral("op1"));
        QVERIFY2(up.isEmpty(), qPrintable(up));
        SocketPanel* panel = w.station()->panels().at(0);
        test::answerPrompts(panel);

        // What the panel shows while the device runs, sampled every 20 ms.
        QStringList prompts;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] {
            if (prompts.isEmpty() || prompts.last() != panel->promptText())
                prompts << panel->promptText();
        });
        sampler.start(20);
        const QString serial = w.fleetModel()->index(0, 0).data(Qt::UserRole).toString();
        QSignalSpy finished(w.station(), &StationScreen::deviceFinished);
        QVERIFY(w.station()->submit(serial));
        bool titled = false;
        for (QLabel* label : panel->findChildren<QLabel*>())
            titled =
                titled || label->text().contains(QStringLiteral("(SIMULATED, dtpm TPM timing simulated)"));
        QVERIFY(titled);
        QVERIFY(finished.wait(240000));
        sampler.stop();
        QVERIFY2(panel->result().contains(QStringLiteral("PASS")),
                 qPrintable(panel->result() + QStringLiteral(" | ") + panel->message()));
        QVERIFY2(prompts.filter(QStringLiteral("The TPM is generating a key")).size() >= 1,
                 qPrintable(prompts.join(QStringLiteral(" / "))));

        // The records: every step result of the run says its timing was simulated, with the model.
        QCOMPARE(sql(db, QStringLiteral(
                             "SELECT count(*) FROM step_results WHERE kind = 'run' AND outcome = 'pass'")),
                 QByteArray("5"));
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM measurements WHERE name = 'tpm.timing' AND "
                                        "value LIKE '%simulated: dtpm model%'")),
                 QByteArray("5"));
        QCOMPARE(sql(db, QStringLiteral(
                             "SELECT group_concat(k, ' ') FROM (SELECT r.step || '=' || "
                             "json_extract(m.value, '$[0]') AS k FROM measurements m JOIN step_results r "
                             "ON r.id = m.step_result_id WHERE m.name = 'tpm.keygen.rsa' ORDER BY r.step)")),
                 QByteArray("1=0 2=0 3=1 4=0 5=0"));
    }
};

STATION_TEST_MAIN(TestDtpmStationScreen)
#include "TestDtpmStationScreen.moc"
