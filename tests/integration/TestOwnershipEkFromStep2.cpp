// Step 3 takes step 2's certificate-checked EK instead of deriving the EK again (an RSA-2048
// CreatePrimary), only when the persisted EK at 0x81010001 equals it; a recorded EK that does not match
// falls back to the derivation. The escrow write-ahead runs while the TPM derives the SRK, and a run
// cancelled before the barrier leaves no pending record and no authorization set. tpm2-tools is the
// oracle for the keys the TPM ends with.
#include "EscrowTestKeys.h"
#include "OwnershipTestSupport.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/ownership/FileEscrowStore.h"
#include "core/timeline/MemoryDeviceRecords.h"
#include "core/tpm/Hierarchy.h"
#include "core/tpm/TpmSession.h"
#include "stations/OwnershipTakenStation.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace tps;
using namespace tps::timeline;

class TestOwnershipEkFromStep2 : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    test::OwnerKeys m_owner;
    QString m_store;

    QString tcti(int i) const { return m_fleet->devices().at(i).tcti(); }
    QString serial(int i) const { return m_fleet->devices().at(i).serial; }

    // What step 2 records when it derived the L-1 EK (no certificate judged here).
    static StepResult step2(const QByteArray& ekPub)
    {
        StepResult r;
        r.add(Measurement::record(QStringLiteral("ek.template"), QStringLiteral("L-1")));
        r.add(Measurement::record(QStringLiteral("ek.source"), QStringLiteral("created")));
        r.add(Measurement::record(QStringLiteral("ek.from_nv_template"), false));
        r.add(
            Measurement::record(QStringLiteral("ek.certificate_verdict"), QStringLiteral("no-certificate")));
        r.attach(QStringLiteral("ek.pub"), QStringLiteral("application/octet-stream"), ekPub);
        return r;
    }

    StepResult runStation(int device, const QMap<StepId, StepResult>& previous,
                          std::chrono::milliseconds cancelAfter = std::chrono::milliseconds(-1))
    {
        auto session = tpm::TpmSession::open({tcti(device)});
        if (!session)
            return StepResult::failure(StepErrc::Tpm, session.error().technical());
        Device d;
        d.serial = serial(device);
        d.tcti = tcti(device);
        d.simulated = true;
        ProductProfile p;
        p.setSection(QStringLiteral("ownership"),
                     QJsonObject{{QStringLiteral("escrowCertificate"), m_owner.cert}});
        AutoConfirmPrompts prompts;
        MemoryDeviceRecords records;
        std::atomic<bool> cancel{false};
        std::thread canceller;
        if (cancelAfter.count() >= 0)
            canceller = std::thread([&] {
                std::this_thread::sleep_for(cancelAfter);
                cancel.store(true);
            });
        StepContext context{**session, d, p, prompts, records, previous, cancel};
        stations::OwnershipTakenStation station(std::make_shared<ownership::FileEscrowStore>(m_store));
        StepResult r = station.run(context);
        if (canceller.joinable())
            canceller.join();
        return r;
    }

    static QString value(const StepResult& r, const char* name)
    {
        const Measurement* m = r.measurement(QString::fromLatin1(name));
        return m ? m->value.toString() : QString();
    }
    static QString text(const StepResult& r)
    {
        return r.error ? r.error->operatorMessage + QStringLiteral(" | ") + r.error->technical : QString();
    }
    tpm::HierarchyState state(int device)
    {
        auto session = tpm::TpmSession::open({tcti(device)});
        if (!session)
            return {};
        auto s = tpm::readHierarchyState(**session);
        return s ? *s : tpm::HierarchyState{};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("escrow"));
        m_owner = test::makeOwnerKeys(m_dir.path(), QStringLiteral("owner"));
        QVERIFY(!m_owner.cert.isEmpty());
        m_fleet = std::make_unique<test::TestFleet>(3);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void persistedEkEqualToStep2sIsNotDerivedAgain()
    {
        const QByteArray ek = test::createEkPublic(tcti(0), m_dir.path());
        QCOMPARE(ek.size(), 316);
        QCOMPARE(test::readPublic(tcti(0), QStringLiteral("0x81010001"), m_dir.path()), ek);
        const QMap<StepId, StepResult> previous{{StepId::EkExtracted, step2(ek)}};

        const StepResult r = runStation(0, previous);
        QVERIFY2(r.passed(), qPrintable(text(r)));
        QCOMPARE(value(r, "ownership.ek_checked_by"), QStringLiteral("ek-extracted"));
        QCOMPARE(value(r, "ownership.ek_matches_template"), QStringLiteral("true"));
        QCOMPARE(value(r, "ownership.ek_replaced"), QStringLiteral("false"));
        QCOMPARE(value(r, "ownership.changed_hierarchies"), QStringLiteral("lockout"));
        QCOMPARE(test::readPublic(tcti(0), QStringLiteral("0x81010001"), m_dir.path()), ek);
        QCOMPARE(test::readPublic(tcti(0), QStringLiteral("0x81000001"), m_dir.path()).size(), 284);
        // The escrow record written while the SRK was derived is applied and opens the TPM.
        const auto escrowed = test::openEscrow(m_store, m_owner.key, serial(0));
        // Default device client (Azure IoT C SDK): the lockout value is escrowed, owner stays empty.
        QCOMPARE(escrowed.value(QStringLiteral("lockout")).state, QStringLiteral("applied"));
        QVERIFY(!escrowed.contains(QStringLiteral("owner")));
        QVERIFY(test::lockoutAuthWorks(tcti(0), escrowed.value(QStringLiteral("lockout")).hex));
        QVERIFY(test::ownerAuthWorks(tcti(0), QString()));

        // Owned now: the re-run checks the EK against step 2's without the derivation, changes nothing.
        const StepResult again = runStation(0, previous);
        QVERIFY2(again.passed(), qPrintable(text(again)));
        QCOMPARE(value(again, "ownership.ek_checked_by"), QStringLiteral("ek-extracted"));
        QCOMPARE(value(again, "ownership.changed_hierarchies"), QString());
        // Without step 2's result the owned TPM's EK is derived and compared, as before.
        const StepResult alone = runStation(0, {});
        QVERIFY2(alone.passed(), qPrintable(text(alone)));
        QCOMPARE(value(alone, "ownership.ek_checked_by"), QStringLiteral("derivation"));
    }

    void recordedEkThatDiffersFallsBackToTheDerivation()
    {
        const QByteArray ek = test::createEkPublic(tcti(1), m_dir.path());
        QCOMPARE(ek.size(), 316);
        QByteArray other = ek;
        other[other.size() - 10] = char(other.at(other.size() - 10) ^ 0x01); // another modulus
        const StepResult r = runStation(1, {{StepId::EkExtracted, step2(other)}});
        QVERIFY2(r.passed(), qPrintable(text(r)));
        QCOMPARE(value(r, "ownership.ek_checked_by"), QStringLiteral("derivation"));
        // The derivation found the persisted EK right: it stays.
        QCOMPARE(value(r, "ownership.ek_replaced"), QStringLiteral("false"));
        QCOMPARE(test::readPublic(tcti(1), QStringLiteral("0x81010001"), m_dir.path()), ek);
    }

    void cancelledBeforeTheBarrierLeavesNoPendingRecord()
    {
        const QByteArray ek = test::createEkPublic(tcti(2), m_dir.path());
        // Cancelled while the SRK is being derived (after the escrow write started).
        const StepResult r = runStation(2, {{StepId::EkExtracted, step2(ek)}}, std::chrono::milliseconds(5));
        QCOMPARE(r.outcome, Outcome::Aborted);
        const tpm::HierarchyState s = state(2);
        QVERIFY(!s.ownerAuthSet && !s.lockoutAuthSet);
        ownership::FileEscrowStore store(m_store);
        const auto history = store.escrowHistory(serial(2));
        QVERIFY(history.ok());
        for (const ownership::EscrowRecord& rec : *history)
            QCOMPARE(rec.state, ownership::EscrowState::Abandoned);
        // The next run takes ownership normally.
        const StepResult again = runStation(2, {{StepId::EkExtracted, step2(ek)}});
        QVERIFY2(again.passed(), qPrintable(text(again)));
        const auto escrowed = test::openEscrow(m_store, m_owner.key, serial(2));
        QVERIFY(test::ownerAuthWorks(tcti(2), escrowed.value(QStringLiteral("owner")).hex));
    }
};

STATION_TEST_GUILESS_MAIN(TestOwnershipEkFromStep2)
#include "TestOwnershipEkFromStep2.moc"
