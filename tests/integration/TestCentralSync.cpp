// The factory tier against a real PostgreSQL 15 (tests/support/PostgresFixture): `central init`, three
// stations running their lines concurrently and syncing, the relay SIGKILLed and the server stopped mid-sync,
// conflicts, and bad input. Oracles: psql for the central rows, the sqlite3 CLI for the stations' rows.
#include "CentralStations.h"
#include "PostgresFixture.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "sync/CentralSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace tps;

namespace {
test::ToolRun sql(const QString& db, const QString& statement)
{
    return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement});
}

using test::sqlOut;

QStringList syncArgs(const QString& db, const QString& url)
{
    return {QStringLiteral("sync"),  QStringLiteral("--db"), db, QStringLiteral("--central"), url,
            QStringLiteral("--json")};
}

qint64 queued(const QString& db)
{
    return sqlOut(db, QStringLiteral("SELECT count(*) FROM outbox")).toLongLong();
}

// Per station, central and local agree: every table's rows (the newest entry of each row centrally), the
// audit chain event by event, the devices' serials and EK digests.
void expectCentralEqualsStation(const test::PostgresFixture& pg, const QString& db)
{
    const QString station =
        QString::fromUtf8(sqlOut(db, QStringLiteral("SELECT value FROM station_info WHERE "
                                                    "key='station_id'")));
    QVERIFY(!station.isEmpty());
    const QByteArray localChain =
        sqlOut(db, QStringLiteral("SELECT seq || ':' || lower(hex(hash)) FROM audit_events ORDER BY seq"));
    const test::ToolRun centralChain =
        pg.psql(QStringLiteral("SELECT seq || ':' || encode(hash, 'hex') FROM "
                               "tps.audit_events WHERE station_id = '%1' ORDER BY seq")
                    .arg(station));
    QVERIFY2(centralChain.ok(), centralChain.err.constData());
    QCOMPARE(centralChain.out.trimmed(), localChain);
    for (const char* table :
         {"devices", "runs", "step_results", "measurements", "artifacts", "checkpoints", "station_info",
          "escrow_records", "signatures", "operators", "trust_cas", "lots"}) {
        const QByteArray local =
            sqlOut(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        const test::ToolRun central =
            pg.psql(QStringLiteral("SELECT count(DISTINCT row_key) FROM tps.records "
                                   "WHERE station_id = '%1' AND table_name = '%2'")
                        .arg(station, QLatin1String(table)));
        QVERIFY2(central.ok(), central.err.constData());
        QVERIFY2(central.out.trimmed() == local, table);
    }
    const QByteArray localDevices =
        sqlOut(db, QStringLiteral("SELECT uuid || '|' || serial || '|' || coalesce(ek_digest, '') || '|' || "
                                  "coalesce(registration_id, '') FROM devices ORDER BY uuid"));
    const test::ToolRun centralDevices = pg.psql(
        QStringLiteral(
            "SELECT row_key || '|' || (payload->>'serial') || '|' || coalesce(payload->>'ek_digest', '') "
            "|| '|' || coalesce(payload->>'registration_id', '') FROM (SELECT DISTINCT ON (row_key) "
            "row_key, payload FROM tps.records WHERE station_id = '%1' AND table_name = 'devices' "
            "ORDER BY row_key, outbox_seq DESC) d ORDER BY row_key")
            .arg(station));
    QCOMPARE(centralDevices.out.trimmed(), localDevices);
    // An operator's password hash never leaves the station.
    QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) FROM tps.records WHERE table_name = 'operators' AND "
                                    "(payload ? 'password_hash' OR payload ? 'salt')"))
                 .out.trimmed(),
             QByteArray("0"));
    QCOMPARE(queued(db), 0);
    // The central verification followed the whole chain and found nothing.
    QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) FROM tps.findings WHERE station_id = '%1'").arg(station))
                 .out.trimmed(),
             QByteArray("0"));
    QCOMPARE(
        pg.psql(
              QStringLiteral("SELECT verified_seq FROM tps.chain_state WHERE station_id = '%1'").arg(station))
            .out.trimmed(),
        sqlOut(db, QStringLiteral("SELECT max(seq) FROM audit_events")));
}
} // namespace

