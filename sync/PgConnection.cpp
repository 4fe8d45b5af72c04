#include "sync/PgConnection.h"

#include <QCoreApplication>
#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <poll.h>
#include <system_error>
#include <thread>
#include <utility>

namespace tps::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
};

struct ConninfoFree
{
    void operator()(PQconninfoOption* o) const { PQconninfoFree(o); }
};

QString libpqText(const char* text)
{
    return QString::fromUtf8(text).trimmed();
}

SyncError connectError(const QString& where, const QString& technical)
{
    const QString t = technical.toLower();
    if (t.contains(QLatin1String("password authentication failed")) ||
        t.contains(QLatin1String("no password")) ||
        (t.contains(QLatin1String("role")) && t.contains(QLatin1String("does not exist"))))
        return {
            SyncErrc::Authentication,
            Tr::tr("The factory database %1 refused the credentials. The password comes from the password "
                   "file (PGPASSFILE or ~/.pgpass) or PGPASSWORD, never from the command line.")
                .arg(where),
            technical};
    if (t.contains(QLatin1String("ssl")) || t.contains(QLatin1String("certificate")))
        return {
            SyncErrc::Tls,
            Tr::tr(
                "The factory database %1 cannot be reached over the TLS the connection asks for (sslmode): "
                "%2")
                .arg(where, technical),
            technical};
    return {SyncErrc::Unreachable,
            Tr::tr("The factory database %1 cannot be reached: %2").arg(where, technical), technical};
}
} // namespace

QString syncErrorKey(SyncErrc code)
{
    switch (code) {
    case SyncErrc::Invalid:
        return QStringLiteral("invalid");
    case SyncErrc::Unreachable:
        return QStringLiteral("unreachable");
    case SyncErrc::Authentication:
        return QStringLiteral("authentication");
    case SyncErrc::Tls:
        return QStringLiteral("tls");
    case SyncErrc::NotInitialised:
        return QStringLiteral("not-initialised");
    case SyncErrc::SchemaVersion:
        return QStringLiteral("schema-version");
    case SyncErrc::Server:
        return QStringLiteral("server");
    case SyncErrc::Station:
        return QStringLiteral("station");
    case SyncErrc::TimedOut:
        return QStringLiteral("timed-out");
    }
    return QStringLiteral("server");
}

void PgResultFree::operator()(pg_result* r) const
{
    PQclear(r);
}

QString PgConnection::describe(const QString& conninfo)
{
    char* error = nullptr;
    std::unique_ptr<PQconninfoOption, ConninfoFree> options(
        PQconninfoParse(conninfo.toUtf8().constData(), &error));
    if (error)
        PQfreemem(error);
    if (!options)
        return {};
    QString host, port, dbname, user, service;
    for (PQconninfoOption* o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QByteArray key(o->keyword);
        if (key == "host" || (key == "hostaddr" && host.isEmpty()))
            host = QString::fromUtf8(o->val);
        else if (key == "port")
            port = QString::fromUtf8(o->val);
        else if (key == "dbname")
            dbname = QString::fromUtf8(o->val);
        else if (key == "user")
            user = QString::fromUtf8(o->val);
        else if (key == "service")
            service = QString::fromUtf8(o->val);
    }
    if (!service.isEmpty() && host.isEmpty())
        return QStringLiteral("service=%1").arg(service);
    QString out = user.isEmpty() ? QString() : user + QLatin1Char('@');
    out += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (!port.isEmpty())
        out += QLatin1Char(':') + port;
    return out + QLatin1Char('/') + dbname;
}

