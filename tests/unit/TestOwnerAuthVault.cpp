// OwnerAuthVault: per-serial values, copies out, replaced and forgotten values, concurrent use.
#include "TestMain.h"
#include "core/ownership/OwnerAuthVault.h"

#include <QtTest>
#include <cstring>
#include <thread>
#include <vector>

using tps::crypto::SecureBytes;
using tps::ownership::OwnerAuthVault;

namespace {
SecureBytes bytes(const char* text)
{
    return SecureBytes(reinterpret_cast<const unsigned char*>(text), std::strlen(text));
}
} // namespace

class TestOwnerAuthVault : public QObject
{
    Q_OBJECT

private slots:
    void depositGetForget()
    {
        OwnerAuthVault vault;
        QVERIFY(!vault.get(QStringLiteral("A")).has_value());
        vault.deposit(QStringLiteral("A"), bytes("first"));
        vault.deposit(QStringLiteral("B"), bytes("other"));
        auto a = vault.get(QStringLiteral("A"));
        QVERIFY(a && a->equals(bytes("first")));
        vault.deposit(QStringLiteral("A"), bytes("second")); // step 3 ran again
        QVERIFY(vault.get(QStringLiteral("A"))->equals(bytes("second")));
        QVERIFY(a->equals(bytes("first"))); // copies are independent
        QCOMPARE(vault.size(), std::size_t(2));
        vault.forget(QStringLiteral("A"));
        QVERIFY(!vault.contains(QStringLiteral("A")));
        QVERIFY(vault.contains(QStringLiteral("B")));
        vault.forget(QStringLiteral("missing"));
        vault.clear();
        QCOMPARE(vault.size(), std::size_t(0));
    }

    void processVaultIsShared() { QCOMPARE(OwnerAuthVault::processVault(), OwnerAuthVault::processVault()); }

    void concurrentUse()
    {
        OwnerAuthVault vault;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&vault, t] {
                for (int i = 0; i < 500; ++i) {
                    const QString serial = QStringLiteral("S%1-%2").arg(t).arg(i % 10);
                    vault.deposit(serial, bytes("value"));
                    auto v = vault.get(serial);
                    if (!v || !v->equals(bytes("value")))
                        std::abort();
                    if (i % 3 == 0)
                        vault.forget(serial);
                }
            });
        for (auto& t : threads)
            t.join();
        QVERIFY(vault.size() <= 40);
    }
};

STATION_TEST_GUILESS_MAIN(TestOwnerAuthVault)
#include "TestOwnerAuthVault.moc"
