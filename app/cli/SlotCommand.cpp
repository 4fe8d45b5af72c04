// tpm-station-cli slot list|provision|sas|destroy|hwid: Limpet (Windows IoT Core) TPM slots on a bench
// TPM, as the Device Portal's "TPM configuration" manages them (docs/CLI.md, "slot"). The device key is
// read from a file, never from the command line, and is never printed.
#include "app/cli/Cli.h"

#include "core/tpm/LimpetSlots.h"
#include "core/tpm/TpmSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SlotCommand)
};

QString hex(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

QCommandLineOption tctiOption()
{
    return QCommandLineOption(QStringLiteral("tcti"),
                              Tr::tr("TCTI, e.g. swtpm:host=127.0.0.1,port=2321 "
                                     "(default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0)."),
                              QStringLiteral("T"));
}

QCommandLineOption slotOption()
{
    return QCommandLineOption(QStringLiteral("slot"), Tr::tr("Logical slot, 0 to 9."), QStringLiteral("N"));
}

int slotFailure(Cli& cli, const dps::SlotError& error)
{
    QString message = error.operatorMessage();
    if (error.code == dps::SlotErrc::Occupied)
        message += QLatin1Char(' ') + Tr::tr("Add --replace to do so.");
    if (error.code == dps::SlotErrc::Tpm || error.tpm.rc != 0)
        message += QStringLiteral(" [") + error.technical() + QLatin1Char(']');
    return cli.failure(message);
}

// --slot N: a whole number 0..9, with the slot rules' own message otherwise.
std::optional<int> parseSlot(Cli& cli, const QCommandLineParser& parser, const QCommandLineOption& option)
{
    bool ok = false;
    const QString text = parser.value(option);
    const int slot = text.toInt(&ok);
    if (!ok) {
        cli.failure(Tr::tr("--slot must be a whole number from 0 to 9, not \"%1\".").arg(text));
        return std::nullopt;
    }
    if (auto valid = dps::validateSlot(slot); !valid) {
        slotFailure(cli, valid.error());
        return std::nullopt;
    }
    return slot;
}

std::unique_ptr<tpm::TpmSession> openSession(Cli& cli, const QString& tcti)
{
    auto session = tpm::TpmSession::open({tcti});
    if (!session) {
        cli.failure(session.error().operatorMessage() + QStringLiteral(" [") + session.error().technical() +
                    QLatin1Char(']'));
        return nullptr;
    }
    return std::move(*session);
}

// ---------------------------------------------------------------------------------------------------------
// slot list

QString stateOf(const tpm::SlotInfo& s)
{
    if (!s.occupied())
        return QStringLiteral("empty");
    if (!s.usable())
        return QStringLiteral("incomplete");
    return s.layoutMatches() ? QStringLiteral("provisioned") : QStringLiteral("nonstandard");
}

QJsonObject slotJson(const tpm::SlotInfo& s)
{
    QJsonObject o{{QStringLiteral("slot"), s.slot},
                  {QStringLiteral("nvIndex"), hex(dps::slotNvIndex(s.slot))},
                  {QStringLiteral("keyHandle"), hex(dps::slotKeyHandle(s.slot))},
                  {QStringLiteral("state"), stateOf(s)},
                  {QStringLiteral("nvDefined"), s.nvDefined},
                  {QStringLiteral("keyPresent"), s.keyPresent}};
    if (s.nvDefined) {
        o.insert(QStringLiteral("nvAttributes"), hex(s.nvAttributes));
        o.insert(QStringLiteral("nvSize"), s.nvSize);
        o.insert(QStringLiteral("nvReadable"), s.nvReadable);
        o.insert(QStringLiteral("hostName"), s.hostName);
        o.insert(QStringLiteral("deviceId"), s.deviceId);
        o.insert(QStringLiteral("hardwareDeviceId"), s.hardwareDeviceId);
    }
    if (s.keyPresent)
        o.insert(QStringLiteral("keyMatchesLimpet"), s.keyMatchesTemplate);
    return o;
}

void printSlots(Cli& cli, const QList<tpm::SlotInfo>& slotList)
{
    cli.out() << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(Tr::tr("Slot"), -4)
                     .arg(Tr::tr("NV index"), -10)
                     .arg(Tr::tr("Key"), -10)
                     .arg(Tr::tr("State"), -11)
                     .arg(Tr::tr("Hostname / device ID"))
              << Qt::endl;
    for (const tpm::SlotInfo& s : slotList) {
        QString identity;
        if (s.nvDefined)
            identity = s.hardwareDeviceId ? Tr::tr("%1 / %2 (hardware device ID)").arg(s.hostName, s.deviceId)
                                          : QStringLiteral("%1 / %2").arg(s.hostName, s.deviceId);
        cli.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(s.slot, -4)
                         .arg(hex(dps::slotNvIndex(s.slot)), -10)
                         .arg(hex(dps::slotKeyHandle(s.slot)), -10)
                         .arg(stateOf(s), -11)
                         .arg(identity)
                         .trimmed()
                  << Qt::endl;
    }
}

int slotList(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The ten Limpet slots of a TPM: hostname and device ID, never the "
               "key."));
    const QCommandLineOption tcti = tctiOption();
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({tcti, json});
    if (!cli.parse(parser, args, QStringLiteral("slot list")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto session = openSession(cli, parser.value(tcti));
    if (!session)
        return Failed;
    auto slotList = tpm::listSlots(*session);
    if (!slotList)
        return slotFailure(cli, slotList.error());
    if (!parser.isSet(json)) {
        printSlots(cli, *slotList);
        return Ok;
    }
    QJsonArray array;
    for (const tpm::SlotInfo& s : std::as_const(*slotList))
        array.append(slotJson(s));
    cli.printJson(QJsonDocument(
        QJsonObject{{QStringLiteral("tcti"), session->tcti()}, {QStringLiteral("slots"), array}}));
    return Ok;
}

// ---------------------------------------------------------------------------------------------------------
// slot provision

int slotProvision(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Imprint an IoT hub hostname, device ID and device key into a Limpet slot. The key file holds "
               "the base64 key (32 to 64 bytes); the key is never printed."));
    const QCommandLineOption tcti = tctiOption();
    const QCommandLineOption slotOpt = slotOption();
    const QCommandLineOption host(QStringLiteral("hostname"), Tr::tr("IoT hub hostname."),
                                  QStringLiteral("H"));
    const QCommandLineOption device(QStringLiteral("device-id"),
                                    Tr::tr("IoT Hub device ID (omitted: the hardware device ID)."),
                                    QStringLiteral("D"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     Tr::tr("File holding the base64 device key."), QStringLiteral("F"));
    const QCommandLineOption replace(
        QStringLiteral("replace"), Tr::tr("Destroy what the slot holds first (otherwise an occupied slot is "
                                          "refused)."));
    parser.addOptions({tcti, slotOpt, host, device, keyFile, replace});
    if (!cli.parse(parser, args, QStringLiteral("slot provision")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(slotOpt) || !parser.isSet(host) || !parser.isSet(keyFile))
        return cli.usage(
            Tr::tr("slot provision needs --slot, --hostname and --key-file.\n\n%1").arg(parser.helpText()));
    const auto slot = parseSlot(cli, parser, slotOpt);
    if (!slot)
        return Failed;
    // Every rule is checked before the TPM is opened: bad input never reaches it.
    dps::SlotProvisioning request;
    request.slot = *slot;
    request.hostName = parser.value(host);
    request.deviceId = parser.value(device);
    request.replace = parser.isSet(replace);
    if (parser.isSet(device))
        if (auto valid = dps::validateDeviceId(request.deviceId); !valid)
            return slotFailure(cli, valid.error());
    auto key = dps::readDeviceKeyFile(parser.value(keyFile));
    if (!key)
        return slotFailure(cli, key.error());
    request.key = std::move(*key);
    if (auto valid = dps::validate(request); !valid)
        return slotFailure(cli, valid.error());
    auto session = openSession(cli, parser.value(tcti));
    if (!session)
        return Failed;
    if (auto done = tpm::provisionSlot(*session, request); !done)
        return slotFailure(cli, done.error());
    auto info = tpm::readSlot(*session, request.slot);
    if (!info)
        return slotFailure(cli, info.error());
    cli.out() << Tr::tr("Slot %1 provisioned: %2 / %3 (NV index %4, key %5).")
                     .arg(request.slot)
                     .arg(info->hostName, info->deviceId, hex(dps::slotNvIndex(request.slot)),
                          hex(dps::slotKeyHandle(request.slot)))
              << Qt::endl;
    return Ok;
}

// ---------------------------------------------------------------------------------------------------------
// slot sas, slot destroy, slot hwid

int slotSas(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The SAS token the device computes from a slot (TPM2_HMAC with the "
               "slot's key), printed exactly as Limpet's GetSASToken returns it."));
    const QCommandLineOption tcti = tctiOption();
    const QCommandLineOption slotOpt = slotOption();
    const QCommandLineOption validity(QStringLiteral("validity"),
                                      Tr::tr("Seconds the token is valid (3600)."), QStringLiteral("S"),
                                      QStringLiteral("3600"));
    const QCommandLineOption connection(QStringLiteral("connection-string"),
                                        Tr::tr("Print the connection string (GetConnectionString) instead."));
    parser.addOptions({tcti, slotOpt, validity, connection});
    if (!cli.parse(parser, args, QStringLiteral("slot sas")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(slotOpt))
        return cli.usage(Tr::tr("slot sas needs --slot.\n\n%1").arg(parser.helpText()));
    const auto slot = parseSlot(cli, parser, slotOpt);
    if (!slot)
        return Failed;
    bool ok = false;
    const qint64 seconds = parser.value(validity).toLongLong(&ok);
    if (auto valid = dps::validateValidity(ok ? seconds : 0); !valid)
        return slotFailure(cli, valid.error());
    auto session = openSession(cli, parser.value(tcti));
    if (!session)
        return Failed;
    auto sas = tpm::slotSasToken(*session, *slot, seconds);
    if (!sas)
        return slotFailure(cli, sas.error());
    cli.out() << (parser.isSet(connection) ? sas->connectionString : sas->token) << Qt::endl;
    return Ok;
}

int slotDestroy(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Remove a Limpet slot: undefine its NV index and evict its key, as the Device Portal's "
               "\"Remove keys\" does on a bench TPM."));
    const QCommandLineOption tcti = tctiOption();
    const QCommandLineOption slotOpt = slotOption();
    parser.addOptions({tcti, slotOpt});
    if (!cli.parse(parser, args, QStringLiteral("slot destroy")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(slotOpt))
        return cli.usage(Tr::tr("slot destroy needs --slot.\n\n%1").arg(parser.helpText()));
    const auto slot = parseSlot(cli, parser, slotOpt);
    if (!slot)
        return Failed;
    auto session = openSession(cli, parser.value(tcti));
    if (!session)
        return Failed;
    auto done = tpm::destroySlot(*session, *slot);
    if (!done)
        return slotFailure(cli, done.error());
    const QString nv = done->nvRemoved ? Tr::tr("NV index %1 undefined").arg(hex(dps::slotNvIndex(*slot)))
                                       : Tr::tr("no NV index");
    const QString key =
        done->keyRemoved ? Tr::tr("key %1 evicted").arg(hex(dps::slotKeyHandle(*slot))) : Tr::tr("no key");
    cli.out() << Tr::tr("Slot %1 destroyed: %2, %3.").arg(*slot).arg(nv, key) << Qt::endl;
    return Ok;
}

