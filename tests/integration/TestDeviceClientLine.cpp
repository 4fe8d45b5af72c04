// The line under each device client of issue 14, through the CLI, proven with the client's own field
// sequence run by tpm2-tools (not station code): `line --profile` on the simulation kit's profile with
// device.client set to the Azure IoT C#, Java SDK, and the Identity Service with a moved auth_key_index and
// with declared owner authorization. Independent oracles: sqlite3 on the station database, tpm2_getcap
// on the TPM, tpm2-tools for the field sequence (tests/support/OwnershipTestSupport.h,
// replayDeviceClient, which cites the clients' sources). A contradictory profile is refused by `line`
// and `run` before anything is written: no database, no TPM change.
#include "OwnershipTestSupport.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/sim/SimFleet.h"
#include "core/sim/SimulationKit.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tps;

class TestDeviceClientLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QByteArray sql(const QString& db, const QString& query)
    {
        const test::ToolRun r = test::runTool(QStringLiteral("sqlite3"), {db, query});
        if (!r.ok())
            qWarning() << r.err;
        return r.out.trimmed();
    }

    // `command` (line or run) on one simulated device of the fleet `root` under the profile `file`.
    static QStringList commandArgs(const QString& command, const QString& db, const QString& root,
                                   const QString& file)
    {
        return {command,
                QStringLiteral("--simulate"),
                QStringLiteral("1"),
                QStringLiteral("--db"),
                db,
                QStringLiteral("--root"),
                root,
                QStringLiteral("--profile"),
                file};
    }

    // Everything tpm2_getcap reports about authorizations, persistent objects and NV indices.
    static QByteArray tpmState(const QString& tcti)
    {
        QByteArray all;
        for (const char* cap : {"properties-variable", "handles-persistent", "handles-nv-index"}) {
            const test::ToolRun r = test::runTool(QStringLiteral("tpm2_getcap"), {QLatin1String(cap)}, tcti);
            all += r.ok() ? r.out : QByteArray("tpm2_getcap failed: ") + r.err;
        }
        return all;
    }

    // The Java SDK's constructor creates a missing EK with CreatePrimary(TPM_RH.OWNER) and persists it
    // through owner — with the owner authorization empty nothing stops it, and the key it makes is NOT
    // the certificate's EK (owner hierarchy, empty unique): the persisted certificate-matching EK is what
    // keeps a Java device enrollable. Shown with tpm2-tools, then the EK is restored.
    static void javaRecreatesAMissingEkUnderOwner(const QString& tcti, const QString& dir)
    {
        const QByteArray certified = test::readPublic(tcti, QStringLiteral("0x81010001"), dir);
        QVERIFY(!certified.isEmpty());
        const auto tool = [&](const QStringList& args) {
            const QString program = args.first();
            const test::ToolRun r = test::runTool(program, args.mid(1), tcti);
            return r.ok() ? QString() : program + QStringLiteral(": ") + QString::fromLocal8Bit(r.err);
        };
        const QString owner = QStringLiteral("o");
        QVERIFY(test::writeFile(
            dir + QStringLiteral("/ek-policy.bin"),
            QByteArray::fromHex("837197674484b3f81a90cc8d46a5d724fd52d76e06520b64f2a1da1b331469aa")));
        QString e = tool({QStringLiteral("tpm2_evictcontrol"), QStringLiteral("-C"), owner,
                          QStringLiteral("-c"), QStringLiteral("0x81010001")});
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = tool(
            {QStringLiteral("tpm2_createprimary"), QStringLiteral("-C"), owner, QStringLiteral("-G"),
             QStringLiteral("rsa2048:aes128cfb"), QStringLiteral("-g"), QStringLiteral("sha256"),
             QStringLiteral("-a"),
             QStringLiteral("fixedtpm|fixedparent|sensitivedataorigin|adminwithpolicy|restricted|decrypt"),
             QStringLiteral("-L"), dir + QStringLiteral("/ek-policy.bin"), QStringLiteral("-c"),
             dir + QStringLiteral("/java-ek.ctx")});
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = tool({QStringLiteral("tpm2_evictcontrol"), QStringLiteral("-C"), owner, QStringLiteral("-c"),
                  dir + QStringLiteral("/java-ek.ctx"), QStringLiteral("0x81010001")});
        QVERIFY2(e.isEmpty(), qPrintable(e));
        test::flushTransients(tcti);
        QVERIFY(test::readPublic(tcti, QStringLiteral("0x81010001"), dir) != certified);
        // Restored: the certificate's EK (endorsement hierarchy, L-1 template) persisted again.
        e = tool({QStringLiteral("tpm2_evictcontrol"), QStringLiteral("-C"), owner, QStringLiteral("-c"),
                  QStringLiteral("0x81010001")});
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = tool({QStringLiteral("tpm2_createek"), QStringLiteral("-G"), QStringLiteral("rsa"),
                  QStringLiteral("-c"), QStringLiteral("0x81010001")});
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(test::readPublic(tcti, QStringLiteral("0x81010001"), dir), certified);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toUtf8());
        qputenv("HOME", path(QStringLiteral("home")).toUtf8());
    }

    void contradictoryProfileIsRefusedByLineAndRunAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("line owner") << "line"
                                    << ""
                                    << "azure-iot-sdk-c"
                                    << "setOwnerAuth"
                                    << QStringList{QStringLiteral("Azure IoT C SDK"),
                                                   QStringLiteral("setOwnerAuth"),
                                                   QStringLiteral("needs it empty")};
        QTest::newRow("run owner de")
            << "run"
            << "de"
            << "azure-iot-sdk-c"
            << "setOwnerAuth"
            << QStringList{QStringLiteral("Azure IoT C SDK"), QStringLiteral("setOwnerAuth"),
                           QStringLiteral("braucht sie leer")};
        QTest::newRow("line endorsement")
            << "line"
            << ""
            << "azure-iot-sdk-java"
            << "setEndorsementAuth"
            << QStringList{QStringLiteral("Azure IoT Java SDK"), QStringLiteral("setEndorsementAuth"),
                           QStringLiteral("PolicySecret(endorsement)")};
    }

    void contradictoryProfileIsRefusedByLineAndRunAndNothingIsWritten()
    {
        QFETCH(QString, command);
        QFETCH(QString, lang);
        QFETCH(QString, client);
        QFETCH(QString, setting);
        QFETCH(QStringList, expected);
        // A running simulated device in the fleet root the command is pointed at: its TPM must not change.
        const QString root = path(QStringLiteral("refused-fleet"));
        sim::SimFleet fleet(root);
        fleet.setStopOnDestruction(true);
        if (!fleet.exists())
            QVERIFY(fleet.create(1).ok());
        auto started = fleet.start();
        QVERIFY(started.ok() && started->size() == 1);
        const QString tcti = started->first().tcti();
        const QString file = test::writeKitProfile(
            root,
            path(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) +
                 QStringLiteral(".json")),
            QJsonObject{{QStringLiteral("client"), client}}, QJsonObject{{setting, true}});
        QVERIFY(!file.isEmpty());
        const QString db = path(QStringLiteral("refused/station.db"));
        const QByteArray before = tpmState(tcti);
        const QStringList args = commandArgs(command, db, root, file);
        if (lang.isEmpty())
            qunsetenv("STATION_LANG");
        else
            qputenv("STATION_LANG", lang.toUtf8());
        const test::ToolRun refused = test::runTool(test::cliPath(), args, {}, {}, 120000);
        qunsetenv("STATION_LANG");
        QCOMPARE(refused.exitCode, 1);
        const QString err = QString::fromUtf8(refused.err);
        for (const QString& text : expected)
            QVERIFY2(err.contains(text), qPrintable(err));
        // Nothing written: no database (not even its directory), the TPM as it was.
        QVERIFY(!QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("refused"))));
        QCOMPARE(tpmState(tcti), before);
        QVERIFY(fleet.stop().ok());
    }

    void eachClientPassesTheLineAndItsFieldSequence_data()
    {
        QTest::addColumn<QJsonObject>("device");
        QTest::addColumn<bool>("givenOwnerAuth");
        QTest::addColumn<QString>("keyHandle");
        const auto client = [](const char* key) {
            return QJsonObject{{QStringLiteral("client"), QLatin1String(key)}};
        };
        QTest::newRow("csharp") << client("azure-iot-sdk-csharp") << false << QStringLiteral("0x81000100");
        QTest::newRow("java") << client("azure-iot-sdk-java") << false << QStringLiteral("0x81000100");
        QJsonObject moved = client("aziot-identity-service");
        moved.insert(QStringLiteral("authKeyIndex"), 0x2345); // [tpm] auth_key_index = 0x2345
        QTest::newRow("aziot-moved-index") << moved << false << QStringLiteral("0x81002345");
        QJsonObject given = client("aziot-identity-service");
        given.insert(QStringLiteral("hierarchyAuthorization"), true);
        given.insert(QStringLiteral("ownerAuthDelivery"),
                     QStringLiteral("[tpm.hierarchy_authorization] owner, from the escrow at first boot"));
        QTest::newRow("aziot-owner-auth") << given << true << QStringLiteral("0x81000100");
    }

    void eachClientPassesTheLineAndItsFieldSequence()
    {
        QFETCH(QJsonObject, device);
        QFETCH(bool, givenOwnerAuth);
        QFETCH(QString, keyHandle);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString root = path(QStringLiteral("fleet-") + tag);
        const QString db = path(tag + QStringLiteral(".db"));
        const QString profile = test::writeKitProfile(
            root, root + QStringLiteral(".profile.json"), device,
            givenOwnerAuth ? QJsonObject{{QStringLiteral("setOwnerAuth"), true}} : QJsonObject{});
        QVERIFY(!profile.isEmpty());
        const test::ToolRun line =
            test::runTool(test::cliPath(),
                          commandArgs(QStringLiteral("line"), db, root, profile) +
                              QStringList{QStringLiteral("--keep-running"), QStringLiteral("--json")},
                          {}, {}, 300000);
        sim::SimFleet fleet(root);
        fleet.setStopOnDestruction(true);
        QVERIFY2(line.ok(), (line.out + line.err).constData());
        const QJsonObject out = QJsonDocument::fromJson(line.out).object();
        QCOMPARE(out.value(QStringLiteral("summary")).toObject().value(QStringLiteral("completed")).toInt(),
                 1);

        // sqlite3: QA replayed this client, persisted its key at the client's handle and shipped clean.
        const QString clientKey = device.value(QStringLiteral("client")).toString();
        QCOMPARE(sql(db, QStringLiteral("SELECT value FROM measurements WHERE name = 'qa.device_client'")),
                 QByteArray("[\"") + clientKey.toLatin1() + "\"]");
        QCOMPARE(sql(db, QStringLiteral("SELECT value FROM measurements WHERE name = 'qa.id_key_persisted'")),
                 QByteArray("[true]"));
        QCOMPARE(sql(db, QStringLiteral("SELECT value FROM measurements WHERE name = 'qa.ship_clean'")),
                 QByteArray("[true]"));
        const QByteArray rehearsal = sql(db, QStringLiteral("SELECT data FROM artifacts WHERE name = "
                                                            "'dps-rehearsal.json'"));
        QVERIFY2(rehearsal.contains(keyHandle.toLatin1()), rehearsal.constData());

        auto devices = fleet.devices();
        QVERIFY(devices.ok() && devices->size() == 1);
        const QString tcti = devices->first().tcti();
        const QString serial = devices->first().serial;
        const QMap<QString, QString> props = test::variableProperties(tcti);
        QCOMPARE(props.value(QStringLiteral("ownerAuthSet")),
                 givenOwnerAuth ? QStringLiteral("1") : QStringLiteral("0"));
        QCOMPARE(props.value(QStringLiteral("endorsementAuthSet")), QStringLiteral("0"));
        QCOMPARE(props.value(QStringLiteral("lockoutAuthSet")), QStringLiteral("1"));
        QVERIFY(!test::tpmHasHandle(tcti, QStringLiteral("handles-persistent"), keyHandle));

        test::FieldClient client{clientKey, keyHandle, {}};
        if (givenOwnerAuth) {
            // The device is given the escrowed owner value (its config's hierarchy_authorization.owner);
            // the simulated customer opens the escrow with its key.
            const auto escrowed =
                test::openEscrowDb(db, root + QStringLiteral("/customer/escrow-key.pem"), serial);
            QCOMPARE(escrowed.value(QStringLiteral("owner")).state, QStringLiteral("applied"));
            client.ownerHex = escrowed.value(QStringLiteral("owner")).hex;
            QVERIFY(!client.ownerHex.isEmpty());
            // Without it the same sequence is refused at its first owner command: the value matters.
            const QString dir = path(tag + QStringLiteral("-no-auth"));
            QVERIFY(QDir().mkpath(dir));
            const QString refused = test::replayDeviceClient(tcti, dir, {clientKey, keyHandle, {}});
            QVERIFY2(refused.startsWith(QStringLiteral("tpm2_evictcontrol")), qPrintable(refused));
            test::flushTransients(tcti);
        }
        if (clientKey == QLatin1String("azure-iot-sdk-csharp")) {
            // What a previous run of the C# SDK leaves: its URI index. Destroy() removes it with the
            // empty owner authorization.
            const test::ToolRun def =
                test::runTool(QStringLiteral("tpm2_nvdefine"),
                              {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-s"),
                               QStringLiteral("16"), QStringLiteral("0x01400100")},
                              tcti);
            QVERIFY2(def.ok(), def.err.constData());
        }
        const QString dir = path(tag + QStringLiteral("-replay"));
        QVERIFY(QDir().mkpath(dir));
        const QString replay = test::replayDeviceClient(tcti, dir, client);
        QVERIFY2(replay.isEmpty(), qPrintable(replay));
        QVERIFY(!test::tpmHasHandle(tcti, QStringLiteral("handles-nv-index"), QStringLiteral("0x1400100")));
        QVERIFY(!test::tpmHasHandle(tcti, QStringLiteral("handles-persistent"), keyHandle));
        if (clientKey == QLatin1String("azure-iot-sdk-java"))
            javaRecreatesAMissingEkUnderOwner(tcti, dir);
        if (clientKey == QLatin1String("azure-iot-sdk-csharp")) {
            // The trade-off of the empty owner authorization (docs/OWNERSHIP.md): the firmware settings
            // index is write-locked, yet any software can undefine it through the owner hierarchy.
            const test::ToolRun pub =
                test::runTool(QStringLiteral("tpm2_nvreadpublic"), {QStringLiteral("0x01500100")}, tcti);
            QVERIFY2(pub.out.contains("writelocked"), pub.out.constData());
            const test::ToolRun undefined = test::runTool(
                QStringLiteral("tpm2_nvundefine"),
                {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("0x01500100")}, tcti);
            QVERIFY2(undefined.ok(), undefined.err.constData());
        }
        QVERIFY(fleet.stop().ok());
    }
};

STATION_TEST_GUILESS_MAIN(TestDeviceClientLine)
#include "TestDeviceClientLine.moc"
