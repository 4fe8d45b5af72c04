#include "app/cli/Cli.h"

#include "core/firmware/FirmwareCatalog.h"
#include "core/firmware/ProvisioningSettings.h"
#include "core/firmware/SettingsNv.h"
#include "core/tpm/TpmSession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareCommand)
};

int verifyCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Verify a firmware release in a catalog: signature, product, size and digest."));
    const QCommandLineOption catalogOpt(QStringLiteral("catalog"), Tr::tr("Catalog directory."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption productOpt(QStringLiteral("product"), Tr::tr("Product the release must be for."),
                                        QStringLiteral("P"));
    const QCommandLineOption keyOpt(QStringLiteral("key"),
                                    Tr::tr("Trusted firmware-signing public key (PEM); repeatable."),
                                    QStringLiteral("PEM"));
    const QCommandLineOption versionOpt(QStringLiteral("version"), Tr::tr("Exactly this version."),
                                        QStringLiteral("V"));
    const QCommandLineOption manifestOpt(QStringLiteral("manifest"), Tr::tr("Exactly this manifest file."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({catalogOpt, productOpt, keyOpt, versionOpt, manifestOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("firmware verify")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(catalogOpt) || !parser.isSet(productOpt) || !parser.isSet(keyOpt))
        return cli.usage(Tr::tr("firmware verify needs --catalog, --product and at least one --key."));

    auto keys = firmware::SignatureVerifier::fromFiles(parser.values(keyOpt));
    if (!keys)
        return cli.failure(keys.error().message);
    auto catalog = firmware::FirmwareCatalog::open(parser.value(catalogOpt));
    if (!catalog)
        return cli.failure(catalog.error().message);
    QString manifest = parser.value(manifestOpt);
    if (manifest.isEmpty()) {
        auto entry = catalog->select(parser.value(productOpt), parser.value(versionOpt));
        if (!entry)
            return cli.failure(entry.error().message);
        manifest = entry->manifestPath;
    }
    auto verified = catalog->verify(manifest, *keys, parser.value(productOpt));
    if (!verified) {
        cli.err() << QStringLiteral("[%1] %2").arg(QLatin1String(firmware::errcName(verified.error().code)),
                                                   verified.error().technical)
                  << Qt::endl;
        return cli.failure(verified.error().message);
    }
    QJsonObject obj = verified->manifest.toJson();
    obj.insert(QStringLiteral("manifestPath"), verified->manifestPath);
    obj.insert(QStringLiteral("imagePath"), verified->imagePath);
    obj.insert(QStringLiteral("signatureAlgorithm"), firmware::algorithmName(verified->algorithm));
    obj.insert(QStringLiteral("verified"), true);
    if (parser.isSet(jsonOpt)) {
        QJsonArray problems;
        for (const QString& p : catalog->problems())
            problems.append(p);
        obj.insert(QStringLiteral("catalogProblems"), problems);
        cli.printJson(QJsonDocument(obj));
        return Ok;
    }
    cli.out() << Tr::tr("Verified: %1 %2 (%3, %4 bytes)")
                     .arg(verified->manifest.product, verified->manifest.version, verified->manifest.image)
                     .arg(verified->manifest.size)
              << Qt::endl;
    cli.out() << Tr::tr("SHA-256: %1").arg(QString::fromLatin1(verified->manifest.sha256.toHex()))
              << Qt::endl;
    cli.out()
        << Tr::tr("Signed by: %1 (%2)").arg(verified->keyId, firmware::algorithmName(verified->algorithm))
        << Qt::endl;
    for (const QString& p : catalog->problems())
        cli.err() << Tr::tr("warning: ignored catalog file %1").arg(p) << Qt::endl;
    return Ok;
}

int settingsCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Read the provisioning settings from the TPM's settings index 0x01500100 (no secret needed)."));
    const QCommandLineOption tctiOpt(QStringLiteral("tcti"),
                                     Tr::tr("TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0)."),
                                     QStringLiteral("T"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({tctiOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("firmware settings")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto session = tpm::TpmSession::open({parser.value(tctiOpt)});
    if (!session)
        return cli.failure(session.error().operatorMessage() + QStringLiteral(" [") +
                           session.error().technical() + QLatin1Char(']'));
    auto record = firmware::loadSettingsRecord(**session);
    if (!record) {
        if (record.error().code == tpm::TpmErrc::NotFound)
            return cli.failure(Tr::tr("The TPM holds no provisioning settings (index 0x%1 is not defined).")
                                   .arg(firmware::kSettingsNvIndex, 8, 16, QLatin1Char('0')));
        return cli.failure(record.error().operatorMessage() + QStringLiteral(" [") +
                           record.error().technical() + QLatin1Char(']'));
    }
    auto settings = firmware::ProvisioningSettings::fromNvRecord(*record);
    if (!settings)
        return cli.failure(settings.error().message);
    if (parser.isSet(jsonOpt)) {
        cli.printJson(QJsonDocument(settings->toJson()));
        return Ok;
    }
    const auto row = [&](const QString& label, const QString& value) {
        cli.out() << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -18).arg(value) << Qt::endl;
    };
    row(Tr::tr("DPS endpoint"), settings->endpoint);
    row(Tr::tr("ID scope"), settings->idScope);
    row(Tr::tr("Registration ID"), settings->registrationId);
    row(Tr::tr("Product"), settings->product);
    return Ok;
}
} // namespace

int firmwareCommand(Cli& cli, const QStringList& args)
{
    const QString usage = Tr::tr("Usage: tpm-station-cli firmware verify --catalog DIR --product P --key PEM "
                                 "[--version V] [--manifest FILE] [--json]\n"
                                 "       tpm-station-cli firmware settings [--tcti T] [--json]");
    if (args.isEmpty())
        return cli.usage(usage);
    if (args.first() == QLatin1String("verify"))
        return verifyCommand(cli, args.mid(1));
    if (args.first() == QLatin1String("settings"))
        return settingsCommand(cli, args.mid(1));
    return cli.usage(usage);
}

} // namespace tps::cli
