// `tpm-station-cli lot import|list|show`: incoming TPM lots, the TPM vendor's delivery list of EKs for each
// (db/Lots.h; formats in docs/FORMATS.md "Incoming TPM lots"; docs/CLI.md "lot").
#include "app/cli/Cli.h"
#include "app/cli/CliAuth.h"
#include "db/Lots.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LotCommand)
};

QJsonObject lotJson(const db::LotInfo& l)
{
    return QJsonObject{{QStringLiteral("lot"), l.lot},
                       {QStringLiteral("part"), l.part},
                       {QStringLiteral("uuid"), l.uuid},
                       {QStringLiteral("format"), l.format},
                       {QStringLiteral("source"), l.source},
                       {QStringLiteral("sourceSha256"), l.sourceSha256},
                       {QStringLiteral("entries"), l.entries},
                       {QStringLiteral("used"), l.consumed},
                       {QStringLiteral("importedBy"), l.importedBy},
                       {QStringLiteral("importedUtc"), l.importedUtc},
                       {QStringLiteral("reason"), l.reason}};
}

QJsonObject entryJson(const db::LotEntryInfo& e)
{
    QJsonObject o{{QStringLiteral("row"), e.row},
                  {QStringLiteral("ekKeyId"), e.keyId},
                  {QStringLiteral("form"), e.form},
                  {QStringLiteral("keyAlgorithm"), e.keyAlgorithm},
                  {QStringLiteral("tpmSerial"), e.tpmSerial},
                  {QStringLiteral("registrationId"), e.registrationId},
                  {QStringLiteral("certificate"), !e.certificate.isEmpty()},
                  {QStringLiteral("state"), e.state()},
                  {QStringLiteral("preparedBatch"), e.preparedBatch},
                  {QStringLiteral("qaPassed"), e.qaPassed},
                  {QStringLiteral("ekMatchesList"), e.ekMatches}};
    if (!e.ekPublic.isEmpty())
        o.insert(QStringLiteral("endorsementKey"), QString::fromLatin1(e.ekPublic.toBase64()));
    if (!e.deviceUuid.isEmpty()) {
        o.insert(QStringLiteral("device"), e.deviceUuid);
        o.insert(QStringLiteral("deviceSerial"), e.deviceSerial);
        o.insert(QStringLiteral("usedUtc"), e.consumedUtc);
    }
    return o;
}

QString lotLine(const db::LotInfo& l)
{
    return Tr::tr("%1  part %2  %3 EK(s), %4 used  imported %5 by %6 from %7")
        .arg(l.lot, l.part)
        .arg(l.entries)
        .arg(l.consumed)
        .arg(l.importedUtc.left(19), l.importedBy, l.source);
}

struct Options
{
    QString db, as, reason, lot, part;
    bool json = false;
    QStringList positional;
};

