// Audit trail figures: durable append rate (one committed transaction per event, WAL + synchronous=FULL)
// and verify time over 1,000,000 events (target: under 2 s). Peers measured in the same run: the sqlite3
// CLI scanning the same rows, and `openssl dgst -sha256` over the same number of canonical bytes.
//
// BENCH_AUDIT_EVENTS overrides the size of the verified trail (default 1000000).
#include "BenchEvents.h"
#include "TestSupport.h"

#include "db/AuditTrail.h"
#include "db/StationStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

class BenchAudit : public QObject
{
    Q_OBJECT
private:
private slots:
    void durableAppendRate()
    {
        QTemporaryDir dir;
        auto store = db::StationStore::open(dir.filePath(QStringLiteral("append.db")));
        QVERIFY(store);
        db::AuditTrail trail((*store)->database());
        const db::Actor actor{QStringLiteral("op1"), QStringLiteral("Olga Operator")};
        const int n = 2000;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i)
            QVERIFY(trail.append(actor, bench::auditEvent(i))); // each its own committed transaction
        const double s = double(t.nsecsElapsed()) / 1e9;
        qInfo("durable append: %d events in %.3f s = %.0f events/s (%.3f ms/event, one fsync'd commit each)",
              n, s, n / s, 1000.0 * s / n);
    }

    void verifyMillionEvents()
    {
        const qint64 n = qEnvironmentVariableIsSet("BENCH_AUDIT_EVENTS")
                             ? qEnvironmentVariable("BENCH_AUDIT_EVENTS").toLongLong()
                             : 1000000;
        QTemporaryDir dir;
        // BENCH_AUDIT_DB keeps (and reuses) the trail, e.g. to profile `audit verify` on it.
        const QString path = qEnvironmentVariableIsSet("BENCH_AUDIT_DB")
                                 ? qEnvironmentVariable("BENCH_AUDIT_DB")
                                 : dir.filePath(QStringLiteral("million.db"));
        {
            auto store = db::StationStore::open(path);
            QVERIFY(store);
            db::Database& d = (*store)->database();
            db::AuditTrail trail(d);
            const db::Actor actor{QStringLiteral("op1"), QStringLiteral("Olga Operator")};
            QElapsedTimer t;
            t.start();
            qint64 i = 0;
            auto last = trail.last();
            QVERIFY(last && *last);
            for (i = (*last)->first; i < n;) {
                auto tx = db::Transaction::begin(d);
                QVERIFY(tx);
                for (int k = 0; k < 10000 && i < n; ++k, ++i)
                    QVERIFY(trail.append(actor, bench::auditEvent(i)));
                QVERIFY((*tx)->commit());
            }
            QVERIFY((*store)->checkpoint());
            qInfo("built %lld events in %.1f s (batched 10,000 per transaction)", static_cast<long long>(n),
                  double(t.nsecsElapsed()) / 1e9);
        }
        db::OpenOptions ro;
        ro.mode = db::OpenMode::ReadOnly;
        ro.integrityCheck = false;
        auto database = db::Database::open(path, ro);
        QVERIFY(database);
        double best = 1e9;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            auto report = db::AuditTrail::verify(**database);
            const double s = double(t.nsecsElapsed()) / 1e9;
            QVERIFY(report && report->intact);
            QCOMPARE(report->events, n);
            best = qMin(best, s);
            qInfo("verify run %d: %lld events in %.3f s", run + 1, static_cast<long long>(report->events), s);
        }
        qInfo("verify best: %.3f s for %lld events (%.0f events/s); target < 2 s for 1,000,000", best,
              static_cast<long long>(n), double(n) / best);

        // Peers: the sqlite3 CLI reading the same columns, and openssl hashing the same number of bytes.
        QElapsedTimer t;
        t.start();
        const test::ToolRun scan = test::runTool(
            QStringLiteral("sqlite3"),
            {path, QStringLiteral(
                       "SELECT sum(length(uuid)+length(time_utc)+length(station_id)+length(software_version)+"
                       "length(actor_id)+length(actor_name)+length(device_serial)+length(action)+"
                       "length(object)+length(field)+length(old_value)+length(new_value)+length(reason)+"
                       "length(prev_hash)+length(hash)) FROM audit_events")},
            {}, {}, 600000);
        QVERIFY(scan.ok());
        const double scanS = double(t.nsecsElapsed()) / 1e9;
        const qint64 bytes = scan.out.trimmed().toLongLong() + n * (12 + 13 * 4 - 32);
        qInfo("peer sqlite3 CLI full scan of the same rows: %.3f s", scanS);
        const QString blob = dir.filePath(QStringLiteral("canonical.bin"));
        {
            QFile f(blob);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray chunk(1 << 20, 'a');
            for (qint64 w = 0; w < bytes; w += chunk.size())
                f.write(chunk.constData(), qMin<qint64>(chunk.size(), bytes - w));
        }
        t.restart();
        QVERIFY(test::runTool(QStringLiteral("openssl"),
                              {QStringLiteral("dgst"), QStringLiteral("-sha256"), blob})
                    .ok());
        qInfo("peer openssl dgst -sha256 over %.1f MB (the canonical bytes, as one stream): %.3f s",
              double(bytes) / 1e6, double(t.nsecsElapsed()) / 1e9);
    }
};

QTEST_GUILESS_MAIN(BenchAudit)
#include "BenchAudit.moc"
