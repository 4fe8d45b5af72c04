#include "core/ownership/TakeOwnership.h"

#include "core/firmware/SettingsNv.h"
#include "core/common/FaultPoints.h"
#include "core/ownership/OwnershipPlan.h"
#include "core/tpm/BusSession.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpm/TpmSession.h"

#include <QCoreApplication>
#include <future>
#include <optional>
#include <system_error>

namespace tps::ownership {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TakeOwnership)
};

using Outcome = Result<void, OwnershipError>;

OwnershipError tpmFailure(const tpm::TpmError& e)
{
    return OwnershipError{OwnershipErrc::Tpm, e.operatorMessage(), e.technical()};
}

// Forgets every hierarchy auth value the session may hold (they live in ESAPI's memory otherwise).
struct AuthReset
{
    tpm::TpmSession& session;
    ~AuthReset()
    {
        for (ESYS_TR h : {ESYS_TR_RH_OWNER, ESYS_TR_RH_ENDORSEMENT, ESYS_TR_RH_LOCKOUT, ESYS_TR_RH_PLATFORM})
            (void)tpm::setAuthValue(session, h, {});
    }
};

// Makes `templ`'s key under `hierarchy` the persistent object at `handle`, unless an identical key is
// there already. Reports (persisted, replaced) and the key.
struct EnsureResult
{
    tpm::KeyPublic key;
    bool persisted = false;
    bool replaced = false;
};
Result<EnsureResult, OwnershipError> ensurePersisted(tpm::TpmSession& session, ESYS_TR hierarchy,
                                                     const TPM2B_PUBLIC& templ, TPM2_HANDLE handle,
                                                     const char* evictedPoint, const char* persistedPoint)
{
    auto created = tpm::createPrimary(session, hierarchy, templ);
    if (!created)
        return fail(tpmFailure(created.error()));
    EnsureResult out;
    out.key = created->key;
    auto existing = tpm::readPersistent(session, handle);
    if (existing && existing->publicArea == out.key.publicArea)
        return out; // the transient copy is flushed by the TransientObject
    if (!existing && existing.error().code != tpm::TpmErrc::NotFound)
        return fail(tpmFailure(existing.error()));
    if (existing) {
        if (auto evicted = tpm::evictPersistent(session, handle); !evicted)
            return fail(tpmFailure(evicted.error()));
        out.replaced = true;
        faultPoint(evictedPoint);
    }
    if (auto persisted = tpm::persistObject(session, created->object.get(), handle); !persisted)
        return fail(tpmFailure(persisted.error()));
    out.persisted = true;
    if (auto flushed = created->object.flush(); !flushed)
        return fail(tpmFailure(flushed.error()));
    faultPoint(persistedPoint);
    return out;
}

// The escrow write-ahead, committed on a thread of its own while the TPM derives the SRK: the record's
// fsyncs (milliseconds) overlap the TPM's RSA-2048 derivation (0.1 s on swtpm, seconds on a discrete TPM,
// DESIGN §3.6) instead of adding to it. wait() is the barrier: takeOwnership calls it before the first
// TPM2_HierarchyChangeAuth, so — exactly as when the record was written first — no authorization reaches
// the TPM before the record that recovers it is durable. A power cut before the barrier leaves at most a
// pending record whose values never reached the TPM: the next run reads TPMA_PERMANENT and marks it
// abandoned (OwnershipPlan), as after a crash right after a synchronous write. A run that fails or is
// cancelled before the barrier marks the record abandoned itself (the destructor).
class EscrowAhead
{
public:
    EscrowAhead(EscrowStore& store, const EscrowRecord& record) : m_store(store), m_serial(record.serial)
    {
        try {
            m_write = std::async(std::launch::async, [&store, record] { return store.saveEscrow(record); });
        } catch (const std::system_error&) {
            m_result = store.saveEscrow(record); // no thread to be had: write it now
        }
    }
    EscrowAhead(const EscrowAhead&) = delete;
    EscrowAhead& operator=(const EscrowAhead&) = delete;
    ~EscrowAhead()
    {
        if (m_applying)
            return;
        if (const EscrowResult<QString>& saved = wait(); saved)
            (void)m_store.markApplied(m_serial, *saved, {}); // nothing reached the TPM: abandoned
    }

