// Sync throughput into the factory database (issue 17): 1,000,000 audit events from one station into an
// empty central database through the relay (COPY batches of 10,000, ON CONFLICT DO NOTHING, the central
// chain verification on a second connection beside the batches, the last batch's inside its transaction) —
// target under 20 s — against a plain single-row INSERT
// baseline (one autocommitted INSERT per event, the same server) in the same run. Station memory: the
// peak resident set while syncing (VmHWM, reset before the sync). Oracle: psql counts what arrived.
//
// BENCH_SYNC_EVENTS overrides the number of events (default 1000000); BENCH_SYNC_BASELINE the number sent
// by the baseline (default 20000; its rate is extrapolated); BENCH_SYNC_BATCH the relay's batch size
// (default: the relay's). BENCH_SYNC_STATION_DB keeps the filled station database at that path (filled on
// the first run, about 430 s for 1,000,000 events; a copy of it is synced by each run). BENCH_SYNC_PEER=1
// first runs the same relay checking every batch inside its transaction (RelayOptions::checkBeside false),
// into another database of the same server, on another copy of the station database.
//
// stepLatencyWithAndWithoutRelay: the station's step durations (step_results.duration_ms, read with sqlite3)
// of `line` over a fresh simulated fleet, alternately without a factory database and with `--central` while
// the relay drains a backlog of audit events queued before the line started (so it sends throughout the
// line) — four rounds, medians per step of the two rounds of each kind. BENCH_RELAY_DEVICES (default 10),
// BENCH_RELAY_BACKLOG (default 50000 events), BENCH_RELAY_SOCKETS (default 2).
#include "BenchEvents.h"
#include "BenchSupport.h"
#include "PostgresFixture.h"
#include "TestSupport.h"

#include "db/AuditTrail.h"
#include "db/Outbox.h"
#include "db/StationStore.h"
#include "sync/CentralSchema.h"
#include "sync/Relay.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace tps;

namespace {
using bench::median;

qint64 envOr(const char* name, qint64 fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariable(name).toLongLong() : fallback;
}

// A /proc/self/status field in kB.
qint64 procStatusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Appends benchmark events to the station database at `path` (created when missing) until it holds `n`;
// -1 when it already holds more, else how many it holds.
qint64 fillStation(const QString& path, qint64 n)
{
    auto store = db::StationStore::open(path);
    if (!store)
        return -1;
    auto held =
        (*store)->database().queryInt("SELECT count(*) FROM audit_events WHERE field = 'ek-extracted'");
    if (!held || *held > n)
        return -1;
    db::AuditTrail trail((*store)->database());
    const db::Actor actor{QStringLiteral("op1"), QStringLiteral("Olga Operator")};
    for (qint64 i = *held; i < n;) {
        auto tx = db::Transaction::begin((*store)->database());
        if (!tx)
            return -1;
        for (int k = 0; k < 10000 && i < n; ++k, ++i)
            if (!trail.append(actor, bench::auditEvent(i)))
                return -1;
        if (!(*tx)->commit())
            return -1;
    }
    return n;
}

// The station database a run syncs: a fresh fill in `dir`, or with BENCH_SYNC_STATION_DB a copy of that
// kept database (filled once, to the first run's event count, and never synced itself), so that a run costs
// only the relay. Empty on failure.
QString stationForRun(const QTemporaryDir& dir, qint64 n)
{
    const QString run = dir.filePath(QStringLiteral("station.db"));
    const QString kept = qEnvironmentVariable("BENCH_SYNC_STATION_DB");
    QElapsedTimer t;
    t.start();
    if (fillStation(kept.isEmpty() ? run : kept, n) != n)
        return {};
    qInfo("station: %lld audit events written (and queued) or found in %.1f s%s", n,
          double(t.elapsed()) / 1000,
          kept.isEmpty() ? "" : qPrintable(QStringLiteral(" (kept in %1)").arg(kept)));
    if (kept.isEmpty())
        return run;
    // The store closed cleanly (its WAL folded into the file); a WAL left by a crash travels with it.
    for (const QString& suffix : {QString(), QStringLiteral("-wal")})
        if (QFile::exists(kept + suffix) && !QFile::copy(kept + suffix, run + suffix))
            return {};
    return run;
}

// A durable central database, as in production.
test::PostgresFixture::Options durable()
{
    test::PostgresFixture::Options options;
    options.fsync = true;
    return options;
}

// The central schema and a relay role on a started fixture (PGPASSFILE pointed at it); empty on success.
QString initCentral(test::PostgresFixture& pg)
{
    if (!pg.ok())
        return pg.error();
    qputenv("PGPASSFILE", QFile::encodeName(pg.passFile()));
    auto admin = sync::PgConnection::connect(pg.url());
    if (!admin)
        return admin.error().message;
    if (auto schema = sync::initCentralSchema(**admin); !schema)
        return schema.error().message;
    return pg.addRole(QStringLiteral("relay"), QStringLiteral("tps_relay")) ? QString()
                                                                            : QStringLiteral("no relay role");
}

// Every step duration (ms) of first-attempt runs per step 1..5 of a station database; sqlite3 reads them.
QList<QList<double>> stepDurations(const QString& path)
{
    QList<QList<double>> out(5);
    const test::ToolRun r = test::runTool(
        QStringLiteral("sqlite3"),
        {QStringLiteral("-batch"), path,
         QStringLiteral(
             "SELECT step, duration_ms FROM step_results WHERE kind = 'run' AND outcome = 'pass'")});
    for (const QByteArray& line : r.out.split('\n')) {
        const QList<QByteArray> f = line.split('|');
        const int step = f.value(0).toInt();
        if (f.size() == 2 && step >= 1 && step <= 5)
            out[step - 1].append(f.at(1).toDouble());
    }
    return out;
}

} // namespace

