// The station's outbox (schema 12, db/Outbox): a record and its outbox entry commit together or not at
// all, rows of an upgraded database are queued once, state changes are queued as updates, and dropping a
// trigger is caught by `audit verify`. Oracles: the sqlite3 CLI for writes outside the station code and
// Python's sqlite3 + json (tests/support/outbox_check.py) for the queued content.
#include "TestMain.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Outbox.h"
#include "db/StationStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
test::ToolRun sql(const QString& db, const QString& statement)
{
    return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement});
}

QStringList mirroredTables()
{
    QStringList names;
    for (const db::OutboxTable& t : db::outboxTables())
        names << QString::fromLatin1(t.name);
    return names;
}

// The Python oracle's {table: rows} for the database, or an empty object (and the failure) when it refuses.
QJsonObject checkOutbox(const QString& path)
{
    const test::ToolRun run = test::runTool(QStringLiteral("python3"),
                                            QStringList{qEnvironmentVariable("STATION_SOURCE_DIR") +
                                                            QStringLiteral("/tests/support/outbox_check.py"),
                                                        path} +
                                                mirroredTables());
    if (!run.ok())
        qWarning("outbox_check: %s%s", run.out.constData(), run.err.constData());
    return run.ok() ? QJsonDocument::fromJson(run.out).object() : QJsonObject();
}

