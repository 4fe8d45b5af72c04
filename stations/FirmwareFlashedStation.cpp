#include "stations/FirmwareFlashedStation.h"

#include "core/firmware/CommandFlasher.h"
#include "core/firmware/FirmwareCatalog.h"
#include "core/firmware/FirmwareProcedure.h"
#include "core/firmware/ProvisioningSettings.h"
#include "core/firmware/SettingsNv.h"
#include "core/firmware/SimulatedFlasher.h"
#include "stations/CredentialConfig.h"
#include "stations/FirmwareConfig.h"
#include "stations/SlotCredentials.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace tps::stations {

using namespace timeline;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareFlashedStation)
};

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.flush();
}

Outcome outcomeOf(firmware::FlashErrc code)
{
    switch (code) {
    case firmware::FlashErrc::Failed:
    case firmware::FlashErrc::ReadBackFailed:
    case firmware::FlashErrc::ReadBackMismatch:
        return Outcome::Fail;
    case firmware::FlashErrc::Cancelled:
        return Outcome::Aborted;
    case firmware::FlashErrc::Configuration:
    case firmware::FlashErrc::StartFailed:
    case firmware::FlashErrc::Timeout:
    case firmware::FlashErrc::Io:
        break;
    }
    return Outcome::Error;
}

StepResult lockedDifferent()
{
    return StepResult::failure(
        StepErrc::Tpm,
        Tr::tr("The TPM's settings index 0x%1 is locked and holds other provisioning settings. It "
               "cannot be written again: a supervisor must order a rework, in which the device owner "
               "undefines the index.")
            .arg(firmware::kSettingsNvIndex, 8, 16, QLatin1Char('0')),
        QStringLiteral("settings index write-locked with a different record"), Outcome::Fail);
}

// One run of step 4, in the order of the procedure: configuration and settings, the release verified,
// the working copy written, the settings index checked, the programmer connected, flash and read back,
// the settings stored in the TPM. Each phase returns the step's failure, or std::nullopt to go on.
class FlashRun
{
public:
    FlashRun(StepContext& context, const FirmwareFlashedStation::OwnerAuthSource& ownerAuthSource,
             dps::SlotKeyStore* slotKeys, firmware::ReleaseCache* releases)
        : m_context(context), m_ownerAuthSource(ownerAuthSource), m_slotKeys(slotKeys), m_releases(releases)
    {
        m_timer.start();
    }

    StepResult run()
    {
        for (auto phase :
             {&FlashRun::readConfig, &FlashRun::makeSettings, &FlashRun::verifyRelease,
              &FlashRun::writeWorkingCopy, &FlashRun::checkSettingsIndex, &FlashRun::connectProgrammer}) {
            if (auto refused = (this->*phase)())
                return *refused;
        }
        if (auto failed = flash())
            return *failed;
        return storeSettings();
    }

private:
    using Phase = std::optional<StepResult>;
    Phase readConfig();
    Phase makeSettings();
    Phase verifyRelease();
    Phase writeWorkingCopy();
    Phase checkSettingsIndex();
    Phase connectProgrammer();
    Phase flash();
    StepResult storeSettings();
    void recordRelease(StepResult& r) const;
    // A failure after flashing keeps what the flash recorded.
    StepResult afterFlash(StepResult failure) const;

    StepContext& m_context;
    const FirmwareFlashedStation::OwnerAuthSource& m_ownerAuthSource;
    dps::SlotKeyStore* m_slotKeys; // the slot credential modes' key store, or none
    firmware::ReleaseCache* m_releases; // the station session's verified releases
    QElapsedTimer m_timer;
    std::optional<FirmwareConfig> m_config;
    std::optional<CredentialConfig> m_credentials;
    std::optional<SlotIdentity> m_slotIdentity; // in a slot credential mode
    firmware::ProvisioningSettings m_settings;
    QByteArray m_record; // the settings as the NV index holds them
    std::optional<firmware::VerifiedFirmware> m_verified;
    QTemporaryDir m_work;
    firmware::FlashJob m_job;
    QByteArray m_settingsFile;
    std::unique_ptr<firmware::Flasher> m_flasher;
    bool m_predefined = false; // the settings index was defined (by step 3) before this step
    crypto::SecureBytes m_ownerAuth; // wiped when the step is done with it
    StepResult m_result; // what the flash recorded
};

