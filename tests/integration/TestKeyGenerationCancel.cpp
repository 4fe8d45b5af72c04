// A discrete TPM's slow key generation on the line: the engine says when one is in flight (the socket
// panel's "the TPM is generating a key"), Cancel during it returns at the next poll instead of after the
// key, the attempt is recorded as aborted (sqlite3 as the oracle), and the device then resumes and
// completes all five steps.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/sim/SimulationKit.h"
#include "core/sim/TimingPresets.h"
#include "core/timeline/Engine.h"
#include "db/StationStore.h"
#include "stations/StationRegistry.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace tps;
using namespace tps::timeline;

namespace {

QString sql(const QString& db, const QString& statement)
{
    const test::ToolRun r =
        test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement});
    return QString::fromUtf8(r.out).trimmed();
}

// The dtpm model at 1/100 of its length, except RSA key generation: 20 s every time.
QByteArray slowKeyModel()
{
    QJsonObject root = QJsonDocument::fromJson(sim::timingPreset(QStringLiteral("dtpm"))).object();
    root.insert(QStringLiteral("scale"), 0.01);
    QJsonObject classes = root.value(QStringLiteral("classes")).toObject();
    classes.insert(QStringLiteral("rsa-keygen"), QJsonObject{{QStringLiteral("median_ms"), 2000000},
                                                             {QStringLiteral("p99_ms"), 2000000},
                                                             {QStringLiteral("max_ms"), 2000000},
                                                             {QStringLiteral("deadline_ms"), 3000000}});
    root.insert(QStringLiteral("classes"), classes);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestKeyGenerationCancel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestFleet> m_fleet;
    ProductProfile m_profile;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
        qputenv("TSS2_LOG", "all+NONE");
        m_fleet = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        auto kit = sim::SimulationKit::prepare(m_fleet->fleet().root());
        QVERIFY2(kit.ok(), kit ? "" : qPrintable(kit.error()));
        m_profile = kit->profile();
        m_profile.setSection(
            QStringLiteral("fleet"),
            QJsonObject{{QStringLiteral("root"), m_fleet->fleet().root()},
                        {QStringLiteral("rootCaCertificate"), m_fleet->fleet().rootCaCertificate()},
                        {QStringLiteral("issuerCertificate"), m_fleet->fleet().issuerCertificate()}});
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void cancelDuringKeyGenerationLeavesTheDeviceResumable()
    {
        const QString db = m_dir.filePath(QStringLiteral("station.db"));
        auto store = db::StationStore::open(db);
        QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().message));
        const sim::SimDevice& d = m_fleet->devices().at(0);
        Device device;
        device.serial = d.serial;
        device.product = m_profile.id;
        device.simulated = true;
        device.tcti = d.tcti();
        device.flashPath = d.flashPath;
        device.timing = {QStringLiteral("slow-key"), slowKeyModel(), 7};

        std::atomic<int> started{0};
        std::atomic<int> ended{0};
        std::atomic<bool> foreign{false}; // a signal for another socket or device
        {
            AutoConfirmPrompts prompts;
            Engine engine([] { return stations::createAll(); }, **store, prompts);
            engine.setProfile(m_profile);
            QObject::connect(
                &engine, &Engine::keyGeneration, &engine,
                [&](int socket, const QString& serial, bool inProgress) {
                    if (socket != 1 || serial != device.serial)
                        foreign = true;
                    ++(inProgress ? started : ended);
                },
                Qt::DirectConnection);
            engine.start({device}, 1);
            QTRY_VERIFY_WITH_TIMEOUT(started.load() == 1, 60000); // step 3's SRK
            QElapsedTimer cancelling;
            cancelling.start();
            engine.cancel();
            QVERIFY(engine.wait(10000));
            // The key would have taken 20 s: Cancel returned at the next poll.
            QVERIFY2(cancelling.elapsed() < 5000, qPrintable(QString::number(cancelling.elapsed())));
            QCOMPARE(ended.load(), 1);
            QVERIFY(!foreign.load());
            const QList<DeviceOutcome> outcomes = engine.outcomes();
            QCOMPARE(outcomes.size(), 1);
            QCOMPARE(outcomes.first().state, RunState::Cancelled);
        }
        QCOMPARE(
            sql(db, QStringLiteral("SELECT group_concat(outcome, ',') FROM step_results WHERE step = 3")),
            QStringLiteral("aborted"));
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM step_results WHERE outcome = 'pass'")),
                 QStringLiteral("2"));

        // Resumed (the model's key generation shortened this time): steps 3 to 5 complete the device.
        QJsonObject quick = QJsonDocument::fromJson(sim::timingPreset(QStringLiteral("dtpm"))).object();
        quick.insert(QStringLiteral("scale"), 0.01);
        device.timing.model = QJsonDocument(quick).toJson(QJsonDocument::Compact);
        AutoConfirmPrompts prompts;
        Engine engine([] { return stations::createAll(); }, **store, prompts);
        engine.setProfile(m_profile);
        const DeviceOutcome resumed = engine.runDevice(device);
        QVERIFY2(resumed.state == RunState::Completed, qPrintable(resumed.message));
        QCOMPARE(resumed.passedSteps, 5);
        QCOMPARE(
            sql(db, QStringLiteral("SELECT group_concat(outcome, ',') FROM (SELECT outcome FROM step_results "
                                   "WHERE step = 3 ORDER BY attempt)")),
            QStringLiteral("aborted,pass"));
        // Every step of the device says its TPM timing was simulated.
        QCOMPARE(
            sql(db, QStringLiteral("SELECT count(DISTINCT r.id) FROM step_results r JOIN measurements m ON "
                                   "m.step_result_id = r.id WHERE m.name = 'tpm.timing'")),
            sql(db, QStringLiteral("SELECT count(*) FROM step_results")));
    }
};

STATION_TEST_GUILESS_MAIN(TestKeyGenerationCancel)
#include "TestKeyGenerationCancel.moc"
