// A private PostgreSQL 15 server for one test: `initdb` + `pg_ctl` from /usr/lib/postgresql/15/bin in a
// temporary directory, listening on 127.0.0.1 and a free port, its unix socket inside that directory, torn
// down by the destructor (pg_ctl stop -m immediate, then SIGKILL of the postmaster if it is still there).
// initdb refuses to run as root: then the server runs as the `postgres` system user (runuser), the
// temporary directory handed to it. The superuser authenticates with a password (scram-sha-256) over TCP;
// its password file is written for the test process (PGPASSFILE), never put on a command line.
//
// A test process that dies without running destructors (an abort, a crash, SIGKILL) would leave its server
// running: every fixture registers its server in a shared directory (the owner's pid and start time, the
// data directory), and the next fixture to start — in any test process — stops the servers whose owner is
// gone (pg_ctl stop -m immediate, then SIGKILL) and removes their directories.
#pragma once

#include "TestSupport.h"

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace tps::test {

class PostgresFixture
{
public:
    struct Options
    {
        bool fsync = false; // tests do not need durability across a power loss; benchmarks may want it
        QString database = QStringLiteral("factory"); // created after start
    };
    PostgresFixture();
    explicit PostgresFixture(const Options& options);
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture&) = delete;
    PostgresFixture& operator=(const PostgresFixture&) = delete;

    bool ok() const { return m_ok; }
    const QString& error() const { return m_error; }
    quint16 port() const { return m_port; }
    QString superuser() const { return QStringLiteral("tps_admin"); }
    const QByteArray& superuserPassword() const { return m_password; }
    const QString& database() const { return m_options.database; }
    // The password file for libpq (.pgpass format, mode 0600): superuser and any role added by addRole.
    QString passFile() const;
    // A libpq connection string (no password in it) to `database` as `user` (default: the superuser).
    QString url(const QString& user = {}, const QString& database = {}) const;
    // The environment for a child process that should connect: PGPASSFILE set, no PG* variables leaked in.
    QProcessEnvironment clientEnvironment() const;

    // Runs SQL through psql (ON_ERROR_STOP, unaligned, tuples only) as `user` (default: the superuser).
    ToolRun psql(const QString& sql, const QString& database = {}, const QString& user = {}) const;
    // A LOGIN role with a random password, appended to the password file; `grantRole` granted if set.
    bool addRole(const QString& name, const QString& grantRole = {});

    // Stops the server (fast or immediate) and starts it again on the same port and data.
    bool stop(bool immediate = false);
    bool start();
    bool running() const;
    qint64 serverPid() const { return postmasterPid(); }
    QString directory() const { return m_dir.path(); }

    // Stops and removes the servers of fixtures whose test process is gone; how many. Each fixture calls
    // it before it starts its own.
    static int reapOrphans();

private:
    ToolRun runAsServerUser(const QString& program, const QStringList& args, int timeoutMs = 60000) const;
    bool initCluster();
    bool appendPassword(const QString& user, const QByteArray& password);
    qint64 postmasterPid() const;
    void registerServer();
    QString m_registration; // this fixture's entry in the shared registry (empty: none)

    Options m_options;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_socketDir;
    quint16 m_port = 0;
    QByteArray m_password;
    bool m_asPostgresUser = false;
    bool m_ok = false;
    QString m_error;
};

// The CLI run with the fixture's client environment (PGPASSFILE), plus `extra` variables; at most 4 minutes.
ToolRun cliAt(const PostgresFixture& pg, const QStringList& args,
              const QList<std::pair<QString, QString>>& extra = {});

} // namespace tps::test
