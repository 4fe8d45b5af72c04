#include "app/cli/Cli.h"
#include "app/cli/CliAuth.h"

#include "app/cli/CliSession.h"
#include "app/cli/SyncCommand.h"
#include "core/timeline/ProductProfile.h"
#include "db/Operators.h"
#include "db/StationStore.h"
#include "exports/AuditExporter.h"
#include "exports/DpsBatchExporter.h"
#include "services/Profiles.h"
#include "sync/CentralAuditSource.h"
#include "sync/CentralExports.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

int exportDps(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Export the devices that passed QA as a signed DPS enrollment batch (bulk JSON, CSV, az script)."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("Output directory (new or empty)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), Tr::tr("Batch name."), QStringLiteral("N"));
    const QCommandLineOption productOpt(QStringLiteral("product"), Tr::tr("Only devices of this product."),
                                        QStringLiteral("ID"));
    const QCommandLineOption profileOpt(
        QStringLiteral("profile"),
        Tr::tr("Product profile JSON (its \"dps\" section: hub, allocation, ...)."), QStringLiteral("FILE"));
    const QCommandLineOption simOpt(QStringLiteral("allow-simulated"),
                                    Tr::tr("Include simulated devices (marked simulated; never on production "
                                           "profiles)."));
    const QCommandLineOption reOpt(QStringLiteral("reexport"), Tr::tr("Include devices already in a batch."));
    const QCommandLineOption asOpt(
        QStringLiteral("as"), Tr::tr("The operator exporting (password from STATION_PASSWORD or stdin)."),
        QStringLiteral("ID"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    const QCommandLineOption lotOpt(
        QStringLiteral("from-lot"),
        Tr::tr("Prepare the batch from this incoming lot's delivery list, before the "
               "TPMs are soldered (needs --product or --profile)."),
        QStringLiteral("L"));
    const QCommandLineOption centralOpt = centralOption();
    const QCommandLineOption stationsOpt(
        QStringLiteral("stations"),
        Tr::tr("With --central: only the devices of these stations (comma-separated station IDs)."),
        QStringLiteral("IDS"));
    parser.addOptions({dbOpt, outOpt, nameOpt, productOpt, profileOpt, simOpt, reOpt, asOpt, jsonOpt, lotOpt,
                       centralOpt, stationsOpt});
    if (!cli.parse(parser, args, QStringLiteral("export dps")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(dbOpt).isEmpty() || parser.value(outOpt).isEmpty())
        return cli.usage(Tr::tr("--db PATH and --out DIR are required."));

    db::exports::DpsBatchOptions options;
    options.outDir = parser.value(outOpt);
    options.name = parser.value(nameOpt);
    options.product = parser.value(productOpt);
    options.allowSimulated = parser.isSet(simOpt);
    options.reexport = parser.isSet(reOpt);
    std::optional<timeline::ProductProfile> profile;
    if (parser.isSet(profileOpt)) {
        auto loaded = services::loadProfile(parser.value(profileOpt));
        if (!loaded)
            return cli.failure(loaded.error().message);
        profile = *loaded;
        auto dps = db::exports::DpsProfile::fromJson(profile->section(QStringLiteral("dps")));
        if (!dps)
            return cli.failure(dps.error());
        options.profile = *dps;
        options.production = profile->production;
        if (options.product.isEmpty())
            options.product = profile->id;
    }

    int rc = Ok;
    const QString lot = parser.value(lotOpt);
    if (!lot.isEmpty() && (options.product.isEmpty() || options.allowSimulated || options.reexport))
        return cli.usage(
            Tr::tr("--from-lot needs --product or --profile, and takes neither --allow-simulated "
                   "nor --reexport."));
    const QString central = parser.value(centralOpt);
    if (!central.isEmpty() && !lot.isEmpty())
        return cli.usage(Tr::tr("--central and --from-lot exclude each other."));
    if (central.isEmpty() && parser.isSet(stationsOpt))
        return cli.usage(Tr::tr("--stations needs --central."));
    auto stations = sync::parseStationList(parser.value(stationsOpt));
    if (!stations)
        return cli.usage(stations.error());
    std::unique_ptr<sync::PgConnection> pg;
    if (!central.isEmpty() && !(pg = connectCentral(cli, central, parser.isSet(jsonOpt), &rc)))
        return rc;
    const auto batch = exportInSession(
        cli, parser.value(dbOpt), parser.value(asOpt), &rc,
        [&](services::ExportService& s) {
            if (pg) {
                sync::CentralDpsStore store(*pg, *stations);
                return s.exportStoredBatch(store, options);
            }
            return lot.isEmpty()
                       ? s.exportDpsBatch(options)
                       : s.exportLotBatch(
                             {lot, options.outDir, options.name, options.product, options.profile, {}});
        },
        profile ? &*profile : nullptr);
    if (!batch)
        return rc;
    if (parser.isSet(jsonOpt)) {
        QJsonArray skipped;
        for (const auto& s : std::as_const(batch->skipped))
            skipped.append(
                QJsonObject{{QStringLiteral("serial"), s.serial}, {QStringLiteral("reason"), s.reason}});
        cli.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("uuid"), batch->uuid},
                                      {QStringLiteral("name"), batch->name},
                                      {QStringLiteral("product"), batch->product},
                                      {QStringLiteral("simulated"), batch->simulated},
                                      {QStringLiteral("devices"), batch->devices},
                                      {QStringLiteral("operations"), batch->operations},
                                      {QStringLiteral("skipped"), skipped},
                                      {QStringLiteral("simulatedLeftOut"), batch->simulatedLeftOut},
                                      {QStringLiteral("manifestSha256"), batch->manifestSha256},
                                      {QStringLiteral("certificateSha256"), batch->certificateFingerprint}}));
    } else {
        cli.out() << Tr::tr("Batch %1 (%2): %3 in %4, written to %5.")
                         .arg(batch->name, batch->uuid,
                              Tr::tr("%n device(s) of %1", nullptr, static_cast<int>(batch->devices))
                                  .arg(batch->product),
                              Tr::tr("%n bulk operation(s)", nullptr, batch->operations), options.outDir)
                  << Qt::endl;
        for (const auto& s : std::as_const(batch->skipped))
            cli.out() << Tr::tr("Left out %1: %2").arg(s.serial, s.reason) << Qt::endl;
        if (batch->simulatedLeftOut > 0)
            cli.out() << Tr::tr("%n simulated device(s) left out (see --allow-simulated).", nullptr,
                                static_cast<int>(batch->simulatedLeftOut))
                      << Qt::endl;
        cli.out() << Tr::tr("Manifest signed by the certificate with SHA-256 %1.")
                         .arg(batch->certificateFingerprint)
                  << Qt::endl;
    }
    return Ok;
}