// Configuration: refuse bad input before anything else.
FlashRun::Phase FlashRun::readConfig()
{
    const ProductProfile& profile = m_context.profile;
    auto config = FirmwareConfig::parse(profile.section(QStringLiteral("firmware")), profile.id);
    if (!config)
        return StepResult::failure(
            StepErrc::Configuration,
            Tr::tr("The product profile's firmware settings are incomplete (%1). Ask a "
                   "supervisor to fix the product profile.")
                .arg(config.error()),
            config.error(), Outcome::Error);
    if (config->flasherKind == FirmwareConfig::FlasherKind::Simulated &&
        (!m_context.device.simulated || profile.production))
        return StepResult::failure(
            StepErrc::Configuration,
            Tr::tr("The product profile uses the simulated programmer, but this is a real device or a "
                   "production profile. Ask a supervisor to configure the real programmer."),
            QStringLiteral("simulated flasher refused: device simulated=%1, profile production=%2")
                .arg(m_context.device.simulated)
                .arg(profile.production),
            Outcome::Error);
    m_config = std::move(*config);
    return std::nullopt;
}

// The provisioning settings: the profile's DPS endpoint and ID scope with step 2's registration ID.
FlashRun::Phase FlashRun::makeSettings()
{
    const auto ek = m_context.previous.constFind(StepId::EkExtracted);
    const Measurement* regId =
        ek != m_context.previous.cend() ? ek->measurement(QStringLiteral("dps.registration_id")) : nullptr;
    if (!regId || regId->value.toString().isEmpty())
        return StepResult::failure(StepErrc::Precondition,
                                   Tr::tr("The device's registration ID is not known: step \"%1\" must pass "
                                          "before the firmware is flashed.")
                                       .arg(stepTitle(StepId::EkExtracted)),
                                   QStringLiteral("no dps.registration_id measurement from ek-extracted"),
                                   Outcome::Error);
    auto credentials = CredentialConfig::fromProfile(m_context.profile);
    if (!credentials)
        return StepResult::failure(StepErrc::Configuration,
                                   Tr::tr("The product profile's credential settings are refused (%1). Ask a "
                                          "supervisor to fix the product profile.")
                                       .arg(credentials.error()),
                                   credentials.error(), Outcome::Error);
    m_credentials = *credentials;
    if (m_credentials->usesSlot()) {
        auto identity = slotIdentityFor(*m_credentials, m_context.device.serial, regId->value.toString(),
                                        m_config->endpoint);
        if (!identity)
            return StepResult::failure(
                StepErrc::Validation,
                Tr::tr("The device's TPM slot cannot name it: %1 Nothing was written.").arg(identity.error()),
                identity.error(), Outcome::Error);
        m_slotIdentity = *identity;
    }
    m_settings.endpoint = m_config->endpoint;
    m_settings.idScope = m_config->idScope;
    m_settings.registrationId = regId->value.toString();
    m_settings.product = m_config->product;
    auto record = m_settings.toNvRecord();
    if (!record)
        return StepResult::failure(
            StepErrc::Validation,
            Tr::tr("The provisioning settings are not valid: %1").arg(record.error().message),
            QStringLiteral("settings field %1 invalid").arg(record.error().field));
    m_record = *record;
    return std::nullopt;
}

