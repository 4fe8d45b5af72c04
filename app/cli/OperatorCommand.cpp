#include "app/cli/Cli.h"
#include "app/cli/CliAuth.h"

#include "db/Operators.h"
#include "db/SqliteRunStore.h"
#include "db/StationStore.h"
#include "services/OperatorService.h"
#include "services/ReworkService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OperatorCommand)
};

} // namespace

namespace {

int listOperators(Cli& cli, const QString& path, bool json)
{
    auto list = services::listOperators(path);
    if (!list)
        return cli.failure(list.error().message);
    QJsonArray arr;
    for (const db::OperatorInfo& o : std::as_const(*list)) {
        const QString state = o.disabled ? QStringLiteral("disabled")
                              : o.locked ? QStringLiteral("locked")
                                         : QStringLiteral("active");
        arr.append(QJsonObject{{QStringLiteral("id"), o.operatorId},
                               {QStringLiteral("name"), o.fullName},
                               {QStringLiteral("role"), db::roleKey(o.role)},
                               {QStringLiteral("state"), state},
                               {QStringLiteral("uuid"), o.uuid},
                               {QStringLiteral("createdUtc"), o.createdUtc}});
        if (!json)
            cli.out() << QStringLiteral("%1  %2  %3  %4")
                             .arg(o.operatorId, -16)
                             .arg(db::roleKey(o.role), -10)
                             .arg(state, -8)
                             .arg(o.fullName)
                      << Qt::endl;
    }
    if (json)
        cli.printJson(QJsonDocument(arr));
    return Ok;
}

} // namespace

