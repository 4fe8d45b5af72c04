#include "stations/OwnershipTakenStation.h"

#include "core/ownership/EscrowPin.h"

#include "core/crypto/CmsEscrow.h"
#include "core/crypto/EkCertificate.h"
#include "core/dps/DeviceClient.h"
#include "core/ownership/OwnershipConfig.h"
#include "core/tpm/KeyTemplates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace tps::stations {

using namespace timeline;
using namespace ownership;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OwnershipTakenStation)
};

QString handleText(TPM2_HANDLE h)
{
    return QStringLiteral("0x%1").arg(h, 8, 16, QLatin1Char('0'));
}

StepResult fromError(const OwnershipError& e)
{
    switch (e.code) {
    case OwnershipErrc::AlreadyOwned:
        return StepResult::failure(StepErrc::AlreadyOwned, e.operatorMessage, e.technical);
    case OwnershipErrc::NeedsRework:
        return StepResult::failure(StepErrc::Tpm, e.operatorMessage, e.technical);
    case OwnershipErrc::Escrow:
        return StepResult::failure(StepErrc::Storage, e.operatorMessage, e.technical, Outcome::Error);
    case OwnershipErrc::Crypto:
        return StepResult::failure(StepErrc::Internal, e.operatorMessage, e.technical, Outcome::Error);
    case OwnershipErrc::Cancelled:
        return StepResult::failure(StepErrc::Cancelled, e.operatorMessage, e.technical, Outcome::Aborted);
    case OwnershipErrc::Tpm:
        break;
    }
    return StepResult::failure(StepErrc::Tpm, e.operatorMessage, e.technical, Outcome::Error);
}

// The EK step 2 recorded, when it is the L-1 EK of this TPM: of the TCG default template (not from a
// template the TPM supplied), and either derived from it by step 2 or the persisted key a certificate
// verified against (step 2 reuses a persisted EK only then). Empty otherwise.
QByteArray certifiedEkOf(const StepResult& step2)
{
    const Artifact* pub = step2.artifact(QStringLiteral("ek.pub"));
    const Measurement* templ = step2.measurement(QStringLiteral("ek.template"));
    const Measurement* fromNv = step2.measurement(QStringLiteral("ek.from_nv_template"));
    const Measurement* verdict = step2.measurement(QStringLiteral("ek.certificate_verdict"));
    const Measurement* source = step2.measurement(QStringLiteral("ek.source"));
    if (!step2.passed() || !pub || !templ || !fromNv || !verdict || !source)
        return {};
    const auto v = crypto::certVerdictFromKey(verdict->value.toString());
    const bool certified = v && crypto::certifiesKey(*v);
    const bool derived = source->value.toString() == QLatin1String("created");
    if (templ->value.toString() != QLatin1String("L-1") || fromNv->value.toBool() || !(certified || derived))
        return {};
    return pub->data;
}

// What the step needs from the product profile: the ownership settings, checked against the device
// client (docs/OWNERSHIP.md: refused here too, never half-applied), and the escrow certificate.
struct Inputs
{
    OwnershipConfig config;
    dps::DeviceClient client;
    crypto::EscrowCertificate certificate;
};

Result<Inputs, StepResult> readInputs(const StepContext& context)
{
    auto config = OwnershipConfig::fromJson(context.profile.section(QStringLiteral("ownership")));
    if (!config)
        return fail(StepResult::failure(StepErrc::Configuration, config.error(), config.error()));
    auto client = dps::DeviceClient::fromJson(context.profile.section(QStringLiteral("device")));
    if (!client)
        return fail(StepResult::failure(StepErrc::Configuration, client.error(), client.error()));
    if (auto fits = checkClientOwnership(*client, *config); !fits)
        return fail(StepResult::failure(StepErrc::Configuration, fits.error(), fits.error()));
    auto cert = crypto::EscrowCertificate::fromFile(config->escrowCertificate);
    if (!cert)
        return fail(StepResult::failure(
            StepErrc::Configuration,
            Tr::tr("The escrow certificate of this product cannot be used: %1").arg(cert.error().message),
            cert.error().message + QStringLiteral(" ") + cert.error().detail));
    // The pin and the customer CA, before any TPM command (docs/ESCROW.md).
    if (auto pinned = checkEscrowPin(*cert, *config, context.profile.production); !pinned)
        return fail(StepResult::failure(StepErrc::Configuration, pinned.error(), pinned.error()));
    return Inputs{std::move(*config), std::move(*client), std::move(*cert)};
}

// Owned under the earlier rule (owner authorization set by this station and escrowed) or with the
// endorsement authorization set: the step cannot undo it, the device's client would be refused in the
// field. Told here, not first at QA.
std::optional<StepResult> refusedByClient(const dps::DeviceClient& client, const OwnershipReport& r)
{
    const auto refusals = dps::clientRefusals(client, r.after.ownerAuthSet, r.after.endorsementAuthSet);
    if (refusals.isEmpty())
        return std::nullopt;
    return StepResult::failure(
        StepErrc::Tpm,
        Tr::tr("This TPM was owned under the earlier rule: %1. The ownership step cannot undo it. %2")
            .arg(dps::refusalText(client, refusals.first()), dps::reworkAdvice()),
        QStringLiteral("TPMA_PERMANENT=%1; device client %2 needs owner%3 authorization empty")
            .arg(handleText(r.after.permanent), client.key(),
                 refusals.first().ownerHierarchy ? QString() : QStringLiteral("/endorsement")));
}

