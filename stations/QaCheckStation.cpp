#include "stations/QaCheckStation.h"

#include "core/crypto/Kdfa.h"
#include "core/dps/AuthenticationKeyBlob.h"
#include "core/dps/DeviceClient.h"
#include "core/dps/LimpetSlot.h"
#include "core/dps/SasToken.h"
#include "core/dps/ServiceRehearsal.h"
#include "core/common/FaultPoints.h"
#include "core/tpm/CredentialActivation.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpm/NvIndex.h"
#include "core/tpm/QaProbes.h"
#include "core/tpm/TpmHandles.h"
#include "core/tpm/TpmKeys.h"
#include "core/tpm/TpmSession.h"
#include "stations/CredentialConfig.h"
#include "stations/SlotCredentials.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tps::stations {

using namespace timeline;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QaCheckStation)
};

QString hexHandle(quint32 h)
{
    return QStringLiteral("0x%1").arg(h, 8, 16, QLatin1Char('0'));
}

// A failed check: its cause for the operator and the technical detail.
struct Finding
{
    StepErrc code = StepErrc::Attestation;
    QString operatorMessage;
    QString technical;
    Outcome outcome = Outcome::Fail;
};

StepResult finish(StepResult result, const QList<Finding>& findings, const QElapsedTimer& timer)
{
    result.add(Measurement::record(QStringLiteral("qa.duration"), double(timer.nsecsElapsed()) / 1e6,
                                   QStringLiteral("ms")));
    if (!findings.isEmpty()) {
        const Finding& first = findings.first();
        QStringList technical;
        for (const Finding& f : findings)
            technical << f.technical;
        result.outcome = first.outcome;
        for (const Finding& f : findings)
            if (f.outcome == Outcome::Error)
                result.outcome = Outcome::Error;
        QString message = first.operatorMessage;
        if (findings.size() > 1)
            message += QLatin1Char(' ') +
                       Tr::tr("(%n more problem(s) found, see details.)", nullptr, int(findings.size() - 1));
        result.error = StepError{first.code, message, technical.join(QStringLiteral("; "))};
    } else if (!result.passed() && !result.error) {
        result.error = StepError{StepErrc::Attestation, Tr::tr("A QA measurement is out of its limits."), {}};
    }
    return result;
}

Finding tpmFinding(const tpm::TpmError& e)
{
    return Finding{StepErrc::Tpm, e.operatorMessage(), e.technical(), Outcome::Error};
}

// The persisted SRK against the standard template (DESIGN §3.2): "" when it matches, else what differs.
QString srkTemplateDifference(const TPM2B_PUBLIC& pub)
{
    const TPMT_PUBLIC expected = tpm::srkTemplate().publicArea;
    const TPMT_PUBLIC& a = pub.publicArea;
    QStringList diff;
    if (a.type != expected.type)
        diff << QStringLiteral("type 0x%1").arg(a.type, 4, 16, QLatin1Char('0'));
    if (a.nameAlg != expected.nameAlg)
        diff << QStringLiteral("nameAlg 0x%1").arg(a.nameAlg, 4, 16, QLatin1Char('0'));
    if (a.objectAttributes != expected.objectAttributes)
        diff << QStringLiteral("attributes %1").arg(hexHandle(a.objectAttributes));
    if (a.authPolicy.size != 0)
        diff << QStringLiteral("non-empty policy");
    if (a.type == TPM2_ALG_RSA) {
        const TPMS_RSA_PARMS& p = a.parameters.rsaDetail;
        const TPMS_RSA_PARMS& e = expected.parameters.rsaDetail;
        if (p.symmetric.algorithm != e.symmetric.algorithm ||
            p.symmetric.keyBits.aes != e.symmetric.keyBits.aes ||
            p.symmetric.mode.aes != e.symmetric.mode.aes)
            diff << QStringLiteral("symmetric algorithm");
        if (p.scheme.scheme != e.scheme.scheme)
            diff << QStringLiteral("scheme");
        if (p.keyBits != e.keyBits)
            diff << QStringLiteral("key bits %1").arg(p.keyBits);
        const auto exponent = [](UINT32 x) {
            return x == 0 ? 65537u : x;
        };
        if (exponent(p.exponent) != exponent(e.exponent))
            diff << QStringLiteral("exponent %1").arg(p.exponent);
    }
    return diff.join(QStringLiteral(", "));
}