SyncResult<void> PgConnection::checkConninfo(const QString& conninfo)
{
    const QByteArray info = conninfo.toUtf8();
    char* error = nullptr;
    std::unique_ptr<PQconninfoOption, ConninfoFree> options(PQconninfoParse(info.constData(), &error));
    if (!options) {
        const QString technical = error ? libpqText(error) : QString();
        PQfreemem(error);
        return fail(SyncError{
            SyncErrc::Invalid,
            Tr::tr("The factory database connection string does not parse: %1").arg(technical), technical});
    }
    for (PQconninfoOption* o = options.get(); o->keyword; ++o)
        if (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val)
            return fail(
                SyncError{SyncErrc::Invalid,
                          Tr::tr("The factory database connection string holds a password. Put it in the "
                                 "password file (PGPASSFILE or ~/.pgpass) or PGPASSWORD instead."),
                          {}});
    return {};
}

SyncResult<std::unique_ptr<PgConnection>> PgConnection::connect(const QString& conninfo, int timeoutSeconds)
{
    if (auto checked = checkConninfo(conninfo); !checked)
        return fail(checked.error());
    const QByteArray info = conninfo.toUtf8();
    std::unique_ptr<PgConnection> c(new PgConnection);
    c->m_where = describe(conninfo);
    // Defaults first: what the connection string says wins (expand_dbname processes it in place).
    const QByteArray timeout = QByteArray::number(timeoutSeconds);
    const char* keys[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char* values[] = {timeout.constData(), "tpm-station", info.constData(), nullptr};
    c->m_conn = PQconnectdbParams(keys, values, 1);
    if (!c->m_conn)
        return fail(SyncError{
            SyncErrc::Unreachable, Tr::tr("Out of memory connecting to the factory database."), {}});
    if (PQstatus(c->m_conn) != CONNECTION_OK)
        return fail(connectError(c->m_where, libpqText(PQerrorMessage(c->m_conn))));
    return c;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

namespace {
// The SQL command a statement runs ("INSERT", "SELECT", "COPY"): the messages name it, untranslated.
QString commandName(const QByteArray& sql)
{
    const QByteArray trimmed = sql.trimmed();
    const qsizetype end = trimmed.indexOf(' ');
    return QString::fromLatin1(trimmed.left(end < 0 ? trimmed.size() : end)).toUpper();
}
} // namespace

SyncError PgConnection::resultError(pg_result* r, const QByteArray& sql) const
{
    const QString command = commandName(sql);
    const QString technical = libpqText(r ? PQresultErrorMessage(r) : PQerrorMessage(m_conn));
    if (PQstatus(m_conn) != CONNECTION_OK)
        return {SyncErrc::Unreachable,
                Tr::tr("The connection to the factory database %1 was lost: %2").arg(m_where, technical),
                technical};
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    if (state && qstrcmp(state, "42501") == 0)
        return {SyncErrc::Authentication,
                Tr::tr("The factory database %1 does not permit this role to run %2: %3")
                    .arg(m_where, command, technical),
                technical};
    return {SyncErrc::Server,
            Tr::tr("The factory database %1 refused the %2 statement: %3").arg(m_where, command, technical),
            technical};
}

SyncResult<PgResultPtr> PgConnection::exec(const QByteArray& sql)
{
    if (m_deadline)
        return execBefore(sql, nullptr);
    PgResultPtr r(PQexec(m_conn, sql.constData()));
    const ExecStatusType s = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        return fail(resultError(r.get(), sql));
    return r;
}

SyncResult<PgResultPtr> PgConnection::exec(const QByteArray& sql, const QList<QByteArray>& params)
{
    if (m_deadline)
        return execBefore(sql, &params);
    std::vector<const char*> values;
    for (const QByteArray& p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    PgResultPtr r(PQexecParams(m_conn, sql.constData(), static_cast<int>(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0));
    const ExecStatusType s = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
        return fail(resultError(r.get(), sql));
    return r;
}

SyncResult<void> PgConnection::copyIn(const QByteArray& copySql, const QByteArray& data)
{
    PgResultPtr start(PQexec(m_conn, copySql.constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN)
        return fail(resultError(start.get(), copySql));
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += kChunk) {
        const int n = static_cast<int>(std::min(kChunk, data.size() - at));
        if (PQputCopyData(m_conn, data.constData() + at, n) != 1)
            return fail(resultError(nullptr, copySql));
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return fail(resultError(nullptr, copySql));
    PgResultPtr end(PQgetResult(m_conn));
    const bool ok = end && PQresultStatus(end.get()) == PGRES_COMMAND_OK;
    SyncError error = ok ? SyncError{} : resultError(end.get(), copySql);
    while (pg_result* more = PQgetResult(m_conn))
        PQclear(more);
    if (!ok)
        return fail(error);
    return {};
}

// Takes the next result of the statements in flight: false after the last one, else whether the server now
// waits for COPY data; the error of the statement that failed (the rest drained: the server skipped them).
SyncResult<std::optional<bool>> PgConnection::nextResult()
{
    const QByteArray sql = m_sent.value(std::min(m_at, m_sent.size() - 1));
    if (auto ready = awaitResult(sql); !ready) {
        m_sent.clear();
        m_rows.clear();
        return fail(ready.error());
    }
    PgResultPtr r(PQgetResult(m_conn));
    if (!r)
        return std::optional<bool>();
    switch (PQresultStatus(r.get())) {
    case PGRES_COMMAND_OK:
        ++m_at;
        return std::optional<bool>(false);
    case PGRES_TUPLES_OK:
        ++m_at;
        m_rows.push_back(std::move(r));
        return std::optional<bool>(false);
    case PGRES_COPY_IN:
        return std::optional<bool>(true); // its completion is the COPY's own result
    default:
        break;
    }
    const SyncError error = resultError(r.get(), sql);
    while (pg_result* more = PQgetResult(m_conn))
        PQclear(more);
    m_sent.clear();
    m_rows.clear();
    return fail(error);
}

SyncResult<void> PgConnection::sendWithCopy(const QList<QByteArray>& statements, const QByteArray& copyData)
{
    m_sent = statements;
    m_at = 0;
    m_rows.clear();
    if (PQsendQuery(m_conn, statements.join(";\n").constData()) != 1)
        return fail(resultError(nullptr, statements.value(0)));
    for (;;) {
        auto next = nextResult();
        if (!next)
            return fail(next.error());
        if (!next->has_value())
            return fail(resultError(nullptr, statements.value(0))); // no COPY among the statements
        if (**next)
            break;
    }
    const QByteArray copySql = m_sent.value(m_at);
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype at = 0; at < copyData.size(); at += kChunk) {
        const int n = static_cast<int>(std::min(kChunk, copyData.size() - at));
        if (PQputCopyData(m_conn, copyData.constData() + at, n) != 1)
            return fail(resultError(nullptr, copySql));
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1 || PQflush(m_conn) != 0)
        return fail(resultError(nullptr, copySql));
    return {};
}

SyncResult<void> PgConnection::send(const QList<QByteArray>& statements)
{
    m_sent = statements;
    m_at = 0;
    m_rows.clear();
    if (PQsendQuery(m_conn, statements.join(";\n").constData()) != 1) {
        m_sent.clear();
        return fail(resultError(nullptr, statements.value(0)));
    }
    return flushSent(statements.value(0));
}

bool PgConnection::busy()
{
    if (m_sent.isEmpty())
        return false;
    PQconsumeInput(m_conn); // a broken connection shows as not busy: collect() then reports it
    return PQisBusy(m_conn) == 1;
}

SyncResult<std::vector<PgResultPtr>> PgConnection::collect()
{
    for (;;) {
        auto next = nextResult();
        if (!next)
            return fail(next.error());
        if (!next->has_value())
            break;
    }
    m_sent.clear();
    return std::exchange(m_rows, {});
}

QByteArray PgConnection::literal(const QByteArray& text) const
{
    char* quoted = PQescapeLiteral(m_conn, text.constData(), static_cast<size_t>(text.size()));
    const QByteArray out(quoted ? quoted : "NULL");
    PQfreemem(quoted);
    return out;
}

QString PgConnection::value(const PgResultPtr& r, int row, int column)
{
    return QString::fromUtf8(PQgetvalue(r.get(), row, column), PQgetlength(r.get(), row, column));
}

int PgConnection::rows(const PgResultPtr& r)
{
    return PQntuples(r.get());
}

void appendCopyField(QByteArray& out, const QByteArray& value)
{
    const char* p = value.constData();
    const char* const end = p + value.size();
    while (p < end) {
        const char* run = p;
        while (p < end && *p != '\\' && *p != '\t' && *p != '\n' && *p != '\r')
            ++p;
        out.append(run, p - run);
        if (p == end)
            break;
        const char c = *p++;
        out.append('\\').append(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
    }
}

// --- The client-side deadline (connectBefore, setDeadline) ---

namespace {
enum class Wait { Ready, TimedOut };

// Waits until `fd` is ready for `events` (or in error: libpq then reports it) or `deadline` passes.
Wait waitFor(int fd, short events, PgConnection::Deadline deadline)
{
    for (;;) {
        const auto left =
            std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, static_cast<int>(std::clamp<qint64>(left.count(), 0, INT_MAX)));
        if (n > 0 || (n < 0 && errno != EINTR))
            return Wait::Ready;
        if (n == 0)
            return Wait::TimedOut;
    }
}

// Cancels outside the caller: PQcancel connects to the server and waits for it to close that connection,
// without a time-out, so on a hung server it blocks until the server or the network gives up. At most a few
// at once; beyond them the connection is only dropped (the server ends the statement at statement_timeout
// or when it notices the client gone).
std::atomic<int> g_cancelsInFlight{0};
constexpr int kMaxCancelsInFlight = 4;

void cancelInBackground(PGcancel* cancel)
{
    if (!cancel)
        return;
    if (g_cancelsInFlight.fetch_add(1) >= kMaxCancelsInFlight) {
        g_cancelsInFlight.fetch_sub(1);
        PQfreeCancel(cancel);
        return;
    }
    try {
        std::thread([cancel] {
            char error[256];
            PQcancel(cancel, error, sizeof error);
            PQfreeCancel(cancel);
            g_cancelsInFlight.fetch_sub(1);
        }).detach();
    } catch (const std::system_error&) {
        g_cancelsInFlight.fetch_sub(1);
        PQfreeCancel(cancel);
    }
}
} // namespace

SyncResult<std::unique_ptr<PgConnection>> PgConnection::connectBefore(const QString& conninfo,
                                                                      Deadline deadline)
{
    if (auto checked = checkConninfo(conninfo); !checked)
        return fail(checked.error());
    const QByteArray info = conninfo.toUtf8();
    std::unique_ptr<PgConnection> c(new PgConnection);
    c->m_where = describe(conninfo);
    c->m_deadline = deadline;
    // Defaults first: what the connection string says wins (expand_dbname processes it in place).
    const char* keys[] = {"application_name", "keepalives_idle", "keepalives_interval",
                          "keepalives_count", "dbname",          nullptr};
    const char* values[] = {"tpm-station", "30", "10", "3", info.constData(), nullptr};
    c->m_conn = PQconnectStartParams(keys, values, 1);
    if (!c->m_conn)
        return fail(SyncError{
            SyncErrc::Unreachable, Tr::tr("Out of memory connecting to the factory database."), {}});
    PostgresPollingStatusType polled = PGRES_POLLING_WRITING; // as libpq asks before the first poll
    while (PQstatus(c->m_conn) != CONNECTION_BAD && polled != PGRES_POLLING_OK &&
           polled != PGRES_POLLING_FAILED) {
        const short events = polled == PGRES_POLLING_READING ? POLLIN : POLLOUT;
        if (waitFor(PQsocket(c->m_conn), events, deadline) == Wait::TimedOut)
            return fail(SyncError{
                SyncErrc::TimedOut,
                Tr::tr("The factory database %1 did not answer the connection in time.").arg(c->m_where),
                QStringLiteral("client-side deadline passed while connecting")});
        polled = PQconnectPoll(c->m_conn);
    }
    if (PQstatus(c->m_conn) != CONNECTION_OK)
        return fail(connectError(c->m_where, libpqText(PQerrorMessage(c->m_conn))));
    if (PQsetnonblocking(c->m_conn, 1) != 0)
        return fail(connectError(c->m_where, libpqText(PQerrorMessage(c->m_conn))));
    return c;
}

void PgConnection::setDeadline(Deadline deadline)
{
    m_deadline = deadline;
}

bool PgConnection::usable() const
{
    return m_conn && !m_timedOut && PQstatus(m_conn) == CONNECTION_OK;
}

// The deadline passed: the statement in flight is cancelled (in the background) and the connection is left
// unusable; the error names the statement.
SyncError PgConnection::giveUp(const QByteArray& sql)
{
    if (!m_timedOut && PQstatus(m_conn) == CONNECTION_OK)
        cancelInBackground(PQgetCancel(m_conn));
    m_timedOut = true;
    return {SyncErrc::TimedOut,
            Tr::tr("The factory database %1 did not answer the %2 statement in time; it was cancelled.")
                .arg(m_where, commandName(sql)),
            QStringLiteral("client-side deadline passed")};
}

// With a deadline: waits until PQgetResult() would not block (an answer, or a broken connection that it
// reports at once).
SyncResult<void> PgConnection::awaitResult(const QByteArray& sql)
{
    if (!m_deadline)
        return {};
    if (m_timedOut)
        return fail(giveUp(sql));
    for (;;) {
        if (PQconsumeInput(m_conn) == 0 || PQisBusy(m_conn) == 0)
            return {};
        if (waitFor(PQsocket(m_conn), POLLIN, *m_deadline) == Wait::TimedOut)
            return fail(giveUp(sql));
    }
}

// With a deadline: sends what libpq still holds of the statements (a non-blocking connection).
SyncResult<void> PgConnection::flushSent(const QByteArray& sql)
{
    if (!m_deadline)
        return {};
    for (;;) {
        const int flushed = PQflush(m_conn);
        if (flushed == 0)
            return {};
        if (flushed < 0)
            return fail(resultError(nullptr, sql));
        if (waitFor(PQsocket(m_conn), POLLIN | POLLOUT, *m_deadline) == Wait::TimedOut)
            return fail(giveUp(sql));
        if (PQconsumeInput(m_conn) == 0)
            return fail(resultError(nullptr, sql));
    }
}

// exec() before the deadline: the result of the last statement, or the first error (the rest drained).
SyncResult<PgResultPtr> PgConnection::execBefore(const QByteArray& sql, const QList<QByteArray>* params)
{
    if (m_timedOut)
        return fail(giveUp(sql));
    std::vector<const char*> values;
    if (params)
        for (const QByteArray& p : *params)
            values.push_back(p.isNull() ? nullptr : p.constData());
    const int sent = params ? PQsendQueryParams(m_conn, sql.constData(), static_cast<int>(values.size()),
                                                nullptr, values.data(), nullptr, nullptr, 0)
                            : PQsendQuery(m_conn, sql.constData());
    if (sent != 1)
        return fail(resultError(nullptr, sql));
    if (auto flushed = flushSent(sql); !flushed)
        return fail(flushed.error());
    PgResultPtr last;
    std::optional<SyncError> error;
    for (;;) {
        if (auto ready = awaitResult(sql); !ready)
            return fail(ready.error());
        PgResultPtr r(PQgetResult(m_conn));
        if (!r)
            break;
        const ExecStatusType s = PQresultStatus(r.get());
        if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK)
            last = std::move(r);
        else if (!error)
            error = resultError(r.get(), sql);
    }
    if (error)
        return fail(*error);
    if (!last)
        return fail(resultError(nullptr, sql));
    return last;
}

} // namespace tps::sync
