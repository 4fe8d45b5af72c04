#include "core/ownership/OwnershipPlan.h"

namespace tps::ownership {

bool isSet(const PlanInput& in, Hierarchy h)
{
    switch (h) {
    case Hierarchy::Owner:
        return in.ownerAuthSet;
    case Hierarchy::Endorsement:
        return in.endorsementAuthSet;
    case Hierarchy::Lockout:
        return in.lockoutAuthSet;
    }
    return false;
}

OwnershipPlan planOwnership(const PlanInput& in)
{
    OwnershipPlan plan;
    // Newest writer wins: walk the history in order, letting later records override earlier ones.
    for (const EscrowRecord& r : in.history) {
        if (r.state == EscrowState::Applied) {
            for (Hierarchy h : r.applied)
                if (isSet(in, h))
                    plan.source.insert(h, r.id);
        } else if (r.state == EscrowState::Pending) {
            plan.resumed = true;
            for (Hierarchy h : r.hierarchies)
                if (isSet(in, h))
                    plan.source.insert(h, r.id);
        }
        // Abandoned and revoked records explain nothing.
    }
    for (const EscrowRecord& r : in.history) {
        if (r.state != EscrowState::Pending)
            continue;
        PendingResolution res{r.id, {}};
        for (Hierarchy h : r.hierarchies)
            if (plan.source.value(h) == r.id)
                res.applied << h;
        plan.resolve << res;
    }
    for (Hierarchy h : kChangeOrder) {
        if (isSet(in, h) && !plan.source.contains(h))
            plan.unexplained << h;
        if (!isSet(in, h) && in.wanted.contains(h))
            plan.toSet << h;
    }
    return plan;
}

} // namespace tps::ownership