// `export audit --central`: one export per station of the factory database (all, or those named) in
// DIR/<station ID>, signed by and audited on the --db station. Nothing is written when the factory database
// cannot be read, a named station is unknown or the signed-in operator may not export the audit trail.
int exportCentralAudit(Cli& cli, const QString& central, const QStringList& stationArgs, const QString& db,
                       const QString& operatorId, const db::exports::AuditExportOptions& options)
{
    auto named = sync::parseStationList(stationArgs.join(QLatin1Char(',')));
    if (!named)
        return cli.usage(named.error());
    int rc = Ok;
    std::unique_ptr<sync::PgConnection> pg = connectCentral(cli, central, false, &rc);
    if (!pg)
        return rc;
    auto stations = sync::centralStations(*pg, *named);
    if (!stations)
        return cli.failure(stations.error().message);
    if (stations->isEmpty())
        return cli.failure(
            Tr::tr("No station has sent anything to the factory database %1.").arg(pg->where()));
    std::vector<std::unique_ptr<sync::CentralAuditSource>> owned;
    QList<db::exports::AuditSource*> sources;
    for (const QString& station : std::as_const(*stations)) {
        owned.push_back(std::make_unique<sync::CentralAuditSource>(*pg, station));
        sources.append(owned.back().get());
    }
    const auto exported = exportInSession(cli, db, operatorId, &rc, [&](services::ExportService& s) {
        return s.exportAuditSet(sources, options);
    });
    if (!exported)
        return rc;
    bool intact = true;
    for (const db::exports::AuditExportResult& r : *exported) {
        cli.out() << Tr::tr("Station %1: %n audit event(s) (seq %2..%3) exported to %4. Chain: %5", nullptr,
                            static_cast<int>(r.events))
                         .arg(r.station)
                         .arg(r.firstSeq)
                         .arg(r.lastSeq)
                         .arg(QDir(options.outDir).filePath(r.station), r.verdict)
                  << Qt::endl;
        intact = intact && r.intact;
    }
    return intact ? Ok : Failed;
}

