// `tpm-station-cli ek roots list|import|remove --db PATH [--as ID --reason TEXT] [--json]`: the station's
// TPM manufacturer trust store (db/TrustStore.h; docs/CLI.md "ek roots").
#include "app/cli/EkRootsCommand.h"

#include "app/cli/CliAuth.h"
#include "db/TrustStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EkRootsCommand)
};

QJsonObject caJson(const db::TrustCa& t)
{
    QJsonObject o{{QStringLiteral("sha256"), t.sha256},
                  {QStringLiteral("vendor"), t.vendor},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("known"), t.known},
                  {QStringLiteral("role"), t.role},
                  {QStringLiteral("subject"), t.subject},
                  {QStringLiteral("notBefore"), t.notBefore},
                  {QStringLiteral("notAfter"), t.notAfter},
                  {QStringLiteral("source"), t.source},
                  {QStringLiteral("importedBy"), t.importedBy},
                  {QStringLiteral("importedUtc"), t.importedUtc},
                  {QStringLiteral("reason"), t.reason}};
    if (!t.removedUtc.isEmpty()) {
        o.insert(QStringLiteral("removedUtc"), t.removedUtc);
        o.insert(QStringLiteral("removedBy"), t.removedBy);
        o.insert(QStringLiteral("removedReason"), t.removedReason);
    }
    return o;
}

QString caLine(const db::TrustCa& t)
{
    const QString name = t.known ? t.name : Tr::tr("UNKNOWN — not in the manifest of known TPM vendor CAs");
    return QStringLiteral("%1  %2  %3  %4  %5 (%6)")
        .arg(t.sha256.left(16), t.role.leftJustified(12), t.notAfter.left(10), t.vendor, name, t.subject);
}

struct Common
{
    QString db;
    QString as;
    QString reason;
    bool json = false;
    QStringList positional;
};

std::optional<Common> parseCommon(Cli& cli, const QStringList& args, const QString& command, int* rc)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("The station's TPM manufacturer trust store."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption asOpt(QStringLiteral("as"),
                                   Tr::tr("The admin signing the change (password from STATION_PASSWORD or "
                                          "stdin)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption reasonOpt(QStringLiteral("reason"), Tr::tr("Why (signed and audited)."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({dbOpt, asOpt, reasonOpt, jsonOpt});
    if (command == QLatin1String("import"))
        parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("CA files: PEM, DER or PKCS#7."),
                                     QStringLiteral("FILE…"));
    if (command == QLatin1String("remove"))
        parser.addPositionalArgument(QStringLiteral("SHA256"), Tr::tr("The CA's SHA-256 fingerprint."));
    if (!cli.parse(parser, args, QStringLiteral("ek roots ") + command)) {
        *rc = parser.isSet(QStringLiteral("help")) ? Ok : Usage;
        return std::nullopt;
    }
    Common c{parser.value(dbOpt), parser.value(asOpt), parser.value(reasonOpt), parser.isSet(jsonOpt),
             parser.positionalArguments()};
    if (c.db.isEmpty()) {
        *rc = cli.usage(Tr::tr("--db PATH is required."));
        return std::nullopt;
    }
    return c;
}

int listRoots(Cli& cli, const Common& c)
{
    auto database = db::Database::open(c.db, db::OpenOptions::readOnly());
    if (!database)
        return cli.failure(database.error().message);
    auto cas = db::TrustStore(**database).list();
    if (!cas)
        return cli.failure(cas.error().message);
    QJsonArray arr;
    for (const db::TrustCa& t : std::as_const(*cas)) {
        arr.append(caJson(t));
        if (!c.json)
            cli.out() << caLine(t) << Qt::endl;
    }
    if (c.json)
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("certificates"), arr}}));
    else
        cli.out() << Tr::tr("%n CA certificate(s) in the trust store.", nullptr, int(cas->size()))
                  << Qt::endl;
    return Ok;
}