void addAuthorizations(StepResult& result, const OwnershipReport& r, const OwnershipConfig& config)
{
    result.add(Measurement::equals(QStringLiteral("ownership.owner_auth_set"), r.after.ownerAuthSet,
                                   config.setOwnerAuth));
    result.add(
        Measurement::equals(QStringLiteral("ownership.lockout_auth_set"), r.after.lockoutAuthSet, true));
    result.add(Measurement::equals(QStringLiteral("ownership.endorsement_auth_set"),
                                   r.after.endorsementAuthSet, config.setEndorsementAuth));
    if (config.setEndorsementAuth)
        result.add(Measurement::record(
            QStringLiteral("ownership.endorsement_auth_warning"),
            Tr::tr("WARNING: the endorsement authorization is set. The DPS client uses an empty endorsement "
                   "authorization: TPM attestation with the Device Provisioning Service WILL FAIL in the "
                   "field for this device.")));
    result.add(Measurement::record(QStringLiteral("ownership.changed_hierarchies"),
                                   hierarchyKeys(r.changed).join(QLatin1Char(','))));
    result.add(Measurement::record(QStringLiteral("ownership.resumed"), r.resumed));
}

void addKeys(StepResult& result, const OwnershipReport& r)
{
    result.add(Measurement::record(QStringLiteral("ownership.srk_handle"), handleText(tpm::kSrkHandle)));
    result.add(Measurement::record(QStringLiteral("ownership.ek_handle"), handleText(tpm::kEkRsaHandle)));
    result.add(
        Measurement::equals(QStringLiteral("ownership.srk_present"), !r.srk.publicArea.isEmpty(), true));
    result.add(Measurement::record(QStringLiteral("ownership.srk_persisted_now"), r.srkPersisted));
    if (!r.after.endorsementAuthSet || r.ekVerified)
        result.add(Measurement::equals(QStringLiteral("ownership.ek_matches_template"), r.ekVerified, true));
    result.add(Measurement::record(QStringLiteral("ownership.ek_replaced"), r.ekReplaced));
    result.add(
        Measurement::record(QStringLiteral("ownership.ek_checked_by"),
                            r.ekFromStep2 ? QStringLiteral("ek-extracted") : QStringLiteral("derivation")));
    result.add(
        Measurement::record(QStringLiteral("ownership.settings_index_defined"), r.settingsIndexDefined));
    result.add(Measurement::record(QStringLiteral("ownership.settings_index_defined_now"),
                                   r.settingsIndexDefinedNow));
}

void addLockoutSettings(StepResult& result, const OwnershipReport& r, const OwnershipConfig& config)
{
    result.add(Measurement::equals(QStringLiteral("ownership.da_max_tries"), double(r.after.maxAuthFail),
                                   double(config.maxTries)));
    result.add(Measurement::equals(QStringLiteral("ownership.da_recovery_time"),
                                   double(r.after.lockoutInterval), double(config.recoveryTime)));
    result.add(Measurement::equals(QStringLiteral("ownership.da_lockout_recovery"),
                                   double(r.after.lockoutRecovery), double(config.lockoutRecovery)));
    if (config.disableClear)
        result.add(
            Measurement::equals(QStringLiteral("ownership.clear_disabled"), r.after.disableClear, true));
    else
        result.add(Measurement::record(QStringLiteral("ownership.clear_disabled"), r.after.disableClear));
}

// ownership.json: what the run changed and found, for the device record.
QByteArray summaryOf(const OwnershipReport& r, const OwnershipConfig& config)
{
    QJsonArray resolved;
    for (const PendingResolution& p : r.resolved)
        resolved.append(
            QJsonObject{{QStringLiteral("record"), p.recordId},
                        {QStringLiteral("applied"), QJsonArray::fromStringList(hierarchyKeys(p.applied))}});
    const QJsonObject summary{
        {QStringLiteral("changed"), QJsonArray::fromStringList(hierarchyKeys(r.changed))},
        {QStringLiteral("resumed"), r.resumed},
        {QStringLiteral("resolved"), resolved},
        {QStringLiteral("srkHandle"), handleText(tpm::kSrkHandle)},
        {QStringLiteral("ekHandle"), handleText(tpm::kEkRsaHandle)},
        {QStringLiteral("srkPersisted"), r.srkPersisted},
        {QStringLiteral("ekPersisted"), r.ekPersisted},
        {QStringLiteral("ekReplaced"), r.ekReplaced},
        {QStringLiteral("settingsIndexDefined"), r.settingsIndexDefined},
        {QStringLiteral("permanentBefore"), handleText(r.before.permanent)},
        {QStringLiteral("permanentAfter"), handleText(r.after.permanent)},
        {QStringLiteral("escrowRecord"), r.escrowRecordId},
        {QStringLiteral("escrowRecipient"), r.recipientFingerprint},
        {QStringLiteral("config"), config.toJson()},
        {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)},
    };
    return QJsonDocument(summary).toJson(QJsonDocument::Compact);
}

} // namespace