    // Blocks until the record is durably committed (or refused).
    const EscrowResult<QString>& wait()
    {
        if (!m_result)
            m_result = m_write.get();
        return *m_result;
    }
    // From here on the TPM may carry the record's values: the record stays pending until marked applied,
    // and a later run decides it by TPMA_PERMANENT.
    void applying() { m_applying = true; }

private:
    EscrowStore& m_store;
    QString m_serial;
    std::future<EscrowResult<QString>> m_write;
    std::optional<EscrowResult<QString>> m_result;
    bool m_applying = false;
};

// The template fields of a persisted key (everything but `unique`) equal the template's.
bool matchesTemplate(const QByteArray& publicArea, const TPM2B_PUBLIC& templ)
{
    auto pub = tpm::unmarshalPublic(publicArea);
    if (!pub)
        return false;
    TPM2B_PUBLIC a = *pub;
    TPM2B_PUBLIC b = templ;
    a.publicArea.unique = {};
    b.publicArea.unique = {};
    return tpm::marshalPublic(a) == tpm::marshalPublic(b);
}

QString hierarchyList(const QList<Hierarchy>& list)
{
    return hierarchyKeys(list).join(QStringLiteral(", "));
}

// One takeOwnership call, in phases: read the TPM and the escrow history, decide the plan (resolving an
// interrupted run), start the escrow write-ahead, make or check the keys, protect the bus, set the
// dictionary-attack parameters, change the authorizations behind the escrow barrier, read the result.
class OwnershipRun
{
public:
    OwnershipRun(tpm::TpmSession& session, EscrowStore& store, const crypto::EscrowCertificate& recipient,
                 const OwnershipConfig& config, const QString& serial, const std::atomic<bool>* cancel)
        : m_session(session), m_store(store), m_recipient(recipient), m_config(config), m_serial(serial),
          m_cancel(cancel), m_reset{session}
    {
        m_report.recipientFingerprint = recipient.fingerprintSha256();
    }

    Result<OwnershipReport, OwnershipError> run(const QString& deviceUuid, const OwnerAuthSink& ownerAuthSink,
                                                const QByteArray& certifiedEk)
    {
        Outcome step = readState();
        if (step)
            step = decidePlan();
        if (step)
            step = checkCancelled();
        if (step)
            step = startEscrow(deviceUuid);
        if (step)
            step = m_state.ownerAuthSet ? checkOwnedKeys(certifiedEk) : makeKeys(certifiedEk);
        if (step)
            step = protectBus();
        if (step)
            step = setLockoutParameters();
        if (step)
            step = checkCancelled();
        if (step)
            step = changeAuthorizations(ownerAuthSink);
        if (step)
            step = readResult();
        if (!step)
            return fail(step.error());
        return m_report;
    }

private:
    Outcome readState();
    Outcome decidePlan();
    Outcome checkCancelled() const;
    Outcome startEscrow(const QString& deviceUuid);
    Outcome makeKeys(const QByteArray& certifiedEk);
    Outcome makeEk(const QByteArray& certifiedEk);
    Outcome checkOwnedKeys(const QByteArray& certifiedEk);
    Outcome checkOwnedEk(const QByteArray& certifiedEk);
    Outcome protectBus();
    Outcome setLockoutParameters();
    Outcome changeAuthorizations(const OwnerAuthSink& ownerAuthSink);
    Outcome changeOne(Hierarchy h, const OwnerAuthSink& ownerAuthSink);
    Outcome readResult();

    // Step 2's EK, checked against the certificate there: usable when it is of the L-1 template.
    bool isCertifiedEk(const QByteArray& certifiedEk) const
    {
        return !certifiedEk.isEmpty() && matchesTemplate(certifiedEk, m_ekTemplate);
    }

    tpm::TpmSession& m_session;
    EscrowStore& m_store;
    const crypto::EscrowCertificate& m_recipient;
    const OwnershipConfig& m_config;
    const QString& m_serial;
    const std::atomic<bool>* m_cancel;
    AuthReset m_reset; // forgets the auth values when the run ends, after everything below
    OwnershipReport m_report;
    tpm::HierarchyState m_state;
    QList<EscrowRecord> m_history;
    OwnershipPlan m_plan;
    std::optional<HierarchySecrets> m_secrets;
    std::optional<EscrowAhead> m_escrow;
    const TPM2B_PUBLIC m_srkTemplate = tpm::srkTemplate();
    const TPM2B_PUBLIC m_ekTemplate = tpm::ekTemplateRsa2048();
};

