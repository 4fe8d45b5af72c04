// Both executables start with no core dumps (RLIMIT_CORE 0, soft and hard) and not dumpable; secrets are
// locked in memory where the system allows it (issue 18).
#include "TestMain.h"
#include "TestSupport.h"

#include "core/crypto/ProcessHardening.h"
#include "core/crypto/SecureBytes.h"

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

    void secretPagesAreLockedWhereAllowed()
    {
        // VmLck in /proc/self/status (the kernel's count) grows while a secret's pages are locked, when the
        // memlock limit allows it; a refusal is tolerated and reported as such.
        const auto locked = [] {
            QFile f(QStringLiteral("/proc/self/status"));
            if (!f.open(QIODevice::ReadOnly))
                return qint64(-1);
            for (const QByteArray& line : f.readAll().split('\n'))
                if (line.startsWith("VmLck:"))
                    return line.mid(6).simplified().split(' ').first().toLongLong();
            return qint64(-1);
        };
        const qint64 before = locked();
        QVERIFY(before >= 0);
        auto secret = crypto::SecureBytes::random(64 * 1024);
        QVERIFY(secret);
        struct rlimit mem = {};
        QVERIFY(::getrlimit(RLIMIT_MEMLOCK, &mem) == 0);
        const bool allowed = mem.rlim_cur == RLIM_INFINITY || mem.rlim_cur >= 1024 * 1024;
        const bool ok = crypto::lockSecretPages(secret->data(), secret->size());
        if (allowed) {
            QVERIFY(ok);
            QVERIFY2(locked() >= before + 64, qPrintable(QString::number(locked())));
        }
        crypto::unlockSecretPages(secret->data(), secret->size());
        QCOMPARE(locked(), before);
    }
};

STATION_TEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
