// The simulated fleet: real swtpm processes with EK certificates from a CA inside the root.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/sim/ProcessControl.h"
#include "core/sim/SimFleet.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
QByteArray readEkPublic(const QString& tcti)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("ek.pub"));
    const test::ToolRun r =
        test::runTool(QStringLiteral("tpm2_readpublic"),
                      {QStringLiteral("-c"), QStringLiteral("0x81010001"), QStringLiteral("-o"), out}, tcti);
    if (!r.ok())
        return {};
    QFile f(out);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSimFleet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsRunningSimulatedDevices()
    {
        test::TestFleet tf(2);
        QVERIFY2(tf.ok(), qPrintable(tf.error()));
        QCOMPARE(tf.devices().size(), 2);
        QSet<QString> serials;
        QSet<quint16> ports;
        for (const sim::SimDevice& d : tf.devices()) {
            QVERIFY(d.serial.startsWith(QStringLiteral("SIM-")));
            QVERIFY(d.simulated);
            QCOMPARE(d.state, sim::DeviceState::Running);
            QVERIFY(d.tcti().startsWith(QStringLiteral("swtpm:host=127.0.0.1,port=")));
            QCOMPARE(QFileInfo(d.flashPath).size(), sim::SimFleet::kFlashSize);
            QVERIFY(sim::isSwtpmFor(d.pid, d.stateDir));
            serials.insert(d.serial);
            ports.insert(d.port);
            QVERIFY(!readEkPublic(d.tcti()).isEmpty());
        }
        QCOMPARE(serials.size(), 2);
        QCOMPARE(ports.size(), 2);
        QVERIFY(QFile::exists(tf.fleet().rootCaCertificate()));
        QVERIFY(!tf.fleet().rootCaCertificate().startsWith(QStringLiteral("/var/lib")));
    }

    void ekCertificateChainsToTheFleetCa()
    {
        test::TestFleet tf(1);
        QVERIFY2(tf.ok(), qPrintable(tf.error()));
        QTemporaryDir dir;
        const QString der = dir.filePath(QStringLiteral("ek.der"));
        const QString pem = dir.filePath(QStringLiteral("ek.pem"));
        const test::ToolRun nv = test::runTool(QStringLiteral("tpm2_nvread"),
                                               {QStringLiteral("0x1c00002"), QStringLiteral("-o"), der},
                                               tf.devices().at(0).tcti());
        QVERIFY2(nv.ok(), nv.err.constData());
        const test::ToolRun conv =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                           QStringLiteral("-in"), der, QStringLiteral("-out"), pem});
        QVERIFY2(conv.ok(), conv.err.constData());
        const test::ToolRun verify = test::runTool(
            QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-partial_chain"),
                                        QStringLiteral("-CAfile"), tf.fleet().rootCaCertificate(),
                                        QStringLiteral("-untrusted"), tf.fleet().issuerCertificate(), pem});
        QVERIFY2(verify.ok(), verify.out.constData());
        // A CA that is not the fleet's does not verify it.
        test::TestFleet other(1);
        QVERIFY(other.ok());
        const test::ToolRun foreign = test::runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("verify"), QStringLiteral("-CAfile"), other.fleet().rootCaCertificate(),
             QStringLiteral("-untrusted"), other.fleet().issuerCertificate(), pem});
        QVERIFY(!foreign.ok());
    }

    void restartKeepsState()
    {
        QTemporaryDir dir;
        sim::SimFleet fleet(dir.filePath(QStringLiteral("fleet")));
        fleet.setStopOnDestruction(true);
        QVERIFY(fleet.create(1).ok());
        auto first = fleet.start();
        QVERIFY(first.ok());
        const QByteArray ek1 = readEkPublic(first->at(0).tcti());
        QVERIFY(!ek1.isEmpty());
        // Starting again over a running fleet keeps the running process.
        auto again = fleet.start();
        QVERIFY(again.ok());
        QCOMPARE(again->at(0).pid, first->at(0).pid);
        QVERIFY(fleet.stop().ok());
        QVERIFY(!sim::processAlive(first->at(0).pid));
        auto listed = fleet.devices();
        QVERIFY(listed.ok());
        QCOMPARE(listed->at(0).state, sim::DeviceState::Stopped);
        QCOMPARE(listed->at(0).tcti(), QString());

        // A new fleet object over the same root: same devices, same EK.
        sim::SimFleet reopened(dir.filePath(QStringLiteral("fleet")));
        reopened.setStopOnDestruction(true);
        auto grown = reopened.create(2); // keeps device 1, adds device 2
        QVERIFY(grown.ok());
        QCOMPARE(grown->size(), 2);
        QCOMPARE(grown->at(0).serial, first->at(0).serial);
        auto restarted = reopened.start();
        QVERIFY(restarted.ok());
        QCOMPARE(readEkPublic(restarted->at(0).tcti()), ek1);
        QVERIFY(readEkPublic(restarted->at(1).tcti()) != ek1);
        QVERIFY(reopened.stop().ok());
    }

    void twoFleetsDoNotCollide()
    {
        test::TestFleet a(1);
        test::TestFleet b(1);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.devices().at(0).port != b.devices().at(0).port);
        QVERIFY(a.devices().at(0).serial != b.devices().at(0).serial || a.root() != b.root());
        QVERIFY(readEkPublic(a.devices().at(0).tcti()) != readEkPublic(b.devices().at(0).tcti()));
    }

    void stopsOnlyItsOwnProcesses()
    {
        test::TestFleet tf(1);
        QVERIFY(tf.ok());
        // A stranger: a process that is not this device's swtpm, recorded in its runtime file.
        QProcess stranger;
        stranger.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(stranger.waitForStarted());
        const sim::SimDevice d = tf.devices().at(0);
        QVERIFY(tf.fleet().stop().ok());
        QFile rt(d.directory + QStringLiteral("/runtime.json"));
        QVERIFY(rt.open(QIODevice::WriteOnly));
        rt.write(QJsonDocument(
                     QJsonObject{{QStringLiteral("pid"), stranger.processId()}, {QStringLiteral("port"), 1}})
                     .toJson());
        rt.close();
        auto listed = tf.fleet().devices();
        QVERIFY(listed.ok());
        QCOMPARE(listed->at(0).state, sim::DeviceState::Stopped); // not mistaken for our swtpm
        QVERIFY(tf.fleet().stop().ok());
        QVERIFY(sim::processAlive(stranger.processId()));
        stranger.kill();
        stranger.waitForFinished();
    }

    void refusesDirectoryThatIsNotAFleet()
    {
        QTemporaryDir dir;
        QFile other(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("keep me");
        other.close();
        sim::SimFleet fleet(dir.path());
        auto created = fleet.create(1);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, sim::SimErrc::NotAFleet);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
        QVERIFY(other.open(QIODevice::ReadOnly));
        QCOMPARE(other.readAll(), QByteArray("keep me"));

        QFile bad(dir.filePath(QStringLiteral("fleet.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{not json");
        bad.close();
        auto listed = fleet.devices();
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().code, sim::SimErrc::NotAFleet);
    }
};

STATION_TEST_GUILESS_MAIN(TestSimFleet)
#include "TestSimFleet.moc"