Outcome OwnershipRun::readState()
{
    auto state = tpm::readHierarchyState(m_session);
    if (!state)
        return fail(tpmFailure(state.error()));
    m_state = *state;
    m_report.before = *state;
    auto history = m_store.escrowHistory(m_serial);
    if (!history)
        return fail(OwnershipError{OwnershipErrc::Escrow, history.error().message, history.error().message});
    m_history = *history;
    return {};
}

// Which authorizations to set, and how an interrupted run's pending record is decided by what the TPM
// shows. A TPM owned by someone else is refused.
Outcome OwnershipRun::decidePlan()
{
    PlanInput in;
    in.ownerAuthSet = m_state.ownerAuthSet;
    in.endorsementAuthSet = m_state.endorsementAuthSet;
    in.lockoutAuthSet = m_state.lockoutAuthSet;
    in.wanted = {Hierarchy::Lockout};
    if (m_config.setOwnerAuth)
        in.wanted.prepend(Hierarchy::Owner);
    if (m_config.setEndorsementAuth)
        in.wanted << Hierarchy::Endorsement;
    in.history = m_history;
    m_plan = planOwnership(in);
    if (m_plan.alreadyOwned())
        return fail(OwnershipError{
            OwnershipErrc::AlreadyOwned,
            Tr::tr("This TPM is already owned: its %1 authorization was set by someone else. The station "
                   "does not force it. A supervisor can clear the TPM (rework) where the platform hierarchy "
                   "or the escrowed lockout authorization allows.")
                .arg(hierarchyList(m_plan.unexplained)),
            QStringLiteral("TPMA_PERMANENT=0x%1; authorization set without a matching escrow record: %2")
                .arg(m_state.permanent, 8, 16, QLatin1Char('0'))
                .arg(hierarchyList(m_plan.unexplained))});
    m_report.resumed = m_plan.resumed;
    for (const PendingResolution& r : m_plan.resolve) {
        if (auto done = m_store.markApplied(m_serial, r.recordId, r.applied); !done)
            return fail(OwnershipError{OwnershipErrc::Escrow, done.error().message, done.error().message});
        m_report.resolved << r;
        m_report.notes << QStringLiteral("interrupted run resumed: escrow record %1 %2")
                              .arg(r.recordId,
                                   r.applied.isEmpty()
                                       ? QStringLiteral("abandoned (nothing reached the TPM)")
                                       : QStringLiteral("applied to ") + hierarchyList(r.applied));
    }
    faultPoint("ownership.after-resolve");
    return {};
}

Outcome OwnershipRun::checkCancelled() const
{
    if (m_cancel && m_cancel->load())
        return fail(
            OwnershipError{OwnershipErrc::Cancelled, Tr::tr("Cancelled."), QStringLiteral("cancelled")});
    return {};
}

// Secrets: escrow first (write-ahead), then the TPM. The record is committed in the background while the
// keys are made (EscrowAhead); the barrier is in changeAuthorizations, before the first HierarchyChangeAuth.
Outcome OwnershipRun::startEscrow(const QString& deviceUuid)
{
    const bool needsRework = m_state.endorsementAuthSet && !m_state.ownerAuthSet;
    if (m_plan.toSet.isEmpty() || needsRework)
        return {};
    m_secrets = HierarchySecrets::generate(m_plan.toSet);
    if (!m_secrets)
        return fail(OwnershipError{OwnershipErrc::Crypto, Tr::tr("The random generator failed."),
                                   QStringLiteral("RAND_priv_bytes failed")});
    auto cms = crypto::cmsEncrypt(m_secrets->encode(), m_recipient);
    if (!cms)
        return fail(OwnershipError{OwnershipErrc::Crypto, cms.error().message, cms.error().detail});
    EscrowRecord record;
    record.serial = m_serial;
    record.deviceUuid = deviceUuid;
    record.cms = *cms;
    record.recipientFingerprint = m_report.recipientFingerprint;
    record.hierarchies = m_plan.toSet;
    m_escrow.emplace(m_store, record);
    return {};
}

