// The ownership decision from TPMA_PERMANENT and the escrow history: fresh, interrupted at every point,
// completed, owned by someone else, reworked.
#include "TestMain.h"
#include "core/ownership/OwnershipPlan.h"

#include <QTest>

using namespace tps::ownership;

namespace {
EscrowRecord record(const char* id, QList<Hierarchy> hierarchies, EscrowState state,
                    QList<Hierarchy> applied = {})
{
    EscrowRecord r;
    r.id = QString::fromLatin1(id);
    r.serial = QStringLiteral("S1");
    r.hierarchies = std::move(hierarchies);
    r.state = state;
    r.applied = std::move(applied);
    r.cms = "x";
    return r;
}
const QList<Hierarchy> kBoth{Hierarchy::Owner, Hierarchy::Lockout};
PlanInput input(bool owner, bool lockout, QList<EscrowRecord> history = {}, bool endorsement = false)
{
    PlanInput in;
    in.ownerAuthSet = owner;
    in.lockoutAuthSet = lockout;
    in.endorsementAuthSet = endorsement;
    in.wanted = kBoth;
    in.history = std::move(history);
    return in;
}
} // namespace

class TestOwnershipPlan : public QObject
{
    Q_OBJECT
private slots:
    void freshTpm()
    {
        const OwnershipPlan p = planOwnership(input(false, false));
        QVERIFY(!p.alreadyOwned());
        QVERIFY(!p.resumed);
        QCOMPARE(p.toSet, kBoth);
        QVERIFY(p.resolve.isEmpty());
    }

    void ownedBySomeoneElse()
    {
        const OwnershipPlan p = planOwnership(input(true, false));
        QVERIFY(p.alreadyOwned());
        QCOMPARE(p.unexplained, QList<Hierarchy>{Hierarchy::Owner});
        // An endorsement auth nobody escrowed also counts (it breaks DPS).
        const OwnershipPlan e = planOwnership(input(false, false, {}, true));
        QCOMPARE(e.unexplained, QList<Hierarchy>{Hierarchy::Endorsement});
    }

    void crashAfterEscrowBeforeAnyChange()
    {
        const OwnershipPlan p =
            planOwnership(input(false, false, {record("r1", kBoth, EscrowState::Pending)}));
        QVERIFY(p.resumed);
        QVERIFY(!p.alreadyOwned());
        QCOMPARE(p.resolve.size(), 1);
        QCOMPARE(p.resolve[0].recordId, QStringLiteral("r1"));
        QVERIFY(p.resolve[0].applied.isEmpty()); // abandoned
        QCOMPARE(p.toSet, kBoth);
    }

    void crashBetweenOwnerAndLockout()
    {
        const OwnershipPlan p =
            planOwnership(input(true, false, {record("r1", kBoth, EscrowState::Pending)}));
        QVERIFY(!p.alreadyOwned());
        QCOMPARE(p.resolve[0].applied, QList<Hierarchy>{Hierarchy::Owner});
        QCOMPARE(p.source.value(Hierarchy::Owner), QStringLiteral("r1"));
        QCOMPARE(p.toSet, QList<Hierarchy>{Hierarchy::Lockout});
    }

    void crashAfterBothBeforeMarkApplied()
    {
        const OwnershipPlan p = planOwnership(input(true, true, {record("r1", kBoth, EscrowState::Pending)}));
        QVERIFY(!p.alreadyOwned());
        QCOMPARE(p.resolve[0].applied, kBoth);
        QVERIFY(p.toSet.isEmpty());
    }

    void secondCrashAfterPartialResume()
    {
        // r1 applied to the owner only; r2 (lockout) pending and applied.
        const OwnershipPlan p =
            planOwnership(input(true, true,
                                {record("r1", kBoth, EscrowState::Applied, {Hierarchy::Owner}),
                                 record("r2", {Hierarchy::Lockout}, EscrowState::Pending)}));
        QVERIFY(!p.alreadyOwned());
        QCOMPARE(p.source.value(Hierarchy::Owner), QStringLiteral("r1"));
        QCOMPARE(p.source.value(Hierarchy::Lockout), QStringLiteral("r2"));
        QCOMPARE(p.resolve.size(), 1);
        QCOMPARE(p.resolve[0].applied, QList<Hierarchy>{Hierarchy::Lockout});
        QVERIFY(p.toSet.isEmpty());
    }

    void completedRunIsIdempotent()
    {
        const OwnershipPlan p =
            planOwnership(input(true, true, {record("r1", kBoth, EscrowState::Applied, kBoth)}));
        QVERIFY(!p.alreadyOwned());
        QVERIFY(!p.resumed);
        QVERIFY(p.resolve.isEmpty());
        QVERIFY(p.toSet.isEmpty());
    }

    void revokedRecordsExplainNothing()
    {
        // After a rework clear the old record is revoked: an owner auth set since is someone else's.
        const QList<EscrowRecord> history{record("r1", kBoth, EscrowState::Revoked, kBoth)};
        QVERIFY(planOwnership(input(true, false, history)).alreadyOwned());
        const OwnershipPlan fresh = planOwnership(input(false, false, history));
        QVERIFY(!fresh.alreadyOwned());
        QCOMPARE(fresh.toSet, kBoth);
        // Abandoned records neither.
        QVERIFY(
            planOwnership(input(true, false, {record("r1", kBoth, EscrowState::Abandoned)})).alreadyOwned());
    }

    void appliedRecordOnlyExplainsWhatItApplied()
    {
        // r1 applied to the owner only: a lockout auth set later is not ours.
        const OwnershipPlan p =
            planOwnership(input(true, true, {record("r1", kBoth, EscrowState::Applied, {Hierarchy::Owner})}));
        QCOMPARE(p.unexplained, QList<Hierarchy>{Hierarchy::Lockout});
    }

    void endorsementWanted()
    {
        PlanInput in = input(false, false);
        in.wanted << Hierarchy::Endorsement;
        const OwnershipPlan p = planOwnership(in);
        QCOMPARE(p.toSet, (QList<Hierarchy>{Hierarchy::Owner, Hierarchy::Endorsement, Hierarchy::Lockout}));
    }
};

STATION_TEST_GUILESS_MAIN(TestOwnershipPlan)
#include "TestOwnershipPlan.moc"
