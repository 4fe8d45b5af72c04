// The batch_devices rows of a DPS batch written in multi-row INSERTs (exports/BatchMembers): full
// statements and the rest, every row as given and in order, checked with the sqlite3 CLI; a row the
// database refuses fails the write.
#include "TestMain.h"
#include "TestSupport.h"

#include "db/StationStore.h"
#include "exports/BatchMembers.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tps;

class TestBatchMembers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QByteArray sql(const QString& db, const QString& query)
    {
        const test::ToolRun run = test::runTool(QStringLiteral("sqlite3"), {db, query});
        return run.ok() ? run.out.trimmed() : QByteArray("sqlite3 failed: ") + run.err;
    }

    // A station database with `devices` devices and one batch; returns the batch id.
    qint64 prepare(db::Database& d, int devices)
    {
        auto device =
            d.prepare("INSERT INTO devices(uuid, serial, product, simulated, station_id, created_utc) "
                      "VALUES (?1, ?2, 'gateway', 0, 'station', '2026-11-21T00:00:00Z')");
        auto batch =
            d.prepare("INSERT INTO batches(uuid, name, creator_id, creator_name, created_utc, product, "
                      "simulated, devices, operations, manifest_sha256) "
                      "VALUES ('b-uuid', 'lot', 'op1', 'Olga', '2026-11-21T00:00:00Z', 'gateway', 0, 0, "
                      "0, '')");
        if (!device || !batch)
            return -1;
        for (int i = 1; i <= devices; ++i) {
            device->reset();
            device->bind(1, db::newUuid()).bind(2, QStringLiteral("SN-%1").arg(i));
            if (!device->exec())
                return -1;
        }
        if (!batch->exec())
            return -1;
        return d.lastInsertId();
    }

    static QByteArray registrationId(int device) { return "reg-" + QByteArray::number(device * 7); }

private slots:
    void writesFullStatementsAndTheRest()
    {
        // Two full statements and a partial one.
        const int count = 2 * db::exports::BatchMembers::kRows + 37;
        const QString path = m_dir.filePath(QStringLiteral("members.db"));
        auto store = db::StationStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        db::Database& d = (*store)->database();
        const qint64 batchId = prepare(d, count);
        QVERIFY(batchId > 0);

        auto members = db::exports::BatchMembers::create(d, batchId, "2026-11-21T10:00:00.000Z");
        QVERIFY(members);
        for (int device = 1; device <= count; ++device) {
            QVERIFY(members->add(device, registrationId(device), (device - 1) / 10 + 1));
            // Nothing is written before a statement's worth of rows is queued.
            if (device == db::exports::BatchMembers::kRows - 1)
                QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM batch_devices")), QByteArray("0"));
        }
        QVERIFY(members->flush());
        QVERIFY(members->flush()); // nothing left: no statement, no error

        QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM batch_devices")), QByteArray::number(count));
        // Each row as given: the rows are in the order added, with their registration ID and operation.
        QByteArray expected;
        for (int device = 1; device <= count; ++device)
            expected += QByteArray::number(device) + '|' + registrationId(device) + '|' +
                        QByteArray::number((device - 1) / 10 + 1) + '\n';
        QCOMPARE(sql(path, QStringLiteral("SELECT device_id, registration_id, operation FROM batch_devices "
                                          "ORDER BY id")) +
                     '\n',
                 expected);
        QCOMPARE(
            sql(path, QStringLiteral("SELECT DISTINCT batch_id || ' ' || status || ' ' || updated_utc FROM "
                                     "batch_devices")),
            QByteArray::number(batchId) + " exported 2026-11-21T10:00:00.000Z");
    }

    void refusedRowFailsTheWrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.db"));
        auto store = db::StationStore::open(path);
        QVERIFY(store);
        db::Database& d = (*store)->database();
        const qint64 batchId = prepare(d, 3);
        QVERIFY(batchId > 0);
        auto members = db::exports::BatchMembers::create(d, batchId, "2026-11-21T10:00:00.000Z");
        QVERIFY(members);
        QVERIFY(members->add(1, registrationId(1), 1));
        QVERIFY(members->add(99, registrationId(99), 1)); // no device 99: the foreign key refuses it
        const auto written = members->flush();
        QVERIFY(!written);
        QVERIFY(!written.error().message.isEmpty());
        QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM batch_devices")), QByteArray("0"));
    }
};

STATION_TEST_GUILESS_MAIN(TestBatchMembers)
#include "TestBatchMembers.moc"
