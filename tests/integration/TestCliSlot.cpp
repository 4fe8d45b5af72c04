// tpm-station-cli slot list|provision|sas|destroy|hwid, run as a user would on a bench TPM (swtpm), with
// tpm2-tools, Python and tpm2_getcap as oracles: the key comes from a file and never appears in any output,
// the token printed is the device's and verifies, and every refused command leaves the handles as they were.
#include "TestMain.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
const QString kHost = QStringLiteral("bench-hub.azure-devices.net");

QByteArray randomKey(int size)
{
    QByteArray key(size, Qt::Uninitialized);
    for (char& c : key)
        c = char(QRandomGenerator::global()->bounded(256));
    return key;
}
} // namespace

class TestCliSlot : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    QByteArray m_key; // the key in slot 1

    QString tcti() const { return m_fleet->devices().at(0).tcti(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    test::ToolRun cli(QStringList args)
    {
        args.insert(2, QStringLiteral("--tcti"));
        args.insert(3, tcti());
        return test::runTool(test::cliPath(), args, {}, {}, 120000);
    }
    test::ToolRun tool(const QString& program, const QStringList& args)
    {
        return test::runTool(program, args, tcti());
    }
    QByteArray handles()
    {
        const test::ToolRun p = tool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-persistent")});
        const test::ToolRun n = tool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-nv-index")});
        return p.ok() && n.ok() ? p.out + "--\n" + n.out : QByteArray("getcap failed");
    }
    QString keyFile(const QByteArray& key, const QString& name = QStringLiteral("device.key"))
    {
        const QString path = file(name);
        return test::writeFile(path, key.toBase64() + '\n') ? path : QString();
    }
    // No output of the CLI ever holds the key, in base64 or hex.
    static bool leaksKey(const test::ToolRun& r, const QByteArray& key)
    {
        const QByteArray all = r.out + r.err;
        return all.contains(key.toBase64()) || all.toLower().contains(key.toHex());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!test::cliPath().isEmpty(), "STATION_CLI not set");
        QStandardPaths::setTestModeEnabled(true);
        m_fleet = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        const QString ctx = file(QStringLiteral("srk.ctx"));
        QVERIFY(tool(QStringLiteral("tpm2_createprimary"),
                     {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-G"),
                      QStringLiteral("rsa2048:aes128cfb"), QStringLiteral("-c"), ctx})
                    .ok());
        QVERIFY(tool(QStringLiteral("tpm2_evictcontrol"),
                     {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"), ctx,
                      QStringLiteral("0x81000001")})
                    .ok());
        QVERIFY(test::flushTransients(tcti()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void provisionListSasDestroy()
    {
        m_key = randomKey(32);
        const test::ToolRun provisioned =
            cli({QStringLiteral("slot"), QStringLiteral("provision"), QStringLiteral("--slot"),
                 QStringLiteral("1"), QStringLiteral("--hostname"), kHost, QStringLiteral("--device-id"),
                 QStringLiteral("bench-01"), QStringLiteral("--key-file"), keyFile(m_key)});
        QVERIFY2(provisioned.ok(), provisioned.err.constData());
        QVERIFY(provisioned.out.contains("Slot 1 provisioned: bench-hub.azure-devices.net / bench-01"));
        QVERIFY(!leaksKey(provisioned, m_key));
        const test::ToolRun nv =
            tool(QStringLiteral("tpm2_nvread"),
                 {QStringLiteral("0x01400101"), QStringLiteral("-C"), QStringLiteral("0x01400101")});
        QCOMPARE(nv.out, QByteArray("bench-hub.azure-devices.net/bench-01"));

        const test::ToolRun listed =
            cli({QStringLiteral("slot"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.ok(), listed.err.constData());
        QVERIFY(!leaksKey(listed, m_key));
        const QJsonArray listedSlots =
            QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("slots")).toArray();
        QCOMPARE(listedSlots.size(), 10);
        const QJsonObject one = listedSlots.at(1).toObject();
        QCOMPARE(one.value(QStringLiteral("state")).toString(), QStringLiteral("provisioned"));
        QCOMPARE(one.value(QStringLiteral("hostName")).toString(), kHost);
        QCOMPARE(one.value(QStringLiteral("deviceId")).toString(), QStringLiteral("bench-01"));
        QCOMPARE(one.value(QStringLiteral("nvAttributes")).toString(), QStringLiteral("0x22040004"));
        QCOMPARE(listedSlots.at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("empty"));

        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const test::ToolRun sas =
            cli({QStringLiteral("slot"), QStringLiteral("sas"), QStringLiteral("--slot"), QStringLiteral("1"),
                 QStringLiteral("--validity"), QStringLiteral("600")});
        QVERIFY2(sas.ok(), sas.err.constData());
        QVERIFY(sas.out.endsWith('\n') && sas.out.count('\n') == 1); // one line: the token, nothing else
        const test::ToolRun verified =
            test::runTool(QStringLiteral("python3"),
                          {qEnvironmentVariable("STATION_SOURCE_DIR") +
                               QStringLiteral("/tests/support/limpet_sas_verify.py"),
                           QString::fromUtf8(sas.out.trimmed()), QString::fromLatin1(m_key.toHex()), kHost,
                           QStringLiteral("bench-01"), QString::number(before + 600),
                           QString::number(QDateTime::currentSecsSinceEpoch() + 600)});
        QVERIFY2(verified.ok(), verified.err.constData());

        const test::ToolRun connection =
            cli({QStringLiteral("slot"), QStringLiteral("sas"), QStringLiteral("--slot"), QStringLiteral("1"),
                 QStringLiteral("--connection-string")});
        QVERIFY(connection.ok());
        QVERIFY(connection.out.startsWith("HostName=bench-hub.azure-devices.net;DeviceId=bench-01;"
                                          "SharedAccessSignature=SharedAccessSignature "
                                          "sr=bench-hub.azure-devices.net/devices/bench-01&sig="));

        const test::ToolRun destroyed = cli({QStringLiteral("slot"), QStringLiteral("destroy"),
                                             QStringLiteral("--slot"), QStringLiteral("1")});
        QVERIFY2(destroyed.ok(), destroyed.err.constData());
        QVERIFY(destroyed.out.contains("NV index 0x01400101 undefined, key 0x81000101 evicted"));
        const QByteArray after = handles();
        QVERIFY(!after.contains("0x1400101") && !after.contains("0x81000101"));
    }

    void hardwareIdPrinted()
    {
        const test::ToolRun hwid = cli(
            {QStringLiteral("slot"), QStringLiteral("hwid"), QStringLiteral("--slot"), QStringLiteral("4")});
        QVERIFY2(hwid.ok(), hwid.err.constData());
        QCOMPARE(hwid.out.trimmed().size(), 64);
    }

    void refusedCommandsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString good = file(QStringLiteral("good.key"));
        QVERIFY(test::writeFile(good, randomKey(32).toBase64()));
        const QString hex = file(QStringLiteral("hex.key"));
        QVERIFY(test::writeFile(hex, "0x" + randomKey(32).toHex()));
        const QString shortKey = file(QStringLiteral("short.key"));
        QVERIFY(test::writeFile(shortKey, randomKey(16).toBase64()));
        const auto provision = [&](const QString& slot, const QString& host, const QString& id,
                                   const QString& key) {
            return QStringList{QStringLiteral("slot"),        QStringLiteral("provision"),
                               QStringLiteral("--slot"),      slot,
                               QStringLiteral("--hostname"),  host,
                               QStringLiteral("--device-id"), id,
                               QStringLiteral("--key-file"),  key};
        };
        const QString id = QStringLiteral("dev-2");
        QTest::newRow("slot 10") << provision(QStringLiteral("10"), kHost, id, good) << 1
                                 << QStringLiteral("logical slots 0 to 9");
        QTest::newRow("slot not a number")
            << provision(QStringLiteral("one"), kHost, id, good) << 1 << "whole number from 0 to 9";
        QTest::newRow("hostname") << provision(QStringLiteral("2"), QStringLiteral("bad_host.net"), id, good)
                                  << 1 << "not a DNS name";
        QTest::newRow("device id") << provision(QStringLiteral("2"), kHost, QStringLiteral("dev#2"), good)
                                   << 1 << "IoT Hub allows only";
        QTest::newRow("missing key file")
            << provision(QStringLiteral("2"), kHost, id, file(QStringLiteral("none"))) << 1
            << QStringLiteral("Cannot read the key file");
        QTest::newRow("key not base64")
            << provision(QStringLiteral("2"), kHost, id, hex) << 1 << QStringLiteral("not base64");
        QTest::newRow("key too short")
            << provision(QStringLiteral("2"), kHost, id, shortKey) << 1 << QStringLiteral("32 to 64 bytes");
        QTest::newRow("key on the command line")
            << QStringList{QStringLiteral("slot"),       QStringLiteral("provision"),
                           QStringLiteral("--slot"),     QStringLiteral("2"),
                           QStringLiteral("--hostname"), kHost,
                           QStringLiteral("--key"),      QString::fromLatin1(randomKey(32).toBase64())}
            << 2 << QStringLiteral("Unknown option");
        QTest::newRow("no key file") << QStringList{QStringLiteral("slot"),       QStringLiteral("provision"),
                                                    QStringLiteral("--slot"),     QStringLiteral("2"),
                                                    QStringLiteral("--hostname"), kHost}
                                     << 2 << QStringLiteral("--key-file");
        QTest::newRow("destroy empty") << QStringList{QStringLiteral("slot"), QStringLiteral("destroy"),
                                                      QStringLiteral("--slot"), QStringLiteral("8")}
                                       << 1 << QStringLiteral("nothing to destroy");
        QTest::newRow("sas of empty slot") << QStringList{QStringLiteral("slot"), QStringLiteral("sas"),
                                                          QStringLiteral("--slot"), QStringLiteral("8")}
                                           << 1 << QStringLiteral("is empty");
        QTest::newRow("validity 0") << QStringList{QStringLiteral("slot"),       QStringLiteral("sas"),
                                                   QStringLiteral("--slot"),     QStringLiteral("8"),
                                                   QStringLiteral("--validity"), QStringLiteral("0")}
                                    << 1 << QStringLiteral("validity");
    }
    void refusedCommandsChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QByteArray before = handles();
        const test::ToolRun r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(handles(), before);
    }

    void occupiedNeedsReplace()
    {
        const QByteArray first = randomKey(32);
        QStringList args = {QStringLiteral("slot"),        QStringLiteral("provision"),
                            QStringLiteral("--slot"),      QStringLiteral("3"),
                            QStringLiteral("--hostname"),  kHost,
                            QStringLiteral("--device-id"), QStringLiteral("dev-3"),
                            QStringLiteral("--key-file"),  keyFile(first, QStringLiteral("k1"))};
        QVERIFY(cli(args).ok());
        const QByteArray before = handles();
        const QByteArray second = randomKey(40);
        args.last() = keyFile(second, QStringLiteral("k2"));
        const test::ToolRun refused = cli(args);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("--replace"));
        QVERIFY(!leaksKey(refused, second) && !leaksKey(refused, first));
        QCOMPARE(handles(), before);
        args << QStringLiteral("--replace");
        const test::ToolRun replaced = cli(args);
        QVERIFY2(replaced.ok(), replaced.err.constData());
        QVERIFY(!leaksKey(replaced, second));
        // tpm2_hmac with the new key only.
        const QString out = file(QStringLiteral("hmac.bin"));
        QVERIFY(test::runTool(QStringLiteral("tpm2_hmac"),
                              {QStringLiteral("-c"), QStringLiteral("0x81000103"), QStringLiteral("-o"), out},
                              tcti(), "abc")
                    .ok());
        const test::ToolRun ssl = test::runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-mac"),
             QStringLiteral("HMAC"), QStringLiteral("-macopt"),
             QStringLiteral("hexkey:") + QString::fromLatin1(second.toHex()), QStringLiteral("-binary")},
            {}, "abc");
        QCOMPARE(test::readFile(out), ssl.out);
    }
};

STATION_TEST_GUILESS_MAIN(TestCliSlot)
#include "TestCliSlot.moc"
