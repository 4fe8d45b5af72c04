// What the factory-database tests share: station databases written through the station's own code, the
// sqlite3 CLI's view of them, and a central database initialised as `central init` does it.
#pragma once

#include "PostgresFixture.h"
#include "TestSupport.h"
#include "db/AuditTrail.h"
#include "db/StationStore.h"

#include <QString>
#include <utility>

namespace tps::test {

// A station database with `events` audit events beyond its creation and a signed checkpoint at its end;
// its station ID, empty on failure. Called again on the same path, it adds events and a checkpoint.
inline QString stationWithEvents(const QString& path, int events)
{
    auto store = db::StationStore::open(path);
    if (!store)
        return {};
    db::AuditTrail audit((*store)->database());
    auto tx = db::Transaction::begin((*store)->database());
    for (int i = 0; i < events; ++i) {
        db::AuditEntry e;
        e.action = QStringLiteral("test");
        e.object = QStringLiteral("sync");
        e.newValue = QString::number(i);
        e.reason = QStringLiteral("tab\there, newline\nhere, backslash \\ and quote \" and ü");
        if (!audit.append(db::systemActor(), e))
            return {};
    }
    if (!(*tx)->commit() || !(*store)->checkpoint())
        return {};
    return (*store)->database().stationId();
}

// What the sqlite3 CLI prints for `statement` on the station database `db`, trimmed.
inline QByteArray sqlOut(const QString& db, const QString& statement)
{
    return runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement}).out.trimmed();
}

// The station ID a station database holds (sqlite3 reads it).
inline QString stationIdOf(const QString& db)
{
    return QString::fromUtf8(
        sqlOut(db, QStringLiteral("SELECT value FROM station_info WHERE key='station_id'")));
}

// The CMS signature of an export's manifest verifies (openssl) with the certificate shipped beside it.
inline bool manifestSignatureVerifies(const QString& out)
{
    return runTool(QStringLiteral("openssl"),
                   {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                    QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                    out + QStringLiteral("/manifest.json.p7s"), QStringLiteral("-content"),
                    out + QStringLiteral("/manifest.json"), QStringLiteral("-CAfile"),
                    out + QStringLiteral("/signing-certificate.pem"), QStringLiteral("-purpose"),
                    QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")})
        .ok();
}

// `central init` through the CLI on a started fixture, then a login for each (name, group role); empty on
// success, else what failed.
inline QString initCentral(PostgresFixture& pg, const QList<std::pair<QString, QString>>& roles)
{
    if (!pg.ok())
        return pg.error();
    const ToolRun init =
        cliAt(pg, {QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--central"), pg.url()});
    if (!init.ok())
        return QString::fromUtf8(init.err);
    for (const auto& [name, role] : roles)
        if (!pg.addRole(name, role))
            return QStringLiteral("cannot add the role %1").arg(name);
    return {};
}

} // namespace tps::test
