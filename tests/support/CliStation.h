// A station database driven through tpm-station-cli as a process, for the tests of the trust store and
// incoming lots: its people (the first admin "ada", a supervisor "sam", an operator "otto") and commands
// run with the signer's password in STATION_PASSWORD. sqlite3 and python3 read what the CLI wrote.
#pragma once

#include "TestSupport.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTest>

namespace tps::test {

class CliStation
{
public:
    explicit CliStation(QString db) : m_db(std::move(db)) {}
    const QString& db() const { return m_db; }

    // Runs `args` + --db with STATION_PASSWORD set to `password` (empty: unset).
    ToolRun run(const QStringList& args, const QByteArray& password = {}) const
    {
        const QByteArray old = qgetenv("STATION_PASSWORD");
        if (password.isEmpty())
            qunsetenv("STATION_PASSWORD");
        else
            qputenv("STATION_PASSWORD", password);
        ToolRun r = runTool(cliPath(), args + QStringList{QStringLiteral("--db"), m_db}, {}, {}, 180000);
        if (old.isEmpty())
            qunsetenv("STATION_PASSWORD");
        else
            qputenv("STATION_PASSWORD", old);
        return r;
    }
    // ada (admin, "ada-pass"), sam (supervisor, "sam-pass"), otto (operator, "otto-pass").
    bool createPeople() const
    {
        ToolRun r = runTool(cliPath(),
                            {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"),
                             QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("Ada Admin"),
                             QStringLiteral("--role"), QStringLiteral("admin"),
                             QStringLiteral("--password-stdin"), QStringLiteral("--db"), m_db},
                            {}, "ada-pass\n");
        return r.ok() && add(QStringLiteral("sam"), QStringLiteral("supervisor"), "sam-pass") &&
               add(QStringLiteral("otto"), QStringLiteral("operator"), "otto-pass");
    }
    // One value from sqlite3 (the independent reader of the database).
    QString sql(const QString& query) const
    {
        const ToolRun r = runTool(QStringLiteral("sqlite3"), {m_db, query});
        return QString::fromUtf8(r.out).trimmed();
    }

private:
    bool add(const QString& id, const QString& role, const QByteArray& password) const
    {
        qputenv("STATION_NEW_PASSWORD", password);
        const ToolRun r =
            run({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"), id,
                 QStringLiteral("--name"), id, QStringLiteral("--role"), role, QStringLiteral("--as"),
                 QStringLiteral("ada"), QStringLiteral("--reason"), QStringLiteral("test staff")},
                "ada-pass");
        qunsetenv("STATION_NEW_PASSWORD");
        return r.ok();
    }
    QString m_db;
};

} // namespace tps::test
