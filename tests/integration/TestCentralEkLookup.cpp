// Step 2's factory-wide EK question (sync/CentralEkRegistry) over kept connections, with its client-side
// deadline, against a real PostgreSQL 15: twenty questions share one server session (the server's own
// connection log and pg_stat_activity count them); a listener that accepts TCP and never answers, and a kept
// connection whose backend is SIGSTOPped, both answer "not cross-checked" within the time-out; a server
// stopped between questions is reported at once and reconnected once it is back; kept connections whose
// backends were terminated are replaced within the same question; threads asking at once all get the right
// answer; on PgConnection itself, send()/collect() give up at the deadline and the server cancels the
// statement. Oracles: psql (pg_stat_activity, tps.other_devices_with_ek), the server log, sqlite3 for the
// station.
#include "CentralStations.h"
#include "PostgresFixture.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "sync/CentralEkRegistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>
#include <thread>

using namespace tps;
using State = timeline::FactoryEkAnswer::State;

namespace {
const QString kCloned = QStringLiteral("5c0ffee0000000000000000000000000000000000000000000000000000000a1");
const QString kOwn = QStringLiteral("5c0ffee0000000000000000000000000000000000000000000000000000000b2");
const QString kNever = QStringLiteral("5c0ffee0000000000000000000000000000000000000000000000000000000c3");
constexpr int kTimeoutSeconds = 2;
constexpr qint64 kSlackMs = 2500; // a correctness bound on a loaded 2-core machine, not a benchmark

// One of the questions the tests ask, and the answer it must get (station: the one that recorded SER-1).
struct Question
{
    QString digest;
    QString serial;
    State expected;
};

const QList<Question>& questions()
{
    static const QList<Question> all = {
        {kCloned, QStringLiteral("SER-NEW"), State::Duplicate}, // another serial with SER-1's EK
        {kCloned, QStringLiteral("SER-1"), State::Unique},      // the device itself
        {kOwn, QStringLiteral("SER-2"), State::Unique},
        {kNever, QStringLiteral("SER-3"), State::Unique},
    };
    return all;
}

// Empty when `answer` is what `q` must get, else what is wrong.
QString mismatch(const Question& q, const timeline::FactoryEkAnswer& answer, const QString& station)
{
    if (answer.state != q.expected)
        return QStringLiteral("%1/%2: state %3 (%4)")
            .arg(q.digest.right(2), q.serial)
            .arg(static_cast<int>(answer.state))
            .arg(answer.reason);
    if (q.expected == State::Duplicate &&
        (answer.otherSerial != QStringLiteral("SER-1") || answer.otherStation != station))
        return QStringLiteral("%1/%2: names %3 on %4")
            .arg(q.digest.right(2), q.serial, answer.otherSerial, answer.otherStation);
    return {};
}

// A factory database holding one station's two devices (SER-1 with kCloned, SER-2 with kOwn), sent by the
// station's own `sync`, and the relay login the station asks with.
class Factory
{
public:
    explicit Factory(const QString& dir)
    {
        m_error = test::initCentral(m_pg, {{QStringLiteral("relay"), QStringLiteral("tps_relay")}});
        if (!m_error.isEmpty())
            return;
        const QString db = dir + QStringLiteral("/station.db");
        m_station = test::stationWithEvents(db, 1);
        const QString insert =
            QStringLiteral("INSERT INTO devices(uuid, serial, product, simulated, station_id, created_utc) "
                           "VALUES ('0b7e1c2a-0000-4000-8000-00000000000%1', 'SER-%1', 'p', 1, '%2', 't'); "
                           "UPDATE devices SET ek_digest = '%3' WHERE serial = 'SER-%1';");
        const test::ToolRun added = test::runTool(QStringLiteral("sqlite3"),
                                                  {db, insert.arg(QStringLiteral("1"), m_station, kCloned) +
                                                           insert.arg(QStringLiteral("2"), m_station, kOwn)});
        const test::ToolRun synced = test::cliAt(
            m_pg, {QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--central"), url()});
        if (m_station.isEmpty() || !added.ok() || !synced.ok())
            m_error = QStringLiteral("station not synced: ") + QString::fromUtf8(added.err + synced.err);
        qputenv("PGPASSFILE", m_pg.passFile().toLocal8Bit()); // this process asks, as step 2 does
    }
    const QString& error() const { return m_error; }
    const QString& station() const { return m_station; }
    test::PostgresFixture& pg() { return m_pg; }
    QString url() const { return m_pg.url(QStringLiteral("relay")); }

    // The backends of step 2's connections (application_name tpm-station), by pid, as the server lists them.
    QList<qint64> stationBackends() const
    {
        const test::ToolRun run = m_pg.psql(QStringLiteral(
            "SELECT pid FROM pg_stat_activity WHERE application_name = 'tpm-station' ORDER BY pid"));
        QList<qint64> pids;
        for (const QByteArray& line : run.out.trimmed().split('\n'))
            if (!line.isEmpty())
                pids.append(line.toLongLong());
        return pids;
    }

    // Waits (at most 15 s) until the server lists no backend `pid` any more.
    bool backendGone(qint64 pid) const
    {
        for (int i = 0; i < 150; ++i) {
            if (!stationBackends().contains(pid))
                return true;
            QThread::msleep(100);
        }
        return false;
    }

private:
    test::PostgresFixture m_pg;
    QString m_station;
    QString m_error;
};

// Questions from four threads at once until the registry keeps two connections (its most); false if it
// never did.
bool keepTwo(sync::CentralEkRegistry& registry, const Factory& factory)
{
    for (int burst = 0; burst < 50 && factory.stationBackends().size() < 2; ++burst) {
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 5; ++i)
                    (void)registry.lookup(kOwn, QStringLiteral("SER-2"));
            });
        for (std::thread& t : threads)
            t.join();
    }
    return factory.stationBackends().size() == 2;
}

