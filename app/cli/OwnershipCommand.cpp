#include "app/cli/Cli.h"
#include "core/common/Identifiers.h"

#include "app/cli/EscrowStoreChoice.h"
#include "core/crypto/CmsEscrow.h"
#include "core/dps/DeviceClient.h"
#include "core/ownership/EscrowRecovery.h"
#include "core/timeline/MemoryDeviceRecords.h"
#include "core/tpm/Hierarchy.h"
#include "core/tpm/TpmSession.h"
#include "stations/OwnershipTakenStation.h"
#include "stations/ProfileCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OwnershipCommand)
};

QCommandLineOption tctiOption()
{
    return QCommandLineOption(QStringLiteral("tcti"),
                              Tr::tr("TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0)."),
                              QStringLiteral("T"));
}
QString valueText(const QVariant& v)
{
    return v.typeId() == QMetaType::Bool ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                         : v.toString();
}

int take(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Step 3: take ownership of a TPM (secrets escrowed to the owner's certificate)."));
    const QCommandLineOption tctiOpt = tctiOption();
    const EscrowStoreChoice storeChoice;
    const QCommandLineOption certOpt(QStringLiteral("escrow-cert"),
                                     Tr::tr("The device owner's escrow certificate (PEM or DER)."),
                                     QStringLiteral("C"));
    const QCommandLineOption serialOpt(QStringLiteral("serial"), Tr::tr("Device serial number."),
                                       QStringLiteral("S"));
    const QCommandLineOption uuidOpt(QStringLiteral("uuid"), Tr::tr("Device UUID (default: a new one)."),
                                     QStringLiteral("U"));
    const QCommandLineOption maxTriesOpt(QStringLiteral("max-tries"), Tr::tr("DA maxTries (default 32)."),
                                         QStringLiteral("N"));
    const QCommandLineOption recoveryOpt(QStringLiteral("recovery-time"),
                                         Tr::tr("DA recoveryTime in seconds (default 7200)."),
                                         QStringLiteral("S"));
    const QCommandLineOption lockoutOpt(QStringLiteral("lockout-recovery"),
                                        Tr::tr("DA lockoutRecovery in seconds (default 86400)."),
                                        QStringLiteral("S"));
    const QCommandLineOption disableClearOpt(QStringLiteral("disable-clear"),
                                             Tr::tr("Disable TPM2_Clear (TPM2_ClearControl)."));
    const QCommandLineOption endorsementOpt(
        QStringLiteral("set-endorsement-auth"),
        Tr::tr("Also set the endorsement authorization (breaks DPS TPM attestation in the field)."));
    const QCommandLineOption ownerOpt(
        QStringLiteral("set-owner-auth"),
        Tr::tr("Also set the owner authorization (only for a device client that is given it)."));
    const QCommandLineOption clientOpt(
        QStringLiteral("device-client"),
        Tr::tr("The software the device runs for DPS (default azure-iot-sdk-c; see docs/OWNERSHIP.md)."),
        QStringLiteral("client"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({ownerOpt, clientOpt});
    parser.addOptions({tctiOpt, storeChoice.database, storeChoice.directory, certOpt, serialOpt, uuidOpt,
                       maxTriesOpt, recoveryOpt, lockoutOpt, disableClearOpt, endorsementOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("ownership take")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(serialOpt) || parser.value(serialOpt).trimmed().isEmpty())
        return cli.usage(Tr::tr("--serial is required."));
    if (!isValidSerial(parser.value(serialOpt).trimmed())) // the one serial rule, as the line applies it
        return cli.usage(serialRefusal(parser.value(serialOpt).trimmed()));
    if (!parser.isSet(certOpt))
        return cli.usage(Tr::tr("--escrow-cert is required."));

    QJsonObject section{{QStringLiteral("escrowCertificate"), parser.value(certOpt)}};
    for (const auto& [opt, key] :
         {std::pair{&maxTriesOpt, "maxTries"}, std::pair{&recoveryOpt, "recoveryTime"},
          std::pair{&lockoutOpt, "lockoutRecovery"}}) {
        if (!parser.isSet(*opt))
            continue;
        bool ok = false;
        const qulonglong v = parser.value(*opt).toULongLong(&ok);
        if (!ok || v > 0xFFFFFFFFull)
            return cli.usage(Tr::tr("--%1 takes a whole number.").arg(opt->names().constFirst()));
        section.insert(QLatin1String(key), double(v));
    }
    if (parser.isSet(disableClearOpt))
        section.insert(QStringLiteral("disableClear"), true);
    if (parser.isSet(endorsementOpt))
        section.insert(QStringLiteral("setEndorsementAuth"), true);
    if (parser.isSet(ownerOpt))
        section.insert(QStringLiteral("setOwnerAuth"), true);
    timeline::ProductProfile profile;
    profile.setSection(QStringLiteral("ownership"), section);
    if (parser.isSet(clientOpt))
        profile.setSection(QStringLiteral("device"),
                           QJsonObject{{QStringLiteral("client"), parser.value(clientOpt)}});
    if (auto checked = stations::checkProfile(profile); !checked)
        return cli.failure(checked.error());
    auto store = storeChoice.open(parser, false);
    if (!store)
        return cli.failure(store.error());

    timeline::Device device;
    device.serial = parser.value(serialOpt).trimmed();
    device.uuid =
        parser.isSet(uuidOpt) ? parser.value(uuidOpt) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    device.tcti = parser.value(tctiOpt);

    auto session = tpm::TpmSession::open({device.tcti});
    if (!session)
        return cli.failure(session.error().operatorMessage() + QStringLiteral(" [") +
                           session.error().technical() + QLatin1Char(']'));
    timeline::AutoConfirmPrompts prompts;
    timeline::MemoryDeviceRecords records;
    const QMap<timeline::StepId, timeline::StepResult> previous;
    const std::atomic<bool> cancel{false};
    timeline::StepContext context{**session, device, profile, prompts, records, previous, cancel};
    stations::OwnershipTakenStation station(*store);
    const timeline::StepResult result = station.run(context);

    if (parser.isSet(jsonOpt)) {
        QJsonArray measurements;
        for (const timeline::Measurement& m : result.measurements)
            measurements.append(m.toJson());
        QJsonObject obj{{QStringLiteral("serial"), device.serial},
                        {QStringLiteral("outcome"), timeline::outcomeKey(result.outcome)},
                        {QStringLiteral("measurements"), measurements}};
        if (result.error)
            obj.insert(QStringLiteral("error"),
                       QJsonObject{{QStringLiteral("message"), result.error->operatorMessage},
                                   {QStringLiteral("technical"), result.error->technical},
                                   {QStringLiteral("alreadyOwned"),
                                    result.error->code == timeline::StepErrc::AlreadyOwned}});
        cli.printJson(QJsonDocument(obj));
    } else {
        for (const timeline::Measurement& m : result.measurements)
            cli.out() << QStringLiteral("%1 %2 %3").arg(m.name, -36).arg(valueText(m.value), m.unit)
                      << Qt::endl;
        cli.out() << Tr::tr("Outcome: %1").arg(timeline::outcomeKey(result.outcome)) << Qt::endl;
    }
    if (result.error)
        return cli.failure(result.error->operatorMessage + QStringLiteral(" [") + result.error->technical +
                           QLatin1Char(']'));
    return result.passed() ? Ok : Failed;
}

int clear(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Rework: TPM2_Clear (platform hierarchy, or the escrowed lockout authorization) and the EK "
               "re-persisted."));
    const QCommandLineOption tctiOpt = tctiOption();
    const EscrowStoreChoice storeChoice;
    const QCommandLineOption serialOpt(QStringLiteral("serial"), Tr::tr("Device serial number."),
                                       QStringLiteral("S"));
    const QCommandLineOption reasonOpt(QStringLiteral("reason"), Tr::tr("Why the TPM is cleared (required)."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption platformOpt(QStringLiteral("platform"),
                                         Tr::tr("Clear with the platform hierarchy (empty platform auth)."));
    const QCommandLineOption keyOpt(QStringLiteral("lockout-key"),
                                    Tr::tr("Clear with the escrowed lockout authorization, opened with the "
                                           "owner's private key."),
                                    QStringLiteral("OWNER_KEY"));
    parser.addOptions(
        {tctiOpt, storeChoice.database, storeChoice.directory, serialOpt, reasonOpt, platformOpt, keyOpt});
    if (!cli.parse(parser, args, QStringLiteral("ownership clear")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(serialOpt) || !parser.isSet(reasonOpt))
        return cli.usage(Tr::tr("--serial and --reason are required."));
    if (parser.isSet(platformOpt) == parser.isSet(keyOpt))
        return cli.usage(Tr::tr("Give exactly one of --platform and --lockout-key."));

    auto store = storeChoice.open(parser, false);
    if (!store)
        return cli.failure(store.error());
    timeline::Device device;
    device.serial = parser.value(serialOpt).trimmed();
    crypto::SecureBytes lockoutAuth;
    if (parser.isSet(keyOpt)) {
        auto key = crypto::EscrowPrivateKey::fromFile(parser.value(keyOpt));
        if (!key)
            return cli.failure(key.error().message);
        auto recovered = ownership::recoverAuthorizations(**store, device.serial, *key);
        if (!recovered)
            return cli.failure(recovered.error());
        for (ownership::RecoveredAuth& a : *recovered)
            if (a.hierarchy == ownership::Hierarchy::Lockout && a.state == ownership::EscrowState::Applied)
                lockoutAuth = std::move(a.value);
        if (lockoutAuth.empty())
            return cli.failure(
                Tr::tr("No applied lockout authorization is escrowed for serial %1: refusing to "
                       "guess (a wrong lockout value locks the TPM's lockout hierarchy).")
                    .arg(device.serial));
    }
    auto session = tpm::TpmSession::open({parser.value(tctiOpt)});
    if (!session)
        return cli.failure(session.error().operatorMessage() + QStringLiteral(" [") +
                           session.error().technical() + QLatin1Char(']'));
    timeline::MemoryDeviceRecords records;
    auto cleared = stations::OwnershipTakenStation::clearForRework(
        **session, **store, device,
        parser.isSet(platformOpt) ? ownership::ClearAuthority::Platform : ownership::ClearAuthority::Lockout,
        lockoutAuth, parser.value(reasonOpt), records);
    if (!cleared)
        return cli.failure(cleared.error().operatorMessage + QStringLiteral(" [") +
                           cleared.error().technical + QLatin1Char(']'));
    cli.out() << Tr::tr("TPM cleared; EK re-persisted at 0x81010001; escrow records of %1 revoked.")
                     .arg(device.serial)
              << Qt::endl;
    return Ok;
}

// Whether the TPM's hierarchy authorizations fit the device client (read from TPMA_PERMANENT; nothing is
// tried): for devices owned under the earlier rule, which need rework before their client can provision.
int verify(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check that a TPM's authorizations fit the device's DPS client (no authorization is tried)."));
    const QCommandLineOption tctiOpt = tctiOption();
    const QCommandLineOption clientOpt(
        QStringLiteral("device-client"),
        Tr::tr("The software the device runs for DPS (default azure-iot-sdk-c)."), QStringLiteral("client"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({tctiOpt, clientOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("ownership verify")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    QJsonObject device;
    if (parser.isSet(clientOpt))
        device.insert(QStringLiteral("client"), parser.value(clientOpt));
    auto client = dps::DeviceClient::fromJson(device);
    if (!client)
        return cli.usage(client.error());
    auto session = tpm::TpmSession::open({parser.value(tctiOpt)});
    if (!session)
        return cli.failure(session.error().operatorMessage() + QStringLiteral(" [") +
                           session.error().technical() + QLatin1Char(']'));
    auto state = tpm::readHierarchyState(**session);
    if (!state)
        return cli.failure(state.error().operatorMessage() + QStringLiteral(" [") +
                           state.error().technical() + QLatin1Char(']'));
    QStringList problems;
    for (const dps::ClientRefusal& r :
         dps::clientRefusals(*client, state->ownerAuthSet, state->endorsementAuthSet))
        problems << dps::refusalText(*client, r);
    if (parser.isSet(jsonOpt)) {
        cli.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("deviceClient"), client->key()},
                                      {QStringLiteral("ownerAuthSet"), state->ownerAuthSet},
                                      {QStringLiteral("endorsementAuthSet"), state->endorsementAuthSet},
                                      {QStringLiteral("lockoutAuthSet"), state->lockoutAuthSet},
                                      {QStringLiteral("needsRework"), !problems.isEmpty()},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}}));
    } else {
        for (const QString& p : std::as_const(problems))
            cli.out() << p << Qt::endl;
        cli.out() << (problems.isEmpty()
                          ? Tr::tr("The TPM's authorizations fit %1.").arg(client->displayName())
                          : Tr::tr("The device needs rework before %1 can provision it. %2")
                                .arg(client->displayName(), dps::reworkAdvice()))
                  << Qt::endl;
    }
    return problems.isEmpty() ? Ok : Failed;
}

} // namespace

int ownershipCommand(Cli& cli, const QStringList& args)
{
    const QString usage =
        Tr::tr("Usage: tpm-station-cli ownership take|clear|verify [options] (--help for details)");
    if (args.isEmpty())
        return cli.usage(usage);
    if (args.first() == QLatin1String("take"))
        return take(cli, args.mid(1));
    if (args.first() == QLatin1String("clear"))
        return clear(cli, args.mid(1));
    if (args.first() == QLatin1String("verify"))
        return verify(cli, args.mid(1));
    return cli.usage(usage);
}

} // namespace tps::cli