// Opens the database read-write and signs the admin in for an e-signature.
std::optional<db::OperatorInfo> signer(Cli& cli, db::Database& database, const Common& c, int* rc)
{
    if (c.reason.trimmed().isEmpty()) {
        *rc = cli.usage(Tr::tr("--reason TEXT is required: it is signed and audited."));
        return std::nullopt;
    }
    db::Operators operators(database);
    return signIn(cli, operators, c.as, true, rc, QStringLiteral("signature"));
}

int importRoots(Cli& cli, const Common& c)
{
    if (c.positional.isEmpty())
        return cli.usage(Tr::tr("Give at least one CA file."));
    QList<db::CaFile> files;
    for (const QString& path : c.positional) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return cli.failure(Tr::tr("Cannot read '%1': %2").arg(path, f.errorString()));
        files.append(db::CaFile{QFileInfo(path).fileName(), f.readAll()});
    }
    auto database = db::Database::open(c.db);
    if (!database)
        return cli.failure(database.error().message);
    int rc = Ok;
    auto admin = signer(cli, **database, c, &rc);
    if (!admin)
        return rc;
    auto result = db::TrustStore(**database).import(*admin, files, c.reason);
    if (!result)
        return cli.failure(result.error().message);
    for (const QString& w : std::as_const(result->warnings))
        cli.err() << Tr::tr("warning: %1").arg(w) << Qt::endl;
    if (c.json) {
        QJsonArray added, present;
        for (const db::TrustCa& t : std::as_const(result->added))
            added.append(caJson(t));
        for (const db::TrustCa& t : std::as_const(result->alreadyPresent))
            present.append(t.sha256);
        cli.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("import"), result->importUuid},
                        {QStringLiteral("added"), added},
                        {QStringLiteral("alreadyPresent"), present},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(result->warnings)}}));
        return Ok;
    }
    for (const db::TrustCa& t : std::as_const(result->added))
        cli.out() << caLine(t) << Qt::endl;
    cli.out() << Tr::tr("%n CA certificate(s) imported", nullptr, int(result->added.size()))
              << QStringLiteral("; ")
              << Tr::tr("%n already in the trust store.", nullptr, int(result->alreadyPresent.size()))
              << Qt::endl;
    return Ok;
}

int removeRoot(Cli& cli, const Common& c)
{
    if (c.positional.size() != 1)
        return cli.usage(Tr::tr("Name one CA by its SHA-256 fingerprint."));
    auto database = db::Database::open(c.db);
    if (!database)
        return cli.failure(database.error().message);
    int rc = Ok;
    auto admin = signer(cli, **database, c, &rc);
    if (!admin)
        return rc;
    auto removed = db::TrustStore(**database).remove(*admin, c.positional.first(), c.reason);
    if (!removed)
        return cli.failure(removed.error().message);
    if (c.json)
        cli.printJson(QJsonDocument(caJson(*removed)));
    else
        cli.out() << Tr::tr("Removed from the trust store: %1").arg(caLine(*removed)) << Qt::endl;
    return Ok;
}
} // namespace

int ekRootsCommand(Cli& cli, const QStringList& args)
{
    const QString usage =
        Tr::tr("Usage: tpm-station-cli ek roots list --db PATH [--json]\n"
               "       tpm-station-cli ek roots import FILE… --db PATH --as ID --reason TEXT "
               "[--json]\n"
               "       tpm-station-cli ek roots remove SHA256 --db PATH --as ID --reason TEXT "
               "[--json]");
    if (args.isEmpty())
        return cli.usage(usage);
    const QString command = args.first();
    if (command != QLatin1String("list") && command != QLatin1String("import") &&
        command != QLatin1String("remove"))
        return cli.usage(usage);
    int rc = Ok;
    const auto c = parseCommon(cli, args.mid(1), command, &rc);
    if (!c)
        return rc;
    if (command == QLatin1String("list"))
        return listRoots(cli, *c);
    if (command == QLatin1String("import"))
        return importRoots(cli, *c);
    return removeRoot(cli, *c);
}

} // namespace tps::cli
