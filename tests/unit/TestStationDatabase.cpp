// The station database: creation, pragmas, refusing files it must not touch (byte-identical afterwards),
// migrations from every earlier schema, unique constraints and append-only tables — checked with the
// sqlite3 CLI as an independent oracle.
#include "TestMain.h"
#include "TestSupport.h"

#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/StationStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
test::ToolRun sql(const QString& db, const QString& statement)
{
    return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement});
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}
} // namespace

class TestStationDatabase : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Opening must fail with `code` in both modes, and leave the file exactly as it was.
    void expectRefused(const QString& path, db::DbErrc code)
    {
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());
        for (db::OpenMode mode : {db::OpenMode::ReadWrite, db::OpenMode::ReadOnly}) {
            db::OpenOptions options;
            options.mode = mode;
            auto opened = db::Database::open(path, options);
            QVERIFY(!opened);
            QCOMPARE(int(opened.error().code), int(code));
            QVERIFY(opened.error().message.contains(path));
        }
        auto store = db::StationStore::open(path);
        QVERIFY(!store);
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(db::keyPathFor(path)));
        // The CLI says so and changes nothing either.
        const test::ToolRun verify =
            test::runTool(test::cliPath(),
                          {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path});
        QVERIFY(verify.exitCode != 0);
        QVERIFY(!verify.err.isEmpty());
        QCOMPARE(fileBytes(path), before);
    }

    // "1,2,...,kSchemaVersion": every schema version recorded once.
    static QByteArray expectedVersions()
    {
        QByteArrayList versions;
        for (int v = 1; v <= db::kSchemaVersion; ++v)
            versions.append(QByteArray::number(v));
        return versions.join(',');
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsStationDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.db"));
        auto store = db::StationStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        db::Database& d = (*store)->database();
        QCOMPARE(d.schemaVersion(), db::kSchemaVersion);
        QVERIFY(!d.stationId().isEmpty());
        QCOMPARE(*d.queryInt("PRAGMA synchronous"), 2); // FULL
        QCOMPARE(*d.queryInt("PRAGMA foreign_keys"), 1);
        // The key is owner-only.
        QCOMPARE(QFile::permissions(db::keyPathFor(path)), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                               QFileDevice::ReadUser |
                                                               QFileDevice::WriteUser);
        // Independent oracle: the sqlite3 CLI sees the station's application_id, schema and WAL.
        QCOMPARE(sql(path, QStringLiteral("PRAGMA application_id")).out.trimmed(),
                 QByteArray::number(db::kApplicationId));
        QCOMPARE(sql(path, QStringLiteral("PRAGMA user_version")).out.trimmed(),
                 QByteArray::number(db::kSchemaVersion));
        QCOMPARE(sql(path, QStringLiteral("PRAGMA journal_mode")).out.trimmed(), QByteArray("wal"));
        QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM station_info WHERE key='station_id'"))
                     .out.trimmed(),
                 QByteArray("1"));
        auto report = db::AuditTrail::verify(d);
        QVERIFY(report && report->intact);
        QVERIFY(report->events >= 4); // three schema versions and the station key
        store->reset();
        // A key others can read is refused, not used.
        QVERIFY(QFile::setPermissions(db::keyPathFor(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                QFileDevice::ReadOther));
        auto loose = db::StationStore::open(path);
        QVERIFY(!loose);
        QVERIFY(loose.error().message.contains(QStringLiteral("chmod 600")));
        QVERIFY(
            QFile::setPermissions(db::keyPathFor(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(db::StationStore::open(path));
    }

    void refusesGarbage()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        QByteArray junk;
        for (int i = 0; i < 5000; ++i)
            junk.append(char((i * 7919) % 251));
        writeFile(path, junk);
        expectRefused(path, db::DbErrc::NotSqlite);
    }

    void refusesAnotherSqliteDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(sql(path,
                    QStringLiteral("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Ada');"))
                    .ok());
        expectRefused(path, db::DbErrc::NotStationDb);
        // Also one that merely claims a different application.
        const QString path2 = m_dir.filePath(QStringLiteral("other2.db"));
        QVERIFY(sql(path2, QStringLiteral("PRAGMA application_id=1234; CREATE TABLE t(x);")).ok());
        expectRefused(path2, db::DbErrc::NotStationDb);
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        {
            auto store = db::StationStore::open(path);
            QVERIFY(store);
        }
        QFile::remove(db::keyPathFor(path));
        QVERIFY(sql(path, QStringLiteral("PRAGMA journal_mode=DELETE; PRAGMA user_version=%1")
                              .arg(db::kSchemaVersion + 1))
                    .ok());
        expectRefused(path, db::DbErrc::NewerSchema);
    }

    void refusesCorruptDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.db"));
        {
            auto store = db::StationStore::open(path);
            QVERIFY(store);
            for (int i = 0; i < 200; ++i) {
                db::AuditTrail trail((*store)->database());
                db::AuditEntry e;
                e.action = QStringLiteral("change");
                e.object = QStringLiteral("filler");
                e.newValue = QString(200, QLatin1Char('x'));
                QVERIFY(trail.append(db::systemActor(), e));
            }
        }
        QFile::remove(db::keyPathFor(path));
        QVERIFY(sql(path, QStringLiteral("PRAGMA journal_mode=DELETE")).ok());
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 8 * 4096);
        // Smash a b-tree page in the middle (the header stays valid).
        for (int i = 4 * 4096; i < 5 * 4096; ++i)
            bytes[i] = char(0xA5);
        writeFile(path, bytes);
        expectRefused(path, db::DbErrc::Corrupt);
    }

    void migratesFromEveryEarlierSchema()
    {
        for (int from = 1; from < db::kSchemaVersion; ++from) {
            const QString path = m_dir.filePath(QStringLiteral("v%1.db").arg(from));
            {
                db::OpenOptions options;
                options.migrateTo = from;
                auto old = db::Database::open(path, options);
                QVERIFY(old);
                QCOMPARE((*old)->schemaVersion(), from);
            }
            QCOMPARE(sql(path, QStringLiteral("PRAGMA user_version")).out.trimmed(),
                     QByteArray::number(from));
            // Records written by the old version.
            QVERIFY(sql(path,
                        QStringLiteral(
                            "INSERT INTO devices(uuid, serial, product, simulated, station_id, created_utc) "
                            "VALUES ('u-1', 'SER-1', 'p', 1, 's', 't');"
                            "INSERT INTO runs(uuid, device_id, station_id, socket, actor_id, started_utc) "
                            "VALUES ('r-1', 1, 's', 1, 'a', 't');"
                            "INSERT INTO step_results(uuid, run_id, device_id, step, attempt, kind, outcome, "
                            "duration_ms, recorded_utc) VALUES ('s-1', 1, 1, 1, 1, 'run', 'pass', 5, 't');"))
                        .ok());
            auto store = db::StationStore::open(path);
            QVERIFY2(store, store ? "" : qPrintable(store.error().message));
            QCOMPARE((*store)->database().schemaVersion(), db::kSchemaVersion);
            QCOMPARE(sql(path, QStringLiteral("SELECT serial, rework_epoch FROM devices")).out.trimmed(),
                     QByteArray("SER-1|0"));
            QCOMPARE(sql(path, QStringLiteral("SELECT uuid, rework_epoch FROM step_results")).out.trimmed(),
                     QByteArray("s-1|0"));
            QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM checkpoints")).out.trimmed(),
                     QByteArray("0"));
            // Each upgrade is in the audit trail, which is intact.
            QCOMPARE(sql(path, QStringLiteral("SELECT group_concat(new_value) FROM audit_events WHERE "
                                              "field='schema_version'"))
                         .out.trimmed(),
                     expectedVersions());
            auto report = db::AuditTrail::verify((*store)->database());
            QVERIFY(report && report->intact);
        }
    }

    void uniqueConstraints()
    {
        const QString path = m_dir.filePath(QStringLiteral("unique.db"));
        QVERIFY(db::StationStore::open(path));
        const QString insert = QStringLiteral(
            "INSERT INTO devices(uuid, serial, product, simulated, station_id, created_utc, ek_digest, "
            "registration_id) VALUES ('%1', '%2', '%3', 1, 's', 't', %4, %5);");
        QVERIFY(sql(path, insert.arg(QStringLiteral("u1"), QStringLiteral("S1"), QStringLiteral("p"),
                                     QStringLiteral("'ek1'"), QStringLiteral("'reg1'")))
                    .ok());
        // The same serial for another product is another device.
        QVERIFY(sql(path, insert.arg(QStringLiteral("u2"), QStringLiteral("S1"), QStringLiteral("q"),
                                     QStringLiteral("NULL"), QStringLiteral("NULL")))
                    .ok());
        // Serial unique per product.
        QVERIFY(!sql(path, insert.arg(QStringLiteral("u3"), QStringLiteral("S1"), QStringLiteral("p"),
                                      QStringLiteral("NULL"), QStringLiteral("NULL")))
                     .ok());
        // EK and registration ID unique across the database.
        QVERIFY(!sql(path, insert.arg(QStringLiteral("u4"), QStringLiteral("S4"), QStringLiteral("q"),
                                      QStringLiteral("'ek1'"), QStringLiteral("NULL")))
                     .ok());
        QVERIFY(!sql(path, insert.arg(QStringLiteral("u5"), QStringLiteral("S5"), QStringLiteral("q"),
                                      QStringLiteral("NULL"), QStringLiteral("'reg1'")))
                     .ok());
        // UUIDs unique.
        QVERIFY(!sql(path, insert.arg(QStringLiteral("u1"), QStringLiteral("S6"), QStringLiteral("q"),
                                      QStringLiteral("NULL"), QStringLiteral("NULL")))
                     .ok());
        QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM devices")).out.trimmed(), QByteArray("2"));
        // Devices are never deleted; step results never changed.
        QVERIFY(!sql(path, QStringLiteral("DELETE FROM devices WHERE uuid='u2'")).ok());
        QCOMPARE(sql(path, QStringLiteral("SELECT count(*) FROM devices")).out.trimmed(), QByteArray("2"));
    }

    void auditTrailIsAppendOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("append.db"));
        QVERIFY(db::StationStore::open(path));
        const QByteArray before = sql(path, QStringLiteral("SELECT * FROM audit_events")).out;
        const test::ToolRun update =
            sql(path, QStringLiteral("UPDATE audit_events SET reason='x' WHERE seq=1"));
        QVERIFY(!update.ok());
        QVERIFY(update.err.contains("append-only"));
        QVERIFY(!sql(path, QStringLiteral("DELETE FROM audit_events WHERE seq=1")).ok());
        QCOMPARE(sql(path, QStringLiteral("SELECT * FROM audit_events")).out, before);
    }
};

STATION_TEST_GUILESS_MAIN(TestStationDatabase)
#include "TestStationDatabase.moc"