bool samePublic(const QByteArray& persisted, const QByteArray& recorded)
{
    if (persisted == recorded)
        return true;
    auto a = tpm::unmarshalPublic(persisted);
    auto b = tpm::unmarshalPublic(recorded);
    return a.ok() && b.ok() && tpm::marshalPublic(*a) == tpm::marshalPublic(*b);
}

Finding attestationFinding(const tpm::AttestationError& e)
{
    const bool tpmFault = e.code == tpm::AttestationErrc::Tpm;
    return Finding{tpmFault ? StepErrc::Tpm : StepErrc::Attestation, e.operatorMessage(), e.technical(),
                   tpmFault ? Outcome::Error : Outcome::Fail};
}

// The client's persist was refused by the TPM itself: the operator reads which client and which command,
// and whether it ran with the empty password (the SDKs) or with the owner value the device is given.
Finding persistRefused(const dps::DeviceClient& client, const QString& technical, bool emptyAuth)
{
    const QString command = dps::commandName(dps::ClientCommand::PersistKey, client);
    const QString text =
        emptyAuth ? Tr::tr("%1: %2 with empty owner authorization is refused — the owner authorization does "
                           "not match.")
                  : Tr::tr("%1: %2 with the owner authorization the device is given is refused — the owner "
                           "authorization does not match.");
    return Finding{StepErrc::Attestation,
                   text.arg(client.displayName(), command) + QLatin1Char(' ') + dps::reworkAdvice(),
                   technical};
}

// What may be on the TPM when it ships: the SRK, endorsement keys and the TCG manufacturer NV range
// (EK certificates, templates, platform certificates), and the firmware settings index.
// In the slot credential modes also the slot's NV index and key handle.
bool expectedAtShipping(TPM2_HANDLE h, TPM2_HANDLE settingsIndex, const CredentialConfig& credentials)
{
    if (h == tpm::kSrkHandle || (h >= 0x81010000 && h <= 0x8101FFFF))
        return true;
    if (credentials.usesSlot() &&
        (h == dps::slotNvIndex(credentials.slot) || h == dps::slotKeyHandle(credentials.slot)))
        return true;
    return h == settingsIndex || (h >= 0x01C00000 && h <= 0x01C0FFFF);
}

// Ship-clean inventory: every persistent object and NV index the TPM reports, against the expected.
std::optional<Finding> shipCleanFinding(tpm::TpmSession& session, const QaConfig& config,
                                        const CredentialConfig& credentials, const dps::DeviceClient& client,
                                        StepResult& result)
{
    auto persistent = tpm::handlesInRange(session, 0x81000000, 0x00FFFFFF);
    if (!persistent)
        return tpmFinding(persistent.error());
    auto nv = tpm::handlesInRange(session, 0x01000000, 0x00FFFFFF);
    if (!nv)
        return tpmFinding(nv.error());
    QStringList unexpected;
    for (const auto* list : {&*persistent, &*nv})
        for (TPM2_HANDLE h : *list)
            if (!expectedAtShipping(h, config.firmwareNvIndex, credentials))
                unexpected << hexHandle(h);
    result.add(Measurement::equals(QStringLiteral("qa.ship_clean"), unexpected.isEmpty(), true));
    if (unexpected.isEmpty())
        return std::nullopt;
    const bool qaKey = unexpected.contains(hexHandle(client.authKeyHandle));
    return Finding{StepErrc::Attestation,
                   qaKey
                       ? Tr::tr("A DPS identity key is left at %1: the device must not ship with it. Repeat "
                                "the QA check.")
                             .arg(hexHandle(client.authKeyHandle))
                       : Tr::tr("The TPM holds objects the product does not ship with: %1. Send the device "
                                "to rework.")
                             .arg(unexpected.join(QStringLiteral(", "))),
                   QStringLiteral("unexpected handles: ") + unexpected.join(QLatin1Char(','))};
}

} // namespace

