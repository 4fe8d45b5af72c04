// The slow-command budget (issue 20) as a regression test: `tpm-station-cli line --simulate 1` walks a
// fresh simulated device through the five steps on the kit's default profile (persisted, certified EK;
// Azure IoT C SDK client), and the sqlite3 CLI — the oracle — reads what every step recorded at the
// timing TCTI: tpm.commands, tpm.keygen.rsa and tpm.command_codes. No command is repeated whose answer the
// run already has: the counts below are the budget of docs/BENCHMARKS.md, and a command added back fails.
#include "TestMain.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {

test::ToolRun sql(const QString& db, const QString& statement)
{
    return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement});
}

// One measurement of every passing step result, by step number (measurements hold a one-element array).
QMap<int, QString> perStep(const QString& db, const QString& name)
{
    const test::ToolRun run =
        sql(db, QStringLiteral("SELECT r.step, json_extract(m.value, '$[0]') FROM measurements m JOIN "
                               "step_results r ON r.id = m.step_result_id WHERE m.name = '%1' AND "
                               "r.outcome = 'pass' ORDER BY r.step")
                    .arg(name));
    QMap<int, QString> out;
    for (const QByteArray& line : run.out.split('\n')) {
        const QList<QByteArray> parts = line.split('|');
        if (parts.size() == 2)
            out.insert(parts.at(0).toInt(), QString::fromUtf8(parts.at(1)));
    }
    return out;
}

// "ReadPublic=2 GetCapability=4 ..." -> {ReadPublic: 2, GetCapability: 4, ...}
QMap<QString, int> byCode(const QString& codes)
{
    QMap<QString, int> out;
    for (const QString& item : codes.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.insert(item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1).toInt());
    return out;
}

} // namespace

class TestCommandBudget : public QObject
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

    void lineStaysWithinTheCommandBudget()
    {
        test::TestFleet fleet(1);
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString db = m_dir.filePath(QStringLiteral("budget.db"));
        const test::ToolRun line =
            test::runTool(test::cliPath(),
                          {QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("1"),
                           QStringLiteral("--db"), db, QStringLiteral("--root"), fleet.fleet().root(),
                           QStringLiteral("--keep-running")},
                          {}, {}, 120000);
        QVERIFY2(line.ok(), line.err.constData());

        const QMap<int, QString> commands = perStep(db, QStringLiteral("tpm.commands"));
        const QMap<int, QString> codes = perStep(db, QStringLiteral("tpm.command_codes"));
        const QMap<int, QString> rsa = perStep(db, QStringLiteral("tpm.keygen.rsa"));
        QCOMPARE(commands.keys(), (QList<int>{1, 2, 3, 4, 5}));
        for (int step = 1; step <= 5; ++step)
            qInfo("step %d: %s commands: %s", step, qPrintable(commands.value(step)),
                  qPrintable(codes.value(step)));

        // The budget per step (docs/BENCHMARKS.md, "Slow-command budget per step").
        const QMap<int, int> budget{{1, 1}, {2, 6}, {3, 11}, {4, 5}, {5, 21}};
        int total = 0;
        int rsaKeyGens = 0;
        for (int step = 1; step <= 5; ++step) {
            QCOMPARE(commands.value(step).toInt(), budget.value(step));
            int summed = 0;
            for (int n : byCode(codes.value(step)))
                summed += n;
            QCOMPARE(summed, commands.value(step).toInt()); // the codes account for every command
            total += commands.value(step).toInt();
            rsaKeyGens += rsa.value(step).toInt();
        }
        QCOMPARE(total, 44);
        QCOMPARE(rsaKeyGens, 1); // the SRK: the EK is persisted and certified

        // Step 5 no longer re-reads what the run has (7 ReadPublic before): the EK (read by step 2, never
        // evicted since) and, in the rehearsal, the EK and SRK again come from the session. What is sent:
        // the SRK (first look-up since step 3's EvictControl persisted it), the look-up of an older QA key
        // (EvictPreviousKey, nothing known about 0x81000100 yet) and the device's open of the key it just
        // persisted; TPMA_PERMANENT (variable), the implemented commands (not read before) and the
        // ship-clean inventory (after the QA key is removed).
        const QMap<QString, int> qa = byCode(codes.value(5));
        QCOMPARE(qa.value(QStringLiteral("ReadPublic")), 3);
        QCOMPARE(qa.value(QStringLiteral("GetCapability")), 4);
        QCOMPARE(qa.value(QStringLiteral("ActivateCredential")), 1);
        QCOMPARE(qa.value(QStringLiteral("HMAC")), 1);
        QCOMPARE(qa.value(QStringLiteral("EvictControl")), 2);
        // Step 3 (3 ReadPublic before) compares 0x81010001 with step 2's EK from step 2's own look-up (the
        // SRK's EvictControl does not touch it); only the look-up for an older SRK is sent.
        const QMap<QString, int> ownership = byCode(codes.value(3));
        QCOMPARE(ownership.value(QStringLiteral("ReadPublic")), 1);
        QCOMPARE(ownership.value(QStringLiteral("CreatePrimary")), 1);

        // The device shipped as before: the QA key is gone (tpm2-tools).
        const test::ToolRun handles =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-persistent")},
                          fleet.devices().at(0).tcti());
        QVERIFY2(handles.ok(), handles.err.constData());
        QVERIFY2(!handles.out.contains("0x81000100"), handles.out.constData());
        QVERIFY2(handles.out.contains("0x81000001"), handles.out.constData());
    }
};

STATION_TEST_GUILESS_MAIN(TestCommandBudget)
#include "TestCommandBudget.moc"
