// `central pin` and `central verify` (SyncCommand.h): the factory admin pins each station's checkpoint key;
// the verifier checks every checkpoint that arrived against it (sync/CentralVerifier.h).
#include "app/cli/SyncCommand.h"

#include "db/Checkpoints.h"
#include "sync/CentralVerifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
};

void printVerifyReport(Cli& cli, bool json, const sync::CentralVerifyReport& report)
{
    if (json) {
        QJsonArray flagged;
        for (const sync::CheckpointVerdict& v : report.flagged)
            flagged.append(QJsonObject{{QStringLiteral("station"), v.station},
                                       {QStringLiteral("checkpoint"), v.checkpoint},
                                       {QStringLiteral("seq"), v.seq},
                                       {QStringLiteral("verdict"), v.verdict},
                                       {QStringLiteral("message"), v.message}});
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), report.flagged.isEmpty()},
                                                {QStringLiteral("checked"), report.checked},
                                                {QStringLiteral("verified"), report.verified},
                                                {QStringLiteral("flagged"), flagged}}));
        return;
    }
    cli.out()
        << Tr::tr("%n checkpoint(s) checked, %1 verified.", nullptr, report.checked).arg(report.verified)
        << Qt::endl;
    for (const sync::CheckpointVerdict& v : report.flagged)
        cli.out() << QStringLiteral("%1 %2 %3: %4").arg(v.station).arg(v.seq).arg(v.verdict, v.message)
                  << Qt::endl;
    if (!report.flagged.isEmpty())
        cli.out() << Tr::tr("%n checkpoint(s) of the factory are not verified.", nullptr,
                            static_cast<int>(report.flagged.size()))
                  << Qt::endl;
}
} // namespace

int centralPin(Cli& cli, const QStringList& args)
{
    const QString usage =
        Tr::tr("Usage: tpm-station-cli central pin --central URL --station ID --public-key PUB.pem [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Pin a station's checkpoint key in the factory database (the key 'tpm-station-cli audit "
               "public-key' writes), once per station; needs the factory database's owner."));
    const QCommandLineOption centralOpt = centralOption();
    const QCommandLineOption stationOpt(QStringLiteral("station"), Tr::tr("The station's ID."),
                                        QStringLiteral("ID"));
    const QCommandLineOption keyOpt(QStringLiteral("public-key"), Tr::tr("The station's public key (PEM)."),
                                    QStringLiteral("PUB.pem"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({centralOpt, stationOpt, keyOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("central pin")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(centralOpt).isEmpty() || parser.value(stationOpt).isEmpty() ||
        parser.value(keyOpt).isEmpty())
        return cli.usage(usage);
    const bool json = parser.isSet(jsonOpt);
    auto key = db::readPublicKeyPem(parser.value(keyOpt));
    if (!key)
        return cli.failure(key.error().message);
    int rc = Ok;
    auto pg = connectCentral(cli, parser.value(centralOpt), json, &rc);
    if (!pg)
        return rc;
    auto pinned = sync::pinStationKey(*pg, parser.value(stationOpt), *key);
    if (!pinned)
        return syncFailure(cli, json, pinned.error());
    if (json)
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                                {QStringLiteral("station"), parser.value(stationOpt)},
                                                {QStringLiteral("fingerprint"), *pinned}}));
    else
        cli.out() << Tr::tr("Station %1: checkpoint key %2 pinned.").arg(parser.value(stationOpt), *pinned)
                  << Qt::endl;
    return Ok;
}

int centralVerify(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Verify the signed checkpoints the stations sent to the factory database against their pinned "
               "keys and the central chain, and record the verdicts (role tps_verifier)."));
    const QCommandLineOption centralOpt = centralOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({centralOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("central verify")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(centralOpt).isEmpty())
        return cli.usage(Tr::tr("Usage: tpm-station-cli central verify --central URL [--json]"));
    const bool json = parser.isSet(jsonOpt);
    int rc = Ok;
    auto pg = connectCentral(cli, parser.value(centralOpt), json, &rc);
    if (!pg)
        return rc;
    auto report = sync::verifyCentralCheckpoints(*pg);
    if (!report)
        return syncFailure(cli, json, report.error());
    printVerifyReport(cli, json, *report);
    return report->flagged.isEmpty() ? Ok : Failed;
}

} // namespace tps::cli