int exportAuditTrail(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Export audit events (by period, device or batch) with the chain "
                                            "verdict, signed."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("Output directory (new or empty)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption fromOpt(QStringLiteral("from"), Tr::tr("Start of the period (ISO 8601, UTC)."),
                                     QStringLiteral("T"));
    const QCommandLineOption toOpt(
        QStringLiteral("to"), Tr::tr("End of the period (ISO 8601, UTC, inclusive)."), QStringLiteral("T"));
    const QCommandLineOption serialOpt(QStringLiteral("serial"), Tr::tr("Only this device."),
                                       QStringLiteral("S"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), Tr::tr("Only this batch and its devices."),
                                      QStringLiteral("B"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), Tr::tr("Comma-separated: csv, json, pdf."),
                                       QStringLiteral("LIST"), QStringLiteral("csv,json"));
    const QCommandLineOption asOpt(
        QStringLiteral("as"), Tr::tr("The operator exporting (password from STATION_PASSWORD or stdin)."),
        QStringLiteral("ID"));
    const QCommandLineOption centralOpt = centralOption();
    const QCommandLineOption stationOpt({QStringLiteral("station"), QStringLiteral("stations")},
                                        Tr::tr("With --central: only this station's trail (a station ID; "
                                               "repeat it or separate IDs with commas)."),
                                        QStringLiteral("ID"));
    parser.addOptions(
        {dbOpt, outOpt, fromOpt, toOpt, serialOpt, batchOpt, formatOpt, asOpt, centralOpt, stationOpt});
    if (!cli.parse(parser, args, QStringLiteral("export audit")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(dbOpt).isEmpty() || parser.value(outOpt).isEmpty())
        return cli.usage(Tr::tr("--db PATH and --out DIR are required."));
    if (parser.value(centralOpt).isEmpty() && parser.isSet(stationOpt))
        return cli.usage(Tr::tr("--station needs --central."));
    const QStringList formats = parser.value(formatOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& f : formats) {
        if (f != QLatin1String("csv") && f != QLatin1String("json") && f != QLatin1String("pdf"))
            return cli.usage(Tr::tr("Unknown format '%1': use csv, json, pdf.").arg(f));
    }
    db::exports::AuditExportOptions options;
    options.outDir = parser.value(outOpt);
    options.from = parser.value(fromOpt);
    options.to = parser.value(toOpt);
    options.serial = parser.value(serialOpt);
    options.batch = parser.value(batchOpt);
    options.csv = formats.contains(QStringLiteral("csv"));
    options.json = formats.contains(QStringLiteral("json"));
    options.pdf = formats.contains(QStringLiteral("pdf"));
    if (!parser.value(centralOpt).isEmpty())
        return exportCentralAudit(cli, parser.value(centralOpt), parser.values(stationOpt),
                                  parser.value(dbOpt), parser.value(asOpt), options);
    int rc = Ok;
    const auto exported = exportInSession(cli, parser.value(dbOpt), parser.value(asOpt), &rc,
                                          [&](services::ExportService& s) { return s.exportAudit(options); });
    if (!exported)
        return rc;
    cli.out() << Tr::tr("%n audit event(s) (seq %1..%2) exported to %3. Chain: %4", nullptr,
                        static_cast<int>(exported->events))
                     .arg(exported->firstSeq)
                     .arg(exported->lastSeq)
                     .arg(options.outDir, exported->verdict)
              << Qt::endl;
    return exported->intact ? Ok : Failed;
}

} // namespace

int exportCommand(Cli& cli, const QStringList& args)
{
    const QString usage =
        Tr::tr("Usage: tpm-station-cli export dps --db PATH --out DIR [--name N] "
               "[--allow-simulated] [--reexport] [--profile FILE] [--product ID]\n"
               "       tpm-station-cli export dps --central URL [--stations ID,ID] --db PATH --out DIR "
               "[--name N] [--allow-simulated] [--profile FILE] [--product ID]\n"
               "       tpm-station-cli export audit --db PATH --out DIR [--from T] [--to T] "
               "[--serial S] [--batch B] [--format csv,json,pdf]\n"
               "       tpm-station-cli export audit --central URL [--station ID …] --db PATH --out DIR "
               "[--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]\n"
               "       tpm-station-cli export slot-keys --db PATH --out DIR --profile FILE [--as ID] "
               "[--allow-simulated]");
    if (args.isEmpty())
        return cli.usage(usage);
    if (args.first() == QLatin1String("dps"))
        return exportDps(cli, args.mid(1));
    if (args.first() == QLatin1String("audit"))
        return exportAuditTrail(cli, args.mid(1));
    if (args.first() == QLatin1String("slot-keys"))
        return exportSlotKeysCommand(cli, args.mid(1));
    return cli.usage(usage);
}

} // namespace tps::cli
