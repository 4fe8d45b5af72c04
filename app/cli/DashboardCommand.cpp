// `tpm-station-cli dashboard --central URL [--stations ID,ID] [--json]`: the factory dashboard
// (sync/CentralDashboard) from the factory database.
#include "app/cli/Cli.h"
#include "app/cli/SyncCommand.h"
#include "sync/CentralDashboard.h"
#include "sync/CentralExports.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCommand)
};

QJsonObject dashboardJson(const sync::FactoryDashboard& d)
{
    QJsonArray yield;
    for (const auto& y : d.yield)
        yield.append(QJsonObject{{QStringLiteral("step"), y.step},
                                 {QStringLiteral("firstAttempts"), y.firstAttempts},
                                 {QStringLiteral("passed"), y.passed}});
    QJsonObject stations;
    for (const auto& h : d.perHour) {
        QJsonObject s = stations.value(h.station).toObject();
        s.insert(QStringLiteral("completed"), s.value(QStringLiteral("completed")).toInteger() + h.completed);
        QJsonObject hours = s.value(QStringLiteral("hours")).toObject();
        hours.insert(h.hour, h.completed);
        s.insert(QStringLiteral("hours"), hours);
        stations.insert(h.station, s);
    }
    QJsonArray causes;
    for (const auto& c : d.causes)
        causes.append(QJsonObject{{QStringLiteral("code"), c.code},
                                  {QStringLiteral("message"), c.message},
                                  {QStringLiteral("count"), c.count}});
    return {{QStringLiteral("yield"), yield},
            {QStringLiteral("stations"), stations},
            {QStringLiteral("causes"), causes}};
}

void printDashboard(Cli& cli, const sync::FactoryDashboard& d)
{
    cli.out() << Tr::tr("First-pass yield per step:") << Qt::endl;
    for (const auto& y : d.yield)
        cli.out() << Tr::tr("  step %1: %2 of %3 passed (%4 %)")
                         .arg(y.step)
                         .arg(y.passed)
                         .arg(y.firstAttempts)
                         .arg(y.firstAttempts > 0 ? 100.0 * double(y.passed) / double(y.firstAttempts) : 0.0,
                              0, 'f', 1)
                  << Qt::endl;
    cli.out() << Tr::tr("Completed devices per station and hour (UTC):") << Qt::endl;
    for (const auto& h : d.perHour)
        cli.out() << QStringLiteral("  %1  %2  %3").arg(h.station, h.hour).arg(h.completed) << Qt::endl;
    cli.out() << Tr::tr("Failure causes:") << Qt::endl;
    if (d.causes.isEmpty())
        cli.out() << Tr::tr("  none") << Qt::endl;
    for (const auto& c : d.causes)
        cli.out() << QStringLiteral("  %1  %2 — %3").arg(c.count).arg(c.code, c.message) << Qt::endl;
}
} // namespace

int dashboardCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The factory dashboard from the factory database: first-pass yield "
               "per step, completed devices per station and hour, failure causes."));
    const QCommandLineOption centralOpt = centralOption();
    const QCommandLineOption stationsOpt(QStringLiteral("stations"),
                                         Tr::tr("Only these stations (comma-separated station IDs)."),
                                         QStringLiteral("IDS"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({centralOpt, stationsOpt, jsonOpt});
    if (!cli.parse(parser, args, QStringLiteral("dashboard")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(centralOpt).isEmpty())
        return cli.usage(
            Tr::tr("Usage: tpm-station-cli dashboard --central URL [--stations ID,ID] [--json]"));
    auto stations = sync::parseStationList(parser.value(stationsOpt));
    if (!stations)
        return cli.usage(stations.error());
    const bool json = parser.isSet(jsonOpt);
    int rc = Ok;
    auto pg = connectCentral(cli, parser.value(centralOpt), json, &rc);
    if (!pg)
        return rc;
    auto figures = sync::factoryDashboard(*pg, *stations);
    if (!figures)
        return cli.failure(figures.error().message);
    if (json)
        cli.printJson(QJsonDocument(dashboardJson(*figures)));
    else
        printDashboard(cli, *figures);
    return Ok;
}

} // namespace tps::cli
