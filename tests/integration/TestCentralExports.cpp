// Exports from the factory database against a real PostgreSQL 15 (tests/support/PostgresFixture): two
// stations run their lines and sync, then `export dps --central` writes one batch over both. Oracles: the
// batch checked by python3's standard library (tests/support/dps_batch_check.py) and `openssl cms -verify`,
// psql for the central rows, the sqlite3 CLI for the stations' devices.
#include "CentralStations.h"
#include "ExportSignIn.h"
#include "PostgresFixture.h"
#include "TestMain.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
using test::sqlOut;
// The serials of a station's devices that passed QA (step 5) in their current epoch, one per line.
QByteArrayList passedQa(const QString& db)
{
    return sqlOut(db,
                  QStringLiteral("SELECT d.serial FROM devices d WHERE EXISTS (SELECT 1 FROM step_results s "
                                 "WHERE s.device_id = d.id AND s.step = 5 AND s.kind = 'run' AND s.outcome "
                                 "= 'pass' AND s.rework_epoch = d.rework_epoch) ORDER BY d.id"))
        .split('\n');
}
} // namespace

class TestCentralExports : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Signed in as an admin of the exporting station (exporting a DPS batch needs that role, as on the
    // station).
    QStringList exportArgs(const test::PostgresFixture& pg, const QString& db, const QString& out) const
    {
        return test::asExporter({QStringLiteral("export"), QStringLiteral("dps"), QStringLiteral("--central"),
                                 pg.url(QStringLiteral("exporter")), QStringLiteral("--db"), db,
                                 QStringLiteral("--out"), out, QStringLiteral("--allow-simulated"),
                                 QStringLiteral("--json")});
    }

    // `dashboard --central` against oracles written here: the first-pass yield by psql (a window function
    // over the central step results), the completed runs per station and hour by sqlite3 on each station's
    // own file, the failure causes by psql.
    void checkDashboard(const test::PostgresFixture& pg, const QStringList& dbs)
    {
        const test::ToolRun run =
            test::cliAt(pg, {QStringLiteral("dashboard"), QStringLiteral("--central"),
                             pg.url(QStringLiteral("auditor")), QStringLiteral("--json")});
        QVERIFY2(run.ok(), run.err.constData());
        const QJsonObject d = QJsonDocument::fromJson(run.out).object();
        QStringList yield;
        for (const QJsonValue& v : d.value(QStringLiteral("yield")).toArray())
            yield << QStringLiteral("%1|%2|%3")
                         .arg(v[QStringLiteral("step")].toInt())
                         .arg(v[QStringLiteral("firstAttempts")].toInteger())
                         .arg(v[QStringLiteral("passed")].toInteger());
        const test::ToolRun oracle = pg.psql(QStringLiteral(
            "SELECT step || '|' || count(*) || '|' || sum(CASE WHEN outcome = 'pass' THEN 1 ELSE 0 END) FROM "
            "(SELECT (payload->>'step')::int AS step, payload->>'outcome' AS outcome, row_number() OVER "
            "(PARTITION "
            "BY station_id, payload->'device_id', payload->'step' ORDER BY (payload->>'id')::bigint) AS n "
            "FROM "
            "tps.records WHERE table_name = 'step_results' AND payload->>'kind' = 'run' AND "
            "payload->>'outcome' "
            "<> 'aborted') r WHERE n = 1 GROUP BY step ORDER BY step"));
        QVERIFY2(oracle.ok(), oracle.err.constData());
        QCOMPARE(yield.join(QLatin1Char('\n')).toUtf8(), oracle.out.trimmed());
        QVERIFY(yield.size() >= 5);
        const QJsonObject stations = d.value(QStringLiteral("stations")).toObject();
        QCOMPARE(stations.size(), dbs.size());
        for (const QString& db : dbs) {
            const QJsonObject s = stations.value(test::stationIdOf(db)).toObject();
            QStringList hours;
            const QJsonObject perHour = s.value(QStringLiteral("hours")).toObject();
            for (auto it = perHour.begin(); it != perHour.end(); ++it)
                hours << it.key() + QLatin1Char('|') + QString::number(it.value().toInteger());
            QCOMPARE(hours.join(QLatin1Char('\n')).toUtf8(),
                     sqlOut(db, QStringLiteral(
                                    "SELECT substr(ended_utc, 1, 13) || '|' || count(*) FROM runs WHERE "
                                    "state = 'completed' GROUP BY substr(ended_utc, 1, 13) ORDER BY 1")));
            QCOMPARE(QByteArray::number(s.value(QStringLiteral("completed")).toInteger()),
                     sqlOut(db, QStringLiteral("SELECT count(*) FROM runs WHERE state = 'completed'")));
        }
        qint64 causes = 0;
        for (const QJsonValue& v : d.value(QStringLiteral("causes")).toArray())
            causes += v[QStringLiteral("count")].toInteger();
        QCOMPARE(
            QByteArray::number(causes),
            pg.psql(QStringLiteral("SELECT count(*) FROM tps.records WHERE table_name = 'step_results' AND "
                                   "payload->>'outcome' IN ('fail', 'error')"))
                .out.trimmed());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dpsBatchOverTwoStations()
    {
        test::PostgresFixture pg;
        const QString initialised =
            test::initCentral(pg, {{QStringLiteral("relay"), QStringLiteral("tps_relay")},
                                   {QStringLiteral("exporter"), QStringLiteral("tps_exporter")},
                                   {QStringLiteral("auditor"), QStringLiteral("tps_auditor")}});
        QVERIFY2(initialised.isEmpty(), qPrintable(initialised));
        // Two stations, three devices each, synced.
        QStringList dbs;
        for (int i = 0; i < 2; ++i) {
            test::TestFleet fleet(3);
            QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
            dbs << m_dir.filePath(QStringLiteral("export-station%1.db").arg(i));
            const test::ToolRun line = test::cliAt(
                pg, {QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("3"),
                     QStringLiteral("--db"), dbs.last(), QStringLiteral("--root"), fleet.fleet().root(),
                     QStringLiteral("--keep-running"), QStringLiteral("--json")});
            QVERIFY2(line.ok(), line.err.constData());
            QCOMPARE(passedQa(dbs.last()).size(), 3);
        }
        const QString a = test::stationIdOf(dbs[0]);
        const QString b = test::stationIdOf(dbs[1]);
        // Station B's first device reports station A's first device's EK (a cloned TPM identity).
        const QByteArray serialA = passedQa(dbs[0]).first();
        const QByteArray serialB = passedQa(dbs[1]).first();
        const QByteArray digestA =
            sqlOut(dbs[0], QStringLiteral("SELECT ek_digest FROM devices WHERE serial = '%1'")
                               .arg(QString::fromUtf8(serialA)));
        QVERIFY(!digestA.isEmpty());
        QVERIFY(
            test::runTool(QStringLiteral("sqlite3"),
                          {dbs[1], QStringLiteral("UPDATE devices SET ek_digest = '%1' WHERE serial = '%2'")
                                       .arg(QString::fromUtf8(digestA), QString::fromUtf8(serialB))})
                .ok());
        for (const QString& db : dbs) {
            const test::ToolRun sent =
                test::cliAt(pg, {QStringLiteral("sync"), QStringLiteral("--db"), db,
                                 QStringLiteral("--central"), pg.url(QStringLiteral("relay"))});
            QVERIFY2(sent.ok(), sent.err.constData());
        }
        checkDashboard(pg, dbs);

        // The batch over both stations: four devices, the two with the same EK left out, each naming the
        // other's serial and station.
        const QString out = m_dir.filePath(QStringLiteral("central-batch"));
        const test::ToolRun run = test::cliAt(pg, exportArgs(pg, dbs[0], out));
        QVERIFY2(run.ok(), run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("devices")).toInt(), 4);
        const QJsonArray skipped = summary.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 2);
        QMap<QString, QString> reasons;
        for (const QJsonValue& v : skipped)
            reasons.insert(v[QStringLiteral("serial")].toString(), v[QStringLiteral("reason")].toString());
        const QString reasonA = reasons.value(QString::fromUtf8(serialA));
        const QString reasonB = reasons.value(QString::fromUtf8(serialB));
        QVERIFY2(reasonA.contains(a) && reasonA.contains(QString::fromUtf8(serialB)) && reasonA.contains(b),
                 qPrintable(reasonA));
        QVERIFY2(reasonB.contains(b) && reasonB.contains(QString::fromUtf8(serialA)) && reasonB.contains(a),
                 qPrintable(reasonB));

        // The files, checked by the standard library and openssl: exactly the other four devices.
        QByteArrayList expected = passedQa(dbs[0]).mid(1) + passedQa(dbs[1]).mid(1);
        std::sort(expected.begin(), expected.end());
        const test::ToolRun check =
            test::runTool(QStringLiteral("python3"), {qEnvironmentVariable("STATION_SOURCE_DIR") +
                                                          QStringLiteral("/tests/support/dps_batch_check.py"),
                                                      out});
        QVERIFY2(check.ok(), check.err.constData());
        QCOMPARE(check.out.trimmed().split('\n'), expected);
        QVERIFY(test::manifestSignatureVerifies(out));
        const QJsonObject manifest =
            QJsonDocument::fromJson(
                test::runTool(QStringLiteral("cat"), {out + QStringLiteral("/manifest.json")}).out)
                .object();
        QCOMPARE(manifest[QStringLiteral("station")][QStringLiteral("id")].toString(), a);
        QVERIFY(manifest[QStringLiteral("batch")][QStringLiteral("central")].toString().contains(
            QStringLiteral("/factory")));

        // Recorded centrally (psql as the oracle), and audited on the exporting station.
        const QString batch = summary.value(QStringLiteral("uuid")).toString();
        QCOMPARE(pg.psql(QStringLiteral("SELECT string_agg(serial, ',' ORDER BY serial) FROM "
                                        "tps.central_batch_devices WHERE batch_uuid = '%1'")
                             .arg(batch))
                     .out.trimmed(),
                 expected.join(','));
        QCOMPARE(
            pg.psql(QStringLiteral("SELECT devices || '|' || exporting_station || '|' || recorded_by FROM "
                                   "tps.central_batches"))
                .out.trimmed(),
            QStringLiteral("4|%1|exporter").arg(a).toUtf8());
        QCOMPARE(
            sqlOut(dbs[0], QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export' AND "
                                          "object = 'batch:%1'")
                               .arg(batch)),
            QByteArray("1"));

        // Not twice: nothing is left to export, from all stations or from one; nothing new recorded.
        const QString again = m_dir.filePath(QStringLiteral("central-again"));
        const test::ToolRun twice = test::cliAt(pg, exportArgs(pg, dbs[0], again));
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains("2 left out"), twice.err.constData());
        QVERIFY(!QDir(again).exists());
        const test::ToolRun one =
            test::cliAt(pg, exportArgs(pg, dbs[1], again) << QStringLiteral("--stations") << b);
        QCOMPARE(one.exitCode, 1);
        QVERIFY(!QDir(again).exists());
        QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) FROM tps.central_batch_devices")).out.trimmed(),
                 QByteArray("4"));

        // Bad input: a station list that is not UUIDs, a station the factory never heard of.
        const test::ToolRun notUuid = test::cliAt(
            pg, exportArgs(pg, dbs[0], again) << QStringLiteral("--stations") << QStringLiteral("line-3"));
        QCOMPARE(notUuid.exitCode, 2);
        QVERIFY2(notUuid.err.contains("'line-3' is not a station ID"), notUuid.err.constData());
        const QString stranger = QStringLiteral("0b7e1c2a-0000-4000-8000-0000000000ff");
        const test::ToolRun unknown =
            test::cliAt(pg, exportArgs(pg, dbs[0], again) << QStringLiteral("--stations") << stranger);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(stranger.toUtf8()) && unknown.err.contains("has sent nothing"),
                 unknown.err.constData());

        // Roles: the relay cannot record a batch, the auditor reads them, nobody changes them.
        QVERIFY(pg.psql(QStringLiteral("INSERT INTO tps.central_batch_devices SELECT * FROM "
                                       "tps.central_batch_devices LIMIT 0"),
                        {}, QStringLiteral("relay"))
                    .err.contains("permission denied"));
        QCOMPARE(
            pg.psql(QStringLiteral("SELECT count(*) FROM tps.central_batches"), {}, QStringLiteral("auditor"))
                .out.trimmed(),
            QByteArray("1"));
        for (const QString& role : {QStringLiteral("exporter"), QStringLiteral("auditor")})
            QVERIFY(pg.psql(QStringLiteral("DELETE FROM tps.central_batch_devices"), {}, role)
                        .err.contains("permission denied"));
        QVERIFY(pg.psql(QStringLiteral("DELETE FROM tps.central_batch_devices")).err.contains("append-only"));
    }
};

STATION_TEST_GUILESS_MAIN(TestCentralExports)
#include "TestCentralExports.moc"