// The owner authorization is empty: the station can still fix the keys. SRK and certificate-matching EK
// persisted, and the settings index step 4 writes defined now, so that step 4 never needs the owner
// authorization this run is about to set.
Outcome OwnershipRun::makeKeys(const QByteArray& certifiedEk)
{
    auto srk = ensurePersisted(m_session, ESYS_TR_RH_OWNER, m_srkTemplate, tpm::kSrkHandle,
                               "ownership.after-srk-evict", "ownership.after-srk");
    if (!srk)
        return fail(srk.error());
    m_report.srk = srk->key;
    m_report.srkPersisted = srk->persisted;
    m_report.srkVerified = true;
    if (m_state.endorsementAuthSet) {
        return fail(OwnershipError{
            OwnershipErrc::NeedsRework,
            Tr::tr("The endorsement authorization is set but the owner authorization is not: the station "
                   "cannot check the EK. Order a rework (clear) of this TPM."),
            QStringLiteral("endorsementAuthSet without ownerAuthSet")});
    }
    if (auto ek = makeEk(certifiedEk); !ek)
        return ek;
    auto defined = firmware::defineSettingsIndex(m_session);
    if (!defined)
        return fail(tpmFailure(defined.error()));
    m_report.settingsIndexDefined = true;
    m_report.settingsIndexDefinedNow = *defined != firmware::SettingsDefine::AlreadyDefined;
    if (m_report.settingsIndexDefinedNow)
        faultPoint("ownership.after-settings-index");
    return {};
}

// The persisted EK equal to step 2's certificate-checked EK is the certificate's key: no need to derive it
// again (an RSA-2048 CreatePrimary). Anything else is derived and fixed.
Outcome OwnershipRun::makeEk(const QByteArray& certifiedEk)
{
    std::optional<tpm::KeyPublic> knownEk;
    if (isCertifiedEk(certifiedEk)) {
        auto persisted = tpm::readPersistent(m_session, tpm::kEkRsaHandle);
        if (!persisted && persisted.error().code != tpm::TpmErrc::NotFound)
            return fail(tpmFailure(persisted.error()));
        if (persisted && persisted->publicArea == certifiedEk)
            knownEk = *persisted;
    }
    if (knownEk) {
        m_report.ek = *knownEk;
        m_report.ekFromStep2 = true;
    } else {
        auto ek = ensurePersisted(m_session, ESYS_TR_RH_ENDORSEMENT, m_ekTemplate, tpm::kEkRsaHandle,
                                  "ownership.after-ek-evict", "ownership.after-ek");
        if (!ek)
            return fail(ek.error());
        m_report.ek = ek->key;
        m_report.ekPersisted = ek->persisted;
        m_report.ekReplaced = ek->replaced;
    }
    m_report.ekVerified = true;
    return {};
}

// Owned by this station already (an earlier or interrupted run): the keys were made before the owner
// authorization changed. Check what can be checked without it.
Outcome OwnershipRun::checkOwnedKeys(const QByteArray& certifiedEk)
{
    auto srk = tpm::readPersistent(m_session, tpm::kSrkHandle);
    if (!srk || !matchesTemplate(srk->publicArea, m_srkTemplate))
        return fail(OwnershipError{
            OwnershipErrc::NeedsRework,
            Tr::tr("The owner authorization is set but no SRK of the Provisioning Guidance template is "
                   "persisted at 0x81000001. Order a rework (clear) of this TPM."),
            srk ? QStringLiteral("persisted SRK does not match the template") : srk.error().technical()});
    m_report.srk = *srk;
    if (auto ek = checkOwnedEk(certifiedEk); !ek)
        return ek;
    // The settings index was defined before the owner authorization changed; without it step 4 needs the
    // owner authorization, which only this session's hand-off (or the escrow) holds.
    auto settings = firmware::settingsIndexState(m_session);
    if (!settings)
        return fail(tpmFailure(settings.error()));
    m_report.settingsIndexDefined = *settings == firmware::SettingsIndexState::Ready ||
                                    *settings == firmware::SettingsIndexState::WriteLocked;
    if (!m_report.settingsIndexDefined)
        m_report.notes << QStringLiteral(
            "settings NV index 0x01500100 is not defined for step 4 and the owner authorization is "
            "already set: step 4 needs the owner authorization (hand-off) or a rework (clear)");
    return {};
}