class BenchCentralSync : public QObject
{
    Q_OBJECT
    // Syncs the station database at `path` into the empty central database `dbName` (empty: the fixture's
    // default) with the relay, checks with psql that everything arrived and was verified, prints the figures;
    // the relay's wall time and the entries it sent.
    struct RelayRun
    {
        double seconds = 0;
        qint64 sent = 0;
    };
    RelayRun syncOnce(test::PostgresFixture& pg, const QString& dbName, const QString& path, qint64 n,
                    bool checkBeside)
    {
        auto database = db::Database::open(path);
        if (!database) {
            QTest::qFail("cannot open the station database", __FILE__, __LINE__);
            return {};
        }
        const qint64 queued = db::outboxStatus(**database)->queued;
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        const bool peakReset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
        clear.close();
        const qint64 rssBefore = procStatusKb("VmRSS:");
        sync::RelayOptions relayOptions;
        relayOptions.conninfo = pg.url(QStringLiteral("relay"), dbName);
        relayOptions.batchSize = bench::envInt("BENCH_SYNC_BATCH", relayOptions.batchSize);
        relayOptions.checkBeside = checkBeside;
        sync::Relay relay(**database, relayOptions);
        QElapsedTimer t;
        t.start();
        auto report = relay.syncOnce();
        const double relaySeconds = double(t.nsecsElapsed()) / 1e9;
        [&] {
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            QCOMPARE(report->sent, queued);
            QVERIFY(report->conflicts.isEmpty());
        }();
        if (QTest::currentTestFailed())
            return {};
        const qint64 peak = procStatusKb("VmHWM:");
        const QString& central = dbName;
        const QByteArray arrived =
            pg.psql(QStringLiteral("SELECT count(*) FROM tps.audit_events"), central).out.trimmed();
        [&] {
            QVERIFY(arrived.toLongLong() >= n);
            QCOMPARE(pg.psql(QStringLiteral("SELECT max(verified_seq) = max(seq) FROM tps.chain_state, "
                                            "tps.audit_events"),
                             central)
                         .out.trimmed(),
                     QByteArray("t"));
            // The relay's own account of the verification agrees with the server's.
            QCOMPARE(QByteArray::number(report->verifiedSeq),
                     pg.psql(QStringLiteral("SELECT max(verified_seq) FROM tps.chain_state"), central)
                         .out.trimmed());
        }();
        qInfo("relay (%s): %lld outbox entries (%s audit events) in %.2f s = %.0f entries/s, %d batches (%d "
              "checked beside); station RSS %lld kB before, peak %lld kB during%s",
              checkBeside ? "checks beside" : "checks inside", report->sent, arrived.constData(),
              relaySeconds, double(report->sent) / relaySeconds, report->batches, report->checksBeside,
              rssBefore, peak, peakReset ? "" : " (peak not reset: includes the fill)");
        const sync::RelayPhases& ph = report->phases;
        const auto s = [](qint64 ns) {
            return double(ns) / 1e9;
        };
        qInfo("relay phases (s): station read %.2f, COPY %.2f, insert %.2f, chain check %.2f, commit %.2f, "
              "acknowledge %.2f; blocked on the server %.2f; batch size %d; load average %s",
              s(ph.stationRead), s(ph.copy), s(ph.insert), s(ph.chainCheck), s(ph.commit), s(ph.acknowledge),
              s(ph.waiting), relayOptions.batchSize, qPrintable(bench::loadAverage()));
        return {relaySeconds, report->sent};
    }

private slots:
    void millionEventsIntoAnEmptyCentral()
    {
        const qint64 n = envOr("BENCH_SYNC_EVENTS", 1000000);
        const qint64 baselineN = envOr("BENCH_SYNC_BASELINE", 20000);
        test::PostgresFixture pg(durable());
        const QString central = initCentral(pg);
        QVERIFY2(central.isEmpty(), qPrintable(central));
        QTemporaryDir dir;
        const QString path = stationForRun(dir, n);
        QVERIFY2(!path.isEmpty(), "could not fill the station database (a kept BENCH_SYNC_STATION_DB that "
                                  "holds more events than BENCH_SYNC_EVENTS?)");
        // The peer first, when asked: the same relay checking every batch inside its transaction.
        double insideSeconds = 0;
        if (bench::envInt("BENCH_SYNC_PEER", 0) != 0) {
            QTemporaryDir peerDir;
            const QString peerPath = stationForRun(peerDir, n);
            QVERIFY(!peerPath.isEmpty());
            QVERIFY(pg.psql(QStringLiteral("CREATE DATABASE inside"), QStringLiteral("postgres")).ok());
            auto admin = sync::PgConnection::connect(pg.url({}, QStringLiteral("inside")));
            QVERIFY(admin);
            QVERIFY(sync::initCentralSchema(**admin));
            insideSeconds = syncOnce(pg, QStringLiteral("inside"), peerPath, n, false).seconds;
            if (QTest::currentTestFailed())
                return;
        }
        const RelayRun relayRun = syncOnce(pg, {}, path, n, true);
        if (QTest::currentTestFailed())
            return;
        const double relaySeconds = relayRun.seconds;
        if (insideSeconds > 0)
            qInfo("checked beside the batches: %.2f s; every batch checked inside its transaction: %.2f s "
                  "(%.2fx)",
                  relaySeconds, insideSeconds, insideSeconds / relaySeconds);
        auto database = db::Database::open(path);
        QVERIFY(database);

        // The baseline: one autocommitted single-row INSERT per event, the same rows, another database.
        QVERIFY(pg.psql(QStringLiteral("CREATE DATABASE baseline"), QStringLiteral("postgres")).ok());
        auto base = sync::PgConnection::connect(pg.url({}, QStringLiteral("baseline")));
        QVERIFY(base);
        QVERIFY(sync::initCentralSchema(**base));
        auto stmt =
            (*database)->prepare("SELECT uuid, seq, time_utc, station_id, software_version, actor_id, "
                                 "actor_name, device_serial, action, object, field, old_value, new_value, "
                                 "reason, lower(hex(prev_hash)), lower(hex(hash)) FROM audit_events ORDER BY "
                                 "seq LIMIT ?1");
        QVERIFY(stmt);
        stmt->bind(1, baselineN);
        QElapsedTimer t;
        t.start();
        qint64 sent = 0;
        while (*stmt->step()) {
            QList<QByteArray> p;
            for (int c = 0; c < 16; ++c)
                p << stmt->text(c).toUtf8();
            auto r = (*base)->exec(
                "INSERT INTO tps.audit_events (uuid, seq, time_utc, station_id, software_version, actor_id, "
                "actor_name, device_serial, action, object, field, old_value, new_value, reason, prev_hash, "
                "hash, "
                "outbox_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, "
                "decode($15, 'hex'), decode($16, 'hex'), $2) ON CONFLICT (uuid) DO NOTHING",
                p);
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            ++sent;
        }
        const double baseSeconds = double(t.nsecsElapsed()) / 1e9;
        qInfo("baseline: %lld single-row INSERTs in %.2f s = %.0f rows/s; 1,000,000 would take about %.0f s "
              "(relay: %.1fx faster)",
              sent, baseSeconds, double(sent) / baseSeconds, 1e6 * baseSeconds / double(sent),
              (baseSeconds / double(sent)) / (relaySeconds / double(relayRun.sent)));
    }

