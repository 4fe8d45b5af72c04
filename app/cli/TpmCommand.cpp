#include "app/cli/Cli.h"

#include "core/tpm/TpmIdentity.h"
#include "core/tpm/TpmSession.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TpmCommand)
};
} // namespace

void printIdentity(Cli& cli, const tpm::TpmIdentity& id)
{
    const auto row = [&](const QString& label, const QString& value) {
        cli.out() << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -18).arg(value) << Qt::endl;
    };
    row(Tr::tr("Family"), id.family);
    row(Tr::tr("Manufacturer"), QStringLiteral("%1 (%2)").arg(id.manufacturerName, id.manufacturer));
    row(Tr::tr("Vendor string"), id.vendorString);
    row(Tr::tr("Firmware"), id.firmwareVersion());
    row(Tr::tr("Spec"), Tr::tr("level %1, revision %2, %3 day %4")
                            .arg(id.specLevel)
                            .arg(id.specRevisionText())
                            .arg(id.specYear)
                            .arg(id.specDayOfYear));
    row(Tr::tr("NV buffer"), Tr::tr("%1 bytes").arg(id.nvBufferMax));
}

int tpmCommand(Cli& cli, const QStringList& args)
{
    const QString usage = Tr::tr("Usage: tpm-station-cli tpm info [--tcti T] [--json]");
    if (args.isEmpty() || args.first() != QLatin1String("info"))
        return cli.usage(usage);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Identify a TPM: family, manufacturer, vendor strings, firmware."));
    const QCommandLineOption tctiOpt(QStringLiteral("tcti"),
                                     Tr::tr("TCTI, e.g. swtpm:host=127.0.0.1,port=2321 "
                                            "(default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0)."),
                                     QStringLiteral("T"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({tctiOpt, jsonOpt});
    if (!cli.parse(parser, args.mid(1), QStringLiteral("tpm info")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;

    auto session = tpm::TpmSession::open({parser.value(tctiOpt)});
    if (!session)
        return cli.failure(session.error().operatorMessage() + QStringLiteral(" [") +
                           session.error().technical() + QLatin1Char(']'));
    auto id = tpm::identify(**session);
    if (!id)
        return cli.failure(id.error().operatorMessage() + QStringLiteral(" [") + id.error().technical() +
                           QLatin1Char(']'));
    if (parser.isSet(jsonOpt)) {
        QJsonObject obj = id->toJson();
        obj.insert(QStringLiteral("tcti"), (*session)->tcti());
        cli.printJson(QJsonDocument(obj));
    } else {
        printIdentity(cli, *id);
    }
    return Ok;
}

} // namespace tps::cli