// Asks every question once; what went wrong, one line each.
QStringList askAll(sync::CentralEkRegistry& registry, const QString& station)
{
    QStringList wrong;
    for (const Question& q : questions())
        if (const QString m = mismatch(q, registry.lookup(q.digest, q.serial), station); !m.isEmpty())
            wrong.append(m);
    return wrong;
}
} // namespace

class TestCentralEkLookup : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString subdir(const char* name) const
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QDir().mkpath(path);
        return path;
    }

    // One question timed: empty when its answer is "not cross-checked", for the time-out and `detail`, at the
    // deadline (within the slack); else what was wrong.
    static QString notCheckedAtDeadline(sync::CentralEkRegistry& registry, const QString& detail)
    {
        QElapsedTimer timer;
        timer.start();
        const timeline::FactoryEkAnswer answer = registry.lookup(kCloned, QStringLiteral("SER-NEW"));
        const qint64 elapsed = timer.elapsed();
        qInfo("not cross-checked after %lld ms: %s", elapsed, qPrintable(answer.reason));
        if (answer.state != State::NotChecked)
            return QStringLiteral("answered %1").arg(static_cast<int>(answer.state));
        if (!answer.reason.contains(QStringLiteral("time-out of 2 second")) ||
            !answer.reason.contains(detail))
            return answer.reason;
        if (elapsed < kTimeoutSeconds * 1000 - 100 || elapsed > kTimeoutSeconds * 1000 + kSlackMs)
            return QStringLiteral("after %1 ms").arg(elapsed);
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // (a) Twenty questions, one server session: the server logs one connection of the station, and
    // pg_stat_activity shows the same backend before and after. A registry that keeps none connects each time
    // (the same oracle counts them), and both answer the same.
    void twentyQuestionsUseOneConnection()
    {
        Factory factory(subdir("one"));
        QVERIFY2(factory.error().isEmpty(), qPrintable(factory.error()));
        QVERIFY(factory.pg().psql(QStringLiteral("ALTER SYSTEM SET log_connections = on")).ok());
        QVERIFY(factory.pg().psql(QStringLiteral("SELECT pg_reload_conf()")).ok());
        const QString log = factory.pg().directory() + QStringLiteral("/server.log");
        const auto connectionsLogged = [&] {
            return test::readFile(log).count("application_name=tpm-station");
        };
        QTRY_COMPARE_WITH_TIMEOUT(factory.pg().psql(QStringLiteral("SHOW log_connections")).out.trimmed(),
                                  QByteArray("on"), 10000);
        const qsizetype before = connectionsLogged();

        sync::CentralEkRegistry registry(factory.url(), kTimeoutSeconds);
        QCOMPARE(askAll(registry, factory.station()), QStringList());
        const QList<qint64> first = factory.stationBackends();
        QCOMPARE(first.size(), 1);
        for (int i = 0; i < 4; ++i) // 20 questions in all
            QCOMPARE(askAll(registry, factory.station()), QStringList());
        QCOMPARE(factory.stationBackends(), first);
        QCOMPARE(connectionsLogged() - before, qsizetype(1));
        // The function itself, by psql: the duplicate the registry names.
        QCOMPARE(factory.pg()
                     .psql(QStringLiteral("SELECT other_serial || '@' || other_station FROM "
                                          "tps.other_devices_with_ek('%1', 'SER-NEW')")
                               .arg(kCloned))
                     .out.trimmed(),
                 QStringLiteral("SER-1@%1").arg(factory.station()).toUtf8());

        sync::CentralEkRegistry fresh(factory.url(), kTimeoutSeconds, 0);
        QCOMPARE(askAll(fresh, factory.station()), QStringList());
        QCOMPARE(connectionsLogged() - before, 1 + questions().size());
        QCOMPARE(factory.stationBackends(), first); // the fresh ones closed
    }

    // (b) A "server" that accepts TCP and never answers (a python3 listener): not cross-checked within the
    // time-out, although the connection string allows libpq 30 s to connect.
    void silentListenerTimesOut()
    {
        QProcess listener;
        listener.start(QStringLiteral("python3"),
                       {QStringLiteral("-c"),
                        QStringLiteral("import socket\n"
                                       "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(16)\n"
                                       "print(s.getsockname()[1], flush=True)\n"
                                       "held = []\n"
                                       "while True:\n"
                                       "    held.append(s.accept()[0])\n")});
        QVERIFY(listener.waitForReadyRead(10000));
        const int port = listener.readLine().trimmed().toInt();
        QVERIFY(port > 0);
        auto stop = qScopeGuard([&] {
            listener.kill();
            listener.waitForFinished();
        });
        sync::CentralEkRegistry registry(
            QStringLiteral("host=127.0.0.1 port=%1 dbname=factory user=relay connect_timeout=30").arg(port),
            kTimeoutSeconds);
        for (int i = 0; i < 2; ++i) // and again: nothing was kept
            QCOMPARE(notCheckedAtDeadline(registry, QStringLiteral("did not answer the connection in time")),
                     QString());
    }

    // (b) A kept connection whose backend is then stopped (SIGSTOP): the question is cancelled at the
    // deadline, the connection dropped; after SIGCONT the next question connects afresh and answers. Then
    // the postmaster stopped too: the cancel request itself now hangs (PQcancel waits for the postmaster),
    // and the question still ends at the deadline.
    void stoppedBackendTimesOut()
    {
        Factory factory(subdir("stopped"));
        QVERIFY2(factory.error().isEmpty(), qPrintable(factory.error()));
        sync::CentralEkRegistry registry(factory.url(), kTimeoutSeconds);
        for (const bool postmasterToo : {false, true}) {
            QCOMPARE(askAll(registry, factory.station()), QStringList());
            const QList<qint64> kept = factory.stationBackends();
            QCOMPARE(kept.size(), 1);
            QList<pid_t> stopped = {static_cast<pid_t>(kept.first())};
            if (postmasterToo)
                stopped.prepend(static_cast<pid_t>(factory.pg().serverPid()));
            const auto resume = [&] {
                bool all = true;
                for (pid_t pid : stopped)
                    all = ::kill(pid, SIGCONT) == 0 && all;
                return all;
            };
            auto guard = qScopeGuard(resume);
            for (pid_t pid : stopped)
                QCOMPARE(::kill(pid, SIGSTOP), 0);
            QCOMPARE(
                notCheckedAtDeadline(registry, QStringLiteral("did not answer the SELECT statement in time")),
                QString());
            guard.dismiss();
            QVERIFY(resume());
            QVERIFY(factory.backendGone(kept.first())); // the dropped connection's backend ended
        }
        QCOMPARE(askAll(registry, factory.station()), QStringList());
        QCOMPARE(factory.stationBackends().size(), 1);
    }

    // (c) The server stopped between questions: not cross-checked at once (the kept connections are found
    // broken, the one retry cannot connect); started again, the next question answers on a new connection.
    // Kept connections whose backends were all terminated (a restart between two devices) are replaced
    // within the question itself.
    void serverStoppedBetweenQuestions()
    {
        Factory factory(subdir("restart"));
        QVERIFY2(factory.error().isEmpty(), qPrintable(factory.error()));
        sync::CentralEkRegistry registry(factory.url(), kTimeoutSeconds);
        QVERIFY(keepTwo(registry, factory));
        const quint16 port = factory.pg().port();
        QVERIFY(factory.pg().stop());
        QElapsedTimer timer;
        timer.start();
        const timeline::FactoryEkAnswer down = registry.lookup(kCloned, QStringLiteral("SER-NEW"));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(down.state, State::NotChecked);
        QVERIFY2(down.reason.contains(QStringLiteral("cannot be reached")), qPrintable(down.reason));
        QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed))); // not the 2 s deadline
        QVERIFY(factory.pg().start());
        QCOMPARE(factory.pg().port(), port); // else the registry's string points elsewhere
        QCOMPARE(askAll(registry, factory.station()), QStringList());

        QVERIFY(keepTwo(registry, factory));
        const QList<qint64> before = factory.stationBackends();
        QCOMPARE(factory.pg()
                     .psql(QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM "
                                          "pg_stat_activity WHERE application_name = 'tpm-station'"))
                     .out.trimmed(),
                 QByteArray("2"));
        for (qint64 pid : before)
            QVERIFY(factory.backendGone(pid));
        QCOMPARE(askAll(registry, factory.station()), QStringList());
        const QList<qint64> after = factory.stationBackends();
        QCOMPARE(after.size(), 1);
        QVERIFY(!before.contains(after.first()));
    }

    // PgConnection's deadline on its own (send() and collect(), as the relay's second connection uses
    // them): a statement that runs past the deadline is given up at the deadline and cancelled on the
    // server — pg_sleep(30) stops long before its 30 s, the server logs the cancel — and the connection
    // refuses any further statement at once.
    void collectGivesUpAtTheDeadline()
    {
        test::PostgresFixture pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        qputenv("PGPASSFILE", pg.passFile().toLocal8Bit());
        using Clock = std::chrono::steady_clock;
        auto c = sync::PgConnection::connectBefore(pg.url(), Clock::now() + std::chrono::seconds(10));
        if (!c)
            QFAIL(qPrintable(c.error().message));
        sync::PgConnection& conn = **c;
        QVERIFY(conn.send({QByteArray("SELECT 1"), QByteArray("SELECT 2")}));
        auto both = conn.collect();
        QVERIFY(both);
        QCOMPARE(both->size(), size_t(2));
        QCOMPARE(sync::PgConnection::value(both->at(1), 0, 0), QStringLiteral("2"));

        conn.setDeadline(Clock::now() + std::chrono::seconds(kTimeoutSeconds));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(conn.send({QByteArray("SELECT pg_sleep(30)")}));
        auto late = conn.collect();
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!late);
        QCOMPARE(late.error().code, sync::SyncErrc::TimedOut);
        QVERIFY2(late.error().message.contains(QStringLiteral("did not answer the SELECT statement in time")),
                 qPrintable(late.error().message));
        QVERIFY2(elapsed < kTimeoutSeconds * 1000 + kSlackMs, qPrintable(QString::number(elapsed)));
        QVERIFY(!conn.usable());
        // Cancelled, not ended by the connection (still open): within 10 s (by the clock), not pg_sleep's 30.
        const auto sleeping = [&] {
            return pg
                .psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE "
                                     "'SELECT pg_sleep(30)%' AND state = 'active'"))
                .out.trimmed();
        };
        timer.restart();
        while (sleeping() != "0" && timer.elapsed() < 10000)
            QThread::msleep(100);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(test::readFile(pg.directory() + QStringLiteral("/server.log"))
                    .contains("canceling statement due to user request"));
        timer.restart();
        auto again = conn.exec("SELECT 1");
        QVERIFY(!again);
        QCOMPARE(again.error().code, sync::SyncErrc::TimedOut);
        QVERIFY(timer.elapsed() < 500);
    }

    // (d) Eight threads asking at once, 40 questions each: every answer right; no more server sessions kept
    // than the registry keeps idle.
    void threadsAskAtOnce()
    {
        Factory factory(subdir("threads"));
        QVERIFY2(factory.error().isEmpty(), qPrintable(factory.error()));
        sync::CentralEkRegistry registry(factory.url(), 10);
        constexpr int kThreads = 8;
        std::vector<QStringList> wrong(kThreads);
        std::atomic<int> asked{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 10; ++i) {
                    wrong[static_cast<size_t>(t)] += askAll(registry, factory.station());
                    asked += static_cast<int>(questions().size());
                }
            });
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(asked.load(), kThreads * 40);
        for (const QStringList& w : wrong)
            QCOMPARE(w, QStringList());
        // The connections beyond the two kept were closed: their backends end (within 10 s, by the clock).
        QElapsedTimer timer;
        timer.start();
        while (factory.stationBackends().size() > 2 && timer.elapsed() < 10000)
            QThread::msleep(100);
        const qsizetype sessions = factory.stationBackends().size();
        QVERIFY2(sessions >= 1 && sessions <= 2, qPrintable(QString::number(sessions)));
    }
};

STATION_TEST_GUILESS_MAIN(TestCentralEkLookup)
#include "TestCentralEkLookup.moc"
