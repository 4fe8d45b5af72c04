// tpm-station-cli line / run / audit / operator, run as a user would, against real swtpm devices, with
// the sqlite3 CLI as the independent oracle for what was stored.
#include "TestMain.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
test::ToolRun cli(const QStringList& args, const QByteArray& stdinData = {})
{
    return test::runTool(test::cliPath(), args, {}, stdinData, 120000);
}

test::ToolRun sql(const QString& db, const QString& statement)
{
    return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement});
}

// Runs with one environment variable set (secrets travel by environment or stdin, never argv).
test::ToolRun cliWithEnv(const char* name, const QByteArray& value, const QStringList& args,
                         const QByteArray& stdinData = {})
{
    qputenv(name, value);
    test::ToolRun run = cli(args, stdinData);
    qunsetenv(name);
    return run;
}
} // namespace

class TestLineCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!test::cliPath().isEmpty());
    }

    void lineRunsEveryDeviceThroughTheSteps()
    {
        test::TestFleet fleet(3);
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString db = m_dir.filePath(QStringLiteral("line.db"));
        const QString root = fleet.fleet().root();
        const QStringList args{QStringLiteral("line"),
                               QStringLiteral("--simulate"),
                               QStringLiteral("3"),
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--root"),
                               root,
                               QStringLiteral("--sockets"),
                               QStringLiteral("2"),
                               QStringLiteral("--keep-running"),
                               QStringLiteral("--json")};
        const test::ToolRun first = cli(args);
        QVERIFY2(first.ok(), first.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(first.out).object();
        const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("devices")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("completed")).toInt(), 3);
        QVERIFY(summary.value(QStringLiteral("checkpointSeq")).toInteger() > 0);
        const QJsonArray devices = report.value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 3);
        QSet<int> sockets;
        for (const QJsonValue& v : devices) {
            const QJsonObject d = v.toObject();
            QVERIFY(d.value(QStringLiteral("simulated")).toBool());
            QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
            QCOMPARE(d.value(QStringLiteral("passedSteps")).toInt(),
                     d.value(QStringLiteral("registeredSteps")).toInt());
            const QJsonArray steps = d.value(QStringLiteral("steps")).toArray();
            QVERIFY(!steps.isEmpty());
            QCOMPARE(steps.at(0).toObject().value(QStringLiteral("step")).toString(),
                     QStringLiteral("tpm-installed"));
            sockets.insert(d.value(QStringLiteral("socket")).toInt());
        }
        QCOMPARE(sockets, (QSet<int>{1, 2}));
        // The oracle: what the database holds.
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM devices WHERE simulated=1")).out.trimmed(),
                 QByteArray("3"));
        const QByteArray passed =
            sql(db, QStringLiteral("SELECT count(*) FROM step_results WHERE outcome='pass' AND kind='run'"))
                .out.trimmed();
        QCOMPARE(
            sql(db, QStringLiteral(
                        "SELECT count(*) FROM measurements WHERE name='tpm.family' AND value='[\"2.0\"]'"))
                .out.trimmed(),
            QByteArray("3"));
        QCOMPARE(sql(db, QStringLiteral("PRAGMA integrity_check")).out.trimmed(), QByteArray("ok"));
        const test::ToolRun verify =
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.ok(), verify.err.constData());

        // Scanned again: nothing is redone or duplicated.
        const test::ToolRun again = cli(args);
        QVERIFY2(again.ok(), again.err.constData());
        for (const QJsonValue& v :
             QJsonDocument::fromJson(again.out).object().value(QStringLiteral("devices")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("steps")).toArray().isEmpty());
        QCOMPARE(
            sql(db, QStringLiteral("SELECT count(*) FROM step_results WHERE outcome='pass' AND kind='run'"))
                .out.trimmed(),
            passed);

        // Human-readable: one line per device and a summary.
        QStringList textArgs = args;
        textArgs.removeAll(QStringLiteral("--json"));
        const test::ToolRun text = cli(textArgs);
        QVERIFY2(text.ok(), text.err.constData());
        for (const sim::SimDevice& d : fleet.devices())
            QVERIFY(text.out.contains(d.serial.toUtf8()));
        QVERIFY2(text.out.contains("3 devices: 3 completed"), text.out.constData());
        QVERIFY2(text.out.contains("Line: 3 simulated devices, 2 sockets, database "), text.out.constData());
        QVERIFY(cli({QStringLiteral("sim"), QStringLiteral("stop"), QStringLiteral("--root"), root}).ok());
    }

    void lineRefusesAForeignDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("foreign.db"));
        QVERIFY(sql(db, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")).ok());
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const test::ToolRun run = cli({QStringLiteral("line"), QStringLiteral("--simulate"),
                                       QStringLiteral("1"), QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("not a station database"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        // Usage errors.
        QCOMPARE(cli({QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("0"),
                      QStringLiteral("--db"), db})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("2")}).exitCode,
                 2);
    }

    void operatorsAreManagedAndAudited()
    {
        const QString db = m_dir.filePath(QStringLiteral("operators.db"));
        const QStringList base{QStringLiteral("--db"), db};
        // The first operator is the admin, created without signing in.
        test::ToolRun r =
            cli(QStringList{QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"),
                            QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("Ada Admin"),
                            QStringLiteral("--role"), QStringLiteral("admin"),
                            QStringLiteral("--password-stdin")} +
                    base,
                "correct horse\n");
        QVERIFY2(r.ok(), r.err.constData());
        const QStringList addOp =
            QStringList{QStringLiteral("operator"), QStringLiteral("add"),    QStringLiteral("--id"),
                        QStringLiteral("otto"),     QStringLiteral("--name"), QStringLiteral("Otto Operator"),
                        QStringLiteral("--as"),     QStringLiteral("ada"),    QStringLiteral("--reason"),
                        QStringLiteral("new hire")} +
            base;
        qputenv("STATION_NEW_PASSWORD", "otto-pin-1");
        r = cliWithEnv("STATION_PASSWORD", "wrong", addOp);
        QCOMPARE(r.exitCode, 1);
        r = cliWithEnv("STATION_PASSWORD", "correct horse", addOp);
        qunsetenv("STATION_NEW_PASSWORD");
        QVERIFY2(r.ok(), r.err.constData());
        // The role comes from the record, not from a claim: otto cannot add anyone.
        qputenv("STATION_NEW_PASSWORD", "eve-pin-1");
        r = cliWithEnv("STATION_PASSWORD", "otto-pin-1",
                       QStringList{QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"),
                                   QStringLiteral("eve"), QStringLiteral("--name"), QStringLiteral("Eve"),
                                   QStringLiteral("--as"), QStringLiteral("otto")} +
                           base);
        qunsetenv("STATION_NEW_PASSWORD");
        QCOMPARE(r.exitCode, 1);

        r = cli(QStringList{QStringLiteral("operator"), QStringLiteral("list"), QStringLiteral("--json")} +
                base);
        QVERIFY2(r.ok(), r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        QVERIFY(!r.out.contains("hash") && !r.out.contains("salt"));

        r = cliWithEnv("STATION_PASSWORD", "correct horse",
                       QStringList{QStringLiteral("operator"), QStringLiteral("disable"),
                                   QStringLiteral("--id"), QStringLiteral("otto"), QStringLiteral("--as"),
                                   QStringLiteral("ada"), QStringLiteral("--reason"),
                                   QStringLiteral("left the company")} +
                           base);
        QVERIFY2(r.ok(), r.err.constData());
        r = cli(QStringList{QStringLiteral("operator"), QStringLiteral("list")} + base);
        QVERIFY(r.out.contains("otto") && r.out.contains("disabled"));
        // A disabled operator cannot sign in; the row is still there (never deleted).
        r = cliWithEnv("STATION_PASSWORD", "otto-pin-1",
                       {QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("1"),
                        QStringLiteral("--db"), db, QStringLiteral("--operator"), QStringLiteral("otto")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("disabled"));
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM operators")).out.trimmed(), QByteArray("2"));

        // Audited: creations, the disable, failed logins; never a password in clear.
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM audit_events WHERE action='login-failed'"))
                     .out.trimmed(),
                 QByteArray("2"));
        QCOMPARE(
            sql(db, QStringLiteral("SELECT actor_id || '|' || actor_name || '|' || reason FROM audit_events "
                                   "WHERE field='disabled'"))
                .out.trimmed(),
            QByteArray("ada|Ada Admin|left the company"));
        const QByteArray dump = sql(db, QStringLiteral(".dump")).out;
        QVERIFY(!dump.contains("correct horse"));
        QVERIFY(!dump.contains("otto-pin-1"));
        QVERIFY(sql(db, QStringLiteral("SELECT kdf FROM operators WHERE operator_id='ada'"))
                    .out.startsWith("scrypt:N="));
        QVERIFY(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}).ok());
    }

    void runCommandUsesTheDefaultDatabase()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString root = home.filePath(QStringLiteral("fleet"));
        qputenv("XDG_DATA_HOME", home.path().toUtf8());
        const test::ToolRun run = cli({QStringLiteral("run"), QStringLiteral("--simulate"),
                                       QStringLiteral("2"), QStringLiteral("--root"), root});
        qunsetenv("XDG_DATA_HOME");
        QVERIFY2(run.ok(), run.err.constData());
        QString db;
        QDirIterator it(home.path(), {QStringLiteral("station.db")}, QDir::Files,
                        QDirIterator::Subdirectories);
        if (it.hasNext())
            db = it.next();
        QVERIFY2(!db.isEmpty(), run.out.constData());
        QVERIFY(run.out.contains(db.toUtf8()));
        QVERIFY2(run.out.contains("2 devices: 2 completed"), run.out.constData());
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM devices")).out.trimmed(), QByteArray("2"));
        QVERIFY(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}).ok());
    }
};

STATION_TEST_GUILESS_MAIN(TestLineCli)
#include "TestLineCli.moc"