int slotHwid(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The hardware device ID Limpet derives for a slot from the SRK."));
    const QCommandLineOption tcti = tctiOption();
    const QCommandLineOption slotOpt = slotOption();
    parser.addOptions({tcti, slotOpt});
    if (!cli.parse(parser, args, QStringLiteral("slot hwid")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(slotOpt))
        return cli.usage(Tr::tr("slot hwid needs --slot.\n\n%1").arg(parser.helpText()));
    const auto slot = parseSlot(cli, parser, slotOpt);
    if (!slot)
        return Failed;
    auto session = openSession(cli, parser.value(tcti));
    if (!session)
        return Failed;
    auto id = tpm::slotHardwareDeviceId(*session, *slot);
    if (!id)
        return slotFailure(cli, id.error());
    cli.out() << *id << Qt::endl;
    return Ok;
}

} // namespace

int slotCommand(Cli& cli, const QStringList& args)
{
    const QString usage =
        Tr::tr("Usage: tpm-station-cli slot <command> [options]\n\n"
               "  list      --tcti T [--json]\n"
               "  provision --tcti T --slot N --hostname H [--device-id D] --key-file F [--replace]\n"
               "  sas       --tcti T --slot N [--validity S] [--connection-string]\n"
               "  destroy   --tcti T --slot N [--db PATH --as ID --serial S --reason TEXT]\n"
               "  hwid      --tcti T --slot N\n"
               "  group-key import --db PATH --as ID --product P (--key-file F | --cms-file F --cms-key K)");
    if (args.isEmpty())
        return cli.usage(usage);
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return slotList(cli, rest);
    if (sub == QLatin1String("provision"))
        return slotProvision(cli, rest);
    if (sub == QLatin1String("sas"))
        return slotSas(cli, rest);
    if (sub == QLatin1String("destroy"))
        return rest.contains(QStringLiteral("--db")) ? slotDestroyRecorded(cli, rest)
                                                     : slotDestroy(cli, rest);
    if (sub == QLatin1String("group-key"))
        return slotGroupKeyCommand(cli, rest);
    if (sub == QLatin1String("hwid"))
        return slotHwid(cli, rest);
    return cli.usage(usage);
}

} // namespace tps::cli
