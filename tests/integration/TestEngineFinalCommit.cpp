// The engine commits the end of a run together with the result of the step that completes the device
// (RunStore::recordFinalStep: one durable commit instead of two), and ends a run that does not complete
// with its own commit as before. Checked with sqlite3 as the oracle: the run's state, its end time and
// the audit trail's order (the step result before the run's state change).
#include "TestMain.h"
#include "TestSupport.h"

#include "core/timeline/Engine.h"
#include "db/StationStore.h"
#include "stations/TpmInstalledStation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::timeline;

namespace {

class FixedStation final : public Station
{
public:
    FixedStation(StepId id, bool pass) : m_id(id), m_pass(pass) {}
    StepId id() const override { return m_id; }
    StepResult run(StepContext&) override
    {
        return m_pass ? StepResult::pass()
                      : StepResult::failure(StepErrc::Validation, QStringLiteral("forced failure"),
                                            QStringLiteral("forced"));
    }

private:
    StepId m_id;
    bool m_pass;
};

QString sql(const QString& db, const QString& statement)
{
    const test::ToolRun r =
        test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement});
    return QString::fromUtf8(r.out).trimmed();
}

} // namespace

class TestEngineFinalCommit : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;

    Device device(int index) const
    {
        const sim::SimDevice& d = m_fleet->devices().at(index);
        Device out;
        out.serial = d.serial;
        out.product = QStringLiteral("default");
        out.simulated = true;
        out.tcti = d.tcti();
        return out;
    }

    // Step 1 is the real TpmInstalledStation; step 2 passes or fails as asked.
    DeviceOutcome run(const QString& db, const Device& d, bool secondPasses)
    {
        auto store = db::StationStore::open(db);
        if (!store)
            return {};
        AutoConfirmPrompts prompts;
        Engine engine(
            [secondPasses] {
                std::vector<std::unique_ptr<Station>> v;
                v.push_back(std::make_unique<stations::TpmInstalledStation>());
                v.push_back(std::make_unique<FixedStation>(StepId::EkExtracted, secondPasses));
                return v;
            },
            **store, prompts);
        ProductProfile profile;
        profile.id = QStringLiteral("default");
        profile.maxRetries = 1;
        engine.setProfile(profile);
        return engine.runDevice(d);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fleet = std::make_unique<test::TestFleet>(2);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void completingStepEndsTheRunInItsTransaction()
    {
        const QString db = m_dir.filePath(QStringLiteral("complete.db"));
        const Device d = device(0);
        const DeviceOutcome o = run(db, d, true);
        QCOMPARE(o.state, RunState::Completed);
        QCOMPARE(o.steps.size(), 2);
        QCOMPARE(o.endCommit.count(), 0); // no separate commit for the end of the run
        QVERIFY(o.steps.at(1).commit.count() > 0);
        QCOMPARE(sql(db, QStringLiteral("SELECT state, ended_utc IS NOT NULL FROM runs")),
                 QStringLiteral("completed|1"));
        // The audit trail: the step result, then the run's state change, once.
        const QString events = sql(db, QStringLiteral("SELECT field || ':' || coalesce(new_value, '') FROM "
                                                      "audit_events WHERE object LIKE 'run:%' OR object LIKE "
                                                      "'step-result:%' ORDER BY seq"));
        const QStringList lines = events.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("state:running"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("tpm-installed:attempt 1: pass")), qPrintable(events));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("ek-extracted:attempt 1: pass")), qPrintable(events));
        QCOMPARE(lines.at(3), QStringLiteral("state:completed"));
        // Scanned again: nothing left to do, the new run is ended by its own commit.
        const DeviceOutcome again = run(db, d, true);
        QCOMPARE(again.state, RunState::Completed);
        QVERIFY(again.steps.isEmpty());
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM runs WHERE state = 'completed' AND ended_utc "
                                        "IS NOT NULL")),
                 QStringLiteral("2"));
    }

    void failingLastStepEndsTheRunSeparately()
    {
        const QString db = m_dir.filePath(QStringLiteral("fail.db"));
        const DeviceOutcome o = run(db, device(1), false);
        QCOMPARE(o.state, RunState::NeedsRework); // maxRetries 1: the failure exhausts the retries
        QVERIFY(o.endCommit.count() > 0);
        QCOMPARE(sql(db, QStringLiteral("SELECT state, ended_utc IS NOT NULL FROM runs")),
                 QStringLiteral("needs-rework|1"));
        QCOMPARE(sql(db, QStringLiteral("SELECT outcome FROM step_results ORDER BY id")),
                 QStringLiteral("pass\nfail"));
    }
};

STATION_TEST_GUILESS_MAIN(TestEngineFinalCommit)
#include "TestEngineFinalCommit.moc"