// The release is verified (signature, product, size, digest, version) before the device is touched.
FlashRun::Phase FlashRun::verifyRelease()
{
    const firmware::ReleaseChoice choice{m_config->catalog, m_config->signingKeys, m_config->manifest,
                                         m_config->product, m_config->version};
    auto verified = firmware::verifyRelease(choice, m_releases);
    if (!verified) {
        const firmware::FirmwareError& e = verified.error().error;
        switch (verified.error().stage) {
        case firmware::ReleaseStage::Configuration:
            return StepResult::failure(StepErrc::Configuration, e.message, e.technical, Outcome::Error);
        case firmware::ReleaseStage::Selection:
            return StepResult::failure(StepErrc::Firmware, e.message, e.technical);
        case firmware::ReleaseStage::Verification:
            break;
        }
        const char* code = firmware::errcName(e.code);
        StepResult r = StepResult::failure(StepErrc::Firmware, e.message,
                                           QStringLiteral("%1: %2").arg(QLatin1String(code), e.technical));
        r.add(Measurement::record(QStringLiteral("firmware.refused"), QLatin1String(code)));
        return r;
    }
    const QString& version = verified->manifest.version;
    if (!m_config->version.isEmpty() && version != m_config->version)
        return StepResult::failure(
            StepErrc::Firmware,
            Tr::tr("The firmware release is version %1, the product profile asks for %2. "
                   "Nothing was written.")
                .arg(version, m_config->version),
            QStringLiteral("version %1 != %2").arg(version, m_config->version));
    m_verified = std::move(*verified);
    return std::nullopt;
}

// A private working copy of exactly the verified bytes, the settings file, and the programmer.
FlashRun::Phase FlashRun::writeWorkingCopy()
{
    if (!m_work.isValid())
        return StepResult::failure(StepErrc::Internal,
                                   Tr::tr("The station cannot create a working directory."),
                                   m_work.errorString(), Outcome::Error);
    const Device& device = m_context.device;
    m_job.imagePath = m_work.filePath(m_verified->manifest.image);
    m_job.imageSha256 = m_verified->manifest.sha256;
    m_job.imageSize = m_verified->manifest.size;
    m_job.serial = device.serial;
    m_job.port = device.programmerPort;
    m_job.settingsPath = m_work.filePath(QStringLiteral("provisioning-settings.json"));
    m_job.workDir = m_work.path();
    m_job.timeout = m_config->timeout;
    m_job.cancel = &m_context.cancel;
    m_settingsFile = m_settings.toSettingsFile();
    if (!writeFile(m_job.imagePath, m_verified->image) || !writeFile(m_job.settingsPath, m_settingsFile))
        return StepResult::failure(StepErrc::Internal, Tr::tr("The station cannot write its working files."),
                                   QStringLiteral("cannot write into %1").arg(m_work.path()), Outcome::Error);
    if (m_config->flasherKind == FirmwareConfig::FlasherKind::Command)
        m_flasher = std::make_unique<firmware::CommandFlasher>(m_config->command);
    else
        m_flasher = std::make_unique<firmware::SimulatedFlasher>(device.flashPath, m_config->simFault);
    return std::nullopt;
}

// The settings index: step 3 defined it (index authorization, no owner authorization needed). Only a
// device without it (an older step 3, or a profile without step 3) needs the owner authorization to
// define it: asked for before anything is written, so a device whose authorization is not available is
// refused untouched. Written and locked by an earlier run: only the same settings may pass.
FlashRun::Phase FlashRun::checkSettingsIndex()
{
    auto check = firmware::checkSettingsIndex(m_context.tpm, m_record);
    if (!check)
        return StepResult::failure(StepErrc::Tpm,
                                   Tr::tr("The TPM's settings index cannot be read: %1 Nothing was written.")
                                       .arg(check.error().operatorMessage()),
                                   check.error().technical(), Outcome::Error);
    m_predefined = check->predefined;
    if (check->lockedDifferent) {
        StepResult r = lockedDifferent();
        r.add(Measurement::record(QStringLiteral("settings.locked"), true));
        return r;
    }
    if (!m_ownerAuthSource || m_predefined)
        return std::nullopt;
    auto auth = m_ownerAuthSource(m_context);
    if (!auth)
        return StepResult::failure(
            StepErrc::Precondition,
            Tr::tr("The TPM's owner authorization is not available: %1 Nothing was written.")
                .arg(auth.error()),
            QStringLiteral("owner auth source failed"), Outcome::Error);
    m_ownerAuth = std::move(*auth);
    return std::nullopt;
}