// Rows in the tables of schemas 1-9, the way the station's code would leave them (written by SQL here).
const char* const kOldRows =
    "INSERT INTO devices(uuid, serial, product, simulated, station_id, created_utc, ek_digest) "
    "VALUES ('d-1', 'SER-1', 'p', 1, 's', 't', 'ab12');"
    "INSERT INTO runs(uuid, device_id, station_id, socket, actor_id, started_utc) VALUES ('r-1', 1, 's', 1, "
    "'a', "
    "'t');"
    "INSERT INTO step_results(uuid, run_id, device_id, step, attempt, kind, outcome, duration_ms, "
    "recorded_utc) "
    "VALUES ('s-1', 1, 1, 2, 1, 'run', 'pass', 5, 't');"
    "INSERT INTO measurements(uuid, step_result_id, name, value, lower_limit, verdict) VALUES ('m-1', 1, "
    "'ek.bits', '2048', 1.5, 'pass');"
    "INSERT INTO artifacts(uuid, step_result_id, name, media_type, sha256, data) VALUES ('a-1', 1, 'ek.pub', "
    "'application/octet-stream', 'x', x'013a0001ff');"
    "INSERT INTO batches(uuid, name, creator_id, creator_name, created_utc, product, simulated, devices, "
    "operations, manifest_sha256) VALUES ('b-1', 'B', 'c', 'C', 't', 'p', 1, 1, 1, 'h');"
    "INSERT INTO batch_devices(batch_id, device_id, registration_id, operation, updated_utc) VALUES (1, 1, "
    "'reg', 1, 't');"
    "INSERT INTO escrow_records(uuid, device_serial, device_uuid, hierarchies, recipient_fingerprint, cms, "
    "state, created_utc, updated_utc) VALUES ('e-1', 'SER-1', 'd-1', 'owner', 'f', x'3082', 'pending', 't', "
    "'t');";
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void upgradedDatabaseQueuesEveryRowOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("upgrade.db"));
        {
            db::OpenOptions options;
            options.migrateTo = 9;
            QVERIFY(db::Database::open(path, options));
        }
        QVERIFY(sql(path, QString::fromLatin1(kOldRows)).ok());
        QCOMPARE(
            sql(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name='outbox'")).out.trimmed(),
            QByteArray("0"));
        auto store = db::StationStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        const QJsonObject queued = checkOutbox(path);
        QCOMPARE(queued.value(QStringLiteral("devices")).toInt(), 1);
        QCOMPARE(queued.value(QStringLiteral("artifacts")).toInt(), 1);
        QCOMPARE(queued.value(QStringLiteral("batch_devices")).toInt(), 1);
        QCOMPARE(queued.value(QStringLiteral("escrow_records")).toInt(), 1);
        QVERIFY(queued.value(QStringLiteral("audit_events")).toInt() >= 10); // one per migration at least
        QVERIFY(queued.value(QStringLiteral("station_info")).toInt() >= 2);
        // Exactly once: as many entries as rows, nothing else.
        const QByteArray entries = sql(path, QStringLiteral("SELECT count(*) FROM outbox")).out.trimmed();
        qint64 rows = 0;
        for (const QJsonValue& v : queued)
            rows += v.toInt();
        QCOMPARE(entries.toLongLong(), rows);
        // Opening again queues nothing more.
        store->reset();
        QVERIFY(db::StationStore::open(path));
        QCOMPARE(
            sql(path, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name <> 'audit_events' AND "
                                     "table_name <> 'checkpoints'"))
                .out.trimmed()
                .toLongLong(),
            rows - queued.value(QStringLiteral("audit_events")).toInt() -
                queued.value(QStringLiteral("checkpoints")).toInt());
    }

    // Schema 13: the tables of schema 11 (trust store, lots) and the operators join the outbox — rows written
    // before the upgrade queued once, rows written after it by their triggers — and an operator's password
    // hash, salt and kdf never enter it (the Python oracle compares every other column).
    void schema13QueuesTrustStoreLotsAndOperatorsWithoutSecrets()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema13.db"));
        {
            db::OpenOptions options;
            options.migrateTo = 12;
            QVERIFY(db::Database::open(path, options));
        }
        const QString rows = QStringLiteral(
            "INSERT INTO operators(uuid, operator_id, full_name, role, kdf, salt, password_hash, "
            "created_utc) "
            "VALUES ('o-%1', 'op%1', 'Olga %1', 'operator', 'scrypt', x'5a17', x'5ec2e7', 't');"
            "INSERT INTO trust_cas(uuid, import_uuid, sha256, der, vendor, name, known, subject, role, "
            "not_before, not_after, source, imported_by, imported_utc, reason, signature_id) VALUES ('c-%1', "
            "'i', 'h%1', x'3082', 'V', 'N', 1, 'CN=x', 'root', 'a', 'b', 's', 'admin1', 't', 'r', 1);"
            "INSERT INTO lots(uuid, lot, part, format, source, source_sha256, entries, imported_by, "
            "imported_utc, reason, signature_id) VALUES ('l-%1', 'LOT-%1', 'p', 'csv', 's', 'h', 1, 'a', "
            "'t', "
            "'r', 1);"
            "INSERT INTO lot_entries(lot_id, row, ek_key_id, form, key_algorithm, ek_public, certificate) "
            "VALUES ((SELECT id FROM lots WHERE uuid = 'l-%1'), 1, 'k%1', 'f', 'rsa', x'0001', x'3082');"
            "INSERT INTO batches(uuid, name, creator_id, creator_name, created_utc, product, simulated, "
            "devices, operations, manifest_sha256) VALUES ('b-%1', 'B%1', 'c', 'C', 't', 'p', 1, 0, 0, 'h');"
            "INSERT INTO lot_batches(batch_id, lot_id) VALUES ((SELECT id FROM batches WHERE uuid = 'b-%1'), "
            "(SELECT id FROM lots WHERE uuid = 'l-%1'));");
        QVERIFY(sql(path, rows.arg(1)).ok()); // before the upgrade: the backfill queues them
        auto store = db::StationStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QCOMPARE(sql(path, QStringLiteral("PRAGMA user_version")).out.trimmed(), QByteArray("13"));
        const QStringList schema13 = {QStringLiteral("operators"), QStringLiteral("trust_cas"),
                                      QStringLiteral("lots"), QStringLiteral("lot_entries"),
                                      QStringLiteral("lot_batches")};
        for (const QString& table : schema13)
            QCOMPARE(
                sql(path, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = '%1'").arg(table))
                    .out.trimmed(),
                QByteArray("1"));
        store->reset();
        const test::ToolRun after =
            sql(path, rows.arg(2) + QStringLiteral("UPDATE lot_entries SET consumed_utc "
                                                   "= 'now' WHERE ek_key_id = 'k1';"));
        QVERIFY2(after.ok(), after.err.constData());
        const QJsonObject queued = checkOutbox(path);
        for (const QString& table : schema13)
            QVERIFY2(queued.value(table).toInt() == 2, qPrintable(table));
        // The consumed entry's newest state went out; no secret ever did.
        QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'lot_entries'"))
                     .out.trimmed(),
                 QByteArray("3"));
        QCOMPARE(
            sql(path, QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE '%password_hash%' OR "
                                     "payload LIKE '%5ec2e7%' OR payload LIKE '%\"salt\"%'"))
                .out.trimmed(),
            QByteArray("0"));
    }

    void recordAndEntryCommitTogetherOrNotAtAll()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.db"));
        QVERIFY(db::StationStore::open(path));
        QVERIFY(sql(path, QString::fromLatin1(kOldRows)).ok());
        QVERIFY(!checkOutbox(path).isEmpty());
        const QByteArray before = sql(path, QStringLiteral("SELECT count(*) FROM outbox")).out.trimmed();
        // Rolled back: neither the row nor its entry.
        QVERIFY(sql(path,
                    QStringLiteral("BEGIN; INSERT INTO devices(uuid, serial, product, simulated, station_id, "
                                   "created_utc) VALUES ('d-2', 'SER-2', 'p', 1, 's', 't'); ROLLBACK;"))
                    .ok());
        // Refused by a constraint: neither.
        QVERIFY(!sql(path, QStringLiteral("INSERT INTO devices(uuid, serial, product, simulated, station_id, "
                                          "created_utc) VALUES ('d-3', 'SER-1', 'p', 1, 's', 't')"))
                     .ok());
        QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM outbox")).out.trimmed(), before);
        QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM outbox WHERE row_key IN ('d-2', 'd-3')"))
                     .out.trimmed(),
                 QByteArray("0"));
        // A state change is queued as an update with the row as it now is.
        QVERIFY(sql(path,
                    QStringLiteral("UPDATE runs SET state = 'completed', ended_utc = 'u' WHERE uuid = 'r-1';"
                                   "UPDATE batch_devices SET status = 'uploaded'"))
                    .ok());
        QCOMPARE(sql(path,
                     QStringLiteral("SELECT op, json_extract(payload, '$.state') FROM outbox WHERE row_key = "
                                    "'r-1' ORDER BY seq"))
                     .out.trimmed(),
                 QByteArray("insert|running\nupdate|completed"));
        QVERIFY(!checkOutbox(path).isEmpty()); // the newest entry of every row matches it
        // Sequence numbers are never reused, even when the queue was emptied.
        const qint64 last =
            sql(path, QStringLiteral("SELECT max(seq) FROM outbox")).out.trimmed().toLongLong();
        auto database = db::Database::open(path);
        QVERIFY(database);
        QVERIFY(db::outboxAcknowledge(**database, last, {}, QStringLiteral("test")));
        QVERIFY(sql(path, QStringLiteral("INSERT INTO devices(uuid, serial, product, simulated, station_id, "
                                         "created_utc) VALUES ('d-4', 'SER-4', 'p', 1, 's', 't')"))
                    .ok());
        QCOMPARE(
            sql(path, QStringLiteral("SELECT count(*) FROM outbox WHERE seq <= %1").arg(last)).out.trimmed(),
            QByteArray("0"));
        QCOMPARE(sql(path, QStringLiteral("SELECT seq > %1 FROM outbox WHERE row_key = 'd-4'").arg(last))
                     .out.trimmed(),
                 QByteArray("1"));
        auto status = db::outboxStatus(**database);
        QVERIFY(status);
        QCOMPARE(status->queued, 1);
        QCOMPARE(status->lastSentSeq, last);
        QCOMPARE(status->central, QStringLiteral("test"));
    }

    void droppedTriggerIsCaughtByAuditVerify()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.db"));
        QVERIFY(db::StationStore::open(path));
        const QStringList verifyArgs{QStringLiteral("audit"), QStringLiteral("verify"),
                                     QStringLiteral("--db"), path};
        const test::ToolRun intact = test::runTool(test::cliPath(), verifyArgs);
        QVERIFY2(intact.ok(), intact.err.constData());
        QVERIFY(sql(path, QStringLiteral("DROP TRIGGER outbox_step_results_insert")).ok());
        const test::ToolRun dropped = test::runTool(test::cliPath(), verifyArgs);
        QVERIFY(!dropped.ok());
        QVERIFY2((dropped.out + dropped.err).contains("outbox_step_results_insert"),
                 (dropped.out + dropped.err).constData());
    }
};

STATION_TEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
