// SecureBytes locks its own pages out of swap while it lives (VmLck, the kernel's count, grows and drops
// back), counts the locks per page so a page two secrets share stays locked until both died, and works all
// the same where locking is refused (RLIMIT_MEMLOCK 0 without CAP_IPC_LOCK, in a forked child) (issue 18).
#include "SecretScan.h"
#include "TestMain.h"
#include "core/crypto/SecureBytes.h"

#include <QTest>
#include <cstdint>
#include <linux/capability.h>
#include <memory>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using tps::crypto::SecureBytes;
using tps::test::lockedKb;

namespace {
std::uintptr_t pageOf(const void* p)
{
    return reinterpret_cast<std::uintptr_t>(p) & ~(std::uintptr_t(::sysconf(_SC_PAGESIZE)) - 1);
}

bool lockingAllowed(std::size_t bytes)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_MEMLOCK, &limit) != 0)
        return false;
    const qint64 held = lockedKb() * 1024;
    return ::geteuid() == 0 || limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= rlim_t(held) + bytes;
}

// Drops CAP_IPC_LOCK from this process's effective set (root ignores RLIMIT_MEMLOCK with it).
bool dropIpcLock()
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    data[CAP_IPC_LOCK / 32].effective &= ~(1u << (CAP_IPC_LOCK % 32));
    return ::syscall(SYS_capset, &header, data) == 0;
}

// The child's checks, as an exit code: 0 all held, otherwise the number of the failed check.
int childWithoutMemlock()
{
    const rlimit none{0, 0};
    if (!dropIpcLock() || ::setrlimit(RLIMIT_MEMLOCK, &none) != 0)
        return 2;
    std::vector<unsigned char> probe(4096);
    if (::mlock(probe.data(), probe.size()) == 0) // the limit must really refuse, or this proves nothing
        return 3;
    auto secret = SecureBytes::random(64 * 1024);
    if (!secret || secret->size() != 64 * 1024)
        return 4;
    const SecureBytes copy = secret->clone();
    if (!copy.equals(*secret) || lockedKb() != 0)
        return 5;
    SecureBytes moved = std::move(*secret);
    if (!moved.equals(copy) || !secret->empty())
        return 6;
    return 0;
}
} // namespace

class TestSecureBytes : public QObject
{
    Q_OBJECT

private slots:
    void pagesAreLockedWhileAlive()
    {
        const qint64 before = lockedKb();
        QVERIFY(before >= 0);
        QVERIFY2(lockingAllowed(128 * 1024), "RLIMIT_MEMLOCK of this test process is below 128 kB");
        {
            auto secret = SecureBytes::random(64 * 1024);
            QVERIFY(secret);
            const qint64 held = lockedKb();
            QVERIFY2(held >= before + 64, qPrintable(QStringLiteral("VmLck %1 kB -> %2 kB").arg(before).arg(held)));
            const SecureBytes moved = std::move(*secret); // the buffer moves, its lock stays
            QCOMPARE(lockedKb(), held);
            secret.reset();
            QCOMPARE(lockedKb(), held);
        }
        QCOMPARE(lockedKb(), before);
    }

    void sharedPageStaysLockedUntilBothDie()
    {
        const qint64 before = lockedKb();
        QVERIFY2(lockingAllowed(64 * 1024), "RLIMIT_MEMLOCK of this test process is below 64 kB");
        // Small heap blocks allocated one after another: two of them within one page (and only there).
        std::vector<std::unique_ptr<SecureBytes>> candidates;
        for (int i = 0; i < 64; ++i)
            candidates.push_back(std::make_unique<SecureBytes>(32));
        const auto onePage = [](const SecureBytes& b) { return pageOf(b.data()) == pageOf(b.data() + 31); };
        std::unique_ptr<SecureBytes> first;
        std::unique_ptr<SecureBytes> second;
        for (std::size_t i = 0; i < candidates.size() && !second; ++i)
            for (std::size_t j = i + 1; j < candidates.size() && !second; ++j)
                if (onePage(*candidates[i]) && onePage(*candidates[j]) &&
                    pageOf(candidates[i]->data()) == pageOf(candidates[j]->data())) {
                    first = std::move(candidates[i]);
                    second = std::move(candidates[j]);
                }
        QVERIFY2(second, "no two 32-byte blocks on one page among 64 allocations");
        candidates.clear();
        const qint64 pageKb = ::sysconf(_SC_PAGESIZE) / 1024;
        QCOMPARE(lockedKb(), before + pageKb);
        first.reset(); // the page still holds the second secret: still locked
        QCOMPARE(lockedKb(), before + pageKb);
        second.reset();
        QCOMPARE(lockedKb(), before);
    }

    void worksWhereLockingIsRefused()
    {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0)
            ::_exit(childWithoutMemlock());
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }
};

STATION_TEST_GUILESS_MAIN(TestSecureBytes)
#include "TestSecureBytes.moc"
