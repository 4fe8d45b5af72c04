#include "PostgresFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tps::test {

namespace {
const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

// A port the kernel just handed out on 127.0.0.1 (another process may still take it: start() retries).
quint16 freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof(addr);
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

QByteArray randomSecret()
{
    QByteArray bytes(18, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

bool chownTo(const QString& path, const passwd* pw)
{
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

// Where the fixtures of all test processes register their servers.
QString registryDir()
{
    return QDir::temp().filePath(QStringLiteral("tps-postgres-fixtures"));
}

// The process's start time in clock ticks (field 22 of /proc/PID/stat): with the pid, who a process is
// (a pid alone may be reused). Empty when there is no such process or it is a zombie.
QByteArray processIdentity(qint64 pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' '); // from field 3 (state) on
    if (fields.size() < 20 || fields.at(0) == "Z" || fields.at(0) == "X")
        return {};
    return fields.at(19);
}

bool processAlive(qint64 pid)
{
    return pid > 0 && !processIdentity(pid).isEmpty();
}

// A registered server whose owner is gone: stopped (immediately), killed if it still runs, its directory
// removed. The entry: "OWNER_PID OWNER_START", the data directory, the fixture's directory, "1" when the
// server runs as the postgres user (else "0"), one per line.
bool reapEntry(const QString& file)
{
    const QList<QByteArray> lines = readFile(file).split('\n');
    if (lines.size() < 4) // being written, or not a fixture's
        return false;
    const QList<QByteArray> owner = lines.at(0).split(' ');
    const qint64 ownerPid = owner.value(0).toLongLong();
    if (owner.size() == 2 && processIdentity(ownerPid) == owner.at(1))
        return false; // its test still runs
    const QString data = QString::fromUtf8(lines.at(1));
    const QString dir = QString::fromUtf8(lines.at(2));
    const qint64 server =
        readFile(data + QStringLiteral("/postmaster.pid")).split('\n').value(0).toLongLong();
    if (processAlive(server)) {
        const QString pgCtl = kBin + QStringLiteral("pg_ctl");
        const QStringList stop = {QStringLiteral("-D"), data,
                                  QStringLiteral("-m"), QStringLiteral("immediate"),
                                  QStringLiteral("-w"), QStringLiteral("-t"),
                                  QStringLiteral("20"), QStringLiteral("stop")};
        if (lines.at(3) == "1")
            runTool(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                           QStringLiteral("--"), pgCtl} +
                                                   stop);
        else
            runTool(pgCtl, stop);
        if (processAlive(server))
            ::kill(static_cast<pid_t>(server), SIGKILL);
    }
    if (dir.startsWith(QDir::tempPath()))
        QDir(dir).removeRecursively();
    QFile::remove(file);
    return true;
}
} // namespace

int PostgresFixture::reapOrphans()
{
    int reaped = 0;
    const QDir registry(registryDir());
    for (const QString& name : registry.entryList({QStringLiteral("*.server")}, QDir::Files))
        reaped += reapEntry(registry.filePath(name)) ? 1 : 0;
    return reaped;
}

void PostgresFixture::registerServer()
{
    QDir().mkpath(registryDir());
    m_registration =
        QDir(registryDir())
            .filePath(QStringLiteral("%1-%2.server").arg(::getpid()).arg(QFileInfo(m_dir.path()).fileName()));
    const QByteArray entry = QByteArray::number(::getpid()) + ' ' + processIdentity(::getpid()) + '\n' +
                             m_data.toUtf8() + '\n' + m_dir.path().toUtf8() + '\n' +
                             (m_asPostgresUser ? "1" : "0") + '\n';
    if (!writeFile(m_registration, entry))
        m_registration.clear();
}

PostgresFixture::PostgresFixture() : PostgresFixture(Options{}) {}

PostgresFixture::PostgresFixture(const Options& options) : m_options(options)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_socketDir = m_dir.filePath(QStringLiteral("run"));
    m_asPostgresUser = ::geteuid() == 0;
    reapOrphans();
    registerServer();
    if (!initCluster() || !start())
        return;
    const ToolRun created =
        psql(QStringLiteral("CREATE DATABASE %1").arg(m_options.database), QStringLiteral("postgres"));
    if (!created.ok()) {
        m_error = QStringLiteral("CREATE DATABASE failed: ") + QString::fromUtf8(created.err);
        return;
    }
    m_ok = true;
}

PostgresFixture::~PostgresFixture()
{
    const qint64 pid = postmasterPid();
    if (running())
        stop(true);
    if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
        QThread::msleep(100);
    }
    if (!m_registration.isEmpty())
        QFile::remove(m_registration);
}