Result<QaConfig, QString> QaConfig::parse(const QJsonObject& qa, const QJsonObject& dps)
{
    QaConfig c;
    c.idScope = dps.value(QStringLiteral("idScope")).toString().trimmed();
    if (c.idScope.isEmpty())
        return fail(Tr::tr("The product profile has no DPS ID scope (section \"dps\", key \"idScope\")."));
    static const QRegularExpression scope(QStringLiteral("^[A-Za-z0-9]{1,64}\\z"));
    if (!scope.match(c.idScope).hasMatch())
        return fail(Tr::tr("The DPS ID scope \"%1\" is not valid.").arg(c.idScope));
    c.registrationId = qa.value(QStringLiteral("registrationId")).toString();
    if (qa.contains(QStringLiteral("sasValiditySeconds"))) {
        const double v = qa.value(QStringLiteral("sasValiditySeconds")).toDouble(-1);
        if (v < 60 || v > 86400 * 365)
            return fail(Tr::tr("qa.sasValiditySeconds must lie between 60 and 31536000."));
        c.sasValiditySeconds = qint64(v);
    }
    c.requireLockoutAuthSet = qa.value(QStringLiteral("requireLockoutAuthSet")).toBool(true);
    c.requireFirmwareSettings = qa.value(QStringLiteral("requireFirmwareSettings")).toBool(true);
    const QJsonValue index = qa.value(QStringLiteral("firmwareNvIndex"));
    if (!index.isUndefined()) {
        bool ok = false;
        const qulonglong v =
            index.isString() ? index.toString().toULongLong(&ok, 0) : qulonglong(index.toDouble());
        ok = index.isString() ? ok : index.isDouble();
        if (!ok || (v >> 24) != 0x01)
            return fail(Tr::tr("qa.firmwareNvIndex is not an NV index (0x01xxxxxx)."));
        c.firmwareNvIndex = TPM2_HANDLE(v);
    }
    return c;
}

Result<QString, QString> QaConfig::registrationIdFor(const QString& serial) const
{
    const QString id = registrationId.isEmpty() ? serial.toLower() : registrationId;
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9\\-._:]{1,128}\\z"));
    if (!allowed.match(id).hasMatch())
        return fail(
            Tr::tr("\"%1\" cannot be a DPS registration ID (a-z, 0-9, - . _ : only, at most 128).").arg(id));
    return id;
}

QList<StepId> QaCheckStation::preconditions() const
{
    return {StepId::EkExtracted, StepId::OwnershipTaken, StepId::FirmwareFlashed};
}

namespace {

// One QA check, in phases: the inputs (profile sections, registration ID, step 2's EK), the checks of
// what the earlier steps left (EK, SRK, authorizations, firmware settings), then the rehearsal of DPS
// attestation with the device client's own sequence. Findings are collected; a TPM that fails to answer
// ends the check at once.
class QaRun
{
public:
    QaRun(StepContext& context, const QaCheckStation::OwnerAuthSource& ownerAuth, dps::SlotKeyStore* slotKeys)
        : m_context(context), m_session(context.tpm), m_ownerAuthSource(ownerAuth), m_slotKeys(slotKeys)
    {
        m_timer.start();
    }

    StepResult run()
    {
        if (auto refused = readInputs())
            return *refused;
        for (auto check : {&QaRun::checkEk, &QaRun::checkSrk, &QaRun::checkAuthorizations,
                           &QaRun::checkClientCommands, &QaRun::checkFirmwareSettings, &QaRun::checkSlot}) {
            if (auto ended = (this->*check)())
                return *ended;
        }
        if (!m_findings.isEmpty() || !m_ekPublic || !m_srkPublic)
            return finished();
        if (!m_client->attestsWithTpm()) { // device.client "none": nothing to replay; ship clean all the same
            checkShipClean();
            return finished();
        }
        if (m_context.cancel.load())
            return StepResult::failure(StepErrc::Cancelled, Tr::tr("The QA check was cancelled."), {},
                                       Outcome::Aborted);
        return rehearse();
    }

private:
    using Phase = std::optional<StepResult>;
    Phase readInputs();
    Phase checkEk();
    Phase checkSrk();
    Phase checkAuthorizations();
    Phase checkClientCommands();
    Phase checkFirmwareSettings();
    Phase checkSlot();
    void checkShipClean();
    StepResult rehearse();
    tpm::DeviceSideOptions clientOptions() const;
    void replayClientPrelude(const tpm::DeviceSideOptions& options);
    void removeKey(const tpm::DeviceSideOptions& options);
    void attachReport(const dps::IssuedAuthenticationKey& issued, const QByteArray& toSign, qint64 expiry,
                      const tpm::DeviceSideOptions& options);