// The operator connects the programmer (when it needs one); a cancelled step writes nothing.
FlashRun::Phase FlashRun::connectProgrammer()
{
    if (m_flasher->needsOperator()) {
        const PromptAnswer answer = m_context.prompts.ask(Prompt{
            PromptKind::Confirm,
            Tr::tr("Connect the programmer to device %1, then confirm.").arg(m_context.device.serial)});
        if (answer != PromptAnswer::Confirmed)
            return StepResult::failure(
                StepErrc::Cancelled, Tr::tr("The programmer was not connected. The firmware is NOT flashed."),
                QStringLiteral("programmer prompt answered %1")
                    .arg(answer == PromptAnswer::Declined ? QStringLiteral("declined")
                                                          : QStringLiteral("cancelled")),
                Outcome::Aborted);
    }
    if (m_context.cancel.load())
        return StepResult::failure(StepErrc::Cancelled,
                                   Tr::tr("The step was cancelled. Nothing was written."),
                                   QStringLiteral("cancelled before flashing"), Outcome::Aborted);
    return std::nullopt;
}

void FlashRun::recordRelease(StepResult& r) const
{
    const firmware::FirmwareManifest& manifest = m_verified->manifest;
    r.add(Measurement::record(QStringLiteral("firmware.product"), manifest.product));
    r.add(Measurement::record(QStringLiteral("firmware.version"), manifest.version));
    r.add(Measurement::record(QStringLiteral("firmware.image"), manifest.image));
    r.add(
        Measurement::record(QStringLiteral("firmware.sha256"), QString::fromLatin1(manifest.sha256.toHex())));
    r.add(Measurement::record(QStringLiteral("firmware.size"), manifest.size, QStringLiteral("B")));
    r.add(Measurement::record(QStringLiteral("firmware.signing_key"), m_verified->keyId));
    r.add(Measurement::record(QStringLiteral("firmware.signature_algorithm"),
                              firmware::algorithmName(m_verified->algorithm)));
    r.add(Measurement::record(QStringLiteral("firmware.programmer"),
                              m_config->flasherKind == FirmwareConfig::FlasherKind::Command
                                  ? QStringLiteral("command:") + m_config->command.flash.program
                                  : QStringLiteral("simulated")));
    r.attach(QStringLiteral("firmware-manifest.json"), QStringLiteral("application/json"),
             m_verified->manifestBytes);
    r.attach(QStringLiteral("firmware-manifest.sig"), QStringLiteral("application/octet-stream"),
             m_verified->signature);
}

// Flash and read back.
FlashRun::Phase FlashRun::flash()
{
    auto flashed = m_flasher->flash(m_job);
    if (!flashed) {
        const firmware::FlashError& e = flashed.error();
        StepResult r = StepResult::failure(
            e.code == firmware::FlashErrc::Cancelled ? StepErrc::Cancelled : StepErrc::Programmer, e.message,
            QStringLiteral("%1: %2").arg(QLatin1String(firmware::errcName(e.code)), e.technical),
            outcomeOf(e.code));
        recordRelease(r);
        r.add(Measurement::record(QStringLiteral("firmware.flash_time"), e.report.durationMs,
                                  QStringLiteral("ms")));
        r.attach(QStringLiteral("programmer.log"), QStringLiteral("text/plain"), e.report.log);
        r.durationMs = m_timer.elapsed();
        return r;
    }
    recordRelease(m_result);
    m_result.add(Measurement::record(QStringLiteral("firmware.flash_time"), flashed->durationMs,
                                     QStringLiteral("ms")));
    if (flashed->readBackChecked)
        m_result.add(Measurement::equals(QStringLiteral("firmware.readback_sha256"),
                                         QString::fromLatin1(flashed->readBackSha256.toHex()),
                                         QString::fromLatin1(m_verified->manifest.sha256.toHex())));
    else
        m_result.add(
            Measurement::record(QStringLiteral("firmware.readback_sha256"), QStringLiteral("not checked")));
    m_result.attach(QStringLiteral("programmer.log"), QStringLiteral("text/plain"), flashed->log);
    m_result.attach(QStringLiteral("provisioning-settings.json"), QStringLiteral("application/json"),
                    m_settingsFile);
    return std::nullopt;
}