Outcome OwnershipRun::checkOwnedEk(const QByteArray& certifiedEk)
{
    auto persistedEk = tpm::readPersistent(m_session, tpm::kEkRsaHandle);
    if (!persistedEk)
        return fail(OwnershipError{
            OwnershipErrc::NeedsRework,
            Tr::tr("The owner authorization is set but no EK is persisted at 0x81010001. Order a rework "
                   "(clear) of this TPM."),
            persistedEk.error().technical()});
    m_report.ek = *persistedEk;
    if (isCertifiedEk(certifiedEk) && persistedEk->publicArea == certifiedEk) {
        m_report.ekVerified = true;
        m_report.ekFromStep2 = true;
        return {};
    }
    if (m_state.endorsementAuthSet)
        return {};
    auto ek = tpm::createPrimary(m_session, ESYS_TR_RH_ENDORSEMENT, m_ekTemplate);
    if (!ek)
        return fail(tpmFailure(ek.error()));
    m_report.ekVerified = ek->key.publicArea == persistedEk->publicArea;
    if (!m_report.ekVerified)
        return fail(OwnershipError{
            OwnershipErrc::NeedsRework,
            Tr::tr("The EK persisted at 0x81010001 does not match the EK certificate, and the owner "
                   "authorization is already set. Order a rework (clear) of this TPM."),
            QStringLiteral("persisted EK differs from createPrimary(endorsement, L-1 template)")});
    return {};
}

// From here on authorizations and secrets go to the TPM only in the salted HMAC session bound to the EK
// just checked (core/tpm/BusSession.h): never in clear on the bus.
Outcome OwnershipRun::protectBus()
{
    tpm::trustEk(m_session, m_report.ek.publicArea); // step 2's certificate-checked EK, or the derived one
    if (auto bus = tpm::protectBus(m_session); !bus)
        return fail(tpmFailure(bus.error()));
    m_report.notes << QStringLiteral("authorizations sent in a salted HMAC session (AES-128-CFB parameter "
                                     "encryption) bound to the EK %1")
                          .arg(QString::fromLatin1(m_report.ek.name.toHex()));
    return {};
}

// Dictionary-attack parameters and ClearControl: while the lockout authorization is still empty.
Outcome OwnershipRun::setLockoutParameters()
{
    if (m_state.lockoutAuthSet)
        return {};
    if (auto da = tpm::setDictionaryAttackParameters(m_session, m_config.maxTries, m_config.recoveryTime,
                                                     m_config.lockoutRecovery);
        !da)
        return fail(tpmFailure(da.error()));
    m_report.daSet = true;
    faultPoint("ownership.after-da");
    if (m_config.disableClear && !m_state.disableClear) {
        if (auto cc = tpm::clearControl(m_session, ESYS_TR_RH_LOCKOUT, true); !cc)
            return fail(tpmFailure(cc.error()));
        m_report.clearDisabledNow = true;
        faultPoint("ownership.after-clear-control");
    }
    return {};
}

// The barrier: the escrow record is durable before any authorization changes; then each authorization of
// the plan is set, and the record is marked applied.
Outcome OwnershipRun::changeAuthorizations(const OwnerAuthSink& ownerAuthSink)
{
    if (!m_escrow)
        return {};
    const EscrowResult<QString>& id = m_escrow->wait();
    if (!id)
        return fail(OwnershipError{
            OwnershipErrc::Escrow,
            Tr::tr("The escrow record could not be saved; no authorization of the TPM was changed. %1")
                .arg(id.error().message),
            id.error().message});
    m_report.escrowRecordId = *id;
    faultPoint("ownership.after-escrow");
    m_escrow->applying();
    for (Hierarchy h : kChangeOrder) {
        if (!m_plan.toSet.contains(h))
            continue;
        if (auto changed = changeOne(h, ownerAuthSink); !changed)
            return changed;
    }
    if (auto done = m_store.markApplied(m_serial, *id, m_plan.toSet); !done)
        return fail(OwnershipError{
            OwnershipErrc::Escrow,
            Tr::tr("The TPM is owned and its secrets are escrowed, but the escrow record could not be "
                   "marked applied: %1 Run the step again.")
                .arg(done.error().message),
            done.error().message});
    faultPoint("ownership.after-applied");
    return {};
}

