#include "stations/EkExtractedStation.h"

#include "core/crypto/CaDirectory.h"
#include "core/lots/EkPublicValue.h"
#include "core/tpm/EkExtraction.h"
#include "core/tpm/TpmSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace tps::stations {

using namespace timeline;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EkExtractedStation)
};

Result<QString, QString> directory(const QJsonObject& section, const QString& key)
{
    const QJsonValue v = section.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return fail(Tr::tr("The EK setting '%1' must be a directory path.").arg(key));
    const QString path = v.toString();
    if (!path.isEmpty() && !QFileInfo(path).isDir())
        return fail(Tr::tr("The EK setting '%1' names '%2', which is not a directory.").arg(key, path));
    return path;
}
// What the certificate says of the TPM (TCG SAN attributes) and who issued it.
void recordCertificateFacts(const crypto::CertCheck& cert, StepResult& result)
{
    if (cert.tpm) {
        result.add(Measurement::record(QStringLiteral("ek.san_manufacturer_id"), cert.tpm->manufacturerId));
        result.add(Measurement::record(QStringLiteral("ek.san_manufacturer"), cert.tpm->manufacturer));
        result.add(Measurement::record(QStringLiteral("ek.san_model"), cert.tpm->model));
        result.add(Measurement::record(QStringLiteral("ek.san_version"), cert.tpm->version));
    }
    if (!cert.chain.isEmpty()) {
        const crypto::ChainCa& root = cert.chain.constLast();
        result.add(Measurement::record(QStringLiteral("ek.certificate_root"),
                                       root.name.isEmpty() ? root.subject : root.name));
        result.add(Measurement::record(QStringLiteral("ek.certificate_root_sha256"), root.sha256));
    }
}
// The roots step 2 verifies against: the profile's rootsDir when set, else the station's trust store.
// Fails (translated) when a production profile would have no TPM manufacturer CA at all.
Result<void, StepResult> chooseRoots(const EkStepConfig& cfg, StepContext& context, crypto::CertTrust& trust)
{
    trust.rootsDir = cfg.rootsDir;
    if (!cfg.rootsDir.isEmpty())
        return {};
    auto store = context.records.trustStore();
    if (!store)
        return fail(StepResult::failure(StepErrc::Storage, Tr::tr("The station's records could not be read."),
                                        store.error().message, Outcome::Error));
    trust.roots = *store;
    if (context.profile.production && (!*store || (*store)->certificates.empty()))
        return fail(StepResult::failure(
            StepErrc::Configuration,
            Tr::tr("A production profile needs the TPM manufacturers' CA certificates: an admin imports them "
                   "into the station's trust store (Settings, or tpm-station-cli ek roots import), or the "
                   "profile sets 'rootsDir'."),
            QStringLiteral("trust store empty, no ek.rootsDir"), Outcome::Error));
    return {};
}

// The same TPM on another serial (in the station's records or the factory database's): audited
// ("duplicate-ek"), the step fails with what was measured so far.
StepResult duplicateEk(StepContext& context, const StepResult& result, const QString& message,
                       const QString& detail)
{
    auto audited =
        context.records.auditDeviceEvent(context.device.serial, QStringLiteral("duplicate-ek"), detail);
    StepResult dup = StepResult::failure(
        StepErrc::Duplicate, message,
        audited ? detail : detail + QStringLiteral("; audit failed: ") + audited.error().message);
    dup.measurements = result.measurements;
    return dup;
}

