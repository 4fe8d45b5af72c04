// What the ownership step must do on a TPM, decided from facts only: the TPM's TPMA_PERMANENT bits
// (ownerAuthSet / endorsementAuthSet / lockoutAuthSet, readable without any authorization) and the
// serial's escrow history. Pure: no TPM, no store; unit-tested.
//
// The reasoning (docs/OWNERSHIP.md): the station changes a hierarchy's authorization only from empty,
// only after the escrow record carrying the new value is committed (write-ahead), and never twice for
// one record. So a hierarchy whose auth is set is explained by the newest record that covers it and
// is pending or applied; a set hierarchy that no record explains was set by someone else: the TPM is
// already owned and the step must not touch it. No authorization value is ever *guessed* against the
// TPM, so a re-run can never increment the dictionary-attack counter or lock out the lockout hierarchy.
#pragma once

#include "core/ownership/EscrowStore.h"

#include <QMap>

namespace tps::ownership {

struct PlanInput
{
    bool ownerAuthSet = false;
    bool endorsementAuthSet = false;
    bool lockoutAuthSet = false;
    QList<Hierarchy> wanted;     // what the profile wants owned (owner + lockout, endorsement optional)
    QList<EscrowRecord> history; // oldest first
};

struct PendingResolution
{
    QString recordId;
    QList<Hierarchy> applied; // empty: the record is abandoned
};

struct OwnershipPlan
{
    QList<Hierarchy> unexplained;     // set on the TPM by someone else: the TPM is already owned
    QList<PendingResolution> resolve; // pending records the TPM state decides
    QMap<Hierarchy, QString> source;  // set hierarchy -> the escrow record holding its value
    QList<Hierarchy> toSet;           // wanted and still empty: set from a new record
    bool resumed = false;             // a pending record from an interrupted run was found

    bool alreadyOwned() const { return !unexplained.isEmpty(); }
};

bool isSet(const PlanInput& in, Hierarchy h);
OwnershipPlan planOwnership(const PlanInput& in);

} // namespace tps::ownership