int operatorCommand(Cli& cli, const QStringList& args)
{
    const QString usage =
        Tr::tr("Usage: tpm-station-cli operator add|list|disable --db PATH [options]\n"
               "Passwords come from STATION_NEW_PASSWORD / STATION_PASSWORD or stdin, never "
               "from the command line.");
    if (args.isEmpty())
        return cli.usage(usage);
    const QString action = args.first();
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Manage the station's operators."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption idOpt(QStringLiteral("id"), Tr::tr("Operator ID."), QStringLiteral("ID"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), Tr::tr("Full name."), QStringLiteral("NAME"));
    const QCommandLineOption roleOpt(QStringLiteral("role"),
                                     Tr::tr("operator, supervisor, quality or admin."),
                                     QStringLiteral("ROLE"), QStringLiteral("operator"));
    const QCommandLineOption asOpt(QStringLiteral("as"),
                                   Tr::tr("The admin doing this (password from "
                                          "STATION_PASSWORD or stdin)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption reasonOpt(QStringLiteral("reason"), Tr::tr("Why (recorded in the audit trail)."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption stdinOpt(QStringLiteral("password-stdin"),
                                      Tr::tr("Read passwords from stdin, one per line (new password first, "
                                             "then the admin's)."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({dbOpt, idOpt, nameOpt, roleOpt, asOpt, reasonOpt, stdinOpt, jsonOpt});
    if (!cli.parse(parser, args.mid(1), QStringLiteral("operator ") + action))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString path = parser.value(dbOpt);
    if (path.isEmpty())
        return cli.usage(Tr::tr("--db PATH is required."));
    const bool fromStdin = parser.isSet(stdinOpt);

    if (action == QLatin1String("list"))
        return listOperators(cli, path, parser.isSet(jsonOpt));

    auto session = services::StationSession::open(path);
    if (!session)
        return cli.failure(session.error().message);
    services::OperatorService operators(**session);

    if (action == QLatin1String("add")) {
        const auto role = db::roleFromKey(parser.value(roleOpt));
        if (!role)
            return cli.usage(Tr::tr("--role must be operator, supervisor, quality or admin."));
        if (!parser.isSet(idOpt) || !parser.isSet(nameOpt))
            return cli.usage(Tr::tr("--id and --name are required."));
        const crypto::SecureBytes password = readSecret("STATION_NEW_PASSWORD", fromStdin);
        if (password.empty())
            return cli.usage(
                Tr::tr("Give the new password in STATION_NEW_PASSWORD or on stdin (--password-stdin)."));
        auto needsAdmin = operators.addNeedsAdmin();
        if (!needsAdmin)
            return cli.failure(needsAdmin.error().message);
        std::optional<timeline::Credentials> admin;
        if (*needsAdmin) {
            int rc = Failed;
            admin = credentials(cli, parser.value(asOpt), fromStdin, &rc);
            if (!admin)
                return rc;
        }
        auto added = operators.add(admin, parser.value(idOpt), parser.value(nameOpt), *role, password,
                                   parser.value(reasonOpt));
        if (!added)
            return cli.failure(added.error().message);
        cli.out() << Tr::tr("Operator %1 (%2, %3) added.")
                         .arg(added->operatorId, added->fullName, db::roleKey(added->role))
                  << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("disable")) {
        if (!parser.isSet(idOpt) || parser.value(reasonOpt).trimmed().isEmpty())
            return cli.usage(Tr::tr("--id and --reason are required."));
        int rc = Failed;
        const std::optional<timeline::Credentials> admin =
            credentials(cli, parser.value(asOpt), fromStdin, &rc);
        if (!admin)
            return rc;
        if (auto r = operators.disable(*admin, parser.value(idOpt), parser.value(reasonOpt)); !r)
            return cli.failure(r.error().message);
        cli.out() << Tr::tr("Operator %1 disabled.").arg(parser.value(idOpt)) << Qt::endl;
        return Ok;
    }
    return cli.usage(usage);
}

// tpm-station-cli rework --db PATH --serial S [--product P] --as SUPERVISOR --reason TEXT
int reworkCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Order rework of a device that exhausted its retries (supervisor's electronic signature)."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption serialOpt(QStringLiteral("serial"), Tr::tr("Device serial."),
                                       QStringLiteral("SERIAL"));
    const QCommandLineOption productOpt(QStringLiteral("product"), Tr::tr("Product profile ID."),
                                        QStringLiteral("ID"), QStringLiteral("default"));
    const QCommandLineOption asOpt(QStringLiteral("as"),
                                   Tr::tr("Signing supervisor (password from STATION_PASSWORD "
                                          "or stdin)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption reasonOpt(QStringLiteral("reason"), Tr::tr("Reason for the rework."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption fromOpt(
        QStringLiteral("from-step"),
        Tr::tr("Run the device again from this step (e.g. ownership-taken after a TPM clear); default: the "
               "step that failed."),
        QStringLiteral("STEP"));
    parser.addOptions({dbOpt, serialOpt, productOpt, asOpt, reasonOpt, fromOpt});
    if (!cli.parse(parser, args, QStringLiteral("rework")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(dbOpt).isEmpty() || parser.value(serialOpt).isEmpty() || parser.value(asOpt).isEmpty() ||
        parser.value(reasonOpt).trimmed().isEmpty())
        return cli.usage(Tr::tr("--db, --serial, --as and --reason are required."));
    std::optional<timeline::StepId> from;
    if (parser.isSet(fromOpt)) {
        from = timeline::stepFromKey(parser.value(fromOpt));
        if (!from)
            return cli.usage(Tr::tr("Unknown step \"%1\" (--from-step): use tpm-installed, ek-extracted, "
                                    "ownership-taken, firmware-flashed or qa-check.")
                                 .arg(parser.value(fromOpt)));
    }
    auto session = services::StationSession::open(parser.value(dbOpt));
    if (!session)
        return cli.failure(session.error().message);
    auto ordered = services::orderRework(**session, parser.value(productOpt), parser.value(serialOpt),
                                         {parser.value(asOpt), readSecret("STATION_PASSWORD", true)},
                                         parser.value(reasonOpt), from);
    if (!ordered)
        return cli.failure(ordered.error().message);
    cli.out()
        << Tr::tr("Rework of %1 approved and signed by %2.").arg(parser.value(serialOpt), parser.value(asOpt))
        << Qt::endl;
    return Ok;
}

} // namespace tps::cli
