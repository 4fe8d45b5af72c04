// The station database's escrow store: records and state changes committed with their audit events,
// durable across connections, only forward state moves (in code and by the table's triggers, checked
// with sqlite3 as the independent writer), and an audit trail that still verifies.
#include "TestMain.h"
#include "EscrowSamples.h"
#include "TestSupport.h"
#include "db/AuditTrail.h"
#include "db/Migrations.h"
#include "db/SqliteEscrowStore.h"
#include "db/StationStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tps;
using namespace tps::ownership;

namespace {
EscrowRecord sample(const QString& serial)
{
    return test::sampleEscrowRecord(serial);
}
} // namespace

class TestSqliteEscrowStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<db::StationStore> m_station;

    test::ToolRun sql(const QString& statement)
    {
        return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), m_path, statement});
    }
    std::unique_ptr<db::SqliteEscrowStore> openStore(db::OpenMode mode = db::OpenMode::ReadWrite)
    {
        db::OpenOptions options;
        options.mode = mode;
        auto store = db::SqliteEscrowStore::open(m_path, options);
        return store ? std::move(*store) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("station.db"));
        auto station = db::StationStore::open(m_path);
        QVERIFY(station);
        m_station = std::move(*station);
        QCOMPARE(m_station->database().schemaVersion(), db::kSchemaVersion);
    }

    void saveHistoryAndStatesAcrossConnections()
    {
        auto store = openStore();
        QVERIFY(store);
        store->setActor({QStringLiteral("olga"), QStringLiteral("Olga Operator")});
        auto empty = store->latestEscrow(QStringLiteral("S1"));
        QVERIFY(empty.ok());
        QVERIFY(!empty->has_value());

        auto id = store->saveEscrow(sample(QStringLiteral("S1")));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QVERIFY(!QUuid::fromString(*id).isNull());
        // Another connection (another process after a crash) sees the committed record at once.
        QCOMPARE(sql(QStringLiteral("SELECT state, hierarchies, hex(cms) FROM escrow_records WHERE uuid='%1'")
                         .arg(*id))
                     .out.trimmed(),
                 QByteArray("pending|owner,lockout|3082010203A0FF"));

        auto reopened = openStore(db::OpenMode::ReadOnly);
        QVERIFY(reopened);
        auto latest = reopened->latestEscrow(QStringLiteral("S1"));
        QVERIFY(latest.ok() && latest->has_value());
        const EscrowRecord& r = **latest;
        QCOMPARE(r.id, *id);
        QCOMPARE(r.serial, QStringLiteral("S1"));
        QCOMPARE(r.deviceUuid, sample(QStringLiteral("S1")).deviceUuid);
        QCOMPARE(r.state, EscrowState::Pending);
        QCOMPARE(r.cms, sample(QStringLiteral("S1")).cms);
        QCOMPARE(r.hierarchies, (QList<Hierarchy>{Hierarchy::Owner, Hierarchy::Lockout}));
        QCOMPARE(r.recipientFingerprint, QString(64, QLatin1Char('c')));
        QVERIFY(r.createdUtc.isValid());
        QVERIFY(r.updatedUtc.isValid());
        // The read-only connection cannot write.
        QVERIFY(!reopened->saveEscrow(sample(QStringLiteral("S1"))).ok());

        QVERIFY(store->markApplied(QStringLiteral("S1"), *id, {Hierarchy::Owner}).ok());
        auto second = store->saveEscrow(sample(QStringLiteral("S1")));
        QVERIFY(second.ok());
        QVERIFY(store->saveEscrow(sample(QStringLiteral("S2"))).ok());
        auto history = reopened->escrowHistory(QStringLiteral("S1"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).state, EscrowState::Applied);
        QCOMPARE(history->at(0).applied, QList<Hierarchy>{Hierarchy::Owner});
        QCOMPARE(history->at(1).id, *second);
        QCOMPARE(history->at(1).state, EscrowState::Pending);

        // After TPM2_Clear every live record is revoked; a revoked record never comes back.
        QVERIFY(store->revokeAll(QStringLiteral("S1")).ok());
        history = store->escrowHistory(QStringLiteral("S1"));
        QVERIFY(history.ok());
        QCOMPARE(history->at(0).state, EscrowState::Revoked);
        QCOMPARE(history->at(1).state, EscrowState::Revoked);
        auto refused =
            store->updateState(QStringLiteral("S1"), *id, EscrowState::Applied, {Hierarchy::Owner});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(*id));
        QVERIFY(!store->updateState(QStringLiteral("S1"), *second, EscrowState::Pending, {}).ok());
        // Unknown record / wrong serial / duplicate id: refused, nothing written.
        QVERIFY(!store->updateState(QStringLiteral("S2"), *id, EscrowState::Revoked, {}).ok());
        EscrowRecord dup = sample(QStringLiteral("S1"));
        dup.id = *id;
        QVERIFY(!store->saveEscrow(dup).ok());
        QVERIFY(!store->saveEscrow(EscrowRecord{}).ok());
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM escrow_records")).out.trimmed(), QByteArray("3"));

        // Every save and state change is an audit event naming the record, without the CMS.
        const QByteArray events =
            sql(QStringLiteral("SELECT action, field, old_value, new_value, actor_id FROM audit_events "
                               "WHERE object = 'escrow:%1' ORDER BY seq")
                    .arg(*id))
                .out;
        QCOMPARE(events.trimmed(), QByteArray("create|state||pending|olga\n"
                                              "change|state|pending|applied (owner)|olga\n"
                                              "change|state|applied (owner)|revoked (owner)|olga"));
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE object LIKE 'escrow:%' AND "
                                    "(instr(lower(new_value || old_value || reason), '3082010203a0ff') > 0)"))
                     .out.trimmed(),
                 QByteArray("0"));
    }

    void tableRefusesEditsAndBackwardStates()
    {
        auto store = openStore();
        QVERIFY(store);
        auto id = store->saveEscrow(sample(QStringLiteral("T1")));
        QVERIFY(id.ok());
        const auto where = QStringLiteral(" WHERE uuid = '%1'").arg(*id);
        // sqlite3, writing behind the station's back: content and deletion are refused by the triggers.
        test::ToolRun r = sql(QStringLiteral("UPDATE escrow_records SET cms = x'00'") + where);
        QVERIFY(!r.ok());
        QVERIFY(r.err.contains("only the state"));
        r = sql(QStringLiteral("UPDATE escrow_records SET device_serial = 'X'") + where);
        QVERIFY(!r.ok());
        r = sql(QStringLiteral("DELETE FROM escrow_records") + where);
        QVERIFY(!r.ok());
        QVERIFY(r.err.contains("append-only"));
        r = sql(QStringLiteral("UPDATE escrow_records SET state = 'bogus'") + where);
        QVERIFY(!r.ok());
        QVERIFY(sql(QStringLiteral("UPDATE escrow_records SET state = 'abandoned'") + where).ok());
        r = sql(QStringLiteral("UPDATE escrow_records SET state = 'applied'") + where);
        QVERIFY(!r.ok());
        QVERIFY(r.err.contains("only moves forward"));
        QCOMPARE(sql(QStringLiteral("SELECT state, hex(cms) FROM escrow_records") + where).out.trimmed(),
                 QByteArray("abandoned|3082010203A0FF"));
    }

    void concurrentWritersShareOneStore()
    {
        auto store = openStore();
        QVERIFY(store);
        QList<QThread*> threads;
        QAtomicInt failures;
        for (int t = 0; t < 4; ++t)
            threads << QThread::create([&store, &failures, t] {
                for (int i = 0; i < 5; ++i) {
                    const QString serial = QStringLiteral("C%1").arg(t);
                    auto id = store->saveEscrow(sample(serial));
                    if (!id.ok() || !store->markApplied(serial, *id, {Hierarchy::Owner}).ok())
                        failures.fetchAndAddRelaxed(1);
                }
            });
        for (QThread* th : threads)
            th->start();
        for (QThread* th : threads) {
            QVERIFY(th->wait(60000));
            delete th;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM escrow_records WHERE device_serial LIKE 'C%' AND "
                                    "state = 'applied'"))
                     .out.trimmed(),
                 QByteArray("20"));
    }

    void auditTrailStillVerifies()
    {
        auto report = db::AuditTrail::verify(m_station->database());
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->message));
        const test::ToolRun cli =
            test::runTool(test::cliPath(), {QStringLiteral("audit"), QStringLiteral("verify"),
                                            QStringLiteral("--db"), m_path});
        QVERIFY2(cli.ok(), cli.out.constData());
    }

    void readOnlyOpenRefusesForeignFilesUntouched()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.db"));
        QVERIFY(
            test::runTool(QStringLiteral("sqlite3"), {foreign, QStringLiteral("CREATE TABLE t(x);")}).ok());
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        db::OpenOptions options;
        options.mode = db::OpenMode::ReadOnly;
        QVERIFY(!db::SqliteEscrowStore::open(foreign, options).ok());
        QVERIFY(!db::SqliteEscrowStore::open(m_dir.filePath(QStringLiteral("missing.db")), options).ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

STATION_TEST_GUILESS_MAIN(TestSqliteEscrowStore)
#include "TestSqliteEscrowStore.moc"
