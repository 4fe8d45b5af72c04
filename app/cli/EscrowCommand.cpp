#include "app/cli/Cli.h"

#include "app/cli/EscrowStoreChoice.h"
#include "core/crypto/CmsEscrow.h"
#include "core/ownership/EscrowRecovery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EscrowCommand)
};
} // namespace

// The device owner's recovery tool: prints the escrowed authorization values in hex. This is the one
// place the station's software shows them, on the owner's explicit request.
int escrowCommand(Cli& cli, const QStringList& args)
{
    const QString usage =
        Tr::tr("Usage: tpm-station-cli escrow open --key OWNER_KEY (--db PATH | --store DIR) --serial S "
               "[--json]");
    if (args.isEmpty() || args.first() != QLatin1String("open"))
        return cli.usage(usage);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Open a device's escrowed TPM authorizations with the owner's private key."));
    const QCommandLineOption keyOpt(QStringLiteral("key"), Tr::tr("The owner's private key (PEM or DER)."),
                                    QStringLiteral("OWNER_KEY"));
    const EscrowStoreChoice storeChoice;
    const QCommandLineOption serialOpt(QStringLiteral("serial"), Tr::tr("Device serial number."),
                                       QStringLiteral("S"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({keyOpt, storeChoice.database, storeChoice.directory, serialOpt, jsonOpt});
    if (!cli.parse(parser, args.mid(1), QStringLiteral("escrow open")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(keyOpt) || !parser.isSet(serialOpt))
        return cli.usage(usage);
    auto key = crypto::EscrowPrivateKey::fromFile(parser.value(keyOpt));
    if (!key)
        return cli.failure(key.error().message);
    // The database is opened read-only through the validating open: a foreign, newer or damaged file is
    // refused without a byte written.
    auto store = storeChoice.open(parser, true);
    if (!store)
        return cli.failure(store.error());
    const QString serial = parser.value(serialOpt).trimmed();
    auto recovered = ownership::recoverAuthorizations(**store, serial, *key);
    if (!recovered)
        return cli.failure(recovered.error());
    if (parser.isSet(jsonOpt)) {
        QJsonArray list;
        for (const ownership::RecoveredAuth& a : *recovered)
            list.append(QJsonObject{{QStringLiteral("hierarchy"), ownership::hierarchyKey(a.hierarchy)},
                                    {QStringLiteral("value"), a.value.toHex()},
                                    {QStringLiteral("record"), a.recordId},
                                    {QStringLiteral("state"), ownership::escrowStateKey(a.state)}});
        cli.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("serial"), serial}, {QStringLiteral("authorizations"), list}}));
        return Ok;
    }
    for (const ownership::RecoveredAuth& a : *recovered) {
        cli.out() << QStringLiteral("%1: %2").arg(ownership::hierarchyKey(a.hierarchy), a.value.toHex());
        if (a.state == ownership::EscrowState::Pending)
            cli.out() << Tr::tr("  (pending: written ahead, not confirmed on the TPM)");
        cli.out() << Qt::endl;
    }
    return Ok;
}

} // namespace tps::cli