    void stepLatencyWithAndWithoutRelay()
    {
        const int devices = int(envOr("BENCH_RELAY_DEVICES", 10));
        const qint64 backlog = envOr("BENCH_RELAY_BACKLOG", 50000);
        const QString sockets = QString::number(envOr("BENCH_RELAY_SOCKETS", 2));
        QVERIFY2(!test::cliPath().isEmpty(), "STATION_CLI is not set (run through ctest)");
        test::PostgresFixture pg(durable());
        const QString central = initCentral(pg);
        QVERIFY2(central.isEmpty(), qPrintable(central));
        QTemporaryDir dir;
        QList<QList<double>> steps[2] = {QList<QList<double>>(5), QList<QList<double>>(5)};
        double wall[2] = {0, 0};
        qint64 sentDuringLine = 0;
        for (int round = 0; round < 4; ++round) {
            const bool relay = round % 2 == 1;
            const QString path = dir.filePath(QStringLiteral("station-%1.db").arg(round));
            QCOMPARE(fillStation(path, backlog), backlog);
            QStringList args{QStringLiteral("line"),
                             QStringLiteral("--simulate"),
                             QString::number(devices),
                             QStringLiteral("--db"),
                             path,
                             QStringLiteral("--sockets"),
                             sockets,
                             QStringLiteral("--root"),
                             dir.filePath(QStringLiteral("fleet-%1").arg(round)),
                             QStringLiteral("--json")};
            if (relay)
                args << QStringLiteral("--central") << pg.url(QStringLiteral("relay"));
            QElapsedTimer t;
            t.start();
            const test::ToolRun run = test::cliAt(pg, args);
            wall[relay] += double(t.elapsed()) / 1000.0;
            QVERIFY2(run.ok(), run.err.constData());
            const QJsonObject json = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(
                json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("completed")).toInt(),
                devices);
            if (relay)
                sentDuringLine +=
                    json.value(QStringLiteral("sync")).toObject().value(QStringLiteral("sent")).toInteger();
            const QList<QList<double>> d = stepDurations(path);
            for (int s = 0; s < 5; ++s)
                steps[relay][s] += d.at(s);
        }
        QVERIFY2(sentDuringLine > 0, "the relay sent nothing while the lines ran");
        std::printf(
            "step latency, %d devices x 2 rounds per kind, %s sockets, backlog %lld events per station\n",
            devices, qPrintable(sockets), backlog);
        std::printf("%-6s %14s %14s %10s\n", "step", "without relay", "with relay", "samples");
        for (int s = 0; s < 5; ++s)
            std::printf("%-6d %11.1f ms %11.1f ms %5lld/%lld\n", s + 1, median(steps[0][s]),
                        median(steps[1][s]), qint64(steps[0][s].size()), qint64(steps[1][s].size()));
        std::printf(
            "line wall (2 rounds): %.1f s without, %.1f s with the relay; relay sent %lld outbox entries "
            "while the lines ran\n",
            wall[0], wall[1], sentDuringLine);
        for (int s = 0; s < 5; ++s)
            QCOMPARE(steps[0][s].size(), steps[1][s].size());
    }
};

QTEST_GUILESS_MAIN(BenchCentralSync)
#include "BenchCentralSync.moc"