// The lot check (see EkExtractedStation.h): nullopt when the EK is on the lot's list in an entry free for
// this device, else the failure.
std::optional<StepResult> checkLot(const QString& lot, const QString& keyId, StepContext& context,
                                   StepResult& result)
{
    const auto failure = [&](const QString& why, const QString& technical, Outcome outcome = Outcome::Fail) {
        StepResult f = StepResult::failure(StepErrc::Lot, why, technical, outcome);
        f.measurements = result.measurements;
        return f;
    };
    auto imported = context.records.lotImported(lot);
    auto hit = context.records.lotEntryForEk(keyId);
    if (!imported || !hit)
        return failure(Tr::tr("The station's records could not be read."),
                       !imported ? imported.error().message : hit.error().message, Outcome::Error);
    if (!*imported)
        return failure(
            Tr::tr("EK not on the delivery list of lot %1: no lot %1 was imported. Ask the line lead "
                   "to import the TPM vendor's delivery list.")
                .arg(lot),
            QStringLiteral("lot %1 not imported").arg(lot), Outcome::Error);
    if (!*hit)
        return failure(
            Tr::tr("EK not on the delivery list of lot %1: this TPM is on no imported delivery list. "
                   "Set the device aside and call the line lead.")
                .arg(lot),
            QStringLiteral("EK key %1 in no lot").arg(keyId));
    if ((*hit)->lot != lot)
        return failure(
            Tr::tr("EK not on the delivery list of lot %1: this TPM belongs to lot %2 (row %3). Set "
                   "the device aside and call the line lead.")
                .arg(lot, (*hit)->lot)
                .arg((*hit)->row),
            QStringLiteral("EK key %1 in lot %2 row %3").arg(keyId, (*hit)->lot).arg((*hit)->row));
    const bool usedByThis =
        (*hit)->deviceSerial == context.device.serial && (*hit)->deviceProduct == context.device.product;
    if (!(*hit)->deviceSerial.isEmpty() && !usedByThis)
        return failure(
            Tr::tr("EK not on the delivery list of lot %1 as an unused TPM: row %2 was already used "
                   "by device %3. Set the device aside and call the line lead.")
                .arg(lot)
                .arg((*hit)->row)
                .arg((*hit)->deviceSerial),
            QStringLiteral("lot %1 row %2 consumed by %3")
                .arg(lot)
                .arg((*hit)->row)
                .arg((*hit)->deviceSerial));
    result.add(Measurement::record(QStringLiteral("ek.lot"), lot));
    result.add(Measurement::record(QStringLiteral("ek.lot_row"), (*hit)->row));
    return std::nullopt;
}
} // namespace

Result<EkStepConfig, QString> EkStepConfig::parse(const QJsonObject& section, bool production)
{
    EkStepConfig cfg;
    const QJsonValue alg = section.value(QStringLiteral("algorithm"));
    if (!alg.isUndefined()) {
        const auto id = alg.isString() ? tpm::ekTemplateFromKey(alg.toString()) : std::nullopt;
        if (!id)
            return fail(Tr::tr("Unknown EK algorithm '%1' (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).")
                            .arg(alg.toVariant().toString()));
        cfg.templateId = *id;
    }
    auto roots = directory(section, QStringLiteral("rootsDir"));
    if (!roots)
        return fail(roots.error());
    cfg.rootsDir = *roots;
    auto simRoots = directory(section, QStringLiteral("simulationRootsDir"));
    if (!simRoots)
        return fail(simRoots.error());
    cfg.simulationRootsDir = *simRoots;
    const QJsonValue require = section.value(QStringLiteral("requireTrusted"));
    if (!require.isUndefined()) {
        if (!require.isBool())
            return fail(Tr::tr("The EK setting 'requireTrusted' must be true or false."));
        cfg.requireTrusted = require.toBool();
    }
    const QJsonValue reuse = section.value(QStringLiteral("reusePersisted"));
    if (!reuse.isUndefined()) {
        if (!reuse.isBool())
            return fail(Tr::tr("The EK setting 'reusePersisted' must be true or false."));
        cfg.reusePersisted = reuse.toBool();
    }
    if (production && !cfg.requireTrusted)
        return fail(Tr::tr("A production profile always requires a trusted EK certificate: remove "
                           "'requireTrusted: false'."));
    const QJsonValue lot = section.value(QStringLiteral("lot"));
    if (!lot.isUndefined() && !lot.isNull()) {
        if (!lot.isString())
            return fail(Tr::tr("The EK setting 'lot' must be a lot number."));
        cfg.lot = lot.toString().trimmed();
    }
    return cfg;
}

