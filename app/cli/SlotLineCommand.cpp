// The line side of Limpet slots on the command line (docs/CLI.md): a supervisor imports a product's DPS
// group key (`slot group-key import`), removes the keys of a recorded device with an electronic signature
// (`slot destroy --db --as --serial --reason`), and the cloud engineer's export (`export slot-keys`).
// The rules live in db/SqliteSlotKeyStore and exports/SlotKeyExporter; this file only wires them.
#include "app/cli/Cli.h"
#include "app/cli/CliAuth.h"
#include "app/cli/CliSecrets.h"

#include "core/crypto/CmsEscrow.h"
#include "core/dps/GroupEnrollmentKey.h"
#include "core/dps/LimpetSlot.h"
#include "core/tpm/LimpetSlots.h"
#include "core/tpm/TpmSession.h"
#include "db/SqliteSlotKeyStore.h"
#include "db/StationStore.h"
#include "exports/SlotKeyExporter.h"
#include "stations/CredentialConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SlotLineCommand)
};

std::unique_ptr<db::SqliteSlotKeyStore> openKeyStore(Cli& cli, const QString& path)
{
    auto store = db::SqliteSlotKeyStore::open(path);
    if (!store) {
        cli.failure(store.error().message);
        return nullptr;
    }
    return std::move(*store);
}

// The station database, a supervisor signed in (password from STATION_PASSWORD or stdin) who may sign,
// and the slot key store acting as them.
struct Supervised
{
    std::unique_ptr<db::StationStore> station;
    db::OperatorInfo who;
    std::unique_ptr<db::SqliteSlotKeyStore> store;
};

std::optional<Supervised> openSupervised(Cli& cli, const QString& path, const QString& id, db::Action action,
                                         const QString& reason, int* rc)
{
    auto station = db::StationStore::open(path);
    if (!station) {
        *rc = cli.failure(station.error().message);
        return std::nullopt;
    }
    db::Operators operators((*station)->database());
    auto who = signIn(cli, operators, id, true, rc);
    if (!who)
        return std::nullopt;
    if (auto ok = db::SqliteSlotKeyStore::checkSigner(*who, action, reason); !ok) {
        *rc = cli.failure(ok.error().message);
        return std::nullopt;
    }
    auto store = openKeyStore(cli, path);
    if (!store) {
        *rc = Failed;
        return std::nullopt;
    }
    store->setActor(who->actor());
    return Supervised{std::move(*station), *who, std::move(store)};
}

// The group key typed twice at the terminal, without echo; the two must agree.
Result<crypto::SecureBytes, QString> typedGroupKey()
{
    auto first = promptSecret(Tr::tr("Group key (base64): "));
    if (!first)
        return fail(Tr::tr("No terminal to type the group key at: use --key-file or --cms-file."));
    auto second = promptSecret(Tr::tr("The same group key again: "));
    if (!second || !second->equals(*first))
        return fail(Tr::tr("The two group keys typed differ. Nothing was stored."));
    return std::move(*first);
}

// The group key: a file with its base64 text, a CMS EnvelopedData of that text opened with a key, or
// (neither given) typed twice at the terminal.
Result<crypto::SecureBytes, QString> readGroupKey(const QString& keyFile, const QString& cmsFile,
                                                  const QString& cmsKey)
{
    crypto::SecureBytes text;
    if (keyFile.isEmpty() && cmsFile.isEmpty()) {
        auto typed = typedGroupKey();
        if (!typed)
            return fail(typed.error());
        text = std::move(*typed);
    } else if (!keyFile.isEmpty()) {
        auto read = dps::readKeyFileText(keyFile);
        if (!read)
            return fail(read.error().operatorMessage());
        text = std::move(*read);
    } else {
        QFile f(cmsFile);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Tr::tr("Cannot read %1: %2").arg(cmsFile, f.errorString()));
        auto key = crypto::EscrowPrivateKey::fromFile(cmsKey);
        if (!key)
            return fail(key.error().message);
        auto opened = crypto::cmsDecrypt(f.readAll(), *key);
        if (!opened)
            return fail(opened.error().message);
        text = std::move(*opened);
    }
    auto decoded = dps::decodeGroupKey(text);
    if (!decoded)
        return fail(decoded.error().message);
    return std::move(*decoded);
}

} // namespace

