// A device owned under the earlier rule (owner authorization set by step 3 and escrowed) of a product whose
// device runs the Azure IoT C SDK, through the CLI end to end on swtpm (issue 14):
//  - `ownership verify` names the client and the command that would be refused, and the rework;
//  - a rework from the ownership step without clearing the TPM: step 3 says the TPM was owned under the
//    earlier rule and what to do, and changes nothing;
//  - the rework: `ownership clear --lockout-key` (the escrowed lockout authorization, opened with the
//    simulated customer's key), `rework --from-step ownership-taken` (supervisor signature), the line
//    again: steps 3-5 run again and pass; tpm2_getcap shows ownerAuthSet 0 and lockoutAuthSet 1; the C
//    SDK's field sequence replayed with tpm2-tools succeeds; sqlite3 shows the signed reworks.
#include "OwnershipTestSupport.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/sim/SimFleet.h"
#include "core/sim/SimulationKit.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tps;

class TestOldRuleRework : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    QString m_db;
    QString m_tcti;
    QString m_serial;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QByteArray sql(const QString& query)
    {
        return test::runTool(QStringLiteral("sqlite3"), {m_db, query}).out.trimmed();
    }

    // The kit's profile for `client` (and setOwnerAuth), written to `name`.
    QString profile(const QString& name, const QString& client, bool setOwnerAuth, int maxRetries = 3)
    {
        return test::writeKitProfile(m_root, path(name), QJsonObject{{QStringLiteral("client"), client}},
                                     QJsonObject{{QStringLiteral("setOwnerAuth"), setOwnerAuth}}, maxRetries);
    }

    test::ToolRun line(const QString& profileFile)
    {
        return test::runTool(test::cliPath(),
                             {QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("1"),
                              QStringLiteral("--db"), m_db, QStringLiteral("--root"), m_root,
                              QStringLiteral("--profile"), profileFile, QStringLiteral("--keep-running"),
                              QStringLiteral("--json")},
                             {}, {}, 300000);
    }

    test::ToolRun cli(const QStringList& args, const QByteArray& password = {})
    {
        if (password.isEmpty())
            qunsetenv("STATION_PASSWORD");
        else
            qputenv("STATION_PASSWORD", password);
        const test::ToolRun r = test::runTool(test::cliPath(), args, {}, {}, 120000);
        qunsetenv("STATION_PASSWORD");
        return r;
    }

    test::ToolRun reworkFromOwnership(const QString& reason)
    {
        return cli({QStringLiteral("rework"), QStringLiteral("--db"), m_db, QStringLiteral("--product"),
                    QStringLiteral("sim-widget"), QStringLiteral("--serial"), m_serial,
                    QStringLiteral("--as"), QStringLiteral("sue"), QStringLiteral("--reason"), reason,
                    QStringLiteral("--from-step"), QStringLiteral("ownership-taken")},
                   "sue-pin-1");
    }

    // The authorization and dictionary-attack state and the persistent handles, per tpm2_getcap.
    QString authState() const
    {
        const QMap<QString, QString> props = test::variableProperties(m_tcti);
        QStringList out;
        for (const char* key : {"ownerAuthSet", "endorsementAuthSet", "lockoutAuthSet", "disableClear",
                                "TPM2_PT_LOCKOUT_COUNTER", "TPM2_PT_MAX_AUTH_FAIL",
                                "TPM2_PT_LOCKOUT_INTERVAL", "TPM2_PT_LOCKOUT_RECOVERY"})
            out << QString::fromLatin1(key) + QLatin1Char('=') + props.value(QLatin1String(key));
        out << QString::fromLatin1(
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-persistent")}, m_tcti).out);
        return out.join(QLatin1Char('\n'));
    }

    static QString deviceState(const test::ToolRun& run)
    {
        const QJsonArray devices =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("devices")).toArray();
        return devices.isEmpty() ? QString()
                                 : devices.first().toObject().value(QStringLiteral("state")).toString() +
                                       QStringLiteral(": ") +
                                       devices.first().toObject().value(QStringLiteral("message")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toUtf8());
        qputenv("HOME", path(QStringLiteral("home")).toUtf8());
        m_root = path(QStringLiteral("fleet"));
        m_db = path(QStringLiteral("station.db"));
    }
    void cleanupTestCase()
    {
        sim::SimFleet fleet(m_root);
        (void)fleet.stop();
    }

    void deviceOwnedUnderTheEarlierRule()
    {
        // What the station's earlier rule did on every device: owner and lockout authorization set and
        // escrowed (reproduced with a profile that may still set the owner authorization).
        const QString old = profile(QStringLiteral("old-rule.json"), QStringLiteral("none"), true);
        QVERIFY(!old.isEmpty());
        const test::ToolRun first = line(old);
        QVERIFY2(first.ok(), (first.out + first.err).constData());
        sim::SimFleet fleet(m_root);
        auto devices = fleet.devices();
        QVERIFY(devices.ok() && devices->size() == 1);
        m_tcti = devices->first().tcti();
        m_serial = devices->first().serial;
        QCOMPARE(test::variableProperties(m_tcti).value(QStringLiteral("ownerAuthSet")), QStringLiteral("1"));
        const auto escrowed =
            test::openEscrowDb(m_db, m_root + QStringLiteral("/customer/escrow-key.pem"), m_serial);
        QCOMPARE(escrowed.value(QStringLiteral("owner")).state, QStringLiteral("applied"));

        // Supervisors sign reworks: the first operator is the admin, who adds one.
        test::ToolRun r = test::runTool(
            test::cliPath(),
            {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("ada"),
             QStringLiteral("--name"), QStringLiteral("Ada Admin"), QStringLiteral("--role"),
             QStringLiteral("admin"), QStringLiteral("--password-stdin"), QStringLiteral("--db"), m_db},
            {}, "ada-pin-1\n");
        QVERIFY2(r.ok(), r.err.constData());
        qputenv("STATION_NEW_PASSWORD", "sue-pin-1");
        r = cli({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"),
                 QStringLiteral("sue"), QStringLiteral("--name"), QStringLiteral("Sue Supervisor"),
                 QStringLiteral("--role"), QStringLiteral("supervisor"), QStringLiteral("--as"),
                 QStringLiteral("ada"), QStringLiteral("--reason"), QStringLiteral("line lead"),
                 QStringLiteral("--db"), m_db},
                "ada-pin-1");
        qunsetenv("STATION_NEW_PASSWORD");
        QVERIFY2(r.ok(), r.err.constData());
    }

    void verifyNamesTheClientTheCommandAndTheRework()
    {
        const test::ToolRun r =
            cli({QStringLiteral("ownership"), QStringLiteral("verify"), QStringLiteral("--tcti"), m_tcti});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Azure IoT C SDK: EvictControl to 0x81000100 with empty owner "
                                             "authorization is refused — owner authorization is set")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("escrowed lockout authorization")), qPrintable(out));
        // The same TPM fits a client that is given the owner authorization, and one without DPS.
        const test::ToolRun none =
            cli({QStringLiteral("ownership"), QStringLiteral("verify"), QStringLiteral("--tcti"), m_tcti,
                 QStringLiteral("--device-client"), QStringLiteral("none"), QStringLiteral("--json")});
        QVERIFY2(none.ok(), none.out.constData());
        QCOMPARE(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("needsRework")).toBool(true),
                 false);
    }

    void reworkWithoutClearIsToldAndChangesNothing()
    {
        QVERIFY2(reworkFromOwnership(QStringLiteral("device client is the Azure IoT C SDK")).ok(), "rework");
        const QByteArray before =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("properties-variable")}, m_tcti).out;
        const QString sdk =
            profile(QStringLiteral("c-sdk-1.json"), QStringLiteral("azure-iot-sdk-c"), false, 1);
        const test::ToolRun again = line(sdk);
        QVERIFY(!again.ok());
        const QString state = deviceState(again);
        QVERIFY2(state.startsWith(QStringLiteral("needs-rework")), qPrintable(state));
        const QByteArray message = sql(QStringLiteral("SELECT operator_message FROM step_results WHERE step "
                                                      "= 3 AND outcome = 'fail' ORDER BY id DESC LIMIT 1"));
        QVERIFY2(message.contains("owned under the earlier rule") &&
                     message.contains(
                         "Azure IoT C SDK: EvictControl to 0x81000100 with empty owner authorization") &&
                     message.contains("escrowed lockout authorization"),
                 message.constData());
        QCOMPARE(
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("properties-variable")}, m_tcti).out,
            before);
    }

    void clearReworkAndLineAgainProvisionsForTheSdk()
    {
        const test::ToolRun cleared =
            cli({QStringLiteral("ownership"), QStringLiteral("clear"), QStringLiteral("--tcti"), m_tcti,
                 QStringLiteral("--db"), m_db, QStringLiteral("--serial"), m_serial,
                 QStringLiteral("--reason"), QStringLiteral("owned under the earlier rule"),
                 QStringLiteral("--lockout-key"), m_root + QStringLiteral("/customer/escrow-key.pem")});
        QVERIFY2(cleared.ok(), cleared.err.constData());
        QMap<QString, QString> props = test::variableProperties(m_tcti);
        QCOMPARE(props.value(QStringLiteral("ownerAuthSet")), QStringLiteral("0"));
        QCOMPARE(props.value(QStringLiteral("lockoutAuthSet")), QStringLiteral("0"));
        QVERIFY2(
            reworkFromOwnership(QStringLiteral("TPM cleared with the escrowed lockout authorization")).ok(),
            "rework");

        const QString sdk = profile(QStringLiteral("c-sdk.json"), QStringLiteral("azure-iot-sdk-c"), false);
        const test::ToolRun again = line(sdk);
        QVERIFY2(again.ok(), (again.out + again.err).constData());
        QVERIFY2(deviceState(again).startsWith(QStringLiteral("completed")), qPrintable(deviceState(again)));
        // Steps 3, 4 and 5 ran again in the last epoch and passed; 1 and 2 were not repeated.
        QCOMPARE(sql(QStringLiteral(
                     "SELECT group_concat(step) FROM (SELECT DISTINCT step FROM step_results "
                     "WHERE kind = 'run' AND outcome = 'pass' AND rework_epoch = 2 ORDER BY step)")),
                 QByteArray("3,4,5"));
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM reworks WHERE restart_step = 3")), QByteArray("2"));
        props = test::variableProperties(m_tcti);
        QCOMPARE(props.value(QStringLiteral("ownerAuthSet")), QStringLiteral("0"));
        QCOMPARE(props.value(QStringLiteral("endorsementAuthSet")), QStringLiteral("0"));
        QCOMPARE(props.value(QStringLiteral("lockoutAuthSet")), QStringLiteral("1"));
        QVERIFY(cli({QStringLiteral("ownership"), QStringLiteral("verify"), QStringLiteral("--tcti"), m_tcti})
                    .ok());
        const QString dir = path(QStringLiteral("replay"));
        QVERIFY(QDir().mkpath(dir));
        const QString replay = test::replayAzureSdkC(m_tcti, dir);
        QVERIFY2(replay.isEmpty(), qPrintable(replay));
        // The new escrow: the lockout authorization only, and it opens the lockout hierarchy.
        const auto escrowed =
            test::openEscrowDb(m_db, m_root + QStringLiteral("/customer/escrow-key.pem"), m_serial);
        QVERIFY(!escrowed.contains(QStringLiteral("owner")) ||
                escrowed.value(QStringLiteral("owner")).state != QLatin1String("applied"));
        QVERIFY(test::lockoutAuthWorks(m_tcti, escrowed.value(QStringLiteral("lockout")).hex));
    }
};

STATION_TEST_GUILESS_MAIN(TestOldRuleRework)
#include "TestOldRuleRework.moc"
