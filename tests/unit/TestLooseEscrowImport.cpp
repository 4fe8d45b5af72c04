// Schema 10: the loose escrow files the GUI wrote beside the database before its engine escrowed into it
// are imported into escrow_records once — every record with its audit event naming the file — and the
// files are removed only after the migration committed. A damaged file is audited and left in place; a
// failed migration imports nothing and removes nothing. Oracle: the sqlite3 CLI.
#include "EscrowSamples.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "core/ownership/FileEscrowStore.h"
#include "db/Migrations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::ownership;

class TestLooseEscrowImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QByteArray sql(const QString& db, const QString& statement)
    {
        return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement})
            .out.trimmed();
    }

    // A database at schema 6 (before the import) in its own folder, with `escrow/` beside it holding files
    // for SN-A (one applied record) and SN-B (an abandoned and a pending record).
    struct Fixture
    {
        QString db;
        QString escrowDir;
        QStringList ids;
    };
    Fixture makeFixture(const QString& name)
    {
        Fixture f;
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        f.db = QDir(dir).filePath(QStringLiteral("station.db"));
        f.escrowDir = QDir(dir).filePath(QStringLiteral("escrow"));
        db::OpenOptions old;
        old.migrateTo = 9; // the schema before the import (schema 10)
        if (!db::Database::open(f.db, old))
            return {};
        FileEscrowStore files(f.escrowDir);
        auto a = files.saveEscrow(test::sampleEscrowRecord(QStringLiteral("SN-A")));
        auto b1 = files.saveEscrow(test::sampleEscrowRecord(QStringLiteral("SN-B")));
        auto b2 = files.saveEscrow(test::sampleEscrowRecord(QStringLiteral("SN-B")));
        if (!a || !b1 || !b2 || !files.markApplied(QStringLiteral("SN-A"), *a, {Hierarchy::Owner}) ||
            !files.markApplied(QStringLiteral("SN-B"), *b1, {}))
            return {};
        f.ids = {*a, *b1, *b2};
        return f;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsAuditsAndRemovesTheFiles()
    {
        const Fixture f = makeFixture(QStringLiteral("ok"));
        QVERIFY(!f.db.isEmpty());
        // A damaged file: audited, not imported, left in place.
        const QString damaged = QDir(f.escrowDir).filePath(QStringLiteral("escrow-SN-C.json"));
        QVERIFY(test::writeFile(damaged, "{\"format\": \"something else\"}"));
        QCOMPARE(sql(f.db, QStringLiteral("PRAGMA user_version")), QByteArray("9"));

        db::OpenOptions options;
        options.looseEscrowDirectory = f.escrowDir;
        auto opened = db::Database::open(f.db, options);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        opened->reset();

        QCOMPARE(sql(f.db, QStringLiteral("PRAGMA user_version")), QByteArray::number(db::kSchemaVersion));
        QCOMPARE(
            sql(f.db, QStringLiteral("SELECT uuid || ' ' || device_serial || ' ' || state || ' ' || applied "
                                     "FROM escrow_records ORDER BY id")),
            QStringLiteral("%1 SN-A applied owner\n%2 SN-B abandoned \n%3 SN-B pending ")
                .arg(f.ids.at(0), f.ids.at(1), f.ids.at(2))
                .toUtf8()
                .trimmed());
        // The CMS is carried byte for byte.
        QCOMPARE(sql(f.db, QStringLiteral("SELECT DISTINCT hex(cms) FROM escrow_records")),
                 QByteArray("3082010203A0FF"));
        // One audit event per record, naming the file; one for the damaged file.
        QCOMPARE(
            sql(f.db, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'create' AND object "
                                     "LIKE 'escrow:%' AND reason LIKE '%imported from the loose escrow "
                                     "file escrow-SN-_.json'")),
            QByteArray("3"));
        QCOMPARE(sql(f.db, QStringLiteral("SELECT object FROM audit_events WHERE action = 'import'")),
                 QByteArray("escrow-file:escrow-SN-C.json"));
        // The imported files are gone; the damaged one stays.
        QVERIFY(!QFile::exists(QDir(f.escrowDir).filePath(QStringLiteral("escrow-SN-A.json"))));
        QVERIFY(!QFile::exists(QDir(f.escrowDir).filePath(QStringLiteral("escrow-SN-B.json"))));
        QVERIFY(QFile::exists(damaged));
        // The audit trail still verifies after the import.
        const test::ToolRun verify =
            test::runTool(test::cliPath(),
                          {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), f.db});
        QVERIFY2(verify.ok(), verify.out.constData());

        // One-time: opening again imports nothing more.
        auto again = db::Database::open(f.db, options);
        QVERIFY(again);
        QCOMPARE(sql(f.db, QStringLiteral("SELECT count(*) FROM escrow_records")), QByteArray("3"));
    }

    void aFailedMigrationKeepsTheFiles()
    {
        const Fixture f = makeFixture(QStringLiteral("fail"));
        QVERIFY(!f.db.isEmpty());
        // An independent writer makes the second insert fail inside the migration's transaction.
        QCOMPARE(
            sql(f.db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON escrow_records WHEN "
                                     "NEW.device_serial = 'SN-B' BEGIN SELECT RAISE(ABORT, 'refused'); END; "
                                     "SELECT 'ok'")),
            QByteArray("ok"));
        db::OpenOptions options;
        options.looseEscrowDirectory = f.escrowDir;
        auto opened = db::Database::open(f.db, options);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(QStringLiteral("schema 10")));
        QCOMPARE(sql(f.db, QStringLiteral("PRAGMA user_version")), QByteArray("9"));
        QCOMPARE(sql(f.db, QStringLiteral("SELECT count(*) FROM escrow_records")), QByteArray("0"));
        QVERIFY(QFile::exists(QDir(f.escrowDir).filePath(QStringLiteral("escrow-SN-A.json"))));
        QVERIFY(QFile::exists(QDir(f.escrowDir).filePath(QStringLiteral("escrow-SN-B.json"))));
    }
};

STATION_TEST_GUILESS_MAIN(TestLooseEscrowImport)
#include "TestLooseEscrowImport.moc"