std::optional<Options> parseOptions(Cli& cli, const QStringList& args, const QString& command, int* rc)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Incoming TPM lots: the TPM vendor's delivery lists of EKs."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption asOpt(QStringLiteral("as"),
                                   Tr::tr("The supervisor signing the import (password from STATION_PASSWORD "
                                          "or stdin)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption reasonOpt(QStringLiteral("reason"), Tr::tr("Why (signed and audited)."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption lotOpt(QStringLiteral("lot"), Tr::tr("Lot number."), QStringLiteral("L"));
    const QCommandLineOption partOpt(QStringLiteral("part"), Tr::tr("TPM part number."), QStringLiteral("P"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({dbOpt, asOpt, reasonOpt, lotOpt, partOpt, jsonOpt});
    if (command == QLatin1String("import"))
        parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The delivery list (CSV or JSON)."));
    if (command == QLatin1String("show"))
        parser.addPositionalArgument(QStringLiteral("LOT"), Tr::tr("Lot number."));
    if (!cli.parse(parser, args, QStringLiteral("lot ") + command)) {
        *rc = parser.isSet(QStringLiteral("help")) ? Ok : Usage;
        return std::nullopt;
    }
    Options o{parser.value(dbOpt),   parser.value(asOpt),   parser.value(reasonOpt),     parser.value(lotOpt),
              parser.value(partOpt), parser.isSet(jsonOpt), parser.positionalArguments()};
    if (o.db.isEmpty()) {
        *rc = cli.usage(Tr::tr("--db PATH is required."));
        return std::nullopt;
    }
    return o;
}

int importLot(Cli& cli, const Options& o)
{
    if (o.positional.size() != 1)
        return cli.usage(Tr::tr("Give one delivery list file."));
    if (o.lot.trimmed().isEmpty() || o.part.trimmed().isEmpty())
        return cli.usage(Tr::tr("--lot L and --part P are required."));
    if (o.reason.trimmed().isEmpty())
        return cli.usage(Tr::tr("--reason TEXT is required: it is signed and audited."));
    QFile f(o.positional.first());
    if (!f.open(QIODevice::ReadOnly))
        return cli.failure(Tr::tr("Cannot read '%1': %2").arg(f.fileName(), f.errorString()));
    const QByteArray data = f.readAll();
    auto database = db::Database::open(o.db);
    if (!database)
        return cli.failure(database.error().message);
    db::Operators operators(**database);
    int rc = Ok;
    auto signer = signIn(cli, operators, o.as, true, &rc, QStringLiteral("signature"));
    if (!signer)
        return rc;
    auto lot = db::Lots(**database)
                   .import(*signer, o.lot.trimmed(), o.part.trimmed(), QFileInfo(f.fileName()).fileName(),
                           data, o.reason);
    if (!lot)
        return cli.failure(lot.error().message);
    if (o.json)
        cli.printJson(QJsonDocument(lotJson(*lot)));
    else
        cli.out() << Tr::tr("Imported: %1").arg(lotLine(*lot)) << Qt::endl;
    return Ok;
}

int listLots(Cli& cli, const Options& o)
{
    auto database = db::Database::open(o.db, db::OpenOptions::readOnly());
    if (!database)
        return cli.failure(database.error().message);
    auto lots = db::Lots(**database).list();
    if (!lots)
        return cli.failure(lots.error().message);
    QJsonArray arr;
    for (const db::LotInfo& l : std::as_const(*lots)) {
        arr.append(lotJson(l));
        if (!o.json)
            cli.out() << lotLine(l) << Qt::endl;
    }
    if (o.json)
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("lots"), arr}}));
    return Ok;
}

int showLot(Cli& cli, const Options& o)
{
    const QString name = o.positional.value(0, o.lot);
    if (name.isEmpty())
        return cli.usage(Tr::tr("Name the lot."));
    auto database = db::Database::open(o.db, db::OpenOptions::readOnly());
    if (!database)
        return cli.failure(database.error().message);
    db::Lots lots(**database);
    auto lot = lots.find(name);
    if (!lot)
        return cli.failure(lot.error().message);
    if (!*lot)
        return cli.failure(Tr::tr("No lot %1 was imported.").arg(name));
    auto entries = lots.entries(name);
    if (!entries)
        return cli.failure(entries.error().message);
    if (o.json) {
        QJsonArray arr;
        for (const db::LotEntryInfo& e : std::as_const(*entries))
            arr.append(entryJson(e));
        QJsonObject out = lotJson(**lot);
        out.insert(QStringLiteral("eks"), arr);
        cli.printJson(QJsonDocument(out));
        return Ok;
    }
    cli.out() << lotLine(**lot) << Qt::endl;
    for (const db::LotEntryInfo& e : std::as_const(*entries))
        cli.out() << QStringLiteral("  %1  %2  %3  %4  %5  %6")
                         .arg(e.row, 5)
                         .arg(e.keyId.left(16), e.keyAlgorithm.leftJustified(9),
                              e.tpmSerial.leftJustified(12), e.state().leftJustified(13), e.deviceSerial)
                  << Qt::endl;
    return Ok;
}
} // namespace

int lotCommand(Cli& cli, const QStringList& args)
{
    const QString usage = Tr::tr("Usage: tpm-station-cli lot import FILE --lot L --part P --db PATH --as ID "
                                 "--reason TEXT [--json]\n"
                                 "       tpm-station-cli lot list --db PATH [--json]\n"
                                 "       tpm-station-cli lot show LOT --db PATH [--json]");
    if (args.isEmpty())
        return cli.usage(usage);
    const QString command = args.first();
    if (command != QLatin1String("import") && command != QLatin1String("list") &&
        command != QLatin1String("show"))
        return cli.usage(usage);
    int rc = Ok;
    const auto o = parseOptions(cli, args.mid(1), command, &rc);
    if (!o)
        return rc;
    if (command == QLatin1String("import"))
        return importLot(cli, *o);
    if (command == QLatin1String("list"))
        return listLots(cli, *o);
    return showLot(cli, *o);
}

} // namespace tps::cli
