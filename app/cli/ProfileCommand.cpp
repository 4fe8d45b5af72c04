#include "app/cli/Cli.h"
#include "app/cli/CliAuth.h"
#include "services/EscrowPinService.h"

#include <QCoreApplication>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
};
} // namespace

// `profile pin-escrow`: the admin pins the profile's escrow certificate (docs/ESCROW.md).
int profileCommand(Cli& cli, const QStringList& args)
{
    const QString usage =
        Tr::tr("Usage: tpm-station-cli profile pin-escrow --db PATH --profile FILE --as ADMIN "
               "--reason TEXT");
    if (args.isEmpty() || args.first() != QLatin1String("pin-escrow"))
        return cli.usage(usage);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Pin the product profile's escrow certificate: its SHA-256 is written to "
               "ownership.escrowCertificateSha256, signed by an administrator and audited."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), Tr::tr("The product profile to change."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption asOpt(
        QStringLiteral("as"), Tr::tr("The administrator signing (password from STATION_PASSWORD or stdin)."),
        QStringLiteral("ID"));
    const QCommandLineOption reasonOpt(QStringLiteral("reason"), Tr::tr("Why the pin changes."),
                                       QStringLiteral("TEXT"));
    parser.addOptions({dbOpt, profileOpt, asOpt, reasonOpt});
    if (!cli.parse(parser, args.mid(1), QStringLiteral("profile pin-escrow")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(dbOpt).isEmpty() || parser.value(profileOpt).isEmpty())
        return cli.usage(usage);
    int rc = Ok;
    const std::optional<timeline::Credentials> admin = credentials(cli, parser.value(asOpt), true, &rc);
    if (!admin)
        return rc;
    auto session = services::StationSession::open(parser.value(dbOpt));
    if (!session)
        return cli.failure(session.error().message);
    const auto changed =
        services::pinEscrowCertificate(**session, parser.value(profileOpt), *admin, parser.value(reasonOpt));
    if (!changed)
        return cli.failure(changed.error().message);
    cli.out() << Tr::tr("Escrow certificate %1 pinned in profile %2: SHA-256 %3 (was %4).")
                     .arg(changed->certificate, changed->profileId, changed->newPin,
                          changed->oldPin.isEmpty() ? Tr::tr("not pinned") : changed->oldPin)
              << Qt::endl;
    return Ok;
}

} // namespace tps::cli
