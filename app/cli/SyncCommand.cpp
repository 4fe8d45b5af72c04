// The factory tier on the command line: `sync` (one catch-up of the outbox), `sync status`, `central init`
// (`central pin|verify`: CentralVerifyCommand.cpp).
#include "app/cli/SyncCommand.h"

#include "db/Migrations.h"
#include "db/Outbox.h"
#include "db/StationStore.h"
#include "sync/CentralSchema.h"
#include "sync/Relay.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
};

} // namespace

int syncFailure(Cli& cli, bool json, const sync::SyncError& e, const QString& statusNote)
{
    if (json)
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                {QStringLiteral("error"), sync::syncErrorKey(e.code)},
                                                {QStringLiteral("message"), e.message}}));
    return cli.failure(statusNote.isEmpty() ? e.message : e.message + QLatin1Char('\n') + statusNote);
}

namespace {

int statusAction(Cli& cli, const QString& path, bool json)
{
    auto database = db::Database::open(path, db::OpenOptions::readOnly());
    if (!database)
        return cli.failure(database.error().message);
    if ((*database)->schemaVersion() < 12)
        return cli.failure(
            Tr::tr("The station database %1 has no outbox yet (schema %2): open it once with this "
                   "version of the station to queue its records.")
                .arg(path)
                .arg((*database)->schemaVersion()));
    auto s = db::outboxStatus(**database);
    if (!s)
        return cli.failure(s.error().message);
    if (json) {
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("queued"), s->queued},
                                                {QStringLiteral("oldestSeq"), s->oldestSeq},
                                                {QStringLiteral("oldestUtc"), s->oldestUtc},
                                                {QStringLiteral("lastSuccessUtc"), s->lastSuccessUtc},
                                                {QStringLiteral("lastSentSeq"), s->lastSentSeq},
                                                {QStringLiteral("lastErrorUtc"), s->lastErrorUtc},
                                                {QStringLiteral("lastError"), s->lastError},
                                                {QStringLiteral("conflicts"), s->conflicts},
                                                {QStringLiteral("central"), s->central}}));
        return Ok;
    }
    cli.out() << Tr::tr("%n record(s) queued for the factory database.", nullptr,
                        int(qMin<qint64>(s->queued, INT_MAX)))
              << Qt::endl;
    if (s->queued > 0)
        cli.out() << Tr::tr("Oldest queued: %1").arg(s->oldestUtc) << Qt::endl;
    cli.out()
        << Tr::tr("Last success: %1").arg(s->lastSuccessUtc.isEmpty() ? Tr::tr("never") : s->lastSuccessUtc)
        << Qt::endl;
    if (!s->lastErrorUtc.isEmpty() && s->lastErrorUtc > s->lastSuccessUtc)
        cli.out() << Tr::tr("Last error (%1): %2").arg(s->lastErrorUtc, s->lastError) << Qt::endl;
    if (s->conflicts > 0)
        cli.out() << Tr::tr("%n conflict(s) with the factory database (see the audit trail).", nullptr,
                            int(qMin<qint64>(s->conflicts, INT_MAX)))
                  << Qt::endl;
    return Ok;
}

int syncAction(Cli& cli, const QString& path, const QString& central, int batchSize, bool json)
{
    auto store = db::StationStore::open(path);
    if (!store)
        return cli.failure(store.error().message);
    sync::RelayOptions options;
    options.conninfo = central;
    options.batchSize = batchSize;
    sync::Relay relay((*store)->database(), options);
    auto report = relay.syncOnce();
    if (!report) {
        auto s = db::outboxStatus((*store)->database());
        const QString kept = s ? Tr::tr("%n record(s) stay queued in the station.", nullptr,
                                        int(qMin<qint64>(s->queued, INT_MAX)))
                               : QString();
        return syncFailure(cli, json, report.error(), kept);
    }
    if (!report->conflicts.isEmpty())
        if (auto cp = (*store)->checkpoint(); !cp)
            return cli.failure(cp.error().message);
    auto s = db::outboxStatus((*store)->database());
    if (!s)
        return cli.failure(s.error().message);
    if (json) {
        QJsonArray conflicts;
        for (const db::OutboxConflict& c : report->conflicts)
            conflicts.append(QJsonObject{{QStringLiteral("seq"), c.seq},
                                         {QStringLiteral("uuid"), c.uuid},
                                         {QStringLiteral("table"), c.table},
                                         {QStringLiteral("row"), c.rowKey}});
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                                {QStringLiteral("sent"), report->sent},
                                                {QStringLiteral("batches"), report->batches},
                                                {QStringLiteral("upToSeq"), report->upToSeq},
                                                {QStringLiteral("verifiedSeq"), report->verifiedSeq},
                                                {QStringLiteral("checkedBeside"), report->checksBeside},
                                                {QStringLiteral("conflicts"), conflicts},
                                                {QStringLiteral("queued"), s->queued},
                                                {QStringLiteral("central"), report->central}}));
    } else {
        cli.out() << Tr::tr("%n record(s) sent to the factory database %1.", nullptr,
                            int(qMin<qint64>(report->sent, INT_MAX)))
                         .arg(report->central)
                  << Qt::endl;
        for (const db::OutboxConflict& c : report->conflicts)
            cli.out() << Tr::tr(
                             "Conflict: the factory database holds other content for %1 %2 (UUID %3); kept "
                             "there, recorded here.")
                             .arg(c.table, c.rowKey, c.uuid)
                      << Qt::endl;
    }
    return report->conflicts.isEmpty() ? Ok : Failed;
}
} // namespace

