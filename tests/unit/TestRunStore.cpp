// The engine's store on SQLite, without a TPM: device registration, step results round-tripping with their
// measurements and artifacts, unique attempts, and duplicate EKs refused across devices.
#include "TestMain.h"
#include "TestSupport.h"

#include "db/AuditHash.h"
#include "db/AuditTrail.h"
#include "db/Operators.h"
#include "db/SqliteRunStore.h"
#include "db/StationStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::timeline;

namespace {
Device device(const QString& serial)
{
    Device d;
    d.serial = serial;
    d.product = QStringLiteral("widget");
    d.simulated = true;
    return d;
}

StepResult ekResult(const QByteArray& ekPub)
{
    StepResult r;
    r.add(Measurement::record(QStringLiteral("dps.registration_id"), db::sha256Hex(ekPub)));
    r.attach(QStringLiteral("ek.pub"), QStringLiteral("application/octet-stream"), ekPub);
    return r;
}
} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::StationStore> m_store;
    const Actor m_actor{QStringLiteral("olga"), QStringLiteral("Olga Operator")};

    test::ToolRun sql(const QString& statement)
    {
        return test::runTool(QStringLiteral("sqlite3"),
                             {QStringLiteral("-batch"), m_store->path(), statement});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = db::StationStore::open(m_dir.filePath(QStringLiteral("runs.db")));
        QVERIFY(store);
        m_store = std::move(*store);
    }

    void resultsRoundTrip()
    {
        auto conn = m_store->connect();
        QVERIFY(conn);
        RunStore& store = **conn;
        auto h = store.beginRun(device(QStringLiteral("W-1")), m_actor, 1);
        QVERIFY(h);
        QVERIFY(h->passed.isEmpty());
        StepResult r;
        r.add(
            Measurement::equals(QStringLiteral("tpm.family"), QStringLiteral("2.0"), QStringLiteral("2.0")));
        r.add(Measurement::within(QStringLiteral("nv"), 2048, 512, std::nullopt, QStringLiteral("B")));
        r.attach(QStringLiteral("id.json"), QStringLiteral("application/json"), QByteArray("{\"a\":1}"));
        r.durationMs = 12;
        auto stored = store.recordStep(*h, device(QStringLiteral("W-1")), m_actor, StepId::TpmInstalled, 1,
                                       ResultKind::Run, r);
        QVERIFY(stored && stored->passed());
        // The same attempt cannot be recorded twice.
        QVERIFY(!store.recordStep(*h, device(QStringLiteral("W-1")), m_actor, StepId::TpmInstalled, 1,
                                  ResultKind::Run, r));
        QVERIFY(store.endRun(*h, device(QStringLiteral("W-1")), m_actor, RunState::Incomplete,
                             QStringLiteral("test")));

        auto again = store.beginRun(device(QStringLiteral("W-1")), m_actor, 2);
        QVERIFY(again);
        QCOMPARE(again->deviceUuid, h->deviceUuid); // the same device, a new run
        QVERIFY(again->runUuid != h->runUuid);
        QCOMPARE(again->attempts.value(StepId::TpmInstalled), 1);
        const StepResult back = again->passed.value(StepId::TpmInstalled);
        QCOMPARE(back.measurements.size(), 2);
        QCOMPARE(back.measurement(QStringLiteral("tpm.family"))->value.toString(), QStringLiteral("2.0"));
        QCOMPARE(back.measurement(QStringLiteral("nv"))->lower, std::optional<double>(512));
        QCOMPARE(back.measurement(QStringLiteral("nv"))->verdict, Verdict::Pass);
        QCOMPARE(back.artifact(QStringLiteral("id.json"))->data, QByteArray("{\"a\":1}"));
        QCOMPARE(sql(QStringLiteral("SELECT sha256 FROM artifacts")).out.trimmed(),
                 db::sha256Hex(QByteArray("{\"a\":1}")).toLatin1());
        // The audit trail says who did what to which device.
        QCOMPARE(
            sql(QStringLiteral("SELECT actor_id || '|' || actor_name || '|' || new_value FROM audit_events "
                               "WHERE object LIKE 'step-result:%'"))
                .out.trimmed(),
            QByteArray("olga|Olga Operator|attempt 1: pass"));
    }

    void reworkRestartsFromAStep()
    {
        // A device through all five steps; a supervisor orders rework from the ownership step (its TPM was
        // cleared): steps 1 and 2 stay passed, 3-5 run again. Without restartFrom the order keeps the passes.
        db::Operators ops(m_store->database());
        QVERIFY(ops.add(db::systemActor(), QStringLiteral("ada"), QStringLiteral("Ada Admin"),
                        db::Role::Admin, crypto::secretFromText(QStringLiteral("ada-pw-1")), {}));
        QVERIFY(ops.add({QStringLiteral("ada"), QStringLiteral("Ada Admin")}, QStringLiteral("sue"),
                        QStringLiteral("Sue Supervisor"), db::Role::Supervisor,
                        crypto::secretFromText(QStringLiteral("sue-pw-1")), QStringLiteral("line lead")));
        auto conn = m_store->connect();
        QVERIFY(conn);
        RunStore& store = **conn;
        const Device d = device(QStringLiteral("W-9"));
        auto h = store.beginRun(d, m_actor, 1);
        QVERIFY(h);
        for (StepId id : kAllSteps)
            QVERIFY(store.recordStep(*h, d, m_actor, id, 1, ResultKind::Run, StepResult::pass()));
        QVERIFY(store.endRun(*h, d, m_actor, RunState::Completed, QStringLiteral("test")));
        const Credentials sue{QStringLiteral("sue"), crypto::secretFromText(QStringLiteral("sue-pw-1"))};
        QVERIFY(store.orderRework(QStringLiteral("widget"), d.serial, sue, QStringLiteral("no restart")));
        auto kept = store.beginRun(d, m_actor, 1);
        QVERIFY(kept);
        QCOMPARE(kept->passed.size(), 5);
        QVERIFY(store.endRun(*kept, d, m_actor, RunState::Completed, QStringLiteral("test")));
        QVERIFY(store.orderRework(QStringLiteral("widget"), d.serial, sue, QStringLiteral("TPM cleared"),
                                  StepId::OwnershipTaken));
        auto again = store.beginRun(d, m_actor, 1);
        QVERIFY(again);
        QCOMPARE(again->passed.keys(), (QList<StepId>{StepId::TpmInstalled, StepId::EkExtracted}));
        QCOMPARE(again->reworkEpoch, 2);
        // A pass in the new epoch counts again.
        QVERIFY(store.recordStep(*again, d, m_actor, StepId::OwnershipTaken, 2, ResultKind::Run,
                                 StepResult::pass()));
        QVERIFY(store.endRun(*again, d, m_actor, RunState::Incomplete, QStringLiteral("test")));
        auto later = store.beginRun(d, m_actor, 1);
        QVERIFY(later);
        QVERIFY(later->passed.contains(StepId::OwnershipTaken) && !later->passed.contains(StepId::QaCheck));
        // The failed step stays recorded as before (none here); the restart is its own column.
        QCOMPARE(sql(QStringLiteral("SELECT group_concat(step || ':' || restart_step) FROM reworks"))
                     .out.trimmed(),
                 QByteArray("0:0,0:3"));
    }

    void duplicateEkIsRefused()
    {
        auto conn = m_store->connect();
        QVERIFY(conn);
        RunStore& store = **conn;
        const QByteArray ek("ek-public-area-bytes");
        const Device a = device(QStringLiteral("W-10"));
        const Device b = device(QStringLiteral("W-11"));
        auto ha = store.beginRun(a, m_actor, 1);
        QVERIFY(ha);
        auto first = store.recordStep(*ha, a, m_actor, StepId::EkExtracted, 1, ResultKind::Run, ekResult(ek));
        QVERIFY(first && first->passed());
        QCOMPARE(*store.serialWithRegistrationId(db::sha256Hex(ek), QStringLiteral("W-11")),
                 std::optional<QString>(QStringLiteral("W-10")));
        QCOMPARE(*store.serialWithRegistrationId(db::sha256Hex(ek), QStringLiteral("W-10")),
                 std::optional<QString>());

        auto hb = store.beginRun(b, m_actor, 2);
        QVERIFY(hb);
        auto second =
            store.recordStep(*hb, b, m_actor, StepId::EkExtracted, 1, ResultKind::Run, ekResult(ek));
        QVERIFY(second);
        QCOMPARE(second->outcome, Outcome::Fail);
        QVERIFY(second->error && second->error->code == StepErrc::Duplicate);
        QVERIFY(second->error->operatorMessage.contains(QStringLiteral("W-10")));
        QCOMPARE(
            sql(QStringLiteral("SELECT serial FROM devices WHERE registration_id IS NOT NULL")).out.trimmed(),
            QByteArray("W-10"));
        QCOMPARE(sql(QStringLiteral("SELECT device_serial FROM audit_events WHERE action='duplicate-ek'"))
                     .out.trimmed(),
                 QByteArray("W-11"));
        QVERIFY(store.auditDeviceEvent(QStringLiteral("W-11"), QStringLiteral("set-aside"),
                                       QStringLiteral("bin 3")));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE action='set-aside'")).out.trimmed(),
            QByteArray("1"));
        auto report = db::AuditTrail::verify(m_store->database());
        QVERIFY(report && report->intact);
    }

    void badSerialChangesNothing()
    {
        auto conn = m_store->connect();
        QVERIFY(conn);
        const QByteArray before = sql(QStringLiteral("SELECT count(*) FROM devices")).out;
        QVERIFY(!(*conn)->beginRun(device(QStringLiteral("   ")), m_actor, 1));
        QVERIFY(!(*conn)->beginRun(device(QString(200, QLatin1Char('x'))), m_actor, 1));
        QVERIFY(!(*conn)->beginRun(device(QStringLiteral("W-1\t'; DROP TABLE devices")), m_actor, 1));
        QVERIFY(!(*conn)->beginRun(device(QStringLiteral("SN-1\x1b[2J")), m_actor, 1));  // escape sequence
        QVERIFY(!(*conn)->beginRun(device(QStringLiteral("SN-1\r\nSN-2")), m_actor, 1)); // two scans in one
        QVERIFY(!(*conn)->beginRun(device(QString(129, QLatin1Char('A'))), m_actor, 1));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM devices")).out, before);
    }
};

STATION_TEST_GUILESS_MAIN(TestRunStore)
#include "TestRunStore.moc"
