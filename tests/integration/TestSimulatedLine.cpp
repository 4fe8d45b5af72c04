// The whole line on the simulation kit's default profile, through the CLI: `line --simulate 2` walks both
// simulated devices through all five steps to PASS under the default device client (Azure IoT C SDK): step 3
// sets and escrows the lockout authorization only, steps 4 and 5 need no owner authorization. Independent
// oracles: sqlite3 on the station database, tpm2-tools on the devices (QA key gone, settings index
// readable, ownerAuthSet 0, lockoutAuthSet 1, the C SDK's field sequence replayed with tpm2-tools), and
// the escrow opened with the simulated customer's key gives a lockout authorization the TPM accepts.
// `run` (the README's main job) does the same on its defaults and prints one line per step.
#include "OwnershipTestSupport.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/sim/SimFleet.h"
#include "core/sim/SimulationKit.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace tps;

class TestSimulatedLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // `line` on one simulated device whose swtpm outlives the process: for kill-and-resume tests.
    static QStringList keptOneDeviceLine(const QString& db, const QString& root)
    {
        return {QStringLiteral("line"),
                QStringLiteral("--simulate"),
                QStringLiteral("1"),
                QStringLiteral("--db"),
                db,
                QStringLiteral("--root"),
                root,
                QStringLiteral("--keep-running")};
    }

    QString escrowStore() const
    {
        QDirIterator it(path(QStringLiteral("data")), QDir::Dirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString d = it.next();
            if (QFileInfo(d).fileName() == QLatin1String("escrow"))
                return d;
        }
        return {};
    }

    QByteArray sql(const QString& db, const QString& query)
    {
        const test::ToolRun r = test::runTool(QStringLiteral("sqlite3"), {db, query});
        if (!r.ok())
            qWarning() << r.err;
        return r.out.trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The escrow store, the default fleet and the default database live in the user data directory:
        // keep them inside this test's directory.
        qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toUtf8());
        qputenv("HOME", path(QStringLiteral("home")).toUtf8());
    }

    void simulationKitIsIdempotentAndPrivate()
    {
        const QString root = path(QStringLiteral("kit"));
        auto kit = sim::SimulationKit::prepare(root);
        QVERIFY2(kit.ok(), kit.ok() ? "" : qPrintable(kit.error()));
        const auto mode = [](const QString& file) {
            struct stat st
            {};
            return ::stat(QFile::encodeName(file).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
        };
        QCOMPARE(mode(kit->customerKey()), 0600);
        QCOMPARE(mode(kit->signingKey()), 0600);
        QFile cert(kit->customerCertificate());
        QVERIFY(cert.open(QIODevice::ReadOnly));
        const QByteArray certBytes = cert.readAll();
        // openssl as the oracle: the certificate carries the private key's public half, the release
        // verifies with the profile's public key.
        const test::ToolRun certPub =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("x509"), QStringLiteral("-in"), kit->customerCertificate(),
                           QStringLiteral("-noout"), QStringLiteral("-pubkey")});
        const test::ToolRun keyPub =
            test::runTool(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"),
                                                      kit->customerKey(), QStringLiteral("-pubout")});
        QVERIFY(certPub.ok() && keyPub.ok());
        QCOMPARE(certPub.out, keyPub.out);
        const QString manifest = kit->catalog() + QStringLiteral("/sim-widget-1.0.0.manifest.json");
        const test::ToolRun verified = test::runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-rawin"),
             QStringLiteral("-pubin"), QStringLiteral("-inkey"), kit->signingPublicKey(),
             QStringLiteral("-in"), manifest, QStringLiteral("-sigfile"), manifest + QStringLiteral(".sig")});
        QVERIFY2(verified.ok(), verified.err.constData());

        const timeline::ProductProfile profile = kit->profile();
        QCOMPARE(profile.id, QStringLiteral("sim-widget"));
        QVERIFY(!profile.production);
        QCOMPARE(profile.section(QStringLiteral("ownership"))
                     .value(QStringLiteral("escrowCertificate"))
                     .toString(),
                 kit->customerCertificate());

        // Prepared again (a restart): the same keys, nothing regenerated.
        auto again = sim::SimulationKit::prepare(root);
        QVERIFY(again.ok());
        QFile cert2(again->customerCertificate());
        QVERIFY(cert2.open(QIODevice::ReadOnly));
        QCOMPARE(cert2.readAll(), certBytes);
    }

    void lineWalksEveryDeviceThroughAllFiveSteps()
    {
        const QString db = path(QStringLiteral("line.db"));
        const QString root = path(QStringLiteral("fleet"));
        const test::ToolRun line =
            test::runTool(test::cliPath(),
                          {QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("2"),
                           QStringLiteral("--db"), db, QStringLiteral("--root"), root,
                           QStringLiteral("--keep-running"), QStringLiteral("--json")},
                          {}, {}, 300000);
        sim::SimFleet fleet(root);
        fleet.setStopOnDestruction(true); // the devices stop when the test ends, whatever happens
        QVERIFY2(line.ok(), line.out.constData());
        const QJsonObject out = QJsonDocument::fromJson(line.out).object();
        QCOMPARE(out.value(QStringLiteral("product")).toString(), QStringLiteral("sim-widget"));
        QCOMPARE(out.value(QStringLiteral("summary")).toObject().value(QStringLiteral("completed")).toInt(),
                 2);
        const QJsonArray devices = out.value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        for (const QJsonValue& d : devices) {
            QStringList passed;
            for (const QJsonValue& s : d.toObject().value(QStringLiteral("steps")).toArray())
                if (s.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("pass"))
                    passed << s.toObject().value(QStringLiteral("step")).toString();
            QCOMPARE(passed.size(), 5);
        }

        // sqlite3 as the independent reader of the database.
        QCOMPARE(
            sql(db, QStringLiteral("SELECT COUNT(DISTINCT d.serial || ':' || s.step) FROM step_results s "
                                   "JOIN devices d ON d.id = s.device_id WHERE s.outcome = 'pass'")),
            QByteArray("10"));
        QCOMPARE(sql(db, QStringLiteral("SELECT COUNT(*) FROM devices WHERE product = 'sim-widget'")),
                 QByteArray("2"));
        // Step 5 persisted the QA key as the Azure IoT C SDK does (empty owner password), and removed it.
        QCOMPARE(
            sql(db, QStringLiteral("SELECT COUNT(*) FROM measurements WHERE name = 'qa.id_key_persisted' "
                                   "AND value LIKE '%true%'")),
            QByteArray("2"));

        // The SDK client needs the owner authorization empty: step 3 set none, so none is in memory.
        QCOMPARE(sql(db, QStringLiteral("SELECT COUNT(*) FROM measurements WHERE name = "
                                        "'ownership.owner_auth_in_session' AND value LIKE '%false%'")),
                 QByteArray("2"));
        QCOMPARE(sql(db, QStringLiteral("SELECT COUNT(*) FROM measurements WHERE name = 'qa.ship_clean' "
                                        "AND value LIKE '%true%'")),
                 QByteArray("2"));

        auto running = fleet.devices();
        QVERIFY(running.ok());
        QCOMPARE(running->size(), 2);
        // Step 3 escrowed into the station database, not into the file store.
        QVERIFY(escrowStore().isEmpty());
        QCOMPARE(sql(db, QStringLiteral("SELECT COUNT(*) FROM escrow_records WHERE state = 'applied'")),
                 QByteArray("2"));
        const QString ownerKey = root + QStringLiteral("/customer/escrow-key.pem");
        for (const sim::SimDevice& device : *running) {
            const QString tcti = device.tcti();
            QVERIFY(!tcti.isEmpty());
            const test::ToolRun handles =
                test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-persistent")}, tcti);
            QVERIFY(handles.ok());
            QVERIFY(handles.out.contains("0x81000001"));
            QVERIFY2(!handles.out.toLower().contains("0x81000100"), handles.out.constData());
            const test::ToolRun nv =
                test::runTool(QStringLiteral("tpm2_nvread"), {QStringLiteral("0x01500100")}, tcti);
            QVERIFY2(nv.ok(), nv.err.constData());
            QVERIFY(nv.out.contains("0ne00000SIM"));
            const QMap<QString, QString> props = test::variableProperties(tcti);
            QCOMPARE(props.value(QStringLiteral("ownerAuthSet")), QStringLiteral("0"));
            QCOMPARE(props.value(QStringLiteral("endorsementAuthSet")), QStringLiteral("0"));
            QCOMPARE(props.value(QStringLiteral("lockoutAuthSet")), QStringLiteral("1"));

            // The device's own DPS client (Azure IoT C SDK), replayed with tpm2-tools, succeeds.
            const QString replayDir = path(QStringLiteral("replay-") + device.serial);
            QVERIFY(QDir().mkpath(replayDir));
            const QString replay = test::replayAzureSdkC(tcti, replayDir);
            QVERIFY2(replay.isEmpty(), qPrintable(replay));

            // The simulated customer opens the escrow: the lockout authorization, and no owner value.
            const auto escrowed = test::openEscrowDb(db, ownerKey, device.serial);
            QVERIFY(!escrowed.contains(QStringLiteral("owner")));
            QCOMPARE(escrowed.value(QStringLiteral("lockout")).state, QStringLiteral("applied"));
            QVERIFY(test::lockoutAuthWorks(tcti, escrowed.value(QStringLiteral("lockout")).hex));
        }
        QVERIFY(fleet.stop().ok());
    }

    void resumedProcessCompletesStep4WithoutTheOwnerAuthorization()
    {
        // The station dies right after step 3 applied its authorizations (SIGKILL at the fault point); the
        // next process resumes the device. Its vault is empty (and, for the SDK client, has nothing to hold:
        // the owner authorization stays empty); step 3 defined the settings index, step 4 writes it with the
        // index's own empty authorization, write-locks it and passes.
        const QString db = path(QStringLiteral("resume.db"));
        const QString root = path(QStringLiteral("resume-fleet"));
        const QStringList args = keptOneDeviceLine(db, root);
        const test::ToolRun killed = test::runCli(args, QStringLiteral("ownership.after-applied"), 300000);
        sim::SimFleet fleet(root);
        fleet.setStopOnDestruction(true);
        QVERIFY(!killed.ok());
        auto devices = fleet.devices();
        QVERIFY(devices.ok() && devices->size() == 1);
        const sim::SimDevice device = devices->first();
        // Step 3 applied the lockout authorization (the SDK client keeps the owner authorization empty).
        QCOMPARE(test::variableProperties(device.tcti()).value(QStringLiteral("lockoutAuthSet")),
                 QStringLiteral("1"));
        const test::ToolRun definedPub =
            test::runTool(QStringLiteral("tpm2_nvreadpublic"), {QStringLiteral("0x01500100")}, device.tcti());
        QVERIFY2(definedPub.ok(), definedPub.err.constData());
        QVERIFY(definedPub.out.contains("authwrite") && !definedPub.out.contains("written"));
        QFile flash(device.flashPath);
        QVERIFY(flash.open(QIODevice::ReadOnly));
        const QByteArray flashBefore = flash.readAll();
        flash.close();

        const test::ToolRun resumed = test::runCli(args, {}, 300000);
        // Step 3 of the resumed process does not hold the owner authorization ...
        QCOMPARE(sql(db, QStringLiteral("SELECT value FROM measurements WHERE name = "
                                        "'ownership.owner_auth_in_session'")),
                 QByteArray("[false]"));
        // ... and step 4 passes all the same.
        QCOMPARE(
            sql(db, QStringLiteral("SELECT COUNT(*) FROM step_results WHERE step = 4 AND outcome = 'pass'")),
            QByteArray("1"));
        QVERIFY(flash.open(QIODevice::ReadOnly));
        QVERIFY(flash.readAll() != flashBefore);
        const test::ToolRun nv =
            test::runTool(QStringLiteral("tpm2_nvread"), {QStringLiteral("0x01500100")}, device.tcti());
        QVERIFY2(nv.ok(), nv.err.constData());
        QVERIFY(nv.out.startsWith("TPSP"));
        QVERIFY(nv.out.contains("0ne00000SIM"));
        const test::ToolRun pub =
            test::runTool(QStringLiteral("tpm2_nvreadpublic"), {QStringLiteral("0x01500100")}, device.tcti());
        QVERIFY(pub.out.contains("writelocked"));
        QVERIFY2(resumed.ok(), resumed.out.constData());
        QVERIFY(fleet.stop().ok());
    }

    void killedBetweenQaPersistAndRemovalShipsNoKey()
    {
        // SIGKILL right after step 5 persisted its key at 0x81000100 (before it removed it): the key is
        // on the TPM. The resumed process's QA runs the client's sequence again, whose first eviction
        // removes the leftover; the device passes and ships with 0x81000100 empty.
        const QString db = path(QStringLiteral("qa-kill.db"));
        const QString root = path(QStringLiteral("qa-kill-fleet"));
        const QStringList args = keptOneDeviceLine(db, root);
        const test::ToolRun killed = test::runCli(args, QStringLiteral("qa.after-persist"), 300000);
        sim::SimFleet fleet(root);
        fleet.setStopOnDestruction(true);
        QVERIFY(!killed.ok());
        auto devices = fleet.devices();
        QVERIFY(devices.ok() && devices->size() == 1);
        const QString tcti = devices->first().tcti();
        const auto persistent = [&] {
            return test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-persistent")}, tcti)
                .out.toLower();
        };
        QVERIFY2(persistent().contains("0x81000100"), persistent().constData()); // the crash left it
        const test::ToolRun resumed = test::runCli(args, {}, 300000);
        QVERIFY2(resumed.ok(), resumed.err.constData());
        QCOMPARE(
            sql(db, QStringLiteral("SELECT COUNT(*) FROM step_results WHERE step = 5 AND outcome = 'pass'")),
            QByteArray("1"));
        QVERIFY2(!persistent().contains("0x81000100"), persistent().constData());
        QVERIFY(fleet.stop().ok());
    }

    void runDoesTheSameOnItsDefaults()
    {
        const test::ToolRun run = test::runTool(
            test::cliPath(), {QStringLiteral("run"), QStringLiteral("--simulate"), QStringLiteral("1")}, {},
            {}, 300000);
        QVERIFY2(run.ok(), run.out.constData());
        const QString text = QString::fromUtf8(run.out);
        QCOMPARE(text.count(QStringLiteral(" PASS")), 5);
        QVERIFY(text.contains(QStringLiteral("1 completed")));
        const QString defaultDb = path(QStringLiteral("data/tpm-station/station.db"));
        QVERIFY2(QFileInfo::exists(defaultDb), qPrintable(text));
        QCOMPARE(sql(defaultDb, QStringLiteral("SELECT COUNT(*) FROM step_results WHERE outcome = 'pass'")),
                 QByteArray("5"));
    }
};

STATION_TEST_GUILESS_MAIN(TestSimulatedLine)
#include "TestSimulatedLine.moc"