class TestCentralSync : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    void initCentral(test::PostgresFixture& pg)
    {
        const QString initialised =
            test::initCentral(pg, {{QStringLiteral("relay"), QStringLiteral("tps_relay")},
                                   {QStringLiteral("auditor"), QStringLiteral("tps_auditor")}});
        QVERIFY2(initialised.isEmpty(), qPrintable(initialised));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void centralInitMakesAnAppendOnlySchemaWithRoles()
    {
        test::PostgresFixture pg;
        initCentral(pg);
        QStringList versions;
        for (int v = 1; v <= sync::kCentralSchemaVersion; ++v)
            versions << QString::number(v);
        QCOMPARE(pg.psql(QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY version) FROM "
                                        "tps.schema_info"))
                     .out.trimmed(),
                 versions.join(QLatin1Char(',')).toUtf8());
        const test::ToolRun again =
            test::cliAt(pg, {QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--central"),
                             pg.url(), QStringLiteral("--json")});
        QVERIFY2(again.ok(), again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("from")).toInt(),
                 sync::kCentralSchemaVersion);
        // A station's records, then what each role may do with them.
        const QString db = m_dir.filePath(QStringLiteral("roles.db"));
        QVERIFY(!test::stationWithEvents(db, 3).isEmpty());
        const test::ToolRun sent = test::cliAt(pg, syncArgs(db, pg.url(QStringLiteral("relay"))));
        QVERIFY2(sent.ok(), sent.err.constData());
        for (const QString& change :
             {QStringLiteral("UPDATE tps.audit_events SET reason = 'x'"),
              QStringLiteral("DELETE FROM tps.audit_events"), QStringLiteral("TRUNCATE tps.records"),
              QStringLiteral("DELETE FROM tps.records")}) {
            for (const QString& role : {QStringLiteral("relay"), QStringLiteral("auditor")}) {
                const test::ToolRun r = pg.psql(change, {}, role);
                QVERIFY2(!r.ok() && r.err.contains("permission denied"),
                         qPrintable(role + change + QString::fromUtf8(r.err)));
            }
            // The owner is stopped by the triggers, the second line.
            const test::ToolRun owner = pg.psql(change);
            QVERIFY2(!owner.ok() && owner.err.contains("append-only"), owner.err.constData());
        }
        QVERIFY(!pg.psql(QStringLiteral("INSERT INTO tps.stations(station_id) VALUES (gen_random_uuid())"),
                         {}, QStringLiteral("auditor"))
                     .ok());
        QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) > 3 FROM tps.audit_events"), {},
                         QStringLiteral("auditor"))
                     .out.trimmed(),
                 QByteArray("t"));
    }

    void threeStationsSyncTheUnion()
    {
        test::PostgresFixture pg;
        initCentral(pg);
        QList<std::shared_ptr<test::TestFleet>> fleets;
        QStringList dbs;
        QList<std::shared_ptr<QProcess>> lines;
        for (int i = 0; i < 3; ++i) {
            fleets.append(std::make_shared<test::TestFleet>(2));
            QVERIFY2(fleets.last()->ok(), qPrintable(fleets.last()->error()));
            dbs << m_dir.filePath(QStringLiteral("station%1.db").arg(i));
            auto p = std::make_shared<QProcess>();
            p->start(test::cliPath(), {QStringLiteral("line"), QStringLiteral("--simulate"),
                                       QStringLiteral("2"), QStringLiteral("--db"), dbs.last(),
                                       QStringLiteral("--root"), fleets.last()->fleet().root(),
                                       QStringLiteral("--keep-running"), QStringLiteral("--json")});
            lines.append(p);
        }
        for (int i = 0; i < 3; ++i) {
            QVERIFY(lines[i]->waitForFinished(240000));
            QVERIFY2(lines[i]->exitCode() == 0, lines[i]->readAllStandardError().constData());
        }
        // Three relays at once.
        QList<std::shared_ptr<QProcess>> relays;
        for (const QString& db : dbs) {
            auto p = std::make_shared<QProcess>();
            p->setProcessEnvironment(pg.clientEnvironment());
            p->start(test::cliPath(), syncArgs(db, pg.url(QStringLiteral("relay")))
                                          << QStringLiteral("--batch-size") << QStringLiteral("50"));
            relays.append(p);
        }
        for (auto& p : relays) {
            QVERIFY(p->waitForFinished(120000));
            const QByteArray out = p->readAllStandardOutput();
            QVERIFY2(p->exitCode() == 0, (out + p->readAllStandardError()).constData());
            const QJsonObject report = QJsonDocument::fromJson(out).object();
            QVERIFY(report.value(QStringLiteral("sent")).toInteger() > 50);
            QVERIFY(report.value(QStringLiteral("conflicts")).toArray().isEmpty());
            // Several batches each: checked beside them, three stations' checks at once.
            QVERIFY(report.value(QStringLiteral("checkedBeside")).toInt() > 0);
        }
        for (const QString& db : dbs)
            expectCentralEqualsStation(pg, db);
        // Exactly the union: nothing central that no station has.
        qint64 localEvents = 0;
        for (const QString& db : dbs)
            localEvents += sqlOut(db, QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
        QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) FROM tps.audit_events")).out.trimmed().toLongLong(),
                 localEvents);
        QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) FROM tps.stations")).out.trimmed(), QByteArray("3"));
        // Synced again: nothing to send, nothing changes.
        const test::ToolRun again = test::cliAt(pg, syncArgs(dbs[0], pg.url(QStringLiteral("relay"))));
        QVERIFY2(again.ok(), again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("sent")).toInt(), 0);
        const test::ToolRun status =
            test::cliAt(pg, {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--db"), dbs[0],
                             QStringLiteral("--json")});
        QVERIFY2(status.ok(), status.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(s.value(QStringLiteral("queued")).toInt(), 0);
        QVERIFY(!s.value(QStringLiteral("lastSuccessUtc")).toString().isEmpty());
        QCOMPARE(s.value(QStringLiteral("central")).toString(),
                 QStringLiteral("relay@127.0.0.1:%1/factory").arg(pg.port()));
    }

    // The relay beside the line: everything arrives while (and right after) the line runs; with the factory
    // database unreachable the line still completes every device, the records stay queued and the relay's
    // state says why.
    void lineRunsTheRelayWithoutWaitingForIt()
    {
        test::PostgresFixture pg;
        initCentral(pg);
        const QString online = m_dir.filePath(QStringLiteral("line-online.db"));
        const QString offline = m_dir.filePath(QStringLiteral("line-offline.db"));
        QString unreachable = pg.url(QStringLiteral("relay"));
        unreachable.replace(QStringLiteral("port=%1").arg(pg.port()), QStringLiteral("port=1"));
        for (const auto& [db, url] :
             {std::pair{online, pg.url(QStringLiteral("relay"))}, std::pair{offline, unreachable}}) {
            test::TestFleet fleet(2); // fresh devices for each station
            QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
            const test::ToolRun line =
                test::cliAt(pg, {QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("2"),
                                 QStringLiteral("--db"), db, QStringLiteral("--root"), fleet.fleet().root(),
                                 QStringLiteral("--keep-running"), QStringLiteral("--central"), url,
                                 QStringLiteral("--json")});
            QVERIFY2(line.ok(), line.err.constData());
            const QJsonObject report = QJsonDocument::fromJson(line.out).object();
            QCOMPARE(
                report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("completed")).toInt(),
                2);
            const QJsonObject synced = report.value(QStringLiteral("sync")).toObject();
            QVERIFY2(synced.value(QStringLiteral("attempts")).toInt() >= 1, line.out.constData());
            if (db == online) {
                QCOMPARE(synced.value(QStringLiteral("queued")).toInteger(), 0);
                QVERIFY(synced.value(QStringLiteral("sent")).toInteger() > 0);
                QVERIFY(synced.value(QStringLiteral("lastError")).toString().isEmpty());
                expectCentralEqualsStation(pg, db);
            } else {
                QVERIFY(synced.value(QStringLiteral("queued")).toInteger() > 0);
                QCOMPARE(synced.value(QStringLiteral("queued")).toInteger(), queued(db));
                QVERIFY2(synced.value(QStringLiteral("lastError"))
                             .toString()
                             .contains(QStringLiteral("cannot be reached")),
                         qPrintable(synced.value(QStringLiteral("lastError")).toString()));
            }
        }
    }

    void killedRelayAndStoppedServerLoseNothing()
    {
        test::PostgresFixture pg;
        initCentral(pg);
        const QString db = m_dir.filePath(QStringLiteral("faults.db"));
        const QString station = test::stationWithEvents(db, 30000);
        QVERIFY(!station.isEmpty());
        const qint64 total = queued(db);
        QVERIFY(total > 30000);
        const QString url = pg.url(QStringLiteral("relay"));
        // SIGKILLed at random points, eleven times.
        int killedMidway = 0;
        for (int i = 0; i < 11; ++i) {
            QProcess p;
            p.setProcessEnvironment(pg.clientEnvironment());
            p.start(test::cliPath(), syncArgs(db, url)
                                         << QStringLiteral("--batch-size") << QStringLiteral("700"));
            QVERIFY(p.waitForStarted());
            QThread::msleep(100 + QRandomGenerator::global()->bounded(500));
            if (p.state() == QProcess::Running) {
                ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                ++killedMidway;
            }
            p.waitForFinished();
        }
        QVERIFY2(killedMidway >= 10, qPrintable(QString::number(killedMidway)));
        // The server stopped mid-sync: a clear error, the rest stays queued.
        {
            QProcess p;
            p.setProcessEnvironment(pg.clientEnvironment());
            p.start(test::cliPath(), syncArgs(db, url)
                                         << QStringLiteral("--batch-size") << QStringLiteral("300"));
            QVERIFY(p.waitForStarted());
            QThread::msleep(300);
            QVERIFY(pg.stop(true));
            QVERIFY(p.waitForFinished(60000));
            if (p.exitCode() != 0) {
                const QByteArray err = p.readAllStandardError();
                QVERIFY2(err.contains("factory database"), err.constData());
                QVERIFY(queued(db) > 0);
            }
            QVERIFY(pg.start());
        }
        const test::ToolRun last = test::cliAt(pg, syncArgs(db, url));
        QVERIFY2(last.ok(), last.err.constData());
        QVERIFY(QJsonDocument::fromJson(last.out)
                    .object()
                    .value(QStringLiteral("conflicts"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(sqlOut(db, QStringLiteral("SELECT count(*) FROM sync_conflicts")), QByteArray("0"));
        // Nothing lost, nothing twice: seq 1..N exactly once.
        const QByteArray events = sqlOut(db, QStringLiteral("SELECT count(*) FROM audit_events"));
        QCOMPARE(pg.psql(QStringLiteral(
                             "SELECT count(*) || '|' || count(DISTINCT seq) || '|' || min(seq) || '|' || "
                             "max(seq) FROM tps.audit_events WHERE station_id = '%1'")
                             .arg(station))
                     .out.trimmed(),
                 events + '|' + events + "|1|" + events);
        expectCentralEqualsStation(pg, db);
    }

    void conflictIsReportedNeverOverwritten()
    {
        test::PostgresFixture pg;
        initCentral(pg);
        const QString db = m_dir.filePath(QStringLiteral("conflict.db"));
        QVERIFY(!test::stationWithEvents(db, 2).isEmpty());
        QVERIFY(test::cliAt(pg, syncArgs(db, pg.url(QStringLiteral("relay")))).ok());
        // The same device UUID queued again with other content (as a restored or copied file would).
        const QString device = QStringLiteral("6a1c1f9e-1111-4222-8333-444455556666");
        QVERIFY(sql(db, QStringLiteral(
                            "INSERT INTO devices(uuid, serial, product, simulated, station_id, created_utc) "
                            "VALUES ('%1', 'SER-A', 'p', 1, 's', 't')")
                            .arg(device))
                    .ok());
        QVERIFY(test::cliAt(pg, syncArgs(db, pg.url(QStringLiteral("relay")))).ok());
        QVERIFY(
            sql(db, QStringLiteral("INSERT INTO outbox(uuid, table_name, row_key, op, payload, created_utc) "
                                   "VALUES ('%1', 'devices', '%1', 'insert', '{\"serial\":\"SER-B\"}', 't')")
                        .arg(device))
                .ok());
        const test::ToolRun conflicted = test::cliAt(pg, syncArgs(db, pg.url(QStringLiteral("relay"))));
        QCOMPARE(conflicted.exitCode, 1);
        const QJsonArray conflicts =
            QJsonDocument::fromJson(conflicted.out).object().value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).toObject().value(QStringLiteral("uuid")).toString(), device);
        QCOMPARE(
            pg.psql(
                  QStringLiteral("SELECT payload->>'serial' FROM tps.records WHERE uuid = '%1'").arg(device))
                .out.trimmed(),
            QByteArray("SER-A"));
        QCOMPARE(sqlOut(db, QStringLiteral("SELECT table_name || '|' || row_key FROM sync_conflicts")),
                 QByteArray("devices|") + device.toUtf8());
        QCOMPARE(
            sqlOut(db, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'sync-conflict' AND "
                                      "object = 'outbox:%1'")
                           .arg(device)),
            QByteArray("1"));
        // The audit event of the conflict travels like any other.
        QVERIFY(test::cliAt(pg, syncArgs(db, pg.url(QStringLiteral("relay")))).ok());
        QCOMPARE(
            pg.psql(QStringLiteral("SELECT count(*) FROM tps.audit_events WHERE action = 'sync-conflict'"))
                .out.trimmed(),
            QByteArray("1"));
    }

    // Tampered station files: an event rewritten in the queue (hash left as it was), and a chain recomputed
    // from a rewritten event on without the station's key (its checkpoints left as signed).
    void centralVerificationFlagsTamperedStations()
    {
        test::PostgresFixture pg;
        initCentral(pg);
        const QString url = pg.url(QStringLiteral("relay"));
        const QString altered = m_dir.filePath(QStringLiteral("altered.db"));
        const QString alteredId = test::stationWithEvents(altered, 20);
        QVERIFY(!alteredId.isEmpty());
        QVERIFY(test::cliAt(pg, syncArgs(altered, url)).ok());
        const qint64 synced =
            sqlOut(altered, QStringLiteral("SELECT max(seq) FROM audit_events")).toLongLong();
        QVERIFY(!test::stationWithEvents(altered, 20).isEmpty());
        const qint64 target = synced + 7;
        QVERIFY(
            sql(altered, QStringLiteral("UPDATE outbox SET payload = replace(payload, '\"action\":\"test\"', "
                                        "'\"action\":\"forged\"') WHERE table_name = 'audit_events' AND "
                                        "row_key = (SELECT uuid FROM audit_events WHERE seq = %1)")
                             .arg(target))
                .ok());
        QVERIFY(test::cliAt(pg, syncArgs(altered, url)).ok());
        QCOMPARE(pg.psql(QStringLiteral("SELECT seq || '|' || kind FROM tps.findings WHERE station_id = '%1'")
                             .arg(alteredId))
                     .out.trimmed(),
                 QByteArray::number(target) + "|altered");
        QCOMPARE(pg.psql(QStringLiteral("SELECT verified_seq FROM tps.chain_state WHERE station_id = '%1'")
                             .arg(alteredId))
                     .out.trimmed()
                     .toLongLong(),
                 target - 1);

        const QString rechained = m_dir.filePath(QStringLiteral("rechained.db"));
        const QString rechainedId = test::stationWithEvents(rechained, 30);
        QVERIFY(!rechainedId.isEmpty());
        const QByteArray checkpointSeq =
            sqlOut(rechained, QStringLiteral("SELECT max(seq) FROM checkpoints"));
        const test::ToolRun forge = test::runTool(
            QStringLiteral("python3"),
            {qEnvironmentVariable("STATION_SOURCE_DIR") + QStringLiteral("/tests/support/audit_rechain.py"),
             rechained, QStringLiteral("12"), QStringLiteral("nothing happened here")});
        QVERIFY2(forge.ok(), forge.err.constData());
        QVERIFY(test::cliAt(pg, syncArgs(rechained, url)).ok());
        // The chain itself holds (it was recomputed), the signed checkpoint does not.
        QCOMPARE(pg.psql(QStringLiteral("SELECT seq || '|' || kind FROM tps.findings WHERE station_id = '%1'")
                             .arg(rechainedId))
                     .out.trimmed(),
                 checkpointSeq + "|checkpoint-mismatch");
        // The other station is not blamed.
        QCOMPARE(pg.psql(QStringLiteral("SELECT count(DISTINCT station_id) FROM tps.findings")).out.trimmed(),
                 QByteArray("2"));
    }

    // A backlog of several batches is checked on a second connection beside the batches (the last batch
    // inside its own transaction): an altered event in its middle is found at its sequence number and the
    // verification stops before it, as when each batch checked itself. `central verify` catches up on
    // arrivals no check covered (here: the verification state lost, as if the relay had been killed before
    // its checks ran).
    void backlogIsCheckedBesideItsBatches()
    {
        test::PostgresFixture pg;
        const QString initialised =
            test::initCentral(pg, {{QStringLiteral("relay"), QStringLiteral("tps_relay")},
                                   {QStringLiteral("verifier"), QStringLiteral("tps_verifier")}});
        QVERIFY2(initialised.isEmpty(), qPrintable(initialised));
        const QString db = m_dir.filePath(QStringLiteral("backlog.db"));
        const QString station = test::stationWithEvents(db, 400);
        QVERIFY(!station.isEmpty());
        const qint64 target = sqlOut(db, QStringLiteral("SELECT max(seq) FROM audit_events")).toLongLong() / 2;
        QVERIFY(target > 100);
        QVERIFY(sql(db, QStringLiteral("UPDATE outbox SET payload = replace(payload, '\"action\":\"test\"', "
                                       "'\"action\":\"forged\"') WHERE table_name = 'audit_events' AND "
                                       "row_key = (SELECT uuid FROM audit_events WHERE seq = %1)")
                            .arg(target))
                    .ok());
        const test::ToolRun sent = test::cliAt(pg, syncArgs(db, pg.url(QStringLiteral("relay")))
                                                       << QStringLiteral("--batch-size") << QStringLiteral("40"));
        QVERIFY2(sent.ok(), sent.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(sent.out).object();
        QVERIFY(report.value(QStringLiteral("batches")).toInt() >= 10);
        QVERIFY(report.value(QStringLiteral("checkedBeside")).toInt() > 0);
        const auto verdict = [&] {
            return pg.psql(QStringLiteral("SELECT string_agg(seq || '|' || kind, ',') FROM tps.findings "
                                          "WHERE station_id = '%1'")
                               .arg(station))
                       .out.trimmed() +
                   ' ' +
                   pg.psql(QStringLiteral("SELECT verified_seq FROM tps.chain_state WHERE station_id = '%1'")
                               .arg(station))
                       .out.trimmed();
        };
        const QByteArray expected = QByteArray::number(target) + "|altered " + QByteArray::number(target - 1);
        QCOMPARE(verdict(), expected);
        QCOMPARE(report.value(QStringLiteral("verifiedSeq")).toInteger(), target - 1);

        QVERIFY(pg.psql(QStringLiteral("DELETE FROM tps.chain_state; DELETE FROM tps.findings")).ok());
        QCOMPARE(verdict(), QByteArray(" "));
        const test::ToolRun verify = test::cliAt(pg, {QStringLiteral("central"), QStringLiteral("verify"),
                                                      QStringLiteral("--central"),
                                                      pg.url(QStringLiteral("verifier")), QStringLiteral("--json")});
        QVERIFY2(!verify.out.isEmpty(), verify.err.constData());
        QCOMPARE(verdict(), expected);
    }

    // The same EK on devices of two stations, the second provisioned while its station was offline: found
    // when its records arrive, naming both serials and stations.
    void duplicateEkAcrossStationsIsFlaggedOnArrival()
    {
        test::PostgresFixture pg;
        initCentral(pg);
        const QString url = pg.url(QStringLiteral("relay"));
        const QString first = m_dir.filePath(QStringLiteral("ek-first.db"));
        const QString second = m_dir.filePath(QStringLiteral("ek-second.db"));
        const QString firstId = test::stationWithEvents(first, 1);
        const QString secondId = test::stationWithEvents(second, 1);
        QVERIFY(!firstId.isEmpty() && !secondId.isEmpty());
        const QString digest =
            QStringLiteral("5c0ffee0000000000000000000000000000000000000000000000000000000ab");
        const QString insert =
            QStringLiteral("INSERT INTO devices(uuid, serial, product, simulated, station_id, "
                           "created_utc) VALUES ('%1', '%2', 'p', 1, '%3', 't');"
                           "UPDATE devices SET ek_digest = '%4' WHERE uuid = '%1'");
        QVERIFY(sql(first, insert.arg(QStringLiteral("0b7e1c2a-0000-4000-8000-000000000001"),
                                      QStringLiteral("SER-1"), firstId, digest))
                    .ok());
        QVERIFY(sql(second, insert.arg(QStringLiteral("0b7e1c2a-0000-4000-8000-000000000002"),
                                       QStringLiteral("SER-2"), secondId, digest))
                    .ok());
        QVERIFY(test::cliAt(pg, syncArgs(first, url)).ok());
        QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) FROM tps.duplicate_eks")).out.trimmed(),
                 QByteArray("0"));
        QVERIFY(test::cliAt(pg, syncArgs(second, url)).ok());
        QCOMPARE(pg.psql(QStringLiteral("SELECT ek_digest || '|' || station_id || '|' || serial || '|' || "
                                        "other_station_id || '|' || other_serial FROM tps.duplicate_eks"))
                     .out.trimmed(),
                 QStringLiteral("%1|%2|SER-2|%3|SER-1").arg(digest, secondId, firstId).toUtf8());
        // Synced again: found once.
        QVERIFY(test::cliAt(pg, syncArgs(second, url)).ok());
        QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) FROM tps.duplicate_eks")).out.trimmed(),
                 QByteArray("1"));
    }

    // Step 2 asks the factory database: a TPM whose EK another station already recorded on another serial
    // fails there, naming that serial and station, audited; a station that cannot reach the factory
    // database records "not-checked" and completes (the check on arrival stays the safety net).
    void duplicateEkIsCaughtOnlineAtStep2()
    {
        test::PostgresFixture pg;
        initCentral(pg);
        const QString url = pg.url(QStringLiteral("relay"));
        QString unreachable = url;
        unreachable.replace(QStringLiteral("port=%1").arg(pg.port()), QStringLiteral("port=1"));
        test::TestFleet fleet(1);
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const auto line = [&](const QString& db, const QString& central) {
            return test::cliAt(pg, {QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("1"),
                                    QStringLiteral("--db"), db, QStringLiteral("--root"),
                                    fleet.fleet().root(), QStringLiteral("--keep-running"),
                                    QStringLiteral("--central"), central, QStringLiteral("--json")});
        };
        const auto factoryCheck = [](const QString& db) {
            return sqlOut(db, QStringLiteral("SELECT m.value FROM measurements m JOIN step_results r ON "
                                             "r.id = m.step_result_id WHERE r.step = 2 AND "
                                             "m.name = 'ek.factory_check' ORDER BY m.id DESC LIMIT 1"));
        };
        // Offline: not cross-checked, recorded, the device completes.
        const QString offline = m_dir.filePath(QStringLiteral("ek-online-offline.db"));
        const test::ToolRun alone = line(offline, unreachable);
        QVERIFY2(alone.ok(), alone.err.constData() + alone.out);
        QVERIFY2(factoryCheck(offline).contains("not-checked"), factoryCheck(offline).constData());
        QVERIFY(
            sqlOut(offline, QStringLiteral("SELECT count(*) FROM measurements WHERE name = "
                                           "'ek.factory_check_reason' AND value LIKE '%cannot be reached%'"))
                .toInt() == 1);
        const QString digest =
            QString::fromLatin1(sqlOut(offline, QStringLiteral("SELECT ek_digest FROM devices")));
        QCOMPARE(digest.size(), 64);
        // An independent oracle for the digest: sha256 of the ek.pub artifact, computed by python3.
        const test::ToolRun hashed = test::runTool(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import sqlite3,hashlib,sys; c=sqlite3.connect(sys.argv[1]); "
                 "print(hashlib.sha256(c.execute(\"SELECT data FROM artifacts WHERE name='ek.pub'\")"
                 ".fetchone()[0]).hexdigest())"),
             offline});
        QVERIFY2(hashed.ok(), hashed.err.constData());
        QCOMPARE(QString::fromLatin1(hashed.out.trimmed()), digest);

        // Another station recorded this EK on serial SER-OTHER, and the factory database has it.
        const QString other = m_dir.filePath(QStringLiteral("ek-online-other.db"));
        const QString otherId = test::stationWithEvents(other, 1);
        QVERIFY(!otherId.isEmpty());
        QVERIFY(sql(other, QStringLiteral("INSERT INTO devices(uuid, serial, product, simulated, station_id, "
                                          "created_utc) VALUES ('0b7e1c2a-0000-4000-8000-0000000000aa', "
                                          "'SER-OTHER', 'p', 1, '%1', 't'); UPDATE devices SET ek_digest = "
                                          "'%2' WHERE serial = 'SER-OTHER'")
                               .arg(otherId, digest))
                    .ok());
        QVERIFY(test::cliAt(pg, syncArgs(other, url)).ok());

        // Online: step 2 fails, naming SER-OTHER and its station; audited; nothing after step 2 ran.
        const QString online = m_dir.filePath(QStringLiteral("ek-online.db"));
        const test::ToolRun refused = line(online, url);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(refused.out)
                     .object()
                     .value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("completed"))
                     .toInt(),
                 0);
        const QString message = QString::fromUtf8(
            sqlOut(online,
                   QStringLiteral("SELECT operator_message FROM step_results WHERE step = 2 ORDER BY id DESC "
                                  "LIMIT 1")));
        QVERIFY2(message.contains(QStringLiteral("SER-OTHER")) && message.contains(otherId),
                 qPrintable(message));
        QVERIFY2(factoryCheck(online).contains("duplicate"), factoryCheck(online).constData());
        QCOMPARE(
            sqlOut(online, QStringLiteral("SELECT error_code FROM step_results WHERE step = 2 ORDER BY id "
                                          "DESC LIMIT 1")),
            QByteArray("duplicate"));
        QCOMPARE(sqlOut(online, QStringLiteral("SELECT count(*) FROM step_results WHERE step > 2")),
                 QByteArray("0"));
        QVERIFY2(
            sqlOut(online, QStringLiteral("SELECT reason || new_value || old_value FROM audit_events WHERE "
                                          "action = 'duplicate-ek'"))
                .contains("SER-OTHER"),
            sqlOut(online, QStringLiteral("SELECT * FROM audit_events WHERE action = 'duplicate-ek'"))
                .constData());
    }

    // A NUL in an audit event and invalid UTF-8 in a record — text PostgreSQL refuses — do not block the
    // queue: they arrive as U+FFFD with the exact bytes beside them ("$exact"), the central side verifies the
    // event's hash from those bytes (no finding), and a second sync finds nothing to conflict with.
    void nulAndInvalidUtf8DoNotBlockTheQueue()
    {
        test::PostgresFixture pg;
        initCentral(pg);
        const QString url = pg.url(QStringLiteral("relay"));
        const QString db = m_dir.filePath(QStringLiteral("nul.db"));
        const QString station = test::stationWithEvents(db, 3);
        QVERIFY(!station.isEmpty());
        {
            auto store = db::StationStore::open(db);
            QVERIFY(store);
            db::AuditTrail audit((*store)->database());
            db::AuditEntry e;
            e.action = QStringLiteral("test");
            e.object = QStringLiteral("sync");
            e.reason = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
            QVERIFY(audit.append(db::systemActor(), e));
            QVERIFY((*store)->checkpoint());
        }
        QCOMPARE(
            sqlOut(db, QStringLiteral("SELECT hex(CAST(reason AS BLOB)) FROM audit_events WHERE reason LIKE "
                                      "'before%'")),
            QByteArray("6265666F7265006166746572"));
        QVERIFY(sql(db, QStringLiteral("INSERT INTO devices(uuid, serial, product, simulated, station_id, "
                                       "created_utc) VALUES ('0b7e1c2a-0000-4000-8000-0000000000ff', "
                                       "CAST(x'53ff4e2d31' AS TEXT), 'p', 1, '%1', 't')")
                            .arg(station))
                    .ok());
        QVERIFY(sql(db, QStringLiteral("CREATE TABLE kept AS SELECT * FROM outbox")).ok());
        const test::ToolRun sent = test::cliAt(pg, syncArgs(db, url));
        QVERIFY2(sent.ok(), sent.out + sent.err);
        QCOMPARE(queued(db), 0);
        QCOMPARE(pg.psql(QStringLiteral("SELECT exact->>'reason' FROM tps.audit_events WHERE reason LIKE "
                                        "'before%'"))
                     .out.trimmed(),
                 QByteArray("6265666f7265006166746572"));
        QCOMPARE(pg.psql(QStringLiteral("SELECT reason FROM tps.audit_events WHERE reason LIKE 'before%'"))
                     .out.trimmed(),
                 QByteArray("before\xEF\xBF\xBD"
                            "after"));
        QCOMPARE(pg.psql(QStringLiteral(
                             "SELECT (payload->'$exact'->>'serial') || '|' || (payload->>'serial') FROM "
                             "tps.records WHERE row_key = '0b7e1c2a-0000-4000-8000-0000000000ff'"))
                     .out.trimmed(),
                 QByteArray("53ff4e2d31|S\xEF\xBF\xBDN-1"));
        // The chain verified through the NUL event, from its exact bytes.
        QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) FROM tps.findings")).out.trimmed(), QByteArray("0"));
        QCOMPARE(pg.psql(QStringLiteral("SELECT verified_seq FROM tps.chain_state WHERE station_id = '%1'")
                             .arg(station))
                     .out.trimmed(),
                 sqlOut(db, QStringLiteral("SELECT max(seq) FROM audit_events")));
        // Sent again (as after a lost acknowledgement): the same content, no conflict.
        QVERIFY(sql(db, QStringLiteral("INSERT INTO outbox SELECT * FROM kept")).ok());
        QVERIFY(queued(db) > 0);
        const test::ToolRun again = test::cliAt(pg, syncArgs(db, url));
        QVERIFY2(again.ok(), again.out + again.err);
        QCOMPARE(sqlOut(db, QStringLiteral("SELECT count(*) FROM sync_conflicts")), QByteArray("0"));
        QCOMPARE(queued(db), 0);
    }

    // The relay sends an audit event as typed columns read out of its queued JSON (sync/StageRows), or as
    // jsonb when the JSON is not the flat object the triggers write. Both arrive as the station holds the
    // event: JSON rewritten by another tool (SQLite's json_set: a control character as \u0001) is read
    // typed, JSON with a nested member goes the jsonb way; the central side recomputes every hash (no
    // finding) and holds the station's bytes.
    void auditEventsArriveTheSameInEitherForm()
    {
        test::PostgresFixture pg;
        initCentral(pg);
        const QString db = m_dir.filePath(QStringLiteral("forms.db"));
        const QString station = test::stationWithEvents(db, 3);
        QVERIFY(!station.isEmpty());
        {
            auto store = db::StationStore::open(db);
            QVERIFY(store);
            db::AuditTrail audit((*store)->database());
            db::AuditEntry e;
            e.action = QStringLiteral("forms");
            e.object = QStringLiteral("sync");
            e.reason = QStringLiteral("bell") + QChar(7) + QStringLiteral("tab\ttab \"quoted\" \u00e9");
            QVERIFY(audit.append(db::systemActor(), e));
            e.reason = QStringLiteral("nested");
            QVERIFY(audit.append(db::systemActor(), e));
        }
        // The triggers leave a control character raw (db/Outbox.cpp); another tool escapes it.
        QVERIFY(sql(db, QStringLiteral("UPDATE outbox SET payload = replace(payload, char(7), '\\u0007') "
                                       "WHERE table_name = 'audit_events'"))
                    .ok());
        QVERIFY(
            sql(db, QStringLiteral("UPDATE outbox SET payload = json_set(payload, '$.reason', "
                                   "json_extract(payload, '$.reason')) WHERE table_name = 'audit_events'"))
                .ok());
        QVERIFY(sql(db, QStringLiteral("UPDATE outbox SET payload = json_set(payload, '$.extra', "
                                       "json('{\"nested\":[1]}')) WHERE table_name = 'audit_events' AND "
                                       "payload LIKE '%\"reason\":\"nested\"%'"))
                    .ok());
        QCOMPARE(sqlOut(db, QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE '%\\u0007%' OR "
                                           "payload LIKE '%\"extra\":{%'")),
                 QByteArray("2"));
        const test::ToolRun sent = test::cliAt(pg, syncArgs(db, pg.url(QStringLiteral("relay"))));
        QVERIFY2(sent.ok(), sent.out + sent.err);
        QCOMPARE(queued(db), 0);
        QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) FROM tps.findings")).out.trimmed(), QByteArray("0"));
        QCOMPARE(pg.psql(QStringLiteral("SELECT verified_seq FROM tps.chain_state WHERE station_id = '%1'")
                             .arg(station))
                     .out.trimmed(),
                 sqlOut(db, QStringLiteral("SELECT max(seq) FROM audit_events")));
        const QString fields =
            QStringLiteral("seq || '|' || action || '|' || object || '|' || reason || '|' || "
                           "actor_id || '|' || time_utc || '|' || ");
        QCOMPARE(pg.psql(QStringLiteral("SELECT string_agg(%1encode(hash, 'hex'), ',' ORDER BY seq) FROM "
                                        "tps.audit_events WHERE action = 'forms'")
                             .arg(fields))
                     .out.trimmed(),
                 sqlOut(db, QStringLiteral("SELECT group_concat(%1lower(hex(hash)), ',') FROM (SELECT * FROM "
                                           "audit_events WHERE action = 'forms' ORDER BY seq)")
                                .arg(fields)));
        expectCentralEqualsStation(pg, db);
    }

    void badInputKeepsTheQueue()
    {
        test::PostgresFixture pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        const QString db = m_dir.filePath(QStringLiteral("bad.db"));
        QVERIFY(!test::stationWithEvents(db, 5).isEmpty());
        const qint64 before = queued(db);
        auto expectRefused = [&](const QStringList& args, const QByteArray& key, const QByteArray& text,
                                 const QList<std::pair<QString, QString>>& env = {}) {
            const test::ToolRun run = test::cliAt(pg, args, env);
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(
                QJsonDocument::fromJson(run.out).object().value(QStringLiteral("error")).toString().toUtf8(),
                key);
            QVERIFY2(run.err.contains(text), run.err.constData());
            QVERIFY2(!run.err.contains(pg.superuserPassword()), run.err.constData());
            QCOMPARE(queued(db), before);
        };
        // Not initialised yet.
        expectRefused(syncArgs(db, pg.url()), "not-initialised", "central init");
        QVERIFY(test::cliAt(pg, {QStringLiteral("central"), QStringLiteral("init"),
                                 QStringLiteral("--central"), pg.url()})
                    .ok());
        // Nothing listens there.
        QString unreachable = pg.url();
        unreachable.replace(QStringLiteral("port=%1").arg(pg.port()), QStringLiteral("port=1"));
        expectRefused(syncArgs(db, unreachable), "unreachable", "cannot be reached");
        // A wrong password (from the environment, as a password may come).
        expectRefused(syncArgs(db, pg.url()), "authentication", "refused the credentials",
                      {{QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent")},
                       {QStringLiteral("PGPASSWORD"), QStringLiteral("wrong")}});
        // A password on the command line is refused before connecting.
        expectRefused(syncArgs(db, pg.url() + QStringLiteral(" password=secret")), "invalid",
                      "password file");
        // TLS asked for, the server has none.
        expectRefused(syncArgs(db, pg.url() + QStringLiteral(" sslmode=verify-full")), "tls", "TLS");
        // A central schema of another version.
        QVERIFY(pg.psql(QStringLiteral("INSERT INTO tps.schema_info(version) VALUES (99)")).ok());
        expectRefused(syncArgs(db, pg.url()), "schema-version", "schema version 99");
        const test::ToolRun status = test::cliAt(pg, {QStringLiteral("sync"), QStringLiteral("status"),
                                                      QStringLiteral("--db"), db, QStringLiteral("--json")});
        const QJsonObject s = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(s.value(QStringLiteral("queued")).toInteger(), before);
        QVERIFY(
            s.value(QStringLiteral("lastError")).toString().contains(QStringLiteral("schema version 99")));
    }
};

STATION_TEST_GUILESS_MAIN(TestCentralSync)
#include "TestCentralSync.moc"
