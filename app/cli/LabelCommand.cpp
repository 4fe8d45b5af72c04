#include "app/cli/Cli.h"

#include "db/Database.h"
#include "exports/ZplLabel.h"
#ifdef STATION_HAVE_LABEL_PREVIEW
#include "app/report/LabelPreview.h"
#endif

#include <QCoreApplication>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabelCommand)
};
} // namespace

int labelCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Print a device label (ZPL: serial, registration ID as QR code and text) to a file or a printer."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption serialOpt(QStringLiteral("serial"), Tr::tr("Device serial."),
                                       QStringLiteral("S"));
    const QCommandLineOption productOpt(
        QStringLiteral("product"), Tr::tr("Product (when the serial is ambiguous)."), QStringLiteral("ID"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("Write the ZPL to this file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption printerOpt(QStringLiteral("printer"), Tr::tr("Send the ZPL to tcp://HOST:PORT."),
                                        QStringLiteral("ADDRESS"));
    const QCommandLineOption pngOpt(QStringLiteral("png"), Tr::tr("Also write a PNG preview."),
                                    QStringLiteral("FILE"));
    parser.addOptions({dbOpt, serialOpt, productOpt, outOpt, printerOpt, pngOpt});
    if (!cli.parse(parser, args, QStringLiteral("label")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(dbOpt).isEmpty() || parser.value(serialOpt).isEmpty() ||
        (parser.value(outOpt).isEmpty() && parser.value(printerOpt).isEmpty() &&
         parser.value(pngOpt).isEmpty()))
        return cli.usage(Tr::tr("Usage: tpm-station-cli label --db PATH --serial S [--out FILE] "
                                "[--printer tcp://HOST:PORT] [--png FILE]"));
#ifndef STATION_HAVE_LABEL_PREVIEW
    if (parser.isSet(pngOpt))
        return cli.failure(Tr::tr("This build has no label preview (built without QtGui)."));
#endif
    auto database = db::Database::open(parser.value(dbOpt), db::OpenOptions::readOnly());
    if (!database)
        return cli.failure(database.error().message);
    auto label = db::exports::labelFor(**database, parser.value(serialOpt), parser.value(productOpt));
    if (!label)
        return cli.failure(label.error().message);
    const QByteArray zpl = db::exports::zplLabel(*label);
    for (const QString& target : {parser.value(outOpt), parser.value(printerOpt)}) {
        if (target.isEmpty())
            continue;
        auto printer = db::exports::openLabelPrinter(target);
        if (!printer)
            return cli.failure(printer.error().message);
        if (auto r = (*printer)->print(zpl); !r)
            return cli.failure(r.error().message);
        cli.out() << Tr::tr("Label of %1 sent to %2.").arg(label->serial, target) << Qt::endl;
    }
#ifdef STATION_HAVE_LABEL_PREVIEW
    if (parser.isSet(pngOpt)) {
        const QString error = report::saveLabelPng(*label, parser.value(pngOpt));
        if (!error.isEmpty())
            return cli.failure(error);
        cli.out() << Tr::tr("Preview written to %1.").arg(parser.value(pngOpt)) << Qt::endl;
    }
#endif
    return Ok;
}

} // namespace tps::cli