int slotGroupKeyCommand(Cli& cli, const QStringList& args)
{
    const QString usage = Tr::tr("Usage: tpm-station-cli slot group-key import --db PATH --as ID --product P "
                                 "[--key-file F | --cms-file F --cms-key K] [--reason TEXT]\n"
                                 "Without --key-file or --cms-file the key is typed twice at the terminal.");
    if (args.isEmpty() || args.first() != QLatin1String("import"))
        return cli.usage(usage);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Import a product's DPS symmetric-key group key, once, by a "
               "supervisor. It is stored only encrypted and never shown again."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption asOpt(QStringLiteral("as"),
                                   Tr::tr("The supervisor (password from STATION_PASSWORD "
                                          "or stdin)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption productOpt(QStringLiteral("product"),
                                        Tr::tr("The product the group key is for."), QStringLiteral("P"));
    const QCommandLineOption keyOpt(QStringLiteral("key-file"), Tr::tr("File holding the base64 group key."),
                                    QStringLiteral("F"));
    const QCommandLineOption cmsOpt(QStringLiteral("cms-file"),
                                    Tr::tr("CMS EnvelopedData (DER) holding the base64 group key."),
                                    QStringLiteral("F"));
    const QCommandLineOption cmsKeyOpt(QStringLiteral("cms-key"),
                                       Tr::tr("Private key that opens --cms-file."), QStringLiteral("K"));
    const QCommandLineOption reasonOpt(QStringLiteral("reason"), Tr::tr("Why (recorded)."),
                                       QStringLiteral("TEXT"), QStringLiteral("DPS group key imported"));
    parser.addOptions({dbOpt, asOpt, productOpt, keyOpt, cmsOpt, cmsKeyOpt, reasonOpt});
    if (!cli.parse(parser, args.mid(1), QStringLiteral("slot group-key import")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const bool fromFile = parser.isSet(keyOpt);
    const bool fromCms = parser.isSet(cmsOpt) && parser.isSet(cmsKeyOpt);
    if (parser.value(dbOpt).isEmpty() || parser.value(productOpt).isEmpty() || (fromFile && fromCms) ||
        parser.isSet(cmsOpt) != parser.isSet(cmsKeyOpt))
        return cli.usage(usage);
    // The key is checked before the database is touched: a bad key writes nothing.
    auto groupKey = readGroupKey(parser.value(keyOpt), parser.value(cmsOpt), parser.value(cmsKeyOpt));
    if (!groupKey)
        return cli.failure(groupKey.error());
    int rc = Ok;
    auto s = openSupervised(cli, parser.value(dbOpt), parser.value(asOpt), db::Action::ImportGroupKey,
                            parser.value(reasonOpt), &rc);
    if (!s)
        return rc;
    auto id = s->store->importGroupKey(parser.value(productOpt), *groupKey, parser.value(reasonOpt));
    if (!id)
        return cli.failure(id.error().message);
    cli.out()
        << Tr::tr("The group key of product %1 is stored encrypted (record %2). It will not be shown again.")
               .arg(parser.value(productOpt), *id)
        << Qt::endl;
    return Ok;
}

int slotDestroyRecorded(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("\"Remove keys\" of a recorded device: destroy its slot, with a "
                                            "supervisor's electronic signature and a reason."));
    const QCommandLineOption tcti(QStringLiteral("tcti"), Tr::tr("TCTI of the device's TPM."),
                                  QStringLiteral("T"));
    const QCommandLineOption slotOpt(QStringLiteral("slot"), Tr::tr("Logical slot, 0 to 9."),
                                     QStringLiteral("N"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption asOpt(QStringLiteral("as"), Tr::tr("The supervisor signing."),
                                   QStringLiteral("ID"));
    const QCommandLineOption serialOpt(QStringLiteral("serial"), Tr::tr("The device's serial."),
                                       QStringLiteral("S"));
    const QCommandLineOption reasonOpt(
        QStringLiteral("reason"), Tr::tr("Why the keys are removed (required)."), QStringLiteral("TEXT"));
    parser.addOptions({tcti, slotOpt, dbOpt, asOpt, serialOpt, reasonOpt});
    if (!cli.parse(parser, args, QStringLiteral("slot destroy")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    bool ok = false;
    const int slot = parser.value(slotOpt).toInt(&ok);
    if (!ok || !dps::validateSlot(slot))
        return cli.failure(
            Tr::tr("--slot must be a whole number from 0 to 9, not \"%1\".").arg(parser.value(slotOpt)));
    if (parser.value(serialOpt).isEmpty() || parser.value(reasonOpt).trimmed().isEmpty())
        return cli.usage(Tr::tr("slot destroy with --db needs --as, --serial and --reason."));
    int rc = Ok;
    auto s = openSupervised(cli, parser.value(dbOpt), parser.value(asOpt), db::Action::RemoveSlotKeys,
                            parser.value(reasonOpt), &rc);
    if (!s)
        return rc;
    auto target = s->store->removalTarget(parser.value(serialOpt), slot); // before the TPM is touched
    if (!target)
        return cli.failure(target.error().message);
    auto session = tpm::TpmSession::open({parser.value(tcti)});
    if (!session)
        return cli.failure(session.error().operatorMessage());
    auto done = tpm::destroySlot(**session, slot);
    if (!done)
        return cli.failure(done.error().operatorMessage());
    auto signature = s->store->recordRemoval(s->who, *target, parser.value(reasonOpt));
    if (!signature)
        return cli.failure(signature.error().message);
    cli.out() << Tr::tr("Slot %1 of device %2 destroyed; signed by %3 (signature %4).")
                     .arg(slot)
                     .arg(parser.value(serialOpt), s->who.fullName, *signature)
              << Qt::endl;
    return Ok;
}

int exportSlotKeysCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export the slot keys of the devices that passed QA for the cloud "
               "engineer: IoT Hub import-devices lines and an az script, encrypted "
               "to the cloud engineer's certificate (or the registration IDs of a "
               "DPS group)."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("Output directory (new or empty)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        Tr::tr("Product profile JSON (its \"credentials\" section)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption simOpt(QStringLiteral("allow-simulated"), Tr::tr("Include simulated devices."));
    const QCommandLineOption asOpt(QStringLiteral("as"), Tr::tr("The operator exporting."),
                                   QStringLiteral("ID"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({dbOpt, outOpt, profileOpt, simOpt, asOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("export slot-keys")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(dbOpt).isEmpty() || parser.value(outOpt).isEmpty() || parser.value(profileOpt).isEmpty())
        return cli.usage(Tr::tr("--db PATH, --out DIR and --profile FILE are required."));
    auto profile = timeline::ProductProfile::load(parser.value(profileOpt));
    if (!profile)
        return cli.failure(profile.error().message);
    auto credentials = stations::CredentialConfig::parse(profile->section(QStringLiteral("credentials")));
    if (!credentials)
        return cli.failure(credentials.error());
    auto station = db::StationStore::open(parser.value(dbOpt));
    if (!station)
        return cli.failure(station.error().message);
    int rc = Ok;
    const auto actor = actingActor(cli, (*station)->database(), parser.value(asOpt), &rc);
    if (!actor)
        return rc;
    auto store = openKeyStore(cli, parser.value(dbOpt));
    if (!store)
        return Failed;
    db::exports::SlotKeyExportOptions options;
    options.outDir = parser.value(outOpt);
    options.product = profile->id;
    options.mode = stations::credentialModeKey(credentials->mode);
    options.cloudCertificate = credentials->cloudCertificate;
    options.allowSimulated = parser.isSet(simOpt);
    options.production = profile->production;
    options.actor = *actor;
    auto exported = db::exports::exportSlotKeys((*station)->database(), *store, options);
    if (!exported)
        return cli.failure(exported.error().message);
    if (parser.isSet(jsonOpt)) {
        cli.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("uuid"), exported->uuid},
                                      {QStringLiteral("devices"), exported->devices},
                                      {QStringLiteral("files"), QJsonArray::fromStringList(exported->files)},
                                      {QStringLiteral("manifestSha256"), exported->manifestSha256},
                                      {QStringLiteral("recipientSha256"), exported->recipientFingerprint}}));
    } else {
        cli.out()
            << Tr::tr("%n device(s) exported to %1.", nullptr, int(exported->devices)).arg(options.outDir)
            << Qt::endl;
    }
    return Ok;
}

} // namespace tps::cli
