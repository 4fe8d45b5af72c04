// Benchmark: a DPS enrollment batch of 100,000 devices (10,000 bulk-operation files, the CSV, the az
// script, the signed manifest) from a real station database, against the sqlite3 CLI dumping the same
// rows to CSV (the peer: what a factory script would start from) in the same run. Also the resident
// memory: the export streams, so the peak must not grow with the number of devices.
// Prints the figures; label bench (not in the default run).
#include "ExportSignIn.h"
#include "ExportTestData.h"
#include "TestSupport.h"

#include "exports/DpsBatchExporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace tps;

namespace {

// CPU time (user + system, all threads) of this process so far, in seconds.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QStringLiteral("?");
}

// Fills the database with `count` devices that passed QA (step 2 with the EK artifact, step 4 with the
// firmware version, step 5), in one transaction, directly in the station schema.
bool populate(db::Database& d, int from, int count)
{
    auto tx = db::Transaction::begin(d);
    if (!tx)
        return false;
    auto dev = d.prepare("INSERT INTO devices(uuid, serial, product, simulated, ek_digest, registration_id, "
                         "station_id, created_utc) VALUES (?1, ?2, 'gateway', 0, ?3, ?4, ?5, ?6)");
    auto run = d.prepare("INSERT INTO runs(uuid, device_id, station_id, socket, actor_id, started_utc) "
                         "VALUES (?1, ?2, ?3, 1, 'op1', ?4)");
    auto step = d.prepare("INSERT INTO step_results(uuid, run_id, device_id, step, attempt, kind, outcome, "
                          "duration_ms, recorded_utc) VALUES (?1, ?2, ?3, ?4, 1, 'run', 'pass', 5, ?5)");
    auto art = d.prepare("INSERT INTO artifacts(uuid, step_result_id, name, media_type, sha256, data) "
                         "VALUES (?1, ?2, 'ek.pub', 'application/octet-stream', ?3, ?4)");
    auto meas = d.prepare("INSERT INTO measurements(uuid, step_result_id, name, value, verdict) "
                          "VALUES (?1, ?2, 'firmware.version', '[\"1.4.2\"]', 'none')");
    if (!dev || !run || !step || !art || !meas)
        return false;
    const QString now = db::utcNow();
    QByteArray modulus(256, '\0');
    for (int i = from; i < from + count; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(modulus.data()), 64);
        modulus[0] = char(modulus[0] | 0x80);
        const QByteArray ek = test::ekFromModulus(modulus);
        const QString digest =
            QString::fromLatin1(QCryptographicHash::hash(ek, QCryptographicHash::Sha256).toHex());
        dev->reset();
        dev->bind(1, db::newUuid())
            .bind(2, QStringLiteral("SN-%1").arg(i, 7, 10, QLatin1Char('0')))
            .bind(3, digest)
            .bind(4, dps::registrationIdFromEk(ek))
            .bind(5, d.stationId())
            .bind(6, now);
        if (!dev->exec())
            return false;
        const qint64 deviceId = d.lastInsertId();
        run->reset();
        run->bind(1, db::newUuid()).bind(2, deviceId).bind(3, d.stationId()).bind(4, now);
        if (!run->exec())
            return false;
        const qint64 runId = d.lastInsertId();
        for (int s : {2, 4, 5}) {
            step->reset();
            step->bind(1, db::newUuid()).bind(2, runId).bind(3, deviceId).bind(4, s).bind(5, now);
            if (!step->exec())
                return false;
            const qint64 resultId = d.lastInsertId();
            if (s == 2) {
                art->reset();
                art->bind(1, db::newUuid()).bind(2, resultId).bind(3, digest).bind(4, ek);
                if (!art->exec())
                    return false;
            } else if (s == 4) {
                meas->reset();
                meas->bind(1, db::newUuid()).bind(2, resultId);
                if (!meas->exec())
                    return false;
            }
        }
    }
    return bool((*tx)->commit());
}

} // namespace

