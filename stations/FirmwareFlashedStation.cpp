#include "stations/FirmwareFlashedStation.h"

#include "core/firmware/CommandFlasher.h"
#include "core/firmware/FirmwareCatalog.h"
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
#include <openssl/crypto.h>

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

// Wipes the owner authorization when the step is done with it.
struct SecretBytes
{
    QByteArray bytes;
    ~SecretBytes()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};
} // namespace

FirmwareFlashedStation::FirmwareFlashedStation(OwnerAuthSource ownerAuth,
                                               std::shared_ptr<dps::SlotKeyStore> slotKeys)
    : m_ownerAuth(std::move(ownerAuth)), m_slotKeys(std::move(slotKeys))
{}

StepResult FirmwareFlashedStation::run(StepContext& context)
{
    QElapsedTimer timer;
    timer.start();
    const Device& device = context.device;

    // 1. Configuration and settings: refuse bad input before anything else.
    auto config =
        FirmwareConfig::parse(context.profile.section(QStringLiteral("firmware")), context.profile.id);
    if (!config)
        return StepResult::failure(
            StepErrc::Configuration,
            Tr::tr("The product profile's firmware settings are incomplete (%1). Ask a "
                   "supervisor to fix the product profile.")
                .arg(config.error()),
            config.error(), Outcome::Error);
    if (config->flasherKind == FirmwareConfig::FlasherKind::Simulated &&
        (!device.simulated || context.profile.production))
        return StepResult::failure(
            StepErrc::Configuration,
            Tr::tr("The product profile uses the simulated programmer, but this is a real device or a "
                   "production profile. Ask a supervisor to configure the real programmer."),
            QStringLiteral("simulated flasher refused: device simulated=%1, profile production=%2")
                .arg(device.simulated)
                .arg(context.profile.production),
            Outcome::Error);

    const auto ek = context.previous.constFind(StepId::EkExtracted);
    const Measurement* regId =
        ek != context.previous.cend() ? ek->measurement(QStringLiteral("dps.registration_id")) : nullptr;
    if (!regId || regId->value.toString().isEmpty())
        return StepResult::failure(StepErrc::Precondition,
                                   Tr::tr("The device's registration ID is not known: step \"%1\" must pass "
                                          "before the firmware is flashed.")
                                       .arg(stepTitle(StepId::EkExtracted)),
                                   QStringLiteral("no dps.registration_id measurement from ek-extracted"),
                                   Outcome::Error);
    auto credentials = CredentialConfig::fromProfile(context.profile);
    if (!credentials)
        return StepResult::failure(StepErrc::Configuration,
                                   Tr::tr("The product profile's credential settings are refused (%1). Ask a "
                                          "supervisor to fix the product profile.")
                                       .arg(credentials.error()),
                                   credentials.error(), Outcome::Error);
    std::optional<SlotIdentity> slotIdentity;
    if (credentials->usesSlot()) {
        auto identity =
            slotIdentityFor(*credentials, device.serial, regId->value.toString(), config->endpoint);
        if (!identity)
            return StepResult::failure(
                StepErrc::Validation,
                Tr::tr("The device's TPM slot cannot name it: %1 Nothing was written.").arg(identity.error()),
                identity.error(), Outcome::Error);
        slotIdentity = *identity;
    }
    firmware::ProvisioningSettings settings;
    settings.endpoint = config->endpoint;
    settings.idScope = config->idScope;
    settings.registrationId = regId->value.toString();
    settings.product = config->product;
    auto record = settings.toNvRecord();
    if (!record)
        return StepResult::failure(
            StepErrc::Validation,
            Tr::tr("The provisioning settings are not valid: %1").arg(record.error().message),
            QStringLiteral("settings field %1 invalid").arg(record.error().field));

    // 2. Verify the release before the device is touched.
    auto keys = firmware::SignatureVerifier::fromFiles(config->signingKeys);
    if (!keys)
        return StepResult::failure(StepErrc::Configuration, keys.error().message, keys.error().technical,
                                   Outcome::Error);
    auto catalog = firmware::FirmwareCatalog::open(config->catalog);
    if (!catalog)
        return StepResult::failure(StepErrc::Configuration, catalog.error().message,
                                   catalog.error().technical, Outcome::Error);
    QString manifestName = config->manifest;
    if (manifestName.isEmpty()) {
        auto entry = catalog->select(config->product, config->version);
        if (!entry)
            return StepResult::failure(StepErrc::Firmware, entry.error().message, entry.error().technical);
        manifestName = entry->manifestPath;
    }
    auto verified = catalog->verify(manifestName, *keys, config->product);
    if (!verified) {
        StepResult r = StepResult::failure(
            StepErrc::Firmware, verified.error().message,
            QStringLiteral("%1: %2").arg(QLatin1String(firmware::errcName(verified.error().code)),
                                         verified.error().technical));
        r.add(Measurement::record(QStringLiteral("firmware.refused"),
                                  QLatin1String(firmware::errcName(verified.error().code))));
        return r;
    }
    if (!config->version.isEmpty() && verified->manifest.version != config->version)
        return StepResult::failure(
            StepErrc::Firmware,
            Tr::tr("The firmware release is version %1, the product profile asks for %2. "
                   "Nothing was written.")
                .arg(verified->manifest.version, config->version),
            QStringLiteral("version %1 != %2").arg(verified->manifest.version, config->version));

    // 3. A private working copy of exactly the verified bytes, and the settings file.
    QTemporaryDir work;
    if (!work.isValid())
        return StepResult::failure(StepErrc::Internal,
                                   Tr::tr("The station cannot create a working directory."),
                                   work.errorString(), Outcome::Error);
    firmware::FlashJob job;
    job.imagePath = work.filePath(verified->manifest.image);
    job.imageSha256 = verified->manifest.sha256;
    job.imageSize = verified->manifest.size;
    job.serial = device.serial;
    job.port = device.programmerPort;
    job.settingsPath = work.filePath(QStringLiteral("provisioning-settings.json"));
    job.workDir = work.path();
    job.timeout = config->timeout;
    job.cancel = &context.cancel;
    const QByteArray settingsFile = settings.toSettingsFile();
    if (!writeFile(job.imagePath, verified->image) || !writeFile(job.settingsPath, settingsFile))
        return StepResult::failure(StepErrc::Internal, Tr::tr("The station cannot write its working files."),
                                   QStringLiteral("cannot write into %1").arg(work.path()), Outcome::Error);

    std::unique_ptr<firmware::Flasher> flasher;
    if (config->flasherKind == FirmwareConfig::FlasherKind::Command)
        flasher = std::make_unique<firmware::CommandFlasher>(config->command);
    else
        flasher = std::make_unique<firmware::SimulatedFlasher>(device.flashPath, config->simFault);

    // The settings index: step 3 defined it (index authorization, no owner authorization needed). Only a
    // device without it (an older step 3, or a profile without step 3) needs the owner authorization to
    // define it: asked for before anything is written, so a device whose authorization is not available
    // is refused untouched.
    auto indexState = firmware::settingsIndexState(context.tpm);
    if (!indexState)
        return StepResult::failure(StepErrc::Tpm,
                                   Tr::tr("The TPM's settings index cannot be read: %1 Nothing was written.")
                                       .arg(indexState.error().operatorMessage()),
                                   indexState.error().technical(), Outcome::Error);
    const bool predefined = *indexState == firmware::SettingsIndexState::Ready ||
                            *indexState == firmware::SettingsIndexState::WriteLocked;
    const auto lockedDifferent = [] {
        return StepResult::failure(
            StepErrc::Tpm,
            Tr::tr("The TPM's settings index 0x%1 is locked and holds other provisioning settings. It "
                   "cannot be written again: a supervisor must order a rework, in which the device owner "
                   "undefines the index.")
                .arg(firmware::kSettingsNvIndex, 8, 16, QLatin1Char('0')),
            QStringLiteral("settings index write-locked with a different record"), Outcome::Fail);
    };
    if (*indexState == firmware::SettingsIndexState::WriteLocked) {
        // Written and locked by an earlier run: only the same settings may pass; refused untouched.
        auto held = firmware::loadSettingsRecord(context.tpm);
        if (!held)
            return StepResult::failure(
                StepErrc::Tpm,
                Tr::tr("The TPM's settings index cannot be read: %1 Nothing was written.")
                    .arg(held.error().operatorMessage()),
                held.error().technical(), Outcome::Error);
        if (*held != *record) {
            StepResult r = lockedDifferent();
            r.add(Measurement::record(QStringLiteral("settings.locked"), true));
            return r;
        }
    }
    SecretBytes ownerAuth;
    if (m_ownerAuth && !predefined) {
        auto auth = m_ownerAuth(context);
        if (!auth)
            return StepResult::failure(
                StepErrc::Precondition,
                Tr::tr("The TPM's owner authorization is not available: %1 Nothing was written.")
                    .arg(auth.error()),
                QStringLiteral("owner auth source failed"), Outcome::Error);
        ownerAuth.bytes = *auth;
    }

    // 4. The operator connects the programmer.
    if (flasher->needsOperator()) {
        const PromptAnswer answer = context.prompts.ask(
            Prompt{PromptKind::Confirm,
                   Tr::tr("Connect the programmer to device %1, then confirm.").arg(device.serial)});
        if (answer != PromptAnswer::Confirmed)
            return StepResult::failure(
                StepErrc::Cancelled, Tr::tr("The programmer was not connected. The firmware is NOT flashed."),
                QStringLiteral("programmer prompt answered %1")
                    .arg(answer == PromptAnswer::Declined ? QStringLiteral("declined")
                                                          : QStringLiteral("cancelled")),
                Outcome::Aborted);
    }
    if (context.cancel.load())
        return StepResult::failure(StepErrc::Cancelled,
                                   Tr::tr("The step was cancelled. Nothing was written."),
                                   QStringLiteral("cancelled before flashing"), Outcome::Aborted);

    StepResult result;
    const auto recordRelease = [&](StepResult& r) {
        r.add(Measurement::record(QStringLiteral("firmware.product"), verified->manifest.product));
        r.add(Measurement::record(QStringLiteral("firmware.version"), verified->manifest.version));
        r.add(Measurement::record(QStringLiteral("firmware.image"), verified->manifest.image));
        r.add(Measurement::record(QStringLiteral("firmware.sha256"),
                                  QString::fromLatin1(verified->manifest.sha256.toHex())));
        r.add(Measurement::record(QStringLiteral("firmware.size"), verified->manifest.size,
                                  QStringLiteral("B")));
        r.add(Measurement::record(QStringLiteral("firmware.signing_key"), verified->keyId));
        r.add(Measurement::record(QStringLiteral("firmware.signature_algorithm"),
                                  firmware::algorithmName(verified->algorithm)));
        r.add(Measurement::record(QStringLiteral("firmware.programmer"),
                                  config->flasherKind == FirmwareConfig::FlasherKind::Command
                                      ? QStringLiteral("command:") + config->command.flash.program
                                      : QStringLiteral("simulated")));
        r.attach(QStringLiteral("firmware-manifest.json"), QStringLiteral("application/json"),
                 verified->manifestBytes);
        r.attach(QStringLiteral("firmware-manifest.sig"), QStringLiteral("application/octet-stream"),
                 verified->signature);
    };

    // 5. Flash and read back.
    auto flashed = flasher->flash(job);
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
        r.durationMs = timer.elapsed();
        return r;
    }
    recordRelease(result);
    result.add(Measurement::record(QStringLiteral("firmware.flash_time"), flashed->durationMs,
                                   QStringLiteral("ms")));
    if (flashed->readBackChecked)
        result.add(Measurement::equals(QStringLiteral("firmware.readback_sha256"),
                                       QString::fromLatin1(flashed->readBackSha256.toHex()),
                                       QString::fromLatin1(verified->manifest.sha256.toHex())));
    else
        result.add(
            Measurement::record(QStringLiteral("firmware.readback_sha256"), QStringLiteral("not checked")));
    result.attach(QStringLiteral("programmer.log"), QStringLiteral("text/plain"), flashed->log);
    result.attach(QStringLiteral("provisioning-settings.json"), QStringLiteral("application/json"),
                  settingsFile);

    // 6. The provisioning settings into the TPM's settings index.
    QElapsedTimer nvTimer;
    nvTimer.start();
    auto stored = firmware::storeSettingsRecord(context.tpm, *record, ownerAuth.bytes);
    if (!stored) {
        StepResult r =
            StepResult::failure(StepErrc::Tpm,
                                Tr::tr("The provisioning settings could not be stored on the TPM: %1")
                                    .arg(stored.error().operatorMessage()),
                                stored.error().technical(), Outcome::Error);
        r.measurements = result.measurements;
        r.artifacts = result.artifacts;
        r.durationMs = timer.elapsed();
        return r;
    }
    if (*stored == firmware::SettingsStore::LockedDifferent) {
        StepResult r = lockedDifferent();
        r.measurements = result.measurements;
        r.artifacts = result.artifacts;
        r.add(Measurement::record(QStringLiteral("settings.locked"), true));
        r.durationMs = timer.elapsed();
        return r;
    }
    result.add(Measurement::record(QStringLiteral("settings.defined_by_step3"), predefined));
    result.add(Measurement::record(QStringLiteral("settings.locked"), true));
    result.add(Measurement::record(QStringLiteral("settings.already_locked"),
                                   *stored == firmware::SettingsStore::AlreadyLocked));
    result.add(
        Measurement::record(QStringLiteral("settings.nv_index"),
                            QStringLiteral("0x%1").arg(firmware::kSettingsNvIndex, 8, 16, QLatin1Char('0'))));
    result.add(Measurement::record(QStringLiteral("settings.nv_time"), double(nvTimer.nsecsElapsed()) / 1e6,
                                   QStringLiteral("ms")));
    result.add(Measurement::record(QStringLiteral("dps.endpoint"), settings.endpoint));
    result.add(Measurement::record(QStringLiteral("dps.id_scope"), settings.idScope));
    result.add(Measurement::record(QStringLiteral("dps.registration_id"), settings.registrationId));
    if (slotIdentity) {
        if (auto failed = imprintSlot(context, *credentials, m_slotKeys.get(), *slotIdentity,
                                      settings.registrationId, result)) {
            StepResult r = StepResult::failure(failed->code, failed->operatorMessage, failed->technical,
                                               failed->outcome);
            r.measurements = result.measurements;
            r.artifacts = result.artifacts;
            r.durationMs = timer.elapsed();
            return r;
        }
    }
    result.durationMs = timer.elapsed();
    return result;
}

} // namespace tps::stations
