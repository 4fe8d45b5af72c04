// The TPM session against real swtpm devices, with tpm2-tools as the independent oracle.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/sim/ProcessControl.h"
#include "core/tpm/QaProbes.h"
#include "core/tpm/TpmIdentity.h"
#include "core/tpm/TpmSession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <thread>

using namespace tps;

namespace {

// Parses `tpm2_getcap properties-fixed` into property name -> raw value.
QHash<QString, quint32> parseGetcap(const QByteArray& text)
{
    QHash<QString, quint32> out;
    QString current;
    for (const QByteArray& rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine);
        if (!line.startsWith(QLatin1Char(' ')) && line.endsWith(QLatin1Char(':')))
            current = line.chopped(1);
        else if (line.trimmed().startsWith(QStringLiteral("raw:")) && !current.isEmpty())
            out.insert(current, line.trimmed().mid(4).trimmed().toUInt(nullptr, 16));
    }
    return out;
}

} // namespace

class TestTpmSession : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fleet = std::make_unique<test::TestFleet>(2);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void identityEqualsTpm2Getcap()
    {
        const QString tcti = m_fleet->devices().at(0).tcti();
        tpm::TpmIdentity id;
        {
            auto session = tpm::TpmSession::open({tcti});
            QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().technical()));
            auto identified = tpm::identify(**session);
            QVERIFY2(identified.ok(), qPrintable(identified ? QString() : identified.error().technical()));
            id = *identified;
        } // swtpm serves one client at a time: close before tpm2-tools connects
        const test::ToolRun getcap =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("properties-fixed")}, tcti);
        QVERIFY2(getcap.ok(), getcap.err.constData());
        const QHash<QString, quint32> p = parseGetcap(getcap.out);
        QVERIFY(p.contains(QStringLiteral("TPM2_PT_MANUFACTURER")));
        QCOMPARE(id.family, QStringLiteral("2.0"));
        QCOMPARE(id.manufacturerId, p.value(QStringLiteral("TPM2_PT_MANUFACTURER")));
        QCOMPARE(id.manufacturer, QStringLiteral("IBM"));
        QCOMPARE(id.firmware1, p.value(QStringLiteral("TPM2_PT_FIRMWARE_VERSION_1")));
        QCOMPARE(id.firmware2, p.value(QStringLiteral("TPM2_PT_FIRMWARE_VERSION_2")));
        QCOMPARE(id.specRevision, p.value(QStringLiteral("TPM2_PT_REVISION")));
        QCOMPARE(id.specLevel, p.value(QStringLiteral("TPM2_PT_LEVEL")));
        QCOMPARE(id.specYear, p.value(QStringLiteral("TPM2_PT_YEAR")));
        QCOMPARE(id.nvBufferMax, p.value(QStringLiteral("TPM2_PT_NV_BUFFER_MAX")));
        QCOMPARE(id.inputBufferMax, p.value(QStringLiteral("TPM2_PT_INPUT_BUFFER")));
        QString vendor;
        for (const char* k : {"TPM2_PT_VENDOR_STRING_1", "TPM2_PT_VENDOR_STRING_2", "TPM2_PT_VENDOR_STRING_3",
                              "TPM2_PT_VENDOR_STRING_4"}) {
            const quint32 v = p.value(QLatin1String(k));
            for (int shift = 24; shift >= 0; shift -= 8)
                if (const char c = char((v >> shift) & 0xFF))
                    vendor.append(QLatin1Char(c));
        }
        QCOMPARE(id.vendorString, vendor.trimmed());
    }

    void tpmTimeIsMeasuredAtTheTcti()
    {
        auto session = tpm::TpmSession::open({m_fleet->devices().at(0).tcti()});
        QVERIFY(session.ok());
        const std::uint64_t afterOpen = (*session)->commandCount();
        QVERIFY(afterOpen >= 1); // TPM2_Startup
        QElapsedTimer wall;
        wall.start();
        const auto busyBefore = (*session)->tpmBusyTime();
        QVERIFY(tpm::identify(**session).ok());
        const qint64 wallNs = wall.nsecsElapsed();
        QVERIFY((*session)->commandCount() > afterOpen);
        const auto busy = ((*session)->tpmBusyTime() - busyBefore).count();
        QVERIFY(busy > 0);
        QVERIFY2(busy <= wallNs, qPrintable(QStringLiteral("%1 > %2").arg(busy).arg(wallNs)));
    }

    void fixedPropertiesAreRememberedNotVariableOnes()
    {
        auto session = tpm::TpmSession::open({m_fleet->devices().at(0).tcti()});
        QVERIFY(session.ok());
        tpm::TpmSession& s = **session;
        QVERIFY(!s.knownFixedProperty(TPM2_PT_NV_BUFFER_MAX).has_value());
        auto fixed = s.properties(TPM2_PT_FIXED, TPM2_PT_GROUP);
        QVERIFY(fixed.ok());
        quint32 expected = 0;
        for (const auto& p : *fixed)
            if (p.property == TPM2_PT_NV_BUFFER_MAX)
                expected = p.value;
        QVERIFY(expected > 0);
        const auto before = s.commandCount();
        QCOMPARE(s.knownFixedProperty(TPM2_PT_NV_BUFFER_MAX), std::optional<quint32>(expected));
        QCOMPARE(s.commandCount(), before);
        auto variable = s.properties(TPM2_PT_PERMANENT, 1);
        QVERIFY(variable.ok() && !variable->empty());
        QVERIFY(!s.knownFixedProperty(TPM2_PT_PERMANENT).has_value());
    }

    void unreachableTctiFailsFast()
    {
        const quint16 port = sim::findFreePortPair();
        QVERIFY(port != 0);
        QElapsedTimer t;
        t.start();
        auto session = tpm::TpmSession::open({QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(port)});
        QVERIFY(!session.ok());
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(session.error().code, tpm::TpmErrc::TctiUnreachable);
        QVERIFY(session.error().operatorMessage().contains(QStringLiteral("No TPM answers")));
    }

    void silentPeerTimesOut()
    {
        // Something accepts the connection but never answers: the session gives up, it does not hang.
        // swtpm's TCTI also opens the control channel on port + 1: both accept and stay silent.
        const quint16 port = sim::findFreePortPair();
        QTcpServer silent;
        QTcpServer silentControl;
        QVERIFY(silent.listen(QHostAddress::LocalHost, port));
        QVERIFY(silentControl.listen(QHostAddress::LocalHost, port + 1));
        QElapsedTimer t;
        t.start();
        auto session = tpm::TpmSession::open(
            {QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(port), std::chrono::milliseconds(1000)});
        QVERIFY(!session.ok());
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(session.error().code == tpm::TpmErrc::NotAnswering ||
                     session.error().code == tpm::TpmErrc::Lost,
                 qPrintable(session.error().technical()));
    }

    void invalidTctiIsRefused()
    {
        auto session = tpm::TpmSession::open({QStringLiteral("nonsense:whatever")});
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, tpm::TpmErrc::InvalidTcti);
    }

    void environmentTctiIsHonoured()
    {
        qputenv("TPM2TOOLS_TCTI", m_fleet->devices().at(0).tcti().toUtf8());
        auto session = tpm::TpmSession::open({});
        qunsetenv("TPM2TOOLS_TCTI");
        QVERIFY(session.ok());
        QCOMPARE((*session)->tcti(), m_fleet->devices().at(0).tcti());
    }

    void sessionRefusesForeignThread()
    {
        auto session = tpm::TpmSession::open({m_fleet->devices().at(0).tcti()});
        QVERIFY(session.ok());
        bool refused = false;
        std::thread other([&] { refused = !tpm::identify(**session).ok(); });
        other.join();
        QVERIFY(refused);
        QVERIFY(tpm::identify(**session).ok()); // still usable by its owner
    }

    // Must run last: it kills the second device's swtpm.
    void tpmKilledMidSessionGivesClearError()
    {
        const sim::SimDevice dev = m_fleet->devices().at(1);
        auto session = tpm::TpmSession::open({dev.tcti()});
        QVERIFY(session.ok());
        QVERIFY(tpm::identify(**session).ok());
        std::thread killer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            sim::killProcess(dev.pid);
        });
        // The permanent flags are a variable property: every read is a command to the TPM (identify's fixed
        // properties are answered from the session's cache once read, so they would never notice).
        tpm::TpmResult<tpm::PermanentFlags> last = tpm::PermanentFlags{};
        QElapsedTimer t;
        t.start();
        while (last.ok() && t.elapsed() < 10000)
            last = tpm::readPermanentFlags(**session);
        killer.join();
        QVERIFY(!last.ok());
        QVERIFY2(last.error().code == tpm::TpmErrc::Lost, qPrintable(last.error().technical()));
        QVERIFY((*session)->isBroken());
        QVERIFY(last.error().operatorMessage().contains(QStringLiteral("connection to the TPM was lost")));
        // Further use is refused cleanly, not a crash.
        auto again = tpm::identify(**session);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, tpm::TpmErrc::Lost);
    }
};

STATION_TEST_GUILESS_MAIN(TestTpmSession)
#include "TestTpmSession.moc"
