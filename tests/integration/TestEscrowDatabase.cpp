// Escrow in the station database, end to end through the CLI: `line --simulate 1 --db X` escrows step
// 3's secrets into X (CMS only); `escrow open --db X` with the simulated customer's key gives values the
// device accepts (tpm2-tools as the oracle); no secret is in the database files in any encoding; the
// audit trail names every escrow record and still verifies; refused files are left untouched.
#include "OwnershipTestSupport.h"
#include "TestMain.h"
#include "SecretScan.h"
#include "TestSupport.h"

#include "core/sim/SimFleet.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tps;

class TestEscrowDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QByteArray sql(const QString& db, const QString& query)
    {
        const test::ToolRun r = test::runTool(QStringLiteral("sqlite3"), {db, query});
        return r.out.trimmed();
    }
    static QByteArray readAll(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toUtf8());
        qputenv("HOME", path(QStringLiteral("home")).toUtf8());
    }

    void lineEscrowsIntoTheDatabaseAndTheOwnerOpensIt()
    {
        const QString db = path(QStringLiteral("station.db"));
        const QString root = path(QStringLiteral("fleet"));
        const test::ToolRun line =
            test::runTool(test::cliPath(),
                          {QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("1"),
                           QStringLiteral("--db"), db, QStringLiteral("--root"), root,
                           QStringLiteral("--keep-running"), QStringLiteral("--json")},
                          {}, {}, 300000);
        sim::SimFleet fleet(root);
        fleet.setStopOnDestruction(true);
        QVERIFY2(line.ok(), line.err.constData());
        auto running = fleet.devices();
        QVERIFY(running.ok());
        QCOMPARE(running->size(), 1);
        const sim::SimDevice device = running->first();

        // One applied record, written ahead as pending: two audit events for it, none with the CMS.
        QCOMPARE(sql(db, QStringLiteral("SELECT device_serial, state FROM escrow_records")),
                 (device.serial + QStringLiteral("|applied")).toUtf8());
        const QByteArray recordId = sql(db, QStringLiteral("SELECT uuid FROM escrow_records"));
        const QList<QByteArray> events =
            sql(db, QStringLiteral("SELECT action || ':' || new_value FROM audit_events WHERE object = "
                                   "'escrow:%1' ORDER BY seq")
                        .arg(QString::fromLatin1(recordId)))
                .split('\n');
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0), QByteArray("create:pending"));
        QVERIFY(events.at(1).startsWith("change:applied ("));
        // The Azure IoT C SDK (the default device client) needs the owner authorization empty: lockout only.
        QVERIFY(!events.at(1).contains("owner") && events.at(1).contains("lockout"));
        // The file store (an "escrow" directory under the user data directory) is not used.
        QDirIterator it(path(QStringLiteral("data")), QDir::Dirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY(QFileInfo(it.next()).fileName() != QLatin1String("escrow"));

        const QString ownerKey = root + QStringLiteral("/customer/escrow-key.pem");
        const auto escrowed = test::openEscrowDb(db, ownerKey, device.serial);
        QVERIFY(!escrowed.contains(QStringLiteral("owner"))); // the C SDK needs the owner auth empty
        QCOMPARE(escrowed.value(QStringLiteral("lockout")).state, QStringLiteral("applied"));
        QCOMPARE(escrowed.value(QStringLiteral("lockout")).record, QString::fromLatin1(recordId));
        // tpm2-tools on the still running device: the empty owner auth works (as the device's DPS client
        // needs), and the escrowed lockout value is the lockout hierarchy's.
        const QString tcti = device.tcti();
        QVERIFY(test::ownerAuthWorks(tcti, QString()));
        QVERIFY(test::lockoutAuthWorks(tcti, escrowed.value(QStringLiteral("lockout")).hex));

        // No secret in the database files: raw, hex (either case) or base64.
        const QByteArray files = test::databaseFiles(db);
        QVERIFY(files.size() > 4096);
        for (const test::Escrowed& e : escrowed) {
            const QByteArray raw = QByteArray::fromHex(e.hex.toLatin1());
            QVERIFY(raw.size() >= 16);
            QVERIFY(!test::containsSecret(files, raw));
        }

        // The wrong key opens nothing; the audit trail verifies.
        const test::ToolRun wrong =
            test::runCli({QStringLiteral("escrow"), QStringLiteral("open"), QStringLiteral("--key"),
                          root + QStringLiteral("/firmware/signing-key.pem"), QStringLiteral("--db"), db,
                          QStringLiteral("--serial"), device.serial});
        QVERIFY(!wrong.ok());
        const test::ToolRun verify = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"),
                                                   QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(verify.ok(), verify.out.constData());
        QCOMPARE(QJsonDocument::fromJson(verify.out).object().value(QStringLiteral("intact")).toBool(), true);

        // Rework from the command line against the same database: clear with the escrowed lockout
        // authorization (revokes the record), take ownership again (a new record in the database).
        const test::ToolRun both =
            test::runCli({QStringLiteral("ownership"), QStringLiteral("clear"), QStringLiteral("--tcti"),
                          tcti, QStringLiteral("--db"), db, QStringLiteral("--store"),
                          path(QStringLiteral("dir")), QStringLiteral("--serial"), device.serial,
                          QStringLiteral("--platform"), QStringLiteral("--reason"), QStringLiteral("x")});
        QVERIFY(!both.ok() && both.err.contains("--store")); // refused before any TPM command
        QCOMPARE(test::variableProperties(tcti).value(QStringLiteral("lockoutAuthSet")), QStringLiteral("1"));
        const test::ToolRun clear =
            test::runCli({QStringLiteral("ownership"), QStringLiteral("clear"), QStringLiteral("--tcti"),
                          tcti, QStringLiteral("--db"), db, QStringLiteral("--serial"), device.serial,
                          QStringLiteral("--lockout-key"), ownerKey, QStringLiteral("--reason"),
                          QStringLiteral("customer return")});
        QVERIFY2(clear.ok(), clear.err.constData());
        QVERIFY(test::ownerAuthWorks(tcti, QString()));
        QCOMPARE(test::variableProperties(tcti).value(QStringLiteral("lockoutAuthSet")), QStringLiteral("0"));
        QCOMPARE(sql(db, QStringLiteral("SELECT state FROM escrow_records WHERE uuid = '%1'")
                             .arg(QString::fromLatin1(recordId))),
                 QByteArray("revoked"));
        const test::ToolRun take = test::runCli(
            {QStringLiteral("ownership"), QStringLiteral("take"), QStringLiteral("--tcti"), tcti,
             QStringLiteral("--db"), db, QStringLiteral("--escrow-cert"),
             root + QStringLiteral("/customer/escrow-cert.pem"), QStringLiteral("--serial"), device.serial});
        QVERIFY2(take.ok(), take.err.constData());
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM escrow_records WHERE device_serial = '%1' AND "
                                        "state = 'applied'")
                             .arg(device.serial)),
                 QByteArray("1"));
        const auto retaken = test::openEscrowDb(db, ownerKey, device.serial);
        QVERIFY(retaken.value(QStringLiteral("lockout")).record != QString::fromLatin1(recordId));
        QVERIFY(test::lockoutAuthWorks(tcti, retaken.value(QStringLiteral("lockout")).hex));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("dir"))));
        const test::ToolRun reverify = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"),
                                                     QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(reverify.ok(), reverify.out.constData());
        QVERIFY(fleet.stop().ok());
    }

    void refusedDatabasesAreLeftUntouched()
    {
        const QString ownerKey = path(QStringLiteral("fleet/customer/escrow-key.pem"));
        QVERIFY(QFile::exists(ownerKey));
        const QString notDb = path(QStringLiteral("notes.txt"));
        {
            QFile f(notDb);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const QString newer = path(QStringLiteral("newer.db"));
        QVERIFY(QFile::copy(path(QStringLiteral("station.db")), newer));
        QVERIFY(test::runTool(QStringLiteral("sqlite3"), {newer, QStringLiteral("PRAGMA journal_mode=DELETE; "
                                                                                "PRAGMA user_version=999;")})
                    .ok());
        for (const QString& file : {notDb, newer}) {
            const QByteArray before = readAll(file);
            const test::ToolRun r = test::runCli({QStringLiteral("escrow"), QStringLiteral("open"),
                                                  QStringLiteral("--key"), ownerKey, QStringLiteral("--db"),
                                                  file, QStringLiteral("--serial"), QStringLiteral("X")});
            QVERIFY(!r.ok());
            QVERIFY(!r.err.trimmed().isEmpty());
            QCOMPARE(readAll(file), before);
            QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        }
        const QString missing = path(QStringLiteral("missing.db"));
        QVERIFY(!test::runCli({QStringLiteral("escrow"), QStringLiteral("open"), QStringLiteral("--key"),
                               ownerKey, QStringLiteral("--db"), missing, QStringLiteral("--serial"),
                               QStringLiteral("X")})
                     .ok());
        QVERIFY(!QFile::exists(missing));
        // --db and --store together: a usage error.
        QVERIFY(!test::runCli({QStringLiteral("escrow"), QStringLiteral("open"), QStringLiteral("--key"),
                               ownerKey, QStringLiteral("--db"), path(QStringLiteral("station.db")),
                               QStringLiteral("--store"), path(QStringLiteral("x")),
                               QStringLiteral("--serial"), QStringLiteral("X")})
                     .ok());
    }
};

STATION_TEST_GUILESS_MAIN(TestEscrowDatabase)
#include "TestEscrowDatabase.moc"