OwnershipTakenStation::OwnershipTakenStation(std::shared_ptr<EscrowStore> store,
                                             std::shared_ptr<OwnerAuthVault> vault)
    : m_store(std::move(store)), m_vault(std::move(vault))
{}

StepResult OwnershipTakenStation::run(StepContext& context)
{
    QElapsedTimer timer;
    timer.start();
    auto inputs = readInputs(context);
    if (!inputs)
        return inputs.error();
    if (!m_store)
        return StepResult::failure(StepErrc::Configuration, Tr::tr("No escrow store is configured."));
    if (context.device.serial.isEmpty())
        return StepResult::failure(StepErrc::Validation, Tr::tr("The device has no serial number."));
    OwnerAuthSink sink;
    if (m_vault)
        sink = [vault = m_vault, serial = context.device.serial](const crypto::SecureBytes& auth) {
            vault->deposit(serial, auth.clone());
        };
    // Step 2's EK, checked there against the EK certificate: spares re-deriving it (DESIGN §3.6).
    QByteArray certifiedEk;
    if (const auto ek = context.previous.constFind(StepId::EkExtracted); ek != context.previous.cend())
        certifiedEk = certifiedEkOf(*ek);
    const OwnershipConfig& config = inputs->config;
    auto taken = takeOwnership(context.tpm, *m_store, inputs->certificate, config, context.device.serial,
                               context.device.uuid, &context.cancel, sink, certifiedEk);
    if (!taken)
        return fromError(taken.error());
    const OwnershipReport& r = *taken;
    if (auto refused = refusedByClient(inputs->client, r))
        return *refused;

    StepResult result;
    result.add(Measurement::record(QStringLiteral("ownership.device_client"), inputs->client.key()));
    addAuthorizations(result, r, config);
    // Whether steps 4 and 5 of this session can have the owner authorization (docs/OWNERSHIP.md).
    if (m_vault)
        result.add(Measurement::record(QStringLiteral("ownership.owner_auth_in_session"),
                                       m_vault->contains(context.device.serial)));
    addKeys(result, r);
    addLockoutSettings(result, r, config);
    result.add(Measurement::record(QStringLiteral("ownership.escrow_record"), r.escrowRecordId));
    result.add(Measurement::record(QStringLiteral("ownership.escrow_recipient"), r.recipientFingerprint));
    result.add(Measurement::record(QStringLiteral("ownership.time"), double(timer.nsecsElapsed()) / 1e6,
                                   QStringLiteral("ms")));
    result.attach(QStringLiteral("srk.pub"), QStringLiteral("application/octet-stream"), r.srk.publicArea);
    result.attach(QStringLiteral("ownership.json"), QStringLiteral("application/json"), summaryOf(r, config));
    result.durationMs = timer.elapsed();
    return result;
}

Result<ClearReport, StepError>
OwnershipTakenStation::clearForRework(tpm::TpmSession& tpm, EscrowStore& store, const Device& device,
                                      ClearAuthority authority, const crypto::SecureBytes& lockoutAuth,
                                      const QString& reason, DeviceRecords& records)
{
    if (reason.trimmed().isEmpty())
        return fail(
            StepError{StepErrc::Validation, Tr::tr("A rework needs a reason."), QStringLiteral("no reason")});
    if (authority == ClearAuthority::Lockout && lockoutAuth.empty())
        return fail(
            StepError{StepErrc::Validation,
                      Tr::tr("Clearing with the lockout hierarchy needs the escrowed lockout authorization."),
                      QStringLiteral("no lockout auth")});
    auto cleared = clearOwnership(tpm, authority, lockoutAuth);
    if (!cleared) {
        const StepResult r = fromError(cleared.error());
        return fail(*r.error);
    }
    // The TPM's old authorizations are gone: the serial's escrow records no longer open anything.
    if (auto revoked = store.revokeAll(device.serial); !revoked)
        return fail(StepError{StepErrc::Storage, revoked.error().message, revoked.error().message});
    const QString detail = QStringLiteral("TPM2_Clear via %1; EK re-persisted at %2; reason: %3")
                               .arg(authority == ClearAuthority::Platform ? QStringLiteral("platform")
                                                                          : QStringLiteral("lockout"),
                                    handleText(tpm::kEkRsaHandle), reason);
    if (auto audited = records.auditDeviceEvent(device.serial, QStringLiteral("ownership-cleared"), detail);
        !audited)
        return fail(StepError{StepErrc::Storage, audited.error().message, audited.error().message});
    return std::move(*cleared);
}

} // namespace tps::stations
