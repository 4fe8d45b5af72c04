// The private PostgreSQL server of the factory-tier tests (tests/support/PostgresFixture): two of them at
// once never collide, each answers only with its password, and the destructor leaves no server behind.
#include "PostgresFixture.h"
#include "TestMain.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace tps;

class TestPostgresFixture : public QObject
{
    Q_OBJECT
private slots:
    void twoServersRunSideBySideAndAreTornDown()
    {
        quint16 ports[2] = {0, 0};
        {
            test::PostgresFixture a;
            test::PostgresFixture b;
            QVERIFY2(a.ok(), qPrintable(a.error()));
            QVERIFY2(b.ok(), qPrintable(b.error()));
            QVERIFY(a.port() != b.port());
            ports[0] = a.port();
            ports[1] = b.port();

            const test::ToolRun version = a.psql(QStringLiteral("SHOW server_version_num"));
            QVERIFY2(version.ok(), version.err.constData());
            QVERIFY2(version.out.trimmed().startsWith("15"), version.out.constData());
            // Each server is its own cluster: a table made in one is not in the other.
            QVERIFY(a.psql(QStringLiteral("CREATE TABLE only_in_a (x int)")).ok());
            QCOMPARE(a.psql(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename='only_in_a'"))
                         .out.trimmed(),
                     QByteArray("1"));
            QCOMPARE(b.psql(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename='only_in_a'"))
                         .out.trimmed(),
                     QByteArray("0"));
            // Listening on loopback only, the unix socket inside the fixture's own directory.
            QCOMPARE(a.psql(QStringLiteral("SHOW listen_addresses")).out.trimmed(), QByteArray("127.0.0.1"));
            const QByteArray sockets = a.psql(QStringLiteral("SHOW unix_socket_directories")).out.trimmed();
            QVERIFY2(QDir(QString::fromUtf8(sockets)).exists(QStringLiteral(".s.PGSQL.%1").arg(a.port())),
                     sockets.constData());
            // A role added later logs in with its own password; a wrong password is refused.
            QVERIFY(a.addRole(QStringLiteral("reader")));
            const test::ToolRun asReader = test::runTool(
                QStringLiteral("env"),
                {QStringLiteral("PGPASSFILE=") + a.passFile(), QStringLiteral("psql"), QStringLiteral("-X"),
                 QStringLiteral("-At"), QStringLiteral("-d"), a.url(QStringLiteral("reader")),
                 QStringLiteral("-c"), QStringLiteral("SELECT current_user")});
            QVERIFY2(asReader.ok(), asReader.err.constData());
            QCOMPARE(asReader.out.trimmed(), QByteArray("reader"));
            const test::ToolRun wrong = test::runTool(
                QStringLiteral("env"),
                {QStringLiteral("PGPASSWORD=not-the-password"), QStringLiteral("PGPASSFILE=/nonexistent"),
                 QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-d"),
                 a.url(QStringLiteral("reader")), QStringLiteral("-c"), QStringLiteral("SELECT 1")});
            QVERIFY(!wrong.ok());
            QVERIFY2(wrong.err.contains("password authentication failed"), wrong.err.constData());

            // Stopped and started again: same data.
            QVERIFY(a.stop());
            QVERIFY(!a.running());
            QVERIFY(a.start());
            QCOMPARE(a.psql(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename='only_in_a'"))
                         .out.trimmed(),
                     QByteArray("1"));
            QVERIFY(a.running() && b.running());
        }
        // Torn down: nothing answers on either port any more.
        for (quint16 port : ports) {
            const test::ToolRun probe = test::runTool(QStringLiteral("pg_isready"),
                                                      {QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                                       QStringLiteral("-p"), QString::number(port)});
            QVERIFY2(!probe.ok(), probe.out.constData());
        }
    }

    // A test process that aborts leaves its server running (no destructor runs); the next fixture to start
    // stops it and removes its directory. The child is this very test run again with TPS_FIXTURE_CHILD
    // set: it starts a server, prints its pid and directory, and calls abort().
    void serverOfAnAbortedTestIsReapedByTheNextFixture()
    {
        if (qEnvironmentVariableIsSet("TPS_FIXTURE_CHILD")) {
            auto* leaked = new test::PostgresFixture; // never destroyed: the process aborts
            if (!leaked->ok())
                std::fprintf(stdout, "ERROR %s\n", qPrintable(leaked->error()));
            std::fprintf(stdout, "SERVER %lld %s\n", leaked->serverPid(), qPrintable(leaked->directory()));
            std::fflush(stdout);
            std::abort();
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TPS_FIXTURE_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("TestPostgresFixture"),
                     QStringLiteral("serverOfAnAbortedTestIsReapedByTheNextFixture")});
        QVERIFY(child.waitForFinished(180000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QByteArray out = child.readAllStandardOutput();
        const qsizetype at = out.indexOf("SERVER ");
        QVERIFY2(at >= 0, out.constData());
        const QList<QByteArray> fields = out.mid(at).split('\n').value(0).split(' ');
        const pid_t server = static_cast<pid_t>(fields.value(1).toLongLong());
        const QString dir = QString::fromUtf8(fields.value(2));
        QVERIFY2(server > 0, out.constData());
        // Leaked: the aborted test's server still runs.
        QCOMPARE(::kill(server, 0), 0);
        QVERIFY(QDir(dir).exists());

        test::PostgresFixture next;
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QTRY_VERIFY_WITH_TIMEOUT(
            ::kill(server, 0) != 0 || QFile::exists(QStringLiteral("/proc/%1/stat").arg(server)) == false ||
                test::readFile(QStringLiteral("/proc/%1/stat").arg(server)).contains(") Z "),
            20000);
        QVERIFY(!QDir(dir).exists());
        QVERIFY(next.running());
    }
};

STATION_TEST_GUILESS_MAIN(TestPostgresFixture)
#include "TestPostgresFixture.moc"