// On failure the record stays pending: the next run reads TPMA_PERMANENT and decides it.
Outcome OwnershipRun::changeOne(Hierarchy h, const OwnerAuthSink& ownerAuthSink)
{
    const ESYS_TR handle = esysHandle(h);
    if (auto empty = tpm::setAuthValue(m_session, handle, {}); !empty)
        return fail(tpmFailure(empty.error()));
    if (auto changed = tpm::changeHierarchyAuth(m_session, handle, *m_secrets->value(h)); !changed)
        return fail(tpmFailure(changed.error()));
    m_report.changed << h;
    if (h == Hierarchy::Owner && ownerAuthSink)
        ownerAuthSink(*m_secrets->value(h));
    faultPoint(h == Hierarchy::Owner         ? "ownership.after-owner-auth"
               : h == Hierarchy::Endorsement ? "ownership.after-endorsement-auth"
                                             : "ownership.after-lockout-auth");
    return {};
}

Outcome OwnershipRun::readResult()
{
    auto after = tpm::readHierarchyState(m_session);
    if (!after)
        return fail(tpmFailure(after.error()));
    m_report.after = *after;
    return {};
}

} // namespace

Result<OwnershipReport, OwnershipError>
takeOwnership(tpm::TpmSession& session, EscrowStore& store, const crypto::EscrowCertificate& recipient,
              const OwnershipConfig& config, const QString& serial, const QString& deviceUuid,
              const std::atomic<bool>* cancel, const OwnerAuthSink& ownerAuthSink,
              const QByteArray& certifiedEk)
{
    OwnershipRun run(session, store, recipient, config, serial, cancel);
    return run.run(deviceUuid, ownerAuthSink, certifiedEk);
}

Result<ClearReport, OwnershipError> clearOwnership(tpm::TpmSession& session, ClearAuthority authority,
                                                   const crypto::SecureBytes& lockoutAuth)
{
    ClearReport report;
    AuthReset reset{session};
    auto state = tpm::readHierarchyState(session);
    if (!state)
        return fail(tpmFailure(state.error()));
    report.before = *state;
    if (authority == ClearAuthority::Platform) {
        if (auto a = tpm::setAuthValue(session, ESYS_TR_RH_PLATFORM, {}); !a)
            return fail(tpmFailure(a.error()));
        if (state->disableClear)
            if (auto cc = tpm::clearControl(session, ESYS_TR_RH_PLATFORM, false); !cc)
                return fail(tpmFailure(cc.error()));
        if (auto c = tpm::clearTpm(session, ESYS_TR_RH_PLATFORM); !c)
            return fail(tpmFailure(c.error()));
    } else {
        if (state->disableClear)
            return fail(OwnershipError{OwnershipErrc::NeedsRework,
                                       Tr::tr("TPM2_Clear is disabled on this TPM; only the platform "
                                              "hierarchy can enable it again."),
                                       QStringLiteral("disableClear set; lockout cannot clear")});
        // TPMA_PERMANENT is authoritative: when no lockout authorization is set, the right value is the
        // empty one, and presenting any other would cost the lockout hierarchy lockoutRecovery seconds.
        const crypto::SecureBytes none;
        const crypto::SecureBytes& value = state->lockoutAuthSet ? lockoutAuth : none;
        if (auto a = tpm::setAuthValue(session, ESYS_TR_RH_LOCKOUT, value); !a)
            return fail(tpmFailure(a.error()));
        if (auto c = tpm::clearTpm(session, ESYS_TR_RH_LOCKOUT); !c)
            return fail(tpmFailure(c.error()));
    }
    faultPoint("ownership.after-clear");
    // TPM2_Clear evicted the owner's persistent objects, the EK among them; the EPS is unchanged, so the
    // template gives the certificate's EK again.
    auto ek = ensurePersisted(session, ESYS_TR_RH_ENDORSEMENT, tpm::ekTemplateRsa2048(), tpm::kEkRsaHandle,
                              "ownership.after-ek-evict", "ownership.after-ek");
    if (!ek)
        return fail(ek.error());
    report.ek = ek->key;
    auto after = tpm::readHierarchyState(session);
    if (!after)
        return fail(tpmFailure(after.error()));
    report.after = *after;
    return report;
}

} // namespace tps::ownership