void setOperatorLot(timeline::ProductProfile& profile, const QString& lot)
{
    if (lot.trimmed().isEmpty())
        return;
    QJsonObject ek = profile.section(QStringLiteral("ek"));
    ek.insert(QStringLiteral("lot"), lot.trimmed());
    profile.setSection(QStringLiteral("ek"), ek);
}

StepResult EkExtractedStation::run(StepContext& context)
{
    QElapsedTimer timer;
    timer.start();
    auto cfg = EkStepConfig::parse(context.profile.section(QStringLiteral("ek")), context.profile.production);
    if (!cfg)
        return StepResult::failure(StepErrc::Configuration, cfg.error(),
                                   QStringLiteral("profile section 'ek'"), Outcome::Error);
    if (context.cancel.load())
        return StepResult::failure(StepErrc::Cancelled, Tr::tr("Cancelled."), {}, Outcome::Aborted);

    tpm::EkExtractionOptions options;
    options.templateId = cfg->templateId;
    options.reusePersisted = cfg->reusePersisted;
    // Step 1 recorded TPM_PT_NV_BUFFER_MAX and TPM_PT_MANUFACTURER; without them the TPM is asked.
    if (const auto it = context.previous.constFind(StepId::TpmInstalled); it != context.previous.cend()) {
        if (const Measurement* m = it->measurement(QStringLiteral("tpm.nv_buffer_max")))
            options.nvChunk = m->value.toUInt();
        if (const Measurement* m = it->measurement(QStringLiteral("tpm.manufacturer")))
            options.trust.tpmManufacturer = m->value.toString();
    }
    if (auto roots = chooseRoots(*cfg, context, options.trust); !roots)
        return roots.error();
    options.trust.simulationRootsDir = cfg->simulationRootsDir;
    options.trust.deviceSimulated = context.device.simulated;
    options.trust.production = context.profile.production;
    auto x = tpm::extractEk(context.tpm, options);
    if (!x)
        return StepResult::failure(StepErrc::Tpm, x.error().operatorMessage(), x.error().technical(),
                                   Outcome::Error);

    StepResult result;
    result.add(Measurement::record(QStringLiteral("ek.algorithm"), x->profile.algorithm));
    result.add(Measurement::record(QStringLiteral("ek.template"), x->profile.templateName));
    result.add(Measurement::record(QStringLiteral("ek.source"), x->reusedPersisted
                                                                    ? QStringLiteral("persisted")
                                                                    : QStringLiteral("created")));
    result.add(Measurement::record(QStringLiteral("ek.from_nv_template"), x->ek.fromNvTemplate));
    result.add(Measurement::record(QStringLiteral("ek.certificate_verdict"),
                                   crypto::certVerdictKey(x->cert.verdict)));
    recordCertificateFacts(x->cert, result);
    result.add(Measurement::record(QStringLiteral("dps.registration_id"), x->registrationId));
    result.summary =
        QStringLiteral("%1 EK, certificate %2, registration ID %3")
            .arg(x->profile.algorithm, crypto::certVerdictKey(x->cert.verdict), x->registrationId);
    result.add(Measurement::record(QStringLiteral("dps.endorsement_key"), x->endorsementKey));
    result.add(Measurement::record(QStringLiteral("dps.ready"), x->dps.ready));
    if (!x->dps.ready)
        result.add(Measurement::record(QStringLiteral("dps.not_ready_reason"), x->dps.reason));
    if (x->persistedMatches) {
        result.add(Measurement::record(QStringLiteral("ek.persisted_matches"), *x->persistedMatches));
        if (!*x->persistedMatches)
            result.add(Measurement::record(
                QStringLiteral("ek.persisted_note"),
                Tr::tr("The EK persisted at 0x%1 is not the certificate-matching EK (created from a wrong "
                       "template). The ownership step replaces it; the certificate-matching EK is recorded.")
                    .arg(x->profile.persistentHandle, 8, 16, QLatin1Char('0'))));
    }
    result.add(Measurement::record(QStringLiteral("ek.extract_time"), double(timer.nsecsElapsed()) / 1e6,
                                   QStringLiteral("ms")));

    // The same TPM on another serial: refuse, audit, overwrite nothing.
    auto other = context.records.serialWithRegistrationId(x->registrationId, context.device.serial);
    if (!other)
        return StepResult::failure(StepErrc::Storage, Tr::tr("The station's records could not be read."),
                                   other.error().message, Outcome::Error);
    if (other->has_value()) {
        return duplicateEk(
            context, result,
            Tr::tr("This TPM was already provisioned as device %1: the same EK cannot belong to two serials. "
                   "Set the device aside and call the line lead.")
                .arg(**other),
            QStringLiteral("registration ID %1 already belongs to serial %2")
                .arg(x->registrationId, **other));
    }

    if (auto refused = checkFactory(context, x->ek.key.publicArea, result))
        return *refused;

    const QString keyId = lots::ekKeyIdFromTpmPublic(x->ek.key.publicArea);
    if (!cfg->lot.isEmpty())
        if (auto refused = checkLot(cfg->lot, keyId, context, result))
            return *refused;

    result.attach(QStringLiteral("ek.pub"), QStringLiteral("application/octet-stream"), x->ek.key.publicArea);
    if (!x->certDer.isEmpty())
        result.attach(QStringLiteral("ek-cert.der"), QStringLiteral("application/pkix-cert"), x->certDer);

    if (x->cert.verdict != crypto::CertVerdict::Trusted &&
        (cfg->requireTrusted || context.profile.production)) {
        result.outcome = Outcome::Fail;
        result.error = StepError{StepErrc::Certificate, crypto::certCheckMessage(x->cert),
                                 QStringLiteral("EK certificate %1: %2")
                                     .arg(crypto::certVerdictKey(x->cert.verdict), x->cert.detail)};
    }
    if (!cfg->lot.isEmpty() && result.outcome == Outcome::Pass)
        if (auto used = context.records.consumeLotEntry(keyId, context.device.product, context.device.serial);
            !used)
            return StepResult::failure(StepErrc::Lot,
                                       Tr::tr("The lot entry of this TPM could not be marked as used."),
                                       used.error().message, Outcome::Error);
    return result;
}

