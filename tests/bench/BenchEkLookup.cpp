// Step 2's factory-wide EK question (sync/CentralEkRegistry, issue 17): the time per question over kept
// connections against a fresh connection per question (connect, SCRAM authentication, the schema-version
// check and `SET statement_timeout` each time: the registry with no connection kept), in the same run, to
// the same PostgreSQL 15 server on this machine. The factory database holds one station's devices (sent by
// the station's own `sync`); the questions alternate between a duplicate (another serial with a known EK)
// and the device itself, and every answer is checked. Rounds of the two kinds alternate, so load drifts
// hit both alike. Median and p95 per question, the load average beside them.
//
// BENCH_EK_QUESTIONS: questions per kind (default 200); BENCH_EK_DEVICES: devices in the factory database
// (default 2000).
#include "BenchSupport.h"
#include "CentralStations.h"
#include "PostgresFixture.h"
#include "TestSupport.h"

#include "sync/CentralEkRegistry.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace tps;

namespace {
// A station holding `n` devices SER-1..SER-n, device i with the EK digest i in hex; synced to `pg`. Its ID.
QString factoryWithDevices(test::PostgresFixture& pg, const QString& db, int n)
{
    const QString station = test::stationWithEvents(db, 1);
    if (station.isEmpty())
        return {};
    // Concatenated, not QString::arg(): printf's %012d and %064x would read as place markers.
    const QString fill =
        QStringLiteral("BEGIN; WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ") +
        QString::number(n) +
        QStringLiteral(") INSERT INTO devices(uuid, serial, product, simulated, station_id, created_utc) "
                       "SELECT printf('0b7e1c2a-0000-4000-8000-%012d', i), 'SER-' || i, 'p', 1, '") +
        station +
        QStringLiteral("', 't' FROM k; UPDATE devices SET ek_digest = printf('%064x', substr(serial, 5) + 0) "
                       "WHERE serial LIKE 'SER-%'; COMMIT;");
    if (!test::runTool(QStringLiteral("sqlite3"), {db, fill}).ok())
        return {};
    const test::ToolRun synced =
        test::cliAt(pg, {QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--central"),
                         pg.url(QStringLiteral("relay"))});
    return synced.ok() ? station : QString();
}

QString digestOf(int device)
{
    return QStringLiteral("%1").arg(device, 64, 16, QLatin1Char('0'));
}
} // namespace

class BenchEkLookup : public QObject
{
    Q_OBJECT
private slots:
    void keptVersusFreshConnection()
    {
        const int questions = bench::envInt("BENCH_EK_QUESTIONS", 200);
        const int devices = bench::envInt("BENCH_EK_DEVICES", 2000);
        QTemporaryDir dir;
        test::PostgresFixture pg;
        const QString initialised =
            test::initCentral(pg, {{QStringLiteral("relay"), QStringLiteral("tps_relay")}});
        QVERIFY2(initialised.isEmpty(), qPrintable(initialised));
        const QString station = factoryWithDevices(pg, dir.filePath(QStringLiteral("station.db")), devices);
        QVERIFY(!station.isEmpty());
        qputenv("PGPASSFILE", pg.passFile().toLocal8Bit());

        sync::CentralEkRegistry kept(pg.url(QStringLiteral("relay")));
        sync::CentralEkRegistry fresh(pg.url(QStringLiteral("relay")), 3, 0);
        sync::CentralEkRegistry* const registries[2] = {&kept, &fresh};
        QList<double> ms[2];
        int wrong = 0;
        (void)kept.lookup(digestOf(1), QStringLiteral("SER-1")); // its connection: not a question's cost
        constexpr int kRounds = 4;
        for (int round = 0; round < kRounds; ++round)
            for (int kind = 0; kind < 2; ++kind)
                for (int q = round * questions / kRounds; q < (round + 1) * questions / kRounds; ++q) {
                    const int device = 1 + (q * 7919) % devices;
                    const bool duplicate = q % 2 == 0;
                    QElapsedTimer timer;
                    timer.start();
                    const timeline::FactoryEkAnswer a = registries[kind]->lookup(
                        digestOf(device),
                        duplicate ? QStringLiteral("SER-X") : QStringLiteral("SER-%1").arg(device));
                    ms[kind].append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                    const bool right = duplicate
                                           ? a.state == timeline::FactoryEkAnswer::State::Duplicate &&
                                                 a.otherSerial == QStringLiteral("SER-%1").arg(device) &&
                                                 a.otherStation == station
                                           : a.state == timeline::FactoryEkAnswer::State::Unique;
                    wrong += right ? 0 : 1;
                }
        std::printf("step 2's central question, %d questions each, %d devices in the factory database, load "
                    "average %s\n",
                    questions, devices, qPrintable(bench::loadAverage()));
        std::printf("%-30s %10s %10s\n", "", "median", "p95");
        const char* names[2] = {"kept connection", "fresh connection per question"};
        for (int kind = 0; kind < 2; ++kind)
            std::printf("%-30s %7.2f ms %7.2f ms\n", names[kind], bench::median(ms[kind]),
                        bench::percentile(ms[kind], 95));
        QCOMPARE(wrong, 0);
        QCOMPARE(ms[0].size(), ms[1].size());
    }
};

QTEST_GUILESS_MAIN(BenchEkLookup)
#include "BenchEkLookup.moc"
