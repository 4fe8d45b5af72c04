// Every export and import needs a signed-in actor of a permitted role (issue 18, db/Permissions.h): the
// tests of exports that predate it sign in as "exporter", an admin they add to the station for it.
#pragma once

#include "TestSupport.h"

namespace tps::test {

// `args` of an `export`, `audit export` or `batch import-result` without --as get "--as exporter": the
// admin added to the --db station when it has no operator yet (refused harmlessly when it has), with its
// password in STATION_PASSWORD. Any other args are returned as given.
inline QStringList asExporter(const QStringList& args)
{
    const bool exporting =
        args.value(0) == QLatin1String("export") || args.value(0) == QLatin1String("batch") ||
        (args.value(0) == QLatin1String("audit") && args.value(1) == QLatin1String("export"));
    const qsizetype db = args.indexOf(QStringLiteral("--db"));
    if (!exporting || db < 0 || args.contains(QStringLiteral("--as")))
        return args;
    runTool(cliPath(),
            {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"),
             QStringLiteral("exporter"), QStringLiteral("--name"), QStringLiteral("Exporting Admin"),
             QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin"),
             QStringLiteral("--db"), args.value(db + 1)},
            {}, "exporter-pass\n");
    qputenv("STATION_PASSWORD", "exporter-pass");
    return args + QStringList{QStringLiteral("--as"), QStringLiteral("exporter")};
}

// The audit events other than the exporter's sign-ins: what "a refused export or import changes nothing"
// counts, now that signing in with --as is itself an audited event.
inline QString eventsBesidesSignInQuery()
{
    return QStringLiteral("SELECT count(*) FROM audit_events WHERE NOT (action = 'login' AND actor_id = "
                          "'exporter')");
}

} // namespace tps::test
