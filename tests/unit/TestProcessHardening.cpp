// Both executables start with no core dumps (RLIMIT_CORE 0, soft and hard) and not dumpable (issue 18).
// Secret pages are locked by SecureBytes itself: TestSecureBytes.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/crypto/ProcessHardening.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace tps;

namespace {
// "Max core file size  <soft>  <hard>  bytes" from /proc/PID/limits: the kernel's view, not ours.
QByteArray coreLimits(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            return line.mid(26).simplified();
    return {};
}
} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT
private slots:
    void cliRunsWithoutCoreDumps()
    {
        // The CLI is started with core dumps allowed; once up (it waits for a password on stdin) the kernel
        // shows its core limit as 0/0.
        QTemporaryDir dir;
        QProcess cli;
        cli.setChildProcessModifier([] {
            const struct rlimit unlimited = {RLIM_INFINITY, RLIM_INFINITY};
            ::setrlimit(RLIMIT_CORE, &unlimited);
        });
        cli.start(test::cliPath(),
                  {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"),
                   dir.filePath(QStringLiteral("s.db")), QStringLiteral("--out"),
                   dir.filePath(QStringLiteral("x.json")), QStringLiteral("--as"), QStringLiteral("nobody")});
        QVERIFY(cli.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(coreLimits(cli.processId()), QByteArray("0 0 bytes"), 30000);
        cli.write("wrong\n");
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
    }

    void hardeningTakesEffect()
    {
        // In this process too: the kernel's view of its own limits and flag.
        const crypto::HardeningResult r = crypto::hardenProcess();
        QVERIFY(r.coreLimitZero);
        QVERIFY(r.notDumpable);
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        struct rlimit now = {};
        QVERIFY(::getrlimit(RLIMIT_CORE, &now) == 0);
        QCOMPARE(now.rlim_cur, rlim_t(0));
        QCOMPARE(now.rlim_max, rlim_t(0));
        QCOMPARE(coreLimits(QCoreApplication::applicationPid()), QByteArray("0 0 bytes"));
    }
};

STATION_TEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