QCommandLineOption centralOption()
{
    return QCommandLineOption(QStringLiteral("central"),
                              Tr::tr("The factory database: a libpq connection string, URI or service=NAME "
                                     "(the password from PGPASSFILE/~/.pgpass or PGPASSWORD, never here)."),
                              QStringLiteral("URL"));
}

std::unique_ptr<sync::PgConnection> connectCentral(Cli& cli, const QString& conninfo, bool json, int* rc)
{
    auto pg = sync::PgConnection::connect(conninfo);
    if (!pg) {
        *rc = syncFailure(cli, json, pg.error());
        return nullptr;
    }
    if (auto v = sync::checkCentralSchema(**pg); !v) {
        *rc = syncFailure(cli, json, v.error());
        return nullptr;
    }
    return std::move(*pg);
}

int syncCommand(Cli& cli, const QStringList& args)
{
    const bool status = !args.isEmpty() && args.first() == QLatin1String("status");
    QCommandLineParser parser;
    parser.setApplicationDescription(status
                                         ? Tr::tr("Show the station's queue for the factory database.")
                                         : Tr::tr("Send the station's queued records to the factory database "
                                                  "once (the line's relay does it continuously)."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), Tr::tr("Station database."), QStringLiteral("PATH"));
    const QCommandLineOption centralOpt = centralOption();
    const QCommandLineOption batchOpt(QStringLiteral("batch-size"),
                                      Tr::tr("Records per central transaction (default 10000)."),
                                      QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({dbOpt, jsonOpt});
    if (!status)
        parser.addOptions({centralOpt, batchOpt});
    if (!cli.parse(parser, status ? args.mid(1) : args,
                   status ? QStringLiteral("sync status") : QStringLiteral("sync")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(dbOpt).isEmpty())
        return cli.usage(Tr::tr("Usage: tpm-station-cli sync --db PATH --central URL [--json]\n"
                                "       tpm-station-cli sync status --db PATH [--json]"));
    if (status)
        return statusAction(cli, parser.value(dbOpt), parser.isSet(jsonOpt));
    if (parser.value(centralOpt).isEmpty())
        return cli.usage(Tr::tr("sync needs --central: the factory database's connection string."));
    bool ok = false;
    const int batchSize = parser.value(batchOpt).toInt(&ok);
    if (!ok || batchSize < 1 || batchSize > 1000000)
        return cli.usage(Tr::tr("--batch-size takes a number from 1 to 1000000."));
    return syncAction(cli, parser.value(dbOpt), parser.value(centralOpt), batchSize, parser.isSet(jsonOpt));
}

int centralCommand(Cli& cli, const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("pin"))
        return centralPin(cli, args.mid(1));
    if (action == QLatin1String("verify"))
        return centralVerify(cli, args.mid(1));
    if (action != QLatin1String("init"))
        return cli.usage(Tr::tr("Usage: tpm-station-cli central init|pin|verify --central URL … [--json]"));
    return centralInit(cli, args.mid(1));
}

int centralInit(Cli& cli, const QStringList& args)
{
    const QString usage = Tr::tr("Usage: tpm-station-cli central init --central URL [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Create or migrate the factory database's schema and its roles "
               "tps_relay (insert only), tps_auditor (read only), tps_exporter (central "
               "exports) and tps_verifier (checkpoint verdicts)."));
    const QCommandLineOption centralOpt = centralOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({centralOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("central init")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(centralOpt).isEmpty())
        return cli.usage(usage);
    const bool json = parser.isSet(jsonOpt);
    auto pg = sync::PgConnection::connect(parser.value(centralOpt));
    if (!pg)
        return syncFailure(cli, json, pg.error());
    auto from = sync::initCentralSchema(**pg);
    if (!from)
        return syncFailure(cli, json, from.error());
    if (json)
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                                {QStringLiteral("from"), *from},
                                                {QStringLiteral("version"), sync::kCentralSchemaVersion},
                                                {QStringLiteral("central"), (*pg)->where()}}));
    else if (*from == sync::kCentralSchemaVersion)
        cli.out()
            << Tr::tr("The factory database %1 already has schema version %2.").arg((*pg)->where()).arg(*from)
            << Qt::endl;
    else
        cli.out() << Tr::tr("The factory database %1 is at schema version %2 (was %3).")
                         .arg((*pg)->where())
                         .arg(sync::kCentralSchemaVersion)
                         .arg(*from)
                  << Qt::endl;
    return Ok;
}

} // namespace tps::cli