class BenchDpsBatchExport : public QObject
{
    Q_OBJECT
private slots:
    void hundredThousandDevices()
    {
        QVERIFY2(!test::cliPath().isEmpty(), "STATION_CLI must name tpm-station-cli (ctest sets it)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dbPath = dir.filePath(QStringLiteral("station.db"));
        auto store = db::StationStore::open(dbPath);
        QVERIFY(store);
        db::Database& d = (*store)->database();
        db::exports::DpsBatchOptions options;
        options.actor = {QStringLiteral("op1"), QStringLiteral("Olga Operator")};

        // 10,000 devices first, then 90,000 more: the peak memory of the second export must stay flat.
        QVERIFY(populate(d, 0, 10000));
        options.outDir = dir.filePath(QStringLiteral("small"));
        auto small = db::exports::exportDpsBatch(d, options);
        QVERIFY2(small, small ? "" : qPrintable(small.error().message));
        const long rssSmall = peakRssKb();

        QVERIFY(populate(d, 10000, 100000));
        options.outDir = dir.filePath(QStringLiteral("large"));
        // Only the 100,000 new devices: the first 10,000 are in a batch already.
        qInfo().noquote() << QStringLiteral("load average before the export: %1").arg(loadAverage());
        QElapsedTimer timer;
        const double cpuBefore = cpuSeconds();
        timer.start();
        auto large = db::exports::exportDpsBatch(d, options);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        QVERIFY2(large, large ? "" : qPrintable(large.error().message));
        QCOMPARE(large->devices, qint64(100000));
        QCOMPARE(large->operations, 10000);
        const long rssLarge = peakRssKb();

        // The peer: sqlite3 dumping the same rows (registration ID, serial, EK base64) as CSV.
        timer.restart();
        const test::ToolRun peer = test::runTool(
            QStringLiteral("sqlite3"),
            {QStringLiteral("-csv"), dbPath,
             QStringLiteral(
                 "SELECT d.registration_id, d.serial, base64(a.data) FROM devices d JOIN step_results s "
                 "ON s.device_id = d.id AND s.step = 2 JOIN artifacts a ON a.step_result_id = s.id "
                 "WHERE d.id > 10000")});
        const double peerSeconds = double(timer.nsecsElapsed()) / 1e9;
        const bool peerOk = peer.ok(); // Debian's sqlite3 3.40 has no base64(): then time a hex dump
        double peerHexSeconds = 0;
        if (!peerOk) {
            timer.restart();
            const test::ToolRun hex = test::runTool(
                QStringLiteral("sqlite3"),
                {QStringLiteral("-csv"), dbPath,
                 QStringLiteral(
                     "SELECT d.registration_id, d.serial, hex(a.data) FROM devices d JOIN step_results s "
                     "ON s.device_id = d.id AND s.step = 2 JOIN artifacts a ON a.step_result_id = s.id "
                     "WHERE d.id > 10000")});
            peerHexSeconds = double(timer.nsecsElapsed()) / 1e9;
            QVERIFY(hex.ok());
        }

        // What the operator waits for at the command line: the CLI re-exporting all 110,000 devices, with
        // the process start, opening the database (integrity check) and the closing audit checkpoint.
        // The exporting admin signs in (issue 18): added before the clock starts, its sign-in timed with it.
        const QStringList exportArgs =
            test::asExporter({QStringLiteral("export"), QStringLiteral("dps"), QStringLiteral("--db"), dbPath,
                              QStringLiteral("--out"), dir.filePath(QStringLiteral("cli")),
                              QStringLiteral("--reexport"), QStringLiteral("--json")});
        timer.restart();
        const test::ToolRun cliRun = test::runTool(test::cliPath(), exportArgs);
        const double cliSeconds = double(timer.nsecsElapsed()) / 1e9;
        QVERIFY2(cliRun.ok(), cliRun.err.constData());
        QCOMPARE(QJsonDocument::fromJson(cliRun.out).object().value(QStringLiteral("devices")).toInt(),
                 110000);

        qInfo().noquote()
            << QStringLiteral(
                   "DPS batch export, 100,000 devices: %1 s (%2 bulk files + CSV + az script + signed "
                   "manifest); limit 3 s")
                   .arg(seconds, 0, 'f', 2)
                   .arg(large->operations);
        const db::exports::DpsExportTimings& t = large->timings;
        qInfo().noquote() << QStringLiteral("breakdown (ms): query %1, EK -> registration ID/base64 %2, "
                                            "enrollment JSON %3, CSV + script %4, batch rows %5, files %6, "
                                            "sync %7, manifest + signature + audit %8, commit %9")
                                 .arg(t.query, 0, 'f', 0)
                                 .arg(t.identity, 0, 'f', 0)
                                 .arg(t.json, 0, 'f', 0)
                                 .arg(t.csvScript, 0, 'f', 0)
                                 .arg(t.batchRows, 0, 'f', 0)
                                 .arg(t.files, 0, 'f', 0)
                                 .arg(t.sync, 0, 'f', 0)
                                 .arg(t.manifest, 0, 'f', 0)
                                 .arg(t.commit, 0, 'f', 0);
        qInfo().noquote() << QStringLiteral("CPU time of the export (user + system, all threads): %1 s")
                                 .arg(cpu, 0, 'f', 2);
        qInfo().noquote() << QStringLiteral("load average at the end: %1").arg(loadAverage());
        qInfo().noquote() << QStringLiteral(
                                 "peak RSS after 10,000-device export: %1 MiB; after 100,000: %2 MiB")
                                 .arg(double(rssSmall) / 1024, 0, 'f', 1)
                                 .arg(double(rssLarge) / 1024, 0, 'f', 1);
        qInfo().noquote() << QStringLiteral("peer: sqlite3 -csv dump of the same rows: %1 s")
                                 .arg(peerOk ? peerSeconds : peerHexSeconds, 0, 'f', 2);
        qInfo().noquote() << QStringLiteral(
                                 "tpm-station-cli export dps --reexport, 110,000 devices, end to end "
                                 "(process, open with integrity check, export, checkpoint): %1 s")
                                 .arg(cliSeconds, 0, 'f', 2);
        // The 3 s target is reported, not asserted: on a shared, loaded machine the 10,000 file creations
        // alone can take longer (docs/BENCHMARKS.md). What must hold everywhere: memory stays flat.
        qInfo().noquote() << (seconds < 3.0 ? QStringLiteral("target (< 3 s): met")
                                            : QStringLiteral("target (< 3 s): MISSED on this machine"));
        QVERIFY2(rssLarge - rssSmall < 64 * 1024, "memory grew with the batch size");
    }
};

QTEST_GUILESS_MAIN(BenchDpsBatchExport)
#include "BenchDpsBatchExport.moc"