StepResult FlashRun::afterFlash(StepResult failure) const
{
    failure.measurements = m_result.measurements;
    failure.artifacts = m_result.artifacts;
    return failure;
}

// The provisioning settings into the TPM's settings index, write-locked.
StepResult FlashRun::storeSettings()
{
    QElapsedTimer nvTimer;
    nvTimer.start();
    auto stored = firmware::storeSettingsRecord(m_context.tpm, m_record, m_ownerAuth);
    if (!stored) {
        StepResult r = afterFlash(
            StepResult::failure(StepErrc::Tpm,
                                Tr::tr("The provisioning settings could not be stored on the TPM: %1")
                                    .arg(stored.error().operatorMessage()),
                                stored.error().technical(), Outcome::Error));
        r.durationMs = m_timer.elapsed();
        return r;
    }
    if (*stored == firmware::SettingsStore::LockedDifferent) {
        StepResult r = afterFlash(lockedDifferent());
        r.add(Measurement::record(QStringLiteral("settings.locked"), true));
        r.durationMs = m_timer.elapsed();
        return r;
    }
    StepResult& result = m_result;
    result.add(Measurement::record(QStringLiteral("settings.defined_by_step3"), m_predefined));
    result.add(Measurement::record(QStringLiteral("settings.locked"), true));
    result.add(Measurement::record(QStringLiteral("settings.already_locked"),
                                   *stored == firmware::SettingsStore::AlreadyLocked));
    result.add(
        Measurement::record(QStringLiteral("settings.nv_index"),
                            QStringLiteral("0x%1").arg(firmware::kSettingsNvIndex, 8, 16, QLatin1Char('0'))));
    result.add(Measurement::record(QStringLiteral("settings.nv_time"), double(nvTimer.nsecsElapsed()) / 1e6,
                                   QStringLiteral("ms")));
    result.add(Measurement::record(QStringLiteral("dps.endpoint"), m_settings.endpoint));
    result.add(Measurement::record(QStringLiteral("dps.id_scope"), m_settings.idScope));
    result.add(Measurement::record(QStringLiteral("dps.registration_id"), m_settings.registrationId));
    if (m_slotIdentity) {
        if (auto failed = imprintSlot(m_context, *m_credentials, m_slotKeys, *m_slotIdentity,
                                      m_settings.registrationId, result)) {
            StepResult r = afterFlash(StepResult::failure(failed->code, failed->operatorMessage,
                                                          failed->technical, failed->outcome));
            r.durationMs = m_timer.elapsed();
            return r;
        }
    }
    result.durationMs = m_timer.elapsed();
    return result;
}

} // namespace

FirmwareFlashedStation::FirmwareFlashedStation(OwnerAuthSource ownerAuth,
                                               std::shared_ptr<dps::SlotKeyStore> slotKeys,
                                               std::shared_ptr<firmware::ReleaseCache> releases)
    : m_ownerAuth(std::move(ownerAuth)), m_slotKeys(std::move(slotKeys)),
      m_releases(releases ? std::move(releases) : std::make_shared<firmware::ReleaseCache>())
{}

StepResult FirmwareFlashedStation::run(StepContext& context)
{
    FlashRun run(context, m_ownerAuth, m_slotKeys.get(), m_releases.get());
    return run.run();
}

} // namespace tps::stations
