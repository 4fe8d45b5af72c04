#include "app/cli/Cli.h"

#include "app/cli/CliSession.h"
#include "exports/UploadResultImporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)
};
} // namespace

int batchCommand(Cli& cli, const QStringList& args)
{
    const QString usage = Tr::tr("Usage: tpm-station-cli batch import-result --db PATH --as ID "
                                 "[--batch UUID|NAME] [--operation N] FILE");
    if (args.isEmpty() || args.first() != QLatin1String("import-result"))
        return cli.usage(usage);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Import a DPS bulk enrollment result: mark each device of the "
                                            "operation uploaded or failed."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption batchOpt(
        QStringLiteral("batch"), Tr::tr("Batch UUID or name (default: from the manifest.json next to FILE)."),
        QStringLiteral("B"));
    const QCommandLineOption opOpt(
        QStringLiteral("operation"),
        Tr::tr("Bulk operation number (default: from the file name bulk-NNNN...)."), QStringLiteral("N"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    const QCommandLineOption asOpt(
        QStringLiteral("as"), Tr::tr("The operator importing (password from STATION_PASSWORD or stdin)."),
        QStringLiteral("ID"));
    parser.addOptions({dbOpt, batchOpt, opOpt, jsonOpt, asOpt});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The DPS bulk result JSON."));
    if (!cli.parse(parser, args.mid(1), QStringLiteral("batch import-result")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(dbOpt).isEmpty() || parser.positionalArguments().size() != 1)
        return cli.usage(usage);
    db::exports::UploadImportOptions options;
    options.batch = parser.value(batchOpt);
    if (parser.isSet(opOpt)) {
        bool ok = false;
        options.operation = parser.value(opOpt).toInt(&ok);
        if (!ok || options.operation < 1)
            return cli.usage(Tr::tr("--operation takes a number from 1."));
    }
    int rc = Ok;
    const QString file = parser.positionalArguments().first();
    const auto imported =
        exportInSession(cli, parser.value(dbOpt), parser.value(asOpt), &rc,
                        [&](services::ExportService& s) { return s.importUploadResult(file, options); });
    if (!imported)
        return rc;
    if (parser.isSet(jsonOpt)) {
        cli.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("batch"), imported->batchUuid},
                        {QStringLiteral("operation"), imported->operation},
                        {QStringLiteral("uploaded"), imported->uploaded},
                        {QStringLiteral("failed"), imported->failed},
                        {QStringLiteral("failures"), QJsonArray::fromStringList(imported->failures)}}));
    } else {
        cli.out() << Tr::tr("Batch %1, operation %2: %3 uploaded, %4 failed.")
                         .arg(imported->batchName)
                         .arg(imported->operation)
                         .arg(imported->uploaded)
                         .arg(imported->failed)
                  << Qt::endl;
        for (const QString& f : std::as_const(imported->failures))
            cli.out() << QStringLiteral("  ") << f << Qt::endl;
    }
    return Ok;
}

} // namespace tps::cli
