// The timeline engine over a real simulated fleet and the real SQLite store: order, retries, rework with a
// supervisor's signature, resume, parallel sockets, cancel. Small scripted stations force the failures
// (logic around a part); step 1 is the real TpmInstalledStation where the TPM matters.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/ownership/OwnerAuthVault.h"
#include "core/sim/ProcessControl.h"
#include "core/timeline/Engine.h"
#include "core/tpm/TpmSession.h"
#include "db/Operators.h"
#include "db/SqliteRunStore.h"
#include "db/StationStore.h"
#include "services/StationSession.h"
#include "stations/TpmInstalledStation.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tps;
using namespace tps::timeline;

namespace {

struct Script
{
    std::atomic<int> calls{0};
    std::function<StepResult(StepContext&, int call)> run;
};

class ScriptedStation final : public Station
{
public:
    ScriptedStation(StepId id, std::shared_ptr<Script> script) : m_id(id), m_script(std::move(script)) {}
    StepId id() const override { return m_id; }
    StepResult run(StepContext& context) override
    {
        const int call = ++m_script->calls;
        return m_script->run(context, call);
    }

private:
    StepId m_id;
    std::shared_ptr<Script> m_script;
};

std::shared_ptr<Script> script(std::function<StepResult(StepContext&, int)> fn)
{
    auto s = std::make_shared<Script>();
    s->run = std::move(fn);
    return s;
}

std::shared_ptr<Script> passing()
{
    return script([](StepContext&, int) { return StepResult::pass(); });
}

StepResult failed()
{
    return StepResult::failure(StepErrc::Validation, QStringLiteral("forced failure"),
                               QStringLiteral("forced"));
}

class CountingPrompts final : public OperatorPrompts
{
public:
    explicit CountingPrompts(PromptAnswer answer) : m_answer(answer) {}
    PromptAnswer ask(const Prompt&) override
    {
        ++asked;
        return m_answer;
    }
    std::atomic<int> asked{0};

private:
    PromptAnswer m_answer;
};

test::ToolRun sql(const QString& db, const QString& statement)
{
    return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement});
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    Device device(int index) const
    {
        const sim::SimDevice& d = m_fleet->devices().at(index);
        Device out;
        out.serial = d.serial;
        out.product = QStringLiteral("default");
        out.simulated = true;
        out.tcti = d.tcti();
        out.flashPath = d.flashPath;
        return out;
    }

    std::unique_ptr<db::StationStore> freshStore(QString* path)
    {
        *path = m_dir.filePath(QStringLiteral("engine%1.db").arg(++m_dbCount));
        auto store = db::StationStore::open(*path);
        return store ? std::move(*store) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fleet = std::make_unique<test::TestFleet>(3);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void orderIsEnforced()
    {
        QString path;
        auto store = freshStore(&path);
        QVERIFY(store);
        auto step1 = passing();
        auto step3 = passing();
        AutoConfirmPrompts prompts;
        Engine engine(
            [&] {
                std::vector<std::unique_ptr<Station>> v;
                v.push_back(std::make_unique<ScriptedStation>(StepId::TpmInstalled, step1));
                v.push_back(std::make_unique<ScriptedStation>(StepId::OwnershipTaken, step3));
                return v;
            },
            *store, prompts);
        const DeviceOutcome o = engine.runDevice(device(0));
        QCOMPARE(o.state, RunState::Blocked);
        QCOMPARE(step1->calls.load(), 1);
        QCOMPARE(step3->calls.load(), 0); // never before its predecessor (EK) passed
        QVERIFY(o.message.contains(stepTitle(StepId::EkExtracted)));
        QCOMPARE(sql(path, QStringLiteral("SELECT group_concat(step) FROM step_results")).out.trimmed(),
                 QByteArray("1"));
        QCOMPARE(sql(path, QStringLiteral("SELECT state FROM runs")).out.trimmed(), QByteArray("blocked"));
    }

    void failedStepIsRetriedUpToTheLimit()
    {
        QString path;
        auto store = freshStore(&path);
        QVERIFY(store);
        auto step2 = script([](StepContext&, int call) { return call <= 2 ? failed() : StepResult::pass(); });
        CountingPrompts prompts(PromptAnswer::Confirmed);
        Engine engine(
            [&] {
                std::vector<std::unique_ptr<Station>> v;
                v.push_back(std::make_unique<stations::TpmInstalledStation>());
                v.push_back(std::make_unique<ScriptedStation>(StepId::EkExtracted, step2));
                return v;
            },
            *store, prompts);
        ProductProfile profile;
        profile.maxRetries = 3;
        engine.setProfile(profile);
        const DeviceOutcome o = engine.runDevice(device(0));
        QCOMPARE(o.state, RunState::Completed);
        QCOMPARE(step2->calls.load(), 3);
        QCOMPARE(prompts.asked.load(), 2); // the operator was asked before each retry
        QCOMPARE(
            sql(path, QStringLiteral("SELECT step, attempt, kind, outcome FROM step_results ORDER BY id"))
                .out,
            QByteArray("1|1|run|pass\n2|1|run|fail\n2|2|run|fail\n2|3|run|pass\n"));
    }

    void reworkNeedsSupervisorSignature()
    {
        QString path;
        auto store = freshStore(&path);
        QVERIFY(store);
        db::Operators ops(store->database());
        QVERIFY(ops.add(db::systemActor(), QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                        db::Role::Admin, crypto::secretFromText(QStringLiteral("admin-pw")), {}));
        const db::Actor admin{QStringLiteral("admin"), QStringLiteral("Ada Admin")};
        QVERIFY(ops.add(admin, QStringLiteral("op"), QStringLiteral("Otto Operator"), db::Role::Operator,
                        crypto::secretFromText(QStringLiteral("op-pw-1")), QStringLiteral("new hire")));
        QVERIFY(ops.add(admin, QStringLiteral("sup"), QStringLiteral("Sue Supervisor"), db::Role::Supervisor,
                        crypto::secretFromText(QStringLiteral("sup-pw-1")), QStringLiteral("line lead")));

        std::atomic<bool> fixed{false};
        auto step2 = script([&](StepContext&, int) { return fixed.load() ? StepResult::pass() : failed(); });
        AutoConfirmPrompts prompts;
        Engine engine(
            [&] {
                std::vector<std::unique_ptr<Station>> v;
                v.push_back(std::make_unique<stations::TpmInstalledStation>());
                v.push_back(std::make_unique<ScriptedStation>(StepId::EkExtracted, step2));
                return v;
            },
            *store, prompts);
        ProductProfile profile;
        profile.maxRetries = 2;
        engine.setProfile(profile);
        QCOMPARE(engine.runDevice(device(1)).state, RunState::NeedsRework);
        QCOMPARE(step2->calls.load(), 2);
        // Scanned again: still needs rework, and the step is not tried.
        QCOMPARE(engine.runDevice(device(1)).state, RunState::NeedsRework);
        QCOMPARE(step2->calls.load(), 2);

        const QString serial = device(1).serial;
        const QString reason = QStringLiteral("TPM reseated");
        auto byOperator = engine.orderRework(
            serial, {QStringLiteral("op"), crypto::secretFromText(QStringLiteral("op-pw-1"))}, reason);
        QVERIFY(!byOperator);
        QCOMPARE(byOperator.error().code, StoreErrc::NotPermitted);
        auto wrongPassword = engine.orderRework(
            serial, {QStringLiteral("sup"), crypto::secretFromText(QStringLiteral("guess"))}, reason);
        QVERIFY(!wrongPassword);
        QCOMPARE(wrongPassword.error().code, StoreErrc::Auth);
        auto noReason = engine.orderRework(
            serial, {QStringLiteral("sup"), crypto::secretFromText(QStringLiteral("sup-pw-1"))}, QString());
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, StoreErrc::Invalid);
        QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM signatures")).out.trimmed(), QByteArray("0"));
        QCOMPARE(engine.runDevice(device(1)).state, RunState::NeedsRework);

        auto ordered = engine.orderRework(
            serial, {QStringLiteral("sup"), crypto::secretFromText(QStringLiteral("sup-pw-1"))}, reason);
        QVERIFY2(ordered, ordered ? "" : qPrintable(ordered.error().message));
        QCOMPARE(sql(path, QStringLiteral("SELECT signer_id, signer_name, meaning, record_type, reason, "
                                          "length(record_sha256) FROM signatures"))
                     .out.trimmed(),
                 QByteArray("sup|Sue Supervisor|rework approved|rework|TPM reseated|64"));
        QCOMPARE(
            sql(path, QStringLiteral("SELECT count(*) FROM audit_events WHERE action='sign' AND "
                                     "actor_id='sup' AND actor_name='Sue Supervisor' AND device_serial='%1'")
                          .arg(serial))
                .out.trimmed(),
            QByteArray("1"));
        QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM audit_events WHERE action='login-failed'"))
                     .out.trimmed(),
                 QByteArray("1"));

        fixed = true;
        const DeviceOutcome after = engine.runDevice(device(1));
        QVERIFY2(after.state == RunState::Completed, qPrintable(after.message));
        QCOMPARE(step2->calls.load(), 3);
        QCOMPARE(sql(path, QStringLiteral(
                               "SELECT attempt, outcome, rework_epoch FROM step_results WHERE step=2 AND "
                               "kind='run' ORDER BY attempt"))
                     .out,
                 QByteArray("1|fail|0\n2|fail|0\n3|pass|1\n"));
    }

    void resumesAtTheFirstStepNotPassed()
    {
        QString path;
        auto store = freshStore(&path);
        QVERIFY(store);
        std::atomic<bool> ok{false};
        auto step2 = script([&](StepContext& ctx, int) {
            // The earlier step's result comes back from the database on resume, artifacts included.
            const auto it = ctx.previous.constFind(StepId::TpmInstalled);
            const StepResult* s1 = it != ctx.previous.cend() ? &it.value() : nullptr;
            if (!s1 || !s1->artifact(QStringLiteral("tpm-identity.json")) ||
                !s1->measurement(QStringLiteral("tpm.family")))
                return StepResult::failure(StepErrc::Precondition, QStringLiteral("previous result missing"));
            return ok.load() ? StepResult::pass() : failed();
        });
        auto step3 = passing();
        CountingPrompts decline(PromptAnswer::Declined);
        Engine engine(
            [&] {
                std::vector<std::unique_ptr<Station>> v;
                v.push_back(std::make_unique<stations::TpmInstalledStation>());
                v.push_back(std::make_unique<ScriptedStation>(StepId::EkExtracted, step2));
                v.push_back(std::make_unique<ScriptedStation>(StepId::OwnershipTaken, step3));
                return v;
            },
            *store, decline);
        const DeviceOutcome first = engine.runDevice(device(2));
        QCOMPARE(first.state, RunState::Failed);
        QCOMPARE(decline.asked.load(), 1);
        ok = true;
        // A new engine (as after a restart) with the same store.
        const DeviceOutcome second = engine.runDevice(device(2));
        QCOMPARE(second.state, RunState::Completed);
        QCOMPARE(second.steps.size(), 3);
        QCOMPARE(second.steps.at(0).step, StepId::TpmInstalled);
        QCOMPARE(second.steps.at(0).kind, ResultKind::Recheck); // the TPM is re-read, not assumed
        QCOMPARE(second.steps.at(1).step, StepId::EkExtracted);
        QCOMPARE(second.steps.at(1).attempt, 2);
        QCOMPARE(second.steps.at(2).step, StepId::OwnershipTaken);
        QCOMPARE(
            sql(path, QStringLiteral("SELECT step, attempt, kind, outcome FROM step_results ORDER BY id"))
                .out,
            QByteArray("1|1|run|pass\n2|1|run|fail\n1|2|recheck|pass\n2|2|run|pass\n3|1|run|pass\n"));
        // Complete: scanning again does nothing more.
        const DeviceOutcome third = engine.runDevice(device(2));
        QCOMPARE(third.state, RunState::Completed);
        QVERIFY(third.steps.isEmpty());
    }

    void socketsRunInParallel()
    {
        QString path;
        auto store = freshStore(&path);
        QVERIFY(store);
        std::atomic<int> current{0};
        std::atomic<int> peak{0};
        QMutex mutex;
        QSet<Qt::HANDLE> threads;
        auto step1 = script([&](StepContext& ctx, int) {
            {
                QMutexLocker lock(&mutex);
                threads.insert(QThread::currentThreadId());
            }
            const int now = ++current;
            int seen = peak.load();
            while (now > seen && !peak.compare_exchange_weak(seen, now)) {
            }
            StepResult r;
            r.add(Measurement::record(QStringLiteral("tcti"), ctx.tpm.tcti()));
            QThread::msleep(400);
            --current;
            return r;
        });
        AutoConfirmPrompts prompts;
        Engine engine(
            [&] {
                std::vector<std::unique_ptr<Station>> v;
                v.push_back(std::make_unique<ScriptedStation>(StepId::TpmInstalled, step1));
                return v;
            },
            *store, prompts);
        QMutex seenMutex;
        QSet<int> sockets;
        int committedVisible = 0;
        int committed = 0;
        connect(
            &engine, &Engine::stepCommitted, this,
            [&](int socket, const QString& serial, int, int, const QString& outcome, const QString&) {
                // When the engine says "done", another connection already sees it.
                db::OpenOptions ro;
                ro.mode = db::OpenMode::ReadOnly;
                ro.integrityCheck = false;
                auto other = db::Database::open(path, ro);
                int visible = 0;
                if (other) {
                    auto stmt =
                        (*other)->prepare("SELECT count(*) FROM step_results r JOIN devices d ON "
                                          "d.id = r.device_id WHERE d.serial = ?1 AND r.outcome = 'pass'");
                    if (stmt) {
                        stmt->bind(1, serial);
                        if (auto row = stmt->step(); row && *row)
                            visible = int(stmt->int64(0));
                    }
                }
                QMutexLocker lock(&seenMutex);
                sockets.insert(socket);
                ++committed;
                if (visible == 1 && outcome == QLatin1String("pass"))
                    ++committedVisible;
            },
            Qt::DirectConnection);
        int finished = 0;
        connect(&engine, &Engine::finished, this, [&] { ++finished; });
        QElapsedTimer timer;
        timer.start();
        engine.start({device(0), device(1), device(2)}, 3);
        QVERIFY(engine.wait(30000));
        QTRY_COMPARE(finished, 1);
        const QList<DeviceOutcome> outcomes = engine.outcomes();
        QCOMPARE(outcomes.size(), 3);
        for (const DeviceOutcome& o : outcomes)
            QCOMPARE(o.state, RunState::Completed);
        QVERIFY2(peak.load() >= 2, "the sockets did not overlap");
        QCOMPARE(threads.size(), 3);
        QCOMPARE(sockets, (QSet<int>{1, 2, 3}));
        QCOMPARE(committed, 3);
        QCOMPARE(committedVisible, 3);
        QVERIFY(timer.elapsed() < 3 * 400 + 5000);
        // Each socket talked to its own device's TPM.
        QCOMPARE(sql(path, QStringLiteral("SELECT count(DISTINCT value) FROM measurements WHERE name='tcti'"))
                     .out.trimmed(),
                 QByteArray("3"));
    }

    void leftoverTransientObjectsAreFlushed()
    {
        // A station process killed mid-step leaves its transient objects loaded (no resource manager).
        const QString tcti = device(0).tcti;
        QTemporaryDir tmp;
        for (int i = 0; i < 2; ++i) {
            const test::ToolRun created = test::runTool(
                QStringLiteral("tpm2_createprimary"),
                {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-G"), QStringLiteral("ecc"),
                 QStringLiteral("-c"), tmp.filePath(QStringLiteral("p%1.ctx").arg(i))},
                tcti);
            QVERIFY2(created.ok(), created.err.constData());
        }
        const test::ToolRun before =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-transient")}, tcti);
        QVERIFY2(before.ok(), before.err.constData());
        QCOMPARE(before.out.count("0x80"), 2);
        QString path;
        auto store = freshStore(&path);
        QVERIFY(store);
        AutoConfirmPrompts prompts;
        Engine engine(
            [&] {
                std::vector<std::unique_ptr<Station>> v;
                v.push_back(std::make_unique<stations::TpmInstalledStation>());
                return v;
            },
            *store, prompts);
        QCOMPARE(engine.runDevice(device(0)).state, RunState::Completed);
        const test::ToolRun after =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-transient")}, tcti);
        QVERIFY2(after.ok(), after.err.constData());
        QCOMPARE(after.out.count("0x80"), 0);
    }

    void unreachableTpmIsAFailedAttemptAndReworkIsSignedOnTheCli()
    {
        QString path;
        auto store = freshStore(&path);
        QVERIFY(store);
        db::Operators ops(store->database());
        QVERIFY(ops.add(db::systemActor(), QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                        db::Role::Admin, crypto::secretFromText(QStringLiteral("admin-pw")), {}));
        QVERIFY(ops.add(db::Actor{QStringLiteral("admin"), QStringLiteral("Ada Admin")},
                        QStringLiteral("sue"), QStringLiteral("Sue Supervisor"), db::Role::Supervisor,
                        crypto::secretFromText(QStringLiteral("sue-pw-1")), {}));
        AutoConfirmPrompts prompts;
        Engine engine(
            [&] {
                std::vector<std::unique_ptr<Station>> v;
                v.push_back(std::make_unique<stations::TpmInstalledStation>());
                return v;
            },
            *store, prompts);
        ProductProfile profile;
        profile.maxRetries = 2;
        engine.setProfile(profile);
        // Nothing answers on this port: the TPM is not seated.
        Device missing = device(0);
        missing.serial = QStringLiteral("NO-TPM-1");
        missing.tcti = QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(sim::findFreePortPair());
        const DeviceOutcome o = engine.runDevice(missing);
        QCOMPARE(o.state, RunState::NeedsRework);
        QCOMPARE(o.steps.size(), 2);
        QCOMPARE(o.steps.at(0).outcome, Outcome::Error);
        QCOMPARE(sql(path, QStringLiteral("SELECT group_concat(error_code) FROM step_results")).out.trimmed(),
                 QByteArray("tpm,tpm"));

        // A second unseated TPM, for the supervisor (the first is the admin's).
        Device missing2 = missing;
        missing2.serial = QStringLiteral("NO-TPM-2");
        QCOMPARE(engine.runDevice(missing2).state, RunState::NeedsRework);
        QVERIFY(ops.add(db::Actor{QStringLiteral("admin"), QStringLiteral("Ada Admin")},
                        QStringLiteral("olga"), QStringLiteral("Olga Operator"), db::Role::Operator,
                        crypto::secretFromText(QStringLiteral("olga-pw-1")), {}));

        const QStringList rework{QStringLiteral("rework"),
                                 QStringLiteral("--db"),
                                 path,
                                 QStringLiteral("--serial"),
                                 missing2.serial,
                                 QStringLiteral("--as"),
                                 QStringLiteral("sue"),
                                 QStringLiteral("--reason"),
                                 QStringLiteral("TPM reseated")};
        const auto as = [&rework](const QString& id, const QString& serial) {
            return QStringList(rework)
                .replaceInStrings(QStringLiteral("sue"), id)
                .replaceInStrings(QStringLiteral("NO-TPM-2"), serial);
        };
        qputenv("STATION_PASSWORD", "not-it");
        QCOMPARE(test::runTool(test::cliPath(), rework).exitCode, 1);
        qputenv("STATION_PASSWORD", "olga-pw-1"); // an operator is neither supervisor nor admin
        const test::ToolRun byOperator =
            test::runTool(test::cliPath(), as(QStringLiteral("olga"), missing.serial));
        QCOMPARE(byOperator.exitCode, 1);
        QVERIFY(byOperator.err.contains("supervisor"));
        // Issue 18: one role table for GUI and CLI; the GUI opened rework to admins, so the CLI does too.
        qputenv("STATION_PASSWORD", "admin-pw");
        const test::ToolRun byAdmin =
            test::runTool(test::cliPath(), as(QStringLiteral("admin"), missing.serial));
        QVERIFY2(byAdmin.ok(), byAdmin.err.constData());
        qputenv("STATION_PASSWORD", "sue-pw-1");
        const test::ToolRun signedRework = test::runTool(test::cliPath(), rework);
        qunsetenv("STATION_PASSWORD");
        QVERIFY2(signedRework.ok(), signedRework.err.constData());
        QCOMPARE(sql(path, QStringLiteral("SELECT signer_id, meaning, reason FROM signatures ORDER BY rowid"))
                     .out.trimmed(),
                 QByteArray("admin|rework approved|TPM reseated\nsue|rework approved|TPM reseated"));
        // Seated now: the device continues.
        Device seated = device(0);
        seated.serial = missing.serial;
        QCOMPARE(engine.runDevice(seated).state, RunState::Completed);
        QCOMPARE(sql(path, QStringLiteral(
                               "SELECT attempt, outcome, rework_epoch FROM step_results WHERE device_id = "
                               "(SELECT id FROM devices WHERE serial = 'NO-TPM-1') ORDER BY id"))
                     .out,
                 QByteArray("1|error|0\n2|error|0\n3|pass|1\n"));
    }

    void ownerAuthIsForgottenWhenTheRunEnds()
    {
        // Issue 18: the owner authorization step 3 deposits lives for the device's run only. A run that
        // ends without the QA pass (here: no TPM answers, so it waits for rework) forgets it too; another
        // device's value stays.
        QTemporaryDir dir;
        auto session = services::StationSession::open(dir.filePath(QStringLiteral("station.db")));
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        const auto vault = ownership::OwnerAuthVault::processVault();
        const QByteArray secret("owner-auth-of-the-run");
        const auto value = [&secret] {
            return crypto::SecureBytes(reinterpret_cast<const unsigned char*>(secret.constData()),
                                       std::size_t(secret.size()));
        };
        Device missing = device(0);
        missing.serial = QStringLiteral("NO-TPM-VAULT");
        missing.tcti = QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(sim::findFreePortPair());
        vault->deposit(missing.serial, value());
        vault->deposit(QStringLiteral("OTHER-DEVICE"), value());
        AutoConfirmPrompts prompts;
        auto engine = (*session)->createEngine(prompts);
        const DeviceOutcome o = engine->runDevice(missing);
        QVERIFY(o.state != RunState::Completed);
        QVERIFY(!vault->contains(missing.serial));
        QVERIFY(vault->contains(QStringLiteral("OTHER-DEVICE")));
        vault->forget(QStringLiteral("OTHER-DEVICE"));
    }

    void cancelIsClean()
    {
        QString path;
        auto store = freshStore(&path);
        QVERIFY(store);
        auto step1 = script([](StepContext& ctx, int) {
            QElapsedTimer t;
            t.start();
            while (!ctx.cancel.load() && t.elapsed() < 20000)
                QThread::msleep(10);
            return StepResult::failure(StepErrc::Cancelled, QStringLiteral("stopped"), {}, Outcome::Aborted);
        });
        AutoConfirmPrompts prompts;
        Engine engine(
            [&] {
                std::vector<std::unique_ptr<Station>> v;
                v.push_back(std::make_unique<ScriptedStation>(StepId::TpmInstalled, step1));
                return v;
            },
            *store, prompts);
        QElapsedTimer timer;
        timer.start();
        engine.start({device(0), device(1), device(2)}, 2);
        QTRY_COMPARE(step1->calls.load(), 2);
        engine.cancel();
        QVERIFY(engine.wait(5000));
        QVERIFY(timer.elapsed() < 10000);
        const QList<DeviceOutcome> outcomes = engine.outcomes();
        QCOMPARE(outcomes.size(), 2); // the third device never started
        for (const DeviceOutcome& o : outcomes)
            QCOMPARE(o.state, RunState::Cancelled);
        QCOMPARE(sql(path, QStringLiteral("SELECT group_concat(outcome) FROM step_results")).out.trimmed(),
                 QByteArray("aborted,aborted"));
        QCOMPARE(sql(path, QStringLiteral("SELECT group_concat(state) FROM runs")).out.trimmed(),
                 QByteArray("cancelled,cancelled"));
        // An aborted attempt does not count against the retry budget.
        auto conn = store->connect();
        QVERIFY(conn);
        auto history =
            static_cast<db::SqliteRunStore&>(**conn).history(QStringLiteral("default"), device(0).serial);
        QVERIFY(history && *history);
        QCOMPARE((*history)->failures.value(StepId::TpmInstalled), 0);
        QCOMPARE((*history)->attempts.value(StepId::TpmInstalled), 1);
    }
};

STATION_TEST_GUILESS_MAIN(TestEngine)
#include "TestEngine.moc"