    StepResult finished() const { return finish(m_result, m_findings, m_timer); }
    StepResult endedBy(const Finding& finding) const { return finish(m_result, {finding}, m_timer); }

    StepContext& m_context;
    tpm::TpmSession& m_session;
    const QaCheckStation::OwnerAuthSource& m_ownerAuthSource;
    dps::SlotKeyStore* m_slotKeys; // the slot credential modes' key store, or none
    QElapsedTimer m_timer;
    std::optional<QaConfig> m_config;
    std::optional<dps::DeviceClient> m_client;
    std::optional<CredentialConfig> m_credentials;
    QString m_registrationId;
    const Artifact* m_recordedEk = nullptr;
    StepResult m_result;
    QList<Finding> m_findings;
    std::optional<TPM2B_PUBLIC> m_ekPublic;
    std::optional<TPM2B_PUBLIC> m_srkPublic;
    tpm::PermanentFlags m_flags;
    bool m_keyRemoved = true;
    QString m_removalDetail;
};

QaRun::Phase QaRun::readInputs()
{
    const ProductProfile& profile = m_context.profile;
    auto config =
        QaConfig::parse(profile.section(QStringLiteral("qa")), profile.section(QStringLiteral("dps")));
    if (!config)
        return StepResult::failure(StepErrc::Configuration, config.error(), {}, Outcome::Error);
    auto client = dps::DeviceClient::fromJson(profile.section(QStringLiteral("device")));
    if (!client)
        return StepResult::failure(StepErrc::Configuration, client.error(), {}, Outcome::Error);
    auto credentials = CredentialConfig::fromProfile(profile);
    if (!credentials)
        return StepResult::failure(StepErrc::Configuration, credentials.error(), {}, Outcome::Error);
    m_credentials = std::move(*credentials);
    auto registrationId = config->registrationIdFor(m_context.device.serial);
    if (!registrationId)
        return StepResult::failure(StepErrc::Validation, registrationId.error(), {}, Outcome::Error);
    const auto ekStep = m_context.previous.constFind(StepId::EkExtracted);
    m_recordedEk =
        ekStep == m_context.previous.constEnd() ? nullptr : ekStep->artifact(QStringLiteral("ek.pub"));
    if (!m_recordedEk)
        return StepResult::failure(
            StepErrc::Precondition,
            Tr::tr("The EK recorded by the EK step is missing. Run the EK step first."),
            QStringLiteral("previous[ek-extracted] has no ek.pub artifact"), Outcome::Error);
    m_config = std::move(*config);
    m_client = std::move(*client);
    m_registrationId = *registrationId;
    return std::nullopt;
}

// 1. The EK is still the recorded one.
QaRun::Phase QaRun::checkEk()
{
    auto ek = tpm::readPersistent(m_session, tpm::kEkRsaHandle);
    if (!ek) {
        if (ek.error().code != tpm::TpmErrc::NotFound)
            return endedBy(tpmFinding(ek.error()));
        m_result.add(Measurement::equals(QStringLiteral("qa.ek_present"), false, true));
        m_findings << Finding{
            StepErrc::Attestation,
            Tr::tr("No EK is persisted at 0x81010001: the device's DPS client would find no EK. "
                   "Send the device back to the EK step."),
            ek.error().technical()};
        return std::nullopt;
    }
    const bool same = samePublic(ek->publicArea, m_recordedEk->data);
    m_result.add(Measurement::equals(QStringLiteral("qa.ek_matches_record"), same, true));
    if (same)
        m_ekPublic = *tpm::unmarshalPublic(ek->publicArea);
    else
        m_findings << Finding{
            StepErrc::Attestation,
            Tr::tr("The EK at 0x81010001 changed since the EK step: the enrollment recorded for "
                   "this device would not match. Send the device to rework."),
            QStringLiteral("persisted EK differs from the recorded ek.pub")};
    return std::nullopt;
}

// 2. The SRK is persisted and of the standard template.
QaRun::Phase QaRun::checkSrk()
{
    auto srk = tpm::readPersistent(m_session, tpm::kSrkHandle);
    if (!srk) {
        if (srk.error().code != tpm::TpmErrc::NotFound)
            return endedBy(tpmFinding(srk.error()));
        m_result.add(Measurement::equals(QStringLiteral("qa.srk_present"), false, true));
        m_findings << Finding{
            StepErrc::Attestation,
            Tr::tr("No SRK is persisted at 0x81000001: DPS attestation would fail. Send the device "
                   "back to the ownership step."),
            srk.error().technical()};
        return std::nullopt;
    }
    auto pub = tpm::unmarshalPublic(srk->publicArea);
    const QString diff = pub ? srkTemplateDifference(*pub) : QStringLiteral("unreadable public area");
    m_result.add(Measurement::equals(QStringLiteral("qa.srk_standard_template"), diff.isEmpty(), true));
    if (diff.isEmpty())
        m_srkPublic = *pub;
    else
        m_findings << Finding{
            StepErrc::Attestation,
            Tr::tr("The SRK at 0x81000001 is not of the standard template. Send the device back "
                   "to the ownership step."),
            QStringLiteral("SRK differs: ") + diff};
    return std::nullopt;
}

// 3. Hierarchy authorizations, read from TPMA_PERMANENT (nothing is tried: no lockout risk), against what
// the device client needs.
QaRun::Phase QaRun::checkAuthorizations()
{
    auto flags = tpm::readPermanentFlags(m_session);
    if (!flags)
        return endedBy(tpmFinding(flags.error()));
    m_flags = *flags;
    const dps::DeviceClient& client = *m_client;
    m_result.add(Measurement::record(QStringLiteral("qa.device_client"), client.key()));
    // The client's own (empty) authorizations against what is set: one rule, dps::clientRefusals.
    if (client.needsEmptyEndorsementAuth())
        m_result.add(Measurement::equals(QStringLiteral("qa.endorsement_auth_empty"),
                                         !m_flags.endorsementAuthSet, true));
    if (client.needsEmptyOwnerAuth())
        m_result.add(Measurement::equals(QStringLiteral("qa.owner_auth_empty"), !m_flags.ownerAuthSet, true));
    else
        m_result.add(Measurement::record(QStringLiteral("qa.owner_auth_set"), m_flags.ownerAuthSet));
    for (const dps::ClientRefusal& refusal :
         dps::clientRefusals(client, m_flags.ownerAuthSet, m_flags.endorsementAuthSet))
        m_findings << Finding{StepErrc::Attestation,
                              dps::refusalText(client, refusal) + QStringLiteral(". ") + dps::reworkAdvice(),
                              refusal.ownerHierarchy ? QStringLiteral("TPMA_PERMANENT.ownerAuthSet = 1")
                                                     : QStringLiteral("TPMA_PERMANENT.endorsementAuthSet = 1")};
    if (m_config->requireLockoutAuthSet) {
        m_result.add(
            Measurement::equals(QStringLiteral("qa.lockout_auth_set"), m_flags.lockoutAuthSet, true));
        if (!m_flags.lockoutAuthSet)
            m_findings << Finding{
                StepErrc::Attestation,
                Tr::tr("The lockout authorization is still empty: ownership was not taken. Send the "
                       "device back to the ownership step."),
                QStringLiteral("TPMA_PERMANENT.lockoutAuthSet = 0")};
    }
    return std::nullopt;
}

// 3b. The TPM implements every command the client's source issues (TPM2_EncryptDecrypt2, for one, is not
// implemented by every TPM), including those the rehearsal does not run itself.
QaRun::Phase QaRun::checkClientCommands()
{
    if (!m_client->attestsWithTpm())
        return std::nullopt;
    auto implemented = tpm::implementedCommands(m_session);
    if (!implemented)
        return endedBy(tpmFinding(implemented.error()));
    const QStringList missing = dps::missingCommands(*m_client, *implemented);
    m_result.add(
        Measurement::equals(QStringLiteral("qa.client_commands_implemented"), missing.isEmpty(), true));
    if (!missing.isEmpty())
        m_findings << Finding{
            StepErrc::Attestation,
            Tr::tr("%1 uses %2, which this TPM does not implement: the client would fail in "
                   "the field. This TPM cannot serve %1.")
                .arg(m_client->displayName(), missing.join(QStringLiteral(", "))),
            QStringLiteral("TPM2_GetCapability(COMMANDS) lacks ") + missing.join(QLatin1Char(','))};
    return std::nullopt;
}

// 4. The firmware settings in NV.
QaRun::Phase QaRun::checkFirmwareSettings()
{
    if (!m_config->requireFirmwareSettings)
        return std::nullopt;
    auto nv = tpm::readNvIndex(m_session, m_config->firmwareNvIndex);
    m_result.add(Measurement::equals(QStringLiteral("qa.firmware_settings_present"), nv.ok(), true));
    if (!nv) {
        if (nv.error().code != tpm::TpmErrc::NotFound && nv.error().code != tpm::TpmErrc::AuthFailed)
            return endedBy(tpmFinding(nv.error()));
        m_findings << Finding{
            StepErrc::Attestation,
            Tr::tr("The firmware settings (NV index %1) are missing or unreadable. Send the "
                   "device back to the firmware step.")
                .arg(hexHandle(m_config->firmwareNvIndex)),
            nv.error().technical()};
        return std::nullopt;
    }
    m_result.add(Measurement::record(QStringLiteral("qa.firmware_settings_sha256"),
                                     QString::fromLatin1(crypto::sha256(nv->data).toHex())));
    return std::nullopt;
}

// 5. The Limpet slot signs as the device would (slot credential modes).
QaRun::Phase QaRun::checkSlot()
{
    if (auto slot = stations::checkSlot(m_context, *m_credentials, m_slotKeys, m_config->sasValiditySeconds,
                                        m_result))
        m_findings << Finding{slot->code, slot->operatorMessage, slot->technical, slot->outcome};
    return std::nullopt;
}

void QaRun::checkShipClean()
{
    if (auto dirty = shipCleanFinding(m_session, *m_config, *m_credentials, *m_client, m_result))
        m_findings << *dirty;
}

// The client's authorizations, never a secret the station holds: the SDK clients persist with the empty
// owner password; only a client given hierarchy authorization uses the value the device gets.
tpm::DeviceSideOptions QaRun::clientOptions() const
{
    tpm::DeviceSideOptions options;
    options.persistentHandle = m_client->authKeyHandle;
    options.persist = true;
    if (m_client->hierarchyAuthorization) {
        std::optional<crypto::SecureBytes> given =
            m_ownerAuthSource ? m_ownerAuthSource(m_context) : std::nullopt;
        options.persist = given.has_value() || !m_flags.ownerAuthSet;
        if (given)
            options.ownerAuth = std::move(*given);
    }
    return options;
}

// What the client does before activating the credential.
void QaRun::replayClientPrelude(const tpm::DeviceSideOptions& options)
{
    for (dps::ClientCommand command : m_client->sequence()) {
        if (command == dps::ClientCommand::ActivateCredential)
            break;
        if (command == dps::ClientCommand::UndefineSlotNv)
            (void)tpm::nvUndefine(m_session, dps::kSlotNvIndex, tpm::NvAuth::owner(options.ownerAuth));
        if (command == dps::ClientCommand::EvictPreviousKey && options.persist)
            (void)tpm::removePersistedKey(m_session, options.ownerAuth, options.persistentHandle);
    }
}

// 6. The rehearsal: the service side in software, the device side on the TPM, the SAS signature checked,
// the key removed again.
StepResult QaRun::rehearse()
{
    QElapsedTimer rehearsal;
    rehearsal.start();
    auto issued = dps::issueAuthenticationKey(*m_ekPublic, *m_srkPublic, m_registrationId.toUtf8());
    if (!issued)
        return endedBy(Finding{StepErrc::Internal, Tr::tr("The station could not prepare the DPS rehearsal."),
                               issued.error().detail, Outcome::Error});
    auto blob = dps::parseAuthenticationKey(issued->blob.pack()); // exactly what the device would receive
    if (!blob)
        return endedBy(
            Finding{StepErrc::Internal, blob.error().operatorMessage(), blob.error().detail, Outcome::Error});
    tpm::DeviceSideOptions options = clientOptions();
    replayClientPrelude(options);
    auto key = tpm::importAuthenticationKey(m_session, *blob, options);
    m_result.add(Measurement::equals(QStringLiteral("qa.credential_activated"), key.ok(), true));
    if (!key) {
        if (key.error().code == tpm::AttestationErrc::OwnerAuthRefused)
            return endedBy(persistRefused(*m_client, key.error().technical(), options.ownerAuth.empty()));
        return endedBy(attestationFinding(key.error()));
    }
    m_result.add(Measurement::record(QStringLiteral("qa.id_key_persisted"), options.persist));
    if (options.persist)
        faultPoint("qa.after-persist"); // a crash here must not ship the key (resume removes it)

    const qint64 expiry = QDateTime::currentSecsSinceEpoch() + m_config->sasValiditySeconds;
    const QByteArray toSign = dps::sasStringToSign(m_config->idScope, m_registrationId, expiry);
    auto signature = options.persist ? tpm::hmacWithPersistedKey(m_session, toSign, options.persistentHandle)
                                     : tpm::hmacWithKey(m_session, key->get(), toSign);
    (void)key->flush();
    removeKey(options); // the QA key must not ship, whatever happened to the signature
    options.ownerAuth = {}; // wiped now, not when the report is done
    if (!signature)
        return endedBy(attestationFinding(signature.error()));
    const bool valid = dps::verifySasSignature(issued->hmacKey, toSign, *signature);
    issued->hmacKey.fill('\0');
    m_result.add(Measurement::equals(QStringLiteral("qa.sas_signature_valid"), valid, true));
    m_result.add(Measurement::record(QStringLiteral("qa.rehearsal_time"),
                                     double(rehearsal.nsecsElapsed()) / 1e6, QStringLiteral("ms")));
    if (!valid)
        m_findings << Finding{
            StepErrc::Attestation,
            Tr::tr("The SAS token signed by the TPM does not verify: DPS would refuse the device. "
                   "Send the device to rework."),
            QStringLiteral("TPM2_HMAC result differs from the service-side HMAC")};
    if (!m_keyRemoved)
        m_findings << Finding{
            StepErrc::Tpm,
            Tr::tr("The QA key could not be removed from the TPM (handle %1). Repeat the QA "
                   "check; the device must not ship with it.")
                .arg(hexHandle(options.persistentHandle)),
            m_removalDetail, Outcome::Error};
    else
        checkShipClean();
    attachReport(*issued, toSign, expiry, options);
    return finished();
}

void QaRun::removeKey(const tpm::DeviceSideOptions& options)
{
    if (!options.persist)
        return;
    auto gone = tpm::removePersistedKey(m_session, options.ownerAuth, options.persistentHandle);
    m_keyRemoved = gone.ok() && *gone;
    m_result.add(Measurement::equals(QStringLiteral("qa.id_key_removed"), m_keyRemoved, true));
    if (!gone)
        m_removalDetail = gone.error().technical();
}

void QaRun::attachReport(const dps::IssuedAuthenticationKey& issued, const QByteArray& toSign, qint64 expiry,
                         const tpm::DeviceSideOptions& options)
{
    QJsonObject report{{QStringLiteral("idScope"), m_config->idScope},
                       {QStringLiteral("registrationId"), m_registrationId},
                       {QStringLiteral("expiry"), expiry},
                       {QStringLiteral("stringToSign"), QString::fromLatin1(toSign)},
                       {QStringLiteral("keyName"), QString::fromLatin1(issued.keyName.toHex())},
                       {QStringLiteral("blobSize"), int(issued.blob.pack().size())},
                       {QStringLiteral("idKeyPersisted"), options.persist},
                       {QStringLiteral("idKeyHandle"), hexHandle(options.persistentHandle)},
                       {QStringLiteral("deviceClient"), m_client->toJson()}};
    m_result.attach(QStringLiteral("dps-rehearsal.json"), QStringLiteral("application/json"),
                    QJsonDocument(report).toJson(QJsonDocument::Compact));
}

} // namespace

StepResult QaCheckStation::run(StepContext& context)
{
    QaRun run(context, m_ownerAuth, m_slotKeys.get());
    return run.run();
}

} // namespace tps::stations
