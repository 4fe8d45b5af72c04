// The credential mode iothub-symmetric-slot on a simulated line, run as a user would (`line --profile`),
// against real swtpm devices, with independent oracles: `openssl cms -decrypt` recovers the cloud
// engineer's import-devices lines, python3's json and hmac check them, `tpm2_hmac` on each device's
// swtpm signs with the slot's persisted key, `tpm2_nvread` reads the slot's hostname/device ID, sqlite3
// reads the records. No key in clear in the database files, the CLI output or the export.
#include "EscrowTestKeys.h"
#include "OwnershipTestSupport.h"
#include "SecretScan.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "core/sim/SimFleet.h"
#include "core/sim/SimulationKit.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
constexpr char kHub[] = "widgets.azure-devices.net";

QByteArray sql(const QString& db, const QString& query)
{
    const test::ToolRun r = test::runTool(QStringLiteral("sqlite3"), {db, query});
    return r.out.trimmed();
}

struct ExportedKey
{
    QByteArray hmacHex;
    QByteArray primary;
    QByteArray secondary;
};
} // namespace

class TestSlotLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::OwnerKeys m_cloud;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A fleet of `count` devices with the simulation kit beside it (the fleet first: it wants an empty
    // directory), and the kit's profile in the given credential mode written to a file.
    QString writeProfile(const QString& root, const QJsonObject& credentials, int count = 1)
    {
        if (!sim::SimFleet(root).create(count).ok())
            return {};
        auto kit = sim::SimulationKit::prepare(root);
        if (!kit)
            return {};
        timeline::ProductProfile profile = kit->profile();
        profile.setSection(QStringLiteral("credentials"), credentials);
        const QString file = root + QStringLiteral(".profile.json");
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(profile.toJson()).toJson());
        return file;
    }
    QJsonObject iotHubSlot(int slot) const
    {
        return QJsonObject{{QStringLiteral("mode"), QStringLiteral("iothub-symmetric-slot")},
                           {QStringLiteral("slot"), slot},
                           {QStringLiteral("hubHostName"), QLatin1String(kHub)},
                           {QStringLiteral("cloudCertificate"), m_cloud.cert}};
    }
    static QStringList line(const QString& db, const QString& root, const QString& profile, int count)
    {
        return {QStringLiteral("line"),
                QStringLiteral("--simulate"),
                QString::number(count),
                QStringLiteral("--db"),
                db,
                QStringLiteral("--root"),
                root,
                QStringLiteral("--profile"),
                profile,
                QStringLiteral("--keep-running"),
                QStringLiteral("--json")};
    }
    test::ToolRun decrypt(const QString& file)
    {
        return test::runTool(QStringLiteral("openssl"),
                             {QStringLiteral("cms"), QStringLiteral("-decrypt"), QStringLiteral("-inform"),
                              QStringLiteral("DER"), QStringLiteral("-binary"), QStringLiteral("-in"), file,
                              QStringLiteral("-inkey"), m_cloud.key});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toUtf8());
        qputenv("HOME", path(QStringLiteral("home")).toUtf8());
        m_cloud = test::makeOwnerKeys(m_dir.path(), QStringLiteral("cloud-engineer"));
        QVERIFY(!m_cloud.cert.isEmpty());
    }

    void iotHubSlotLineEndToEnd()
    {
        const QString db = path(QStringLiteral("slots.db"));
        const QString root = path(QStringLiteral("fleet"));
        const QString profile = writeProfile(root, iotHubSlot(1), 2);
        QVERIFY(!profile.isEmpty());
        const test::ToolRun run = test::runCli(line(db, root, profile, 2), {}, 300000);
        sim::SimFleet fleet(root);
        fleet.setStopOnDestruction(true);
        QVERIFY2(run.ok(), run.err.constData());
        const QJsonObject summary =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("completed")).toInt(), 2);
        QCOMPARE(sql(db, QStringLiteral("SELECT COUNT(*) FROM slot_keys WHERE state = 'applied'")),
                 QByteArray("2"));
        QCOMPARE(sql(db, QStringLiteral("SELECT COUNT(*) FROM measurements WHERE name = "
                                        "'qa.slot_sas_signature_valid' AND verdict = 'pass'")),
                 QByteArray("2"));

        // The cloud engineer's export: only CMS to the cloud certificate, with the signed manifest.
        const QString out = path(QStringLiteral("export"));
        const test::ToolRun exported =
            test::runCli({QStringLiteral("export"), QStringLiteral("slot-keys"), QStringLiteral("--db"), db,
                          QStringLiteral("--out"), out, QStringLiteral("--profile"), profile,
                          QStringLiteral("--allow-simulated"), QStringLiteral("--json")});
        QVERIFY2(exported.ok(), exported.err.constData());
        QVERIFY(QFile::exists(out + QStringLiteral("/manifest.json.p7s")));
        const test::ToolRun verify =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                           QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                           out + QStringLiteral("/manifest.json.p7s"), QStringLiteral("-content"),
                           out + QStringLiteral("/manifest.json"), QStringLiteral("-CAfile"),
                           out + QStringLiteral("/signing-certificate.pem"), QStringLiteral("-purpose"),
                           QStringLiteral("any")});
        QVERIFY2(verify.ok(), verify.err.constData());
        const test::ToolRun lines = decrypt(out + QStringLiteral("/import-devices.jsonl.cms"));
        QVERIFY2(lines.ok(), lines.err.constData());
        QCOMPARE(lines.out.count('\n'), 2);
        const test::ToolRun script = decrypt(out + QStringLiteral("/create-devices.sh.cms"));
        QVERIFY2(script.ok(), script.err.constData());

        // python3's json and hmac over a string, against tpm2_hmac on each device's own swtpm.
        const QByteArray message = "widgets.azure-devices.net/devices/x\n1767225600";
        const test::ToolRun checked =
            test::runTool(QStringLiteral("python3"),
                          {qEnvironmentVariable("STATION_SOURCE_DIR") +
                               QStringLiteral("/tests/support/slot_import_check.py"),
                           QString::fromLatin1(message)},
                          {}, lines.out);
        QVERIFY2(checked.ok(), checked.err.constData());
        QMap<QString, ExportedKey> keys;
        for (const QByteArray& row : checked.out.trimmed().split('\n')) {
            const QList<QByteArray> f = row.split(' ');
            QCOMPARE(f.size(), 4);
            keys.insert(QString::fromUtf8(f[0]),
                        {f[1], QByteArray::fromHex(f[2]), QByteArray::fromHex(f[3])});
        }
        auto devices = fleet.devices();
        QVERIFY(devices.ok());
        QCOMPARE(devices->size(), 2);
        const QString input = path(QStringLiteral("message.txt"));
        QFile m(input);
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write(message);
        m.close();
        const QByteArray dbFiles = test::databaseFiles(db);
        for (const sim::SimDevice& device : std::as_const(*devices)) {
            QVERIFY2(keys.contains(device.serial), qPrintable(device.serial));
            const ExportedKey& key = keys[device.serial];
            const test::ToolRun tpmMac =
                test::runTool(QStringLiteral("tpm2_hmac"),
                              {QStringLiteral("-c"), QStringLiteral("0x81000101"), QStringLiteral("-g"),
                               QStringLiteral("sha256"), QStringLiteral("--hex"), input},
                              device.tcti());
            QVERIFY2(tpmMac.ok(), tpmMac.err.constData());
            QCOMPARE(tpmMac.out.trimmed(), key.hmacHex);
            const test::ToolRun uri =
                test::runTool(QStringLiteral("tpm2_nvread"), {QStringLiteral("0x01400101")}, device.tcti());
            QCOMPARE(uri.out, QByteArray(kHub) + '/' + device.serial.toUtf8());
            // The az script carries the same keys for the same device.
            QVERIFY(script.out.contains(
                "az iot hub device-identity create --hub-name 'widgets' --device-id '" +
                device.serial.toUtf8() + "' --auth-method shared_private_key --primary-key '" +
                key.primary.toBase64() + "' --secondary-key '" + key.secondary.toBase64() + "'\n"));
            // Never in clear: database, WAL, CLI output, the export's files.
            for (const QByteArray& secret : {key.primary, key.secondary}) {
                QVERIFY(!test::containsSecret(dbFiles, secret));
                QVERIFY(!test::containsSecret(run.out + run.err + exported.out + exported.err, secret));
                QDirIterator it(out, QDir::Files);
                while (it.hasNext())
                    QVERIFY(!test::containsSecret(test::readFile(it.next()), secret));
            }
            // Ship-clean knows the slot: only the slot's key beside the SRK and EK.
            const QByteArray handles = test::runTool(QStringLiteral("tpm2_getcap"),
                                                     {QStringLiteral("handles-persistent")}, device.tcti())
                                           .out.toLower();
            QVERIFY(handles.contains("0x81000101"));
            QVERIFY(!handles.contains("0x81000100"));
        }
        QVERIFY(fleet.stop().ok());
    }

    // SIGKILL after the slot's NV index was written and before its key was persisted: the resumed line
    // abandons the pending keys, imprints the slot again and ships only keys the QA check verified.
    void crashMidProvisionResumes()
    {
        const QString db = path(QStringLiteral("crash.db"));
        const QString root = path(QStringLiteral("crash-fleet"));
        const QString profile = writeProfile(root, iotHubSlot(2));
        QVERIFY(!profile.isEmpty());
        const QStringList args = line(db, root, profile, 1);
        const test::ToolRun killed = test::runCli(args, QStringLiteral("slot.after-uri-written"), 300000);
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
        const QByteArray nv =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-nv-index")}, tcti)
                .out.toLower();
        QVERIFY2(nv.contains("0x1400102"), nv.constData()); // half-written: the index without its key
        QVERIFY(!persistent().contains("0x81000102"));
        QCOMPARE(sql(db, QStringLiteral("SELECT state FROM slot_keys")), QByteArray("pending"));

        const test::ToolRun resumed = test::runCli(args, {}, 300000);
        QVERIFY2(resumed.ok(), resumed.err.constData());
        QCOMPARE(sql(db, QStringLiteral(
                             "SELECT group_concat(state) FROM (SELECT state FROM slot_keys ORDER BY id)")),
                 QByteArray("abandoned,applied"));
        QCOMPARE(
            sql(db, QStringLiteral("SELECT COUNT(*) FROM step_results WHERE step = 5 AND outcome = 'pass'")),
            QByteArray("1"));
        QVERIFY(persistent().contains("0x81000102"));
        QVERIFY(fleet.stop().ok());
    }

    // dps-symmetric-group: a supervisor imports the group key, the line derives each device's key from it;
    // the slot signs with exactly what `openssl dgst -mac HMAC` derives; "Remove keys" needs a supervisor.
    void groupModeAndSignedRemoval()
    {
        const QString db = path(QStringLiteral("group.db"));
        const QString root = path(QStringLiteral("group-fleet"));
        const QString profile =
            writeProfile(root, QJsonObject{{QStringLiteral("mode"), QStringLiteral("dps-symmetric-group")},
                                           {QStringLiteral("slot"), 3}});
        QVERIFY(!profile.isEmpty());
        const QStringList base{QStringLiteral("--db"), db};
        test::ToolRun r =
            test::runTool(test::cliPath(),
                          QStringList{QStringLiteral("operator"), QStringLiteral("add"),
                                      QStringLiteral("--id"), QStringLiteral("ada"), QStringLiteral("--name"),
                                      QStringLiteral("Ada Admin"), QStringLiteral("--role"),
                                      QStringLiteral("admin"), QStringLiteral("--password-stdin")} +
                              base,
                          {}, "correct horse\n");
        QVERIFY2(r.ok(), r.err.constData());
        qputenv("STATION_NEW_PASSWORD", "otto-pin-1");
        qputenv("STATION_PASSWORD", "correct horse");
        r = test::runCli(QStringList{QStringLiteral("operator"), QStringLiteral("add"),
                                     QStringLiteral("--id"), QStringLiteral("otto"), QStringLiteral("--name"),
                                     QStringLiteral("Otto Operator"), QStringLiteral("--as"),
                                     QStringLiteral("ada"), QStringLiteral("--reason"),
                                     QStringLiteral("new hire")} +
                         base);
        qunsetenv("STATION_NEW_PASSWORD");
        QVERIFY2(r.ok(), r.err.constData());

        const QByteArray groupKey =
            "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==";
        const QString keyFile = path(QStringLiteral("group.key"));
        const QString badFile = path(QStringLiteral("bad.key"));
        QFile k(keyFile);
        QVERIFY(k.open(QIODevice::WriteOnly));
        k.write(groupKey + '\n');
        k.close();
        QFile b(badFile);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("not base64 !!\n");
        b.close();
        const auto import = [&](const QString& who, const QString& file) {
            return test::runCli(QStringList{QStringLiteral("slot"), QStringLiteral("group-key"),
                                            QStringLiteral("import"), QStringLiteral("--as"), who,
                                            QStringLiteral("--product"), QStringLiteral("sim-widget"),
                                            QStringLiteral("--key-file"), file} +
                                base);
        };
        r = import(QStringLiteral("ada"), badFile);
        QCOMPARE(r.exitCode, 1);
        qputenv("STATION_PASSWORD", "otto-pin-1");
        r = import(QStringLiteral("otto"), keyFile); // an operator may not
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("supervisor"), r.err.constData());
        QCOMPARE(sql(db, QStringLiteral("SELECT COUNT(*) FROM group_keys")), QByteArray("0"));
        qputenv("STATION_PASSWORD", "correct horse");
        // Typed twice at a terminal (tests/support/pty_run.py is the keyboard): two different keys are
        // refused and store nothing; the same key twice is stored, and the terminal never shows it.
        const auto typed = [&](const QByteArray& first, const QByteArray& second, const QString& product) {
            return test::runTool(
                QStringLiteral("python3"),
                {qEnvironmentVariable("STATION_SOURCE_DIR") + QStringLiteral("/tests/support/pty_run.py"),
                 QStringLiteral("--line"), QString::fromLatin1(first), QStringLiteral("--line"),
                 QString::fromLatin1(second), QStringLiteral("--"), test::cliPath(), QStringLiteral("slot"),
                 QStringLiteral("group-key"), QStringLiteral("import"), QStringLiteral("--as"),
                 QStringLiteral("ada"), QStringLiteral("--product"), product, QStringLiteral("--db"), db});
        };
        r = typed(groupKey, groupKey.left(40) + "AAAA", QStringLiteral("sim-widget"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("differ"), r.out.constData());
        QCOMPARE(sql(db, QStringLiteral("SELECT COUNT(*) FROM group_keys")), QByteArray("0"));
        r = typed(groupKey, groupKey, QStringLiteral("typed-product"));
        QVERIFY2(r.ok(), (QByteArray::number(r.exitCode) + " " + r.out + r.err).constData());
        QVERIFY2(!r.out.contains(groupKey.left(16)), r.out.constData()); // no echo
        QCOMPARE(sql(db, QStringLiteral("SELECT COUNT(*) FROM group_keys WHERE product = 'typed-product'")),
                 QByteArray("1"));
        r = import(QStringLiteral("ada"), keyFile);
        QVERIFY2(r.ok(), r.err.constData());
        QVERIFY(!test::containsSecret(r.out + r.err, QByteArray::fromBase64(groupKey)));

        const test::ToolRun run = test::runCli(line(db, root, profile, 1), {}, 300000);
        sim::SimFleet fleet(root);
        fleet.setStopOnDestruction(true);
        QVERIFY2(run.ok(), run.err.constData());
        auto devices = fleet.devices();
        QVERIFY(devices.ok() && devices->size() == 1);
        const sim::SimDevice device = devices->first();
        const QByteArray regId = sql(db, QStringLiteral("SELECT registration_id FROM devices"));
        QCOMPARE(regId.size(), 52);
        const QByteArray uri =
            test::runTool(QStringLiteral("tpm2_nvread"), {QStringLiteral("0x01400103")}, device.tcti()).out;
        QCOMPARE(uri, "global.azure-devices-provisioning.net/" + regId);

        // The device key by openssl (independent of the station), then the slot's HMAC against it.
        const auto opensslHmac = [](const QByteArray& keyHex, const QString& file) {
            return test::runTool(QStringLiteral("openssl"),
                                 {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-mac"),
                                  QStringLiteral("HMAC"), QStringLiteral("-macopt"),
                                  QStringLiteral("hexkey:") + QString::fromLatin1(keyHex),
                                  QStringLiteral("-hex"), file})
                .out.trimmed()
                .split(' ')
                .last();
        };
        const QString regFile = path(QStringLiteral("regid.txt"));
        QFile rf(regFile);
        QVERIFY(rf.open(QIODevice::WriteOnly));
        rf.write(regId);
        rf.close();
        const QByteArray deviceKeyHex = opensslHmac(QByteArray::fromBase64(groupKey).toHex(), regFile);
        QCOMPARE(deviceKeyHex.size(), 64);
        const QString input = path(QStringLiteral("group-message.txt"));
        QFile m(input);
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write("global.azure-devices-provisioning.net/devices/" + regId + "\n1767225600");
        m.close();
        const test::ToolRun tpmMac =
            test::runTool(QStringLiteral("tpm2_hmac"),
                          {QStringLiteral("-c"), QStringLiteral("0x81000103"), QStringLiteral("-g"),
                           QStringLiteral("sha256"), QStringLiteral("--hex"), input},
                          device.tcti());
        QVERIFY2(tpmMac.ok(), tpmMac.err.constData());
        QCOMPARE(tpmMac.out.trimmed(), opensslHmac(deviceKeyHex, input));
        const QByteArray dbFiles = test::databaseFiles(db);
        QVERIFY(!test::containsSecret(dbFiles, QByteArray::fromBase64(groupKey)));
        QVERIFY(!test::containsSecret(dbFiles, QByteArray::fromHex(deviceKeyHex)));

        // The group's export: the registration IDs, no key.
        const QString out = path(QStringLiteral("group-export"));
        r = test::runCli({QStringLiteral("export"), QStringLiteral("slot-keys"), QStringLiteral("--db"), db,
                          QStringLiteral("--out"), out, QStringLiteral("--profile"), profile,
                          QStringLiteral("--allow-simulated")});
        QVERIFY2(r.ok(), r.err.constData());
        QCOMPARE(test::readFile(out + QStringLiteral("/registration-ids.txt")), regId + '\n');
        QVERIFY(!QFile::exists(out + QStringLiteral("/import-devices.jsonl.cms")));

        // Remove keys: refused for an operator (slot untouched), done and signed by the admin.
        const auto destroy = [&](const QString& who) {
            return test::runCli({QStringLiteral("slot"), QStringLiteral("destroy"), QStringLiteral("--tcti"),
                                 device.tcti(), QStringLiteral("--slot"), QStringLiteral("3"),
                                 QStringLiteral("--db"), db, QStringLiteral("--as"), who,
                                 QStringLiteral("--serial"), device.serial, QStringLiteral("--reason"),
                                 QStringLiteral("customer return")});
        };
        const auto persistent = [&] {
            return test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-persistent")},
                                 device.tcti())
                .out.toLower();
        };
        qputenv("STATION_PASSWORD", "otto-pin-1");
        r = destroy(QStringLiteral("otto"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(persistent().contains("0x81000103"));
        qputenv("STATION_PASSWORD", "correct horse");
        r = destroy(QStringLiteral("ada"));
        qunsetenv("STATION_PASSWORD");
        QVERIFY2(r.ok(), r.err.constData());
        QVERIFY(!persistent().contains("0x81000103"));
        QCOMPARE(sql(db, QStringLiteral("SELECT state FROM slot_keys")), QByteArray("removed"));
        QCOMPARE(sql(db, QStringLiteral("SELECT signer_id || '|' || meaning || '|' || reason FROM signatures "
                                        "WHERE record_type = 'slot-keys'")),
                 QByteArray("ada|slot keys removed|customer return"));
        const test::ToolRun verify =
            test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.ok(), verify.out.constData());
        QVERIFY(fleet.stop().ok());
    }

    void slotZeroWithTheSdkClientIsRefusedBeforeAnythingIsWritten()
    {
        const QString db = path(QStringLiteral("refused.db"));
        const QString root = path(QStringLiteral("refused-fleet"));
        const QString profile = writeProfile(root, iotHubSlot(0));
        QVERIFY(!profile.isEmpty());
        const test::ToolRun refused = test::runCli(line(db, root, profile, 1), {}, 120000);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.err.contains("0x81000100"), refused.err.constData());
        QVERIFY(!QFile::exists(db));
    }
};

STATION_TEST_GUILESS_MAIN(TestSlotLine)
#include "TestSlotLine.moc"
