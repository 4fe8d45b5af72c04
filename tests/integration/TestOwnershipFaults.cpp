// Crash safety of step 3: the CLI is killed (SIGKILL, via STATION_FAULT_POINT) at every TPM command
// boundary of the ownership step, then run again. The device must always end owned, with secrets the
// owner can recover from the escrow (checked with tpm2-tools), and never locked out.
#include "EscrowTestKeys.h"
#include "OwnershipTestSupport.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/ownership/FileEscrowStore.h"
#include "core/tpm/Hierarchy.h"
#include "core/tpm/TpmSession.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

class TestOwnershipFaults : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    test::OwnerKeys m_owner;
    QString m_store;
    QString tcti() const { return m_fleet->devices().at(0).tcti(); }
    QString serial() const { return m_fleet->devices().at(0).serial; }

    QStringList takeArgs(bool disableClear, bool endorsement) const
    {
        QStringList a{QStringLiteral("ownership"),     QStringLiteral("take"),
                      QStringLiteral("--tcti"),        tcti(),
                      QStringLiteral("--store"),       m_store,
                      QStringLiteral("--escrow-cert"), m_owner.cert,
                      QStringLiteral("--serial"),      serial()};
        // The ownership mechanics with every hierarchy the station can set: a device client given them.
        a << QStringLiteral("--device-client") << QStringLiteral("none")
          << QStringLiteral("--set-owner-auth");
        if (disableClear)
            a << QStringLiteral("--disable-clear");
        if (endorsement)
            a << QStringLiteral("--set-endorsement-auth");
        return a;
    }

    tpm::HierarchyState state()
    {
        auto session = tpm::TpmSession::open({tcti()});
        if (!session)
            return {};
        auto s = tpm::readHierarchyState(**session);
        return s ? *s : tpm::HierarchyState{};
    }

    bool replaceEk()
    {
        const QString ctx = m_dir.filePath(QStringLiteral("other.ctx"));
        const bool ok =
            test::runTool(QStringLiteral("tpm2_evictcontrol"),
                          {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"),
                           QStringLiteral("0x81010001")},
                          tcti())
                .ok() &&
            test::runTool(QStringLiteral("tpm2_createprimary"),
                          {QStringLiteral("-C"), QStringLiteral("e"), QStringLiteral("-c"), ctx}, tcti())
                .ok() &&
            test::runTool(QStringLiteral("tpm2_evictcontrol"),
                          {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"), ctx,
                           QStringLiteral("0x81010001")},
                          tcti())
                .ok();
        return test::flushTransients(tcti()) && ok;
    }

    QByteArray settingsIndexPublic()
    {
        return test::runTool(QStringLiteral("tpm2_nvreadpublic"), {QStringLiteral("0x01500100")}, tcti()).out;
    }
    static bool hasSettingsAttributes(const QByteArray& pub)
    {
        // AUTHWRITE | WRITEDEFINE | AUTHREAD | OWNERREAD | NO_DA, not written (no other bit).
        return pub.contains("authwrite|writedefine|ownerread|authread|no_da") &&
               pub.contains("value: 0x2062004\n") && pub.contains("size: 1024");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("escrow"));
        m_owner = test::makeOwnerKeys(m_dir.path(), QStringLiteral("owner"));
        QVERIFY(!m_owner.cert.isEmpty());
        m_fleet = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void killedAndResumed_data()
    {
        QTest::addColumn<QStringList>("faults"); // one killed run per entry, then a clean run
        QTest::addColumn<bool>("wrongEk");
        QTest::addColumn<bool>("disableClear");
        QTest::addColumn<bool>("endorsement");
        const auto row = [](const char* name, QStringList faults, bool wrongEk = false,
                            bool disableClear = false, bool endorsement = false) {
            QTest::newRow(name) << faults << wrongEk << disableClear << endorsement;
        };
        row("after-srk", {QStringLiteral("ownership.after-srk")});
        row("after-ek-evict", {QStringLiteral("ownership.after-ek-evict")}, true);
        row("after-ek", {QStringLiteral("ownership.after-ek")}, true);
        row("after-settings-index", {QStringLiteral("ownership.after-settings-index")});
        row("after-da", {QStringLiteral("ownership.after-da")});
        row("after-clear-control", {QStringLiteral("ownership.after-clear-control")}, false, true);
        row("after-escrow", {QStringLiteral("ownership.after-escrow")});
        row("after-owner-auth", {QStringLiteral("ownership.after-owner-auth")});
        row("after-lockout-auth", {QStringLiteral("ownership.after-lockout-auth")});
        row("after-applied", {QStringLiteral("ownership.after-applied")});
        row("after-endorsement-auth", {QStringLiteral("ownership.after-endorsement-auth")}, false, false,
            true);
        // Crashes during the resume itself.
        row("owner-auth, then resolve",
            {QStringLiteral("ownership.after-owner-auth"), QStringLiteral("ownership.after-resolve")});
        row("owner-auth, escrow, lockout-auth",
            {QStringLiteral("ownership.after-owner-auth"), QStringLiteral("ownership.after-escrow"),
             QStringLiteral("ownership.after-lockout-auth")});
        row("escrow twice",
            {QStringLiteral("ownership.after-escrow"), QStringLiteral("ownership.after-escrow")});
    }

    void killedAndResumed()
    {
        QFETCH(QStringList, faults);
        QFETCH(bool, wrongEk);
        QFETCH(bool, disableClear);
        QFETCH(bool, endorsement);

        // Start from a cleared TPM (the rework path), with a wrong EK where the row asks for one.
        const test::ToolRun clear = test::runCli(
            {QStringLiteral("ownership"), QStringLiteral("clear"), QStringLiteral("--tcti"), tcti(),
             QStringLiteral("--store"), m_store, QStringLiteral("--serial"), serial(),
             QStringLiteral("--platform"), QStringLiteral("--reason"), QStringLiteral("fault test")});
        QVERIFY2(clear.ok(), clear.err.constData());
        const tpm::HierarchyState fresh = state();
        QVERIFY(!fresh.ownerAuthSet && !fresh.lockoutAuthSet && !fresh.disableClear);
        const QByteArray ek = test::createEkPublic(tcti(), m_dir.path());
        QCOMPARE(ek.size(), 316);
        if (wrongEk) {
            QVERIFY(replaceEk());
            QVERIFY(test::readPublic(tcti(), QStringLiteral("0x81010001"), m_dir.path()) != ek);
        }

        for (const QString& point : faults) {
            const test::ToolRun killed = test::runCli(takeArgs(disableClear, endorsement), point);
            QVERIFY2(killed.exitCode == -1, qPrintable(QStringLiteral("%1 was not reached (exit %2): %3")
                                                           .arg(point)
                                                           .arg(killed.exitCode)
                                                           .arg(QString::fromUtf8(killed.err))));
            QVERIFY(!killed.out.contains("Outcome"));
            // A killed process leaves its transient objects loaded; a power cut would drop them.
            QVERIFY(test::flushTransients(tcti()));
            // Whatever the crash left, the owner can already recover any authorization that is set.
            const tpm::HierarchyState mid = state();
            // The settings index (step 4's) is defined before the owner authorization changes, with the
            // empty owner authorization: a TPM whose owner authorization is set always has it.
            const QByteArray settings = settingsIndexPublic();
            if (mid.ownerAuthSet)
                QVERIFY2(settings.contains("authwrite"), settings.constData());
            if (point == QLatin1String("ownership.after-settings-index")) {
                QVERIFY(!mid.ownerAuthSet);
                QVERIFY2(hasSettingsAttributes(settings), settings.constData());
            }
            if (mid.ownerAuthSet) {
                const auto escrowed = test::openEscrow(m_store, m_owner.key, serial());
                QVERIFY(test::ownerAuthWorks(tcti(), escrowed.value(QStringLiteral("owner")).hex));
            }
        }

        const test::ToolRun rerun = test::runCli(takeArgs(disableClear, endorsement));
        QVERIFY2(rerun.ok(), rerun.err.constData());
        QVERIFY(rerun.out.contains("Outcome: pass"));

        const tpm::HierarchyState owned = state();
        QVERIFY(owned.ownerAuthSet && owned.lockoutAuthSet);
        QCOMPARE(owned.endorsementAuthSet, endorsement);
        QCOMPARE(owned.disableClear, disableClear);
        QCOMPARE(owned.maxAuthFail, 32u);
        QCOMPARE(owned.lockoutCounter, 0u);
        const auto escrowed = test::openEscrow(m_store, m_owner.key, serial());
        QCOMPARE(escrowed.value(QStringLiteral("owner")).state, QStringLiteral("applied"));
        QCOMPARE(escrowed.value(QStringLiteral("lockout")).state, QStringLiteral("applied"));
        QVERIFY(test::ownerAuthWorks(tcti(), escrowed.value(QStringLiteral("owner")).hex));
        QVERIFY(!test::ownerAuthWorks(tcti(), QString()));
        QVERIFY(test::lockoutAuthWorks(tcti(),
                                       escrowed.value(QStringLiteral("lockout")).hex)); // never locked out
        QCOMPARE(test::readPublic(tcti(), QStringLiteral("0x81010001"), m_dir.path()), ek);
        QCOMPARE(test::readPublic(tcti(), QStringLiteral("0x81000001"), m_dir.path()).size(), 284);
        // The settings index is defined for step 4, unwritten.
        QVERIFY(hasSettingsAttributes(settingsIndexPublic()));
        QVERIFY2(QString::fromUtf8(rerun.out).contains(
                     QRegularExpression(QStringLiteral("ownership\\.settings_index_defined +true"))),
                 rerun.out.constData());
        // No record is left pending.
        ownership::FileEscrowStore store(m_store);
        const auto history = store.escrowHistory(serial());
        QVERIFY(history.ok());
        for (const ownership::EscrowRecord& r : *history)
            QVERIFY(r.state != ownership::EscrowState::Pending);
    }
};

STATION_TEST_GUILESS_MAIN(TestOwnershipFaults)
#include "TestOwnershipFaults.moc"
