// Crash safety: `tpm-station-cli line` is killed with SIGKILL at random moments, again and again. After
// that the database passes PRAGMA integrity_check, the audit trail verifies, every step acknowledged
// ("committed ...") is in the database exactly once, and a final run resumes each device at its next step.
#include "TestMain.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
test::ToolRun sql(const QString& db, const QString& statement)
{
    return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement});
}

constexpr int kDevices = 6;
constexpr int kKills = 22;
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedAtRandomMomentsLosesNothing()
    {
        QVERIFY(!test::cliPath().isEmpty());
        test::TestFleet fleet(kDevices);
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crash.db"));
        const QStringList args{QStringLiteral("line"),
                               QStringLiteral("--simulate"),
                               QString::number(kDevices),
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--root"),
                               fleet.fleet().root(),
                               QStringLiteral("--sockets"),
                               QStringLiteral("2"),
                               QStringLiteral("--keep-running"),
                               QStringLiteral("--progress")};
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        static const QRegularExpression ack(
            QStringLiteral("^committed (\\S+) (\\S+) attempt (\\d+) (\\S+) socket"));

        QSet<QString> acknowledged; // "serial|step|attempt|outcome"
        int kills = 0;
        int completedRuns = 0;
        QElapsedTimer total;
        total.start();
        while (kills < kKills && total.elapsed() < 45000) {
            QProcess p;
            p.start(test::cliPath(), args);
            QVERIFY(p.waitForStarted(10000));
            const int delay = 20 + int(random.bounded(380));
            if (!p.waitForFinished(delay)) {
                p.kill(); // SIGKILL
                QVERIFY(p.waitForFinished(10000));
                ++kills;
            } else {
                ++completedRuns;
            }
            for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
                const auto m = ack.match(QString::fromUtf8(line));
                if (m.hasMatch())
                    acknowledged.insert(
                        QStringList{m.captured(1), m.captured(2), m.captured(3), m.captured(4)}.join(
                            QLatin1Char('|')));
            }
        }
        qInfo("%d kills, %d runs finished on their own, %lld acknowledged steps", kills, completedRuns,
              static_cast<long long>(acknowledged.size()));
        QVERIFY2(kills >= 20, "not enough kills in the time budget");

        // The file is sound and the trail is intact.
        QCOMPARE(sql(db, QStringLiteral("PRAGMA integrity_check")).out.trimmed(), QByteArray("ok"));
        const test::ToolRun verify = test::runTool(
            test::cliPath(), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.ok(), verify.err.constData());

        // Nothing acknowledged is lost.
        const QByteArray stored =
            sql(db, QStringLiteral(
                        "SELECT d.serial || '|' || CASE r.step WHEN 1 THEN 'tpm-installed' WHEN 2 THEN "
                        "'ek-extracted' WHEN 3 THEN 'ownership-taken' WHEN 4 THEN 'firmware-flashed' ELSE "
                        "'qa-check' END || '|' || r.attempt || '|' || r.outcome FROM step_results r JOIN "
                        "devices d ON d.id = r.device_id"))
                .out;
        QSet<QString> inDb;
        for (const QByteArray& line : stored.split('\n'))
            if (!line.isEmpty())
                inDb.insert(QString::fromUtf8(line));
        for (const QString& a : std::as_const(acknowledged))
            QVERIFY2(inDb.contains(a), qPrintable(a));
        // Each result was committed together with its audit event.
        QCOMPARE(
            sql(db, QStringLiteral("SELECT count(*) FROM audit_events WHERE object LIKE 'step-result:%'"))
                .out,
            sql(db, QStringLiteral("SELECT count(*) FROM step_results")).out);

        // What each device had passed before the final run.
        QMap<QString, int> passedBefore;
        for (const QByteArray& line :
             sql(db,
                 QStringLiteral("SELECT d.serial, count(r.id) FROM devices d LEFT JOIN step_results r ON "
                                "r.device_id = d.id AND r.kind = 'run' AND r.outcome = 'pass' GROUP BY d.id"))
                 .out.split('\n')) {
            const QList<QByteArray> parts = line.split('|');
            if (parts.size() == 2)
                passedBefore.insert(QString::fromUtf8(parts[0]), parts[1].toInt());
        }

        // A final, uninterrupted run completes every device, each resuming at its next step.
        QStringList finalArgs = args;
        finalArgs.removeAll(QStringLiteral("--progress"));
        finalArgs << QStringLiteral("--json");
        const test::ToolRun last = test::runTool(test::cliPath(), finalArgs, {}, {}, 120000);
        // On failure the devices' states and messages say which device did not complete, and why.
        QVERIFY2(last.ok(), (last.err + last.out.right(4000)).constData());
        const QJsonArray devices =
            QJsonDocument::fromJson(last.out).object().value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), kDevices);
        for (const QJsonValue& v : devices) {
            const QJsonObject d = v.toObject();
            const QString serial = d.value(QStringLiteral("serial")).toString();
            QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
            const int registered = d.value(QStringLiteral("registeredSteps")).toInt();
            const int before = passedBefore.value(serial, 0);
            const QJsonArray steps = d.value(QStringLiteral("steps")).toArray();
            QList<QJsonObject> runs;
            for (const QJsonValue& s : steps)
                if (s.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("run"))
                    runs.append(s.toObject());
            QCOMPARE(int(runs.size()), registered - before); // exactly the steps not yet passed
            if (before > 0 && before < registered)
                QCOMPARE(steps.at(0).toObject().value(QStringLiteral("kind")).toString(),
                         QStringLiteral("recheck"));
            if (!runs.isEmpty())
                QCOMPARE(runs.first().value(QStringLiteral("step")).toString(),
                         QStringList({QStringLiteral("tpm-installed"), QStringLiteral("ek-extracted"),
                                      QStringLiteral("ownership-taken"), QStringLiteral("firmware-flashed"),
                                      QStringLiteral("qa-check")})
                             .at(before));
        }
        // No step passed twice, none missing.
        QCOMPARE(
            sql(db, QStringLiteral(
                        "SELECT count(*) FROM (SELECT device_id, step FROM step_results WHERE kind='run' "
                        "AND outcome='pass' GROUP BY 1, 2 HAVING count(*) > 1)"))
                .out.trimmed(),
            QByteArray("0"));
        const int registered = devices.at(0).toObject().value(QStringLiteral("registeredSteps")).toInt();
        QCOMPARE(
            sql(db, QStringLiteral("SELECT count(*) FROM step_results WHERE kind='run' AND outcome='pass'"))
                .out.trimmed(),
            QByteArray::number(kDevices * registered));
        QVERIFY(test::runTool(test::cliPath(),
                              {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db})
                    .ok());
    }
};

STATION_TEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