std::optional<StepResult> EkExtractedStation::checkFactory(StepContext& context, const QByteArray& ekPublic,
                                                           StepResult& result)
{
    if (!m_factory)
        return std::nullopt;
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(ekPublic, QCryptographicHash::Sha256).toHex());
    const timeline::FactoryEkAnswer answer = m_factory->lookup(digest, context.device.serial);
    using State = timeline::FactoryEkAnswer::State;
    if (answer.state == State::NotChecked) {
        result.add(Measurement::record(QStringLiteral("ek.factory_check"), QStringLiteral("not-checked")));
        result.add(Measurement::record(QStringLiteral("ek.factory_check_reason"), answer.reason));
        return std::nullopt;
    }
    if (answer.state == State::Unique) {
        result.add(Measurement::record(QStringLiteral("ek.factory_check"), QStringLiteral("unique")));
        return std::nullopt;
    }
    result.add(Measurement::record(QStringLiteral("ek.factory_check"), QStringLiteral("duplicate")));
    return duplicateEk(
        context, result,
        Tr::tr("The factory database already has this TPM as device %1 on station %2: the same EK cannot "
               "belong to two serials. Set the device aside and call the line lead.")
            .arg(answer.otherSerial, answer.otherStation),
        QStringLiteral("EK sha256 %1 already belongs to serial %2 on station %3")
            .arg(digest, answer.otherSerial, answer.otherStation));
}

} // namespace tps::stations