bool PostgresFixture::initCluster()
{
    QDir().mkpath(m_socketDir);
    const QString pwFile = m_dir.filePath(QStringLiteral("initdb.pw"));
    m_password = randomSecret();
    if (!writeFile(pwFile, m_password + '\n')) {
        m_error = QStringLiteral("cannot write the initdb password file");
        return false;
    }
    if (m_asPostgresUser) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw) {
            m_error =
                QStringLiteral("running as root and there is no `postgres` user (install postgresql-15)");
            return false;
        }
        if (!chownTo(m_dir.path(), pw) || !chownTo(m_socketDir, pw) || !chownTo(pwFile, pw)) {
            m_error = QStringLiteral("cannot hand the temporary directory to the postgres user");
            return false;
        }
    }
    const ToolRun init = runAsServerUser(
        kBin + QStringLiteral("initdb"),
        {QStringLiteral("-D"), m_data, QStringLiteral("-U"), superuser(),
         QStringLiteral("--pwfile=") + pwFile, QStringLiteral("--auth-local=scram-sha-256"),
         QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
         QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
        120000);
    QFile::remove(pwFile);
    if (!init.ok()) {
        m_error = QStringLiteral("initdb failed: ") + QString::fromUtf8(init.err + init.out);
        return false;
    }
    return appendPassword(superuser(), m_password);
}

bool PostgresFixture::start()
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = freeLoopbackPort();
        const QString options =
            QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=%3")
                .arg(m_port)
                .arg(m_socketDir, m_options.fsync ? QStringLiteral("on") : QStringLiteral("off"));
        const ToolRun run = runAsServerUser(kBin + QStringLiteral("pg_ctl"),
                                            {QStringLiteral("-D"), m_data, QStringLiteral("-l"),
                                             m_dir.filePath(QStringLiteral("server.log")),
                                             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                             QStringLiteral("-o"), options, QStringLiteral("start")},
                                            90000);
        if (run.ok())
            return true;
        m_error = QStringLiteral("pg_ctl start failed: ") + QString::fromUtf8(run.err + run.out) +
                  QString::fromUtf8(readFile(m_dir.filePath(QStringLiteral("server.log"))).right(2000));
        // Most likely the port was taken in the meantime: another one.
    }
    return false;
}

bool PostgresFixture::stop(bool immediate)
{
    const ToolRun run = runAsServerUser(kBin + QStringLiteral("pg_ctl"),
                                        {QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                                         immediate ? QStringLiteral("immediate") : QStringLiteral("fast"),
                                         QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"),
                                         QStringLiteral("stop")});
    return run.ok();
}

bool PostgresFixture::running() const
{
    const qint64 pid = postmasterPid();
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

qint64 PostgresFixture::postmasterPid() const
{
    const QByteArray pidFile = readFile(m_data + QStringLiteral("/postmaster.pid"));
    return pidFile.isEmpty() ? 0 : pidFile.split('\n').value(0).trimmed().toLongLong();
}

QString PostgresFixture::passFile() const
{
    return m_dir.filePath(QStringLiteral("client/pgpass"));
}

bool PostgresFixture::appendPassword(const QString& user, const QByteArray& password)
{
    QDir().mkpath(m_dir.filePath(QStringLiteral("client")));
    QFile f(passFile());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line =
        "127.0.0.1:" + QByteArray::number(m_port) + ":*:" + user.toUtf8() + ':' + password + '\n';
    // The port may change when start() retries: match any port of this loopback host.
    QByteArray any = line;
    any.replace("127.0.0.1:" + QByteArray::number(m_port) + ':', "127.0.0.1:*:");
    return f.write(any) == any.size();
}

QString PostgresFixture::url(const QString& user, const QString& database) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 connect_timeout=5")
        .arg(m_port)
        .arg(database.isEmpty() ? m_options.database : database, user.isEmpty() ? superuser() : user);
}

QProcessEnvironment PostgresFixture::clientEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys())
        if (key.startsWith(QStringLiteral("PG")))
            env.remove(key);
    env.insert(QStringLiteral("PGPASSFILE"), passFile());
    return env;
}

ToolRun PostgresFixture::psql(const QString& sql, const QString& database, const QString& user) const
{
    QProcess p;
    p.setProcessEnvironment(clientEnvironment());
    p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                     QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-At"),
                                     QStringLiteral("-d"), url(user, database), QStringLiteral("-c"), sql});
    ToolRun run;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        run.err = "psql did not start or finish";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

bool PostgresFixture::addRole(const QString& name, const QString& grantRole)
{
    const QByteArray password = randomSecret();
    QString sql =
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(name, QString::fromLatin1(password));
    if (!grantRole.isEmpty())
        sql += QStringLiteral(" IN ROLE %1").arg(grantRole);
    return psql(sql).ok() && appendPassword(name, password);
}

ToolRun PostgresFixture::runAsServerUser(const QString& program, const QStringList& args, int timeoutMs) const
{
    if (!m_asPostgresUser)
        return runTool(program, args, {}, {}, timeoutMs);
    return runTool(
        QStringLiteral("runuser"),
        QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args,
        {}, {}, timeoutMs);
}

ToolRun cliAt(const PostgresFixture& pg, const QStringList& args, const QList<std::pair<QString, QString>>& extra)
{
    QProcess p;
    QProcessEnvironment env = pg.clientEnvironment();
    for (const auto& [k, v] : extra)
        env.insert(k, v);
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    ToolRun run;
    if (!p.waitForStarted(10000) || !p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        run.err = "did not finish";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace tps::test
