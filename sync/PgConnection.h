// One libpq connection to the factory database (RAII over PGconn / PGresult), with typed errors. libpq is
// used directly, not Qt's QPSQL driver: the relay streams its batches with COPY … FROM STDIN, which QPSQL
// does not offer, and needs the libpq error fields (SQLSTATE) to tell a wrong password from an unreachable
// server or a TLS refusal.
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace tps::sync {

enum class SyncErrc {
    Invalid,        // a connection string with a password in it, or otherwise unusable
    Unreachable,    // no server answers (host, port, network, timeout)
    Authentication, // the server refused the role or its password
    Tls,            // the TLS the connection string asks for (sslmode) cannot be had
    NotInitialised, // no central schema: run `central init`
    SchemaVersion,  // the central schema is of another version than this station speaks
    Server,         // any other error the server reported
    Station,        // the station database failed
    TimedOut,       // no answer before the caller's client-side deadline (connectBefore, setDeadline)
};

struct SyncError
{
    SyncErrc code = SyncErrc::Server;
    QString message;   // translated, for the operator
    QString technical; // libpq's own text, for logs
};

template <typename T>
using SyncResult = Result<T, SyncError>;

QString syncErrorKey(SyncErrc code); // "unreachable", "authentication", ...

struct PgResultFree
{
    void operator()(pg_result* r) const;
};
using PgResultPtr = std::unique_ptr<pg_result, PgResultFree>;

class PgConnection
{
public:
    // `conninfo`: a libpq connection string or URI (or `service=NAME`). The password comes from the
    // environment or the password file (PGPASSFILE, ~/.pgpass), never from the string itself.
    static SyncResult<std::unique_ptr<PgConnection>> connect(const QString& conninfo,
                                                             int timeoutSeconds = 10);
    // Invalid when the string does not parse or holds a password (no connection is made).
    static SyncResult<void> checkConninfo(const QString& conninfo);
    // Where the string points, without a password: "user@host:port/dbname". Empty when it does not parse.
    static QString describe(const QString& conninfo);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Runs one or more statements; the result of the last one.
    SyncResult<PgResultPtr> exec(const QByteArray& sql);
    SyncResult<PgResultPtr> exec(const QByteArray& sql, const QList<QByteArray>& params);
    // COPY … FROM STDIN with `data` in COPY text format.
    SyncResult<void> copyIn(const QByteArray& copySql, const QByteArray& data);
    QString where() const { return m_where; }

    // Several statements in one round trip (the simple query protocol), exactly one of them a COPY … FROM
    // STDIN fed with `copyData`. sendWithCopy() returns once the data is sent, while the server still runs
    // the statements after the COPY, so the caller can do other work meanwhile; collect() then waits for
    // them. Its answer: the rows of every statement that returned rows, in order. The first error stops the
    // rest (the server skips the remaining statements) and names the statement that failed.
    SyncResult<void> sendWithCopy(const QList<QByteArray>& statements, const QByteArray& copyData);
    SyncResult<std::vector<PgResultPtr>> collect();
    // Statements sent in one round trip without waiting for them (no COPY among them); collect() takes
    // their rows. busy() tells, without waiting, whether the server still works on them.
    SyncResult<void> send(const QList<QByteArray>& statements);
    bool busy();
    // `text` as an SQL string literal (quoted and escaped for this connection's encoding).
    QByteArray literal(const QByteArray& text) const;

    static QString value(const PgResultPtr& r, int row, int column);
    static int rows(const PgResultPtr& r);

    // A client-side deadline (step 2's question, sync/CentralEkRegistry). libpq's blocking calls wait as
    // long as TCP does for a server that accepted the connection and then went silent (hung, stopped, a
    // half-open connection after a network cut). connectBefore() polls the connection attempt (TCP, TLS,
    // authentication; connect_timeout does not apply) and gives up at `deadline`; on its connection exec(),
    // send() and collect() never block past the deadline setDeadline() last set: they wait on the socket with
    // poll(). When the deadline passes with a statement in flight, the statement is cancelled (PQcancel, on
    // a thread of its own: it blocks on a hung server) and the connection is left unusable: a TimedOut
    // error. A host name is resolved before the deadline applies (the system resolver's time-out): use
    // hostaddr= or an address to avoid it. TCP keepalives are on by default (30 s idle, then 3 probes 10 s
    // apart), so a connection kept idle across a network cut is found broken by the kernel.
    using Deadline = std::chrono::steady_clock::time_point;
    static SyncResult<std::unique_ptr<PgConnection>> connectBefore(const QString& conninfo,
                                                                   Deadline deadline);
    void setDeadline(Deadline deadline);
    // False once the connection broke (the server closed it, the network failed) or timed out.
    bool usable() const;

private:
    PgConnection() = default;
    SyncError resultError(pg_result* r, const QByteArray& sql) const;
    SyncResult<std::optional<bool>> nextResult();
    pg_conn* m_conn = nullptr;
    QString m_where;
    QList<QByteArray> m_sent; // the statements sendWithCopy() sent and collect() has not finished
    qsizetype m_at = 0;       // the statement whose result comes next
    std::vector<PgResultPtr> m_rows;

    SyncResult<void> awaitResult(const QByteArray& sql);
    SyncResult<void> flushSent(const QByteArray& sql);
    SyncError giveUp(const QByteArray& sql);
    SyncResult<PgResultPtr> execBefore(const QByteArray& sql, const QList<QByteArray>* params);
    std::optional<Deadline> m_deadline; // connectBefore()'s connections only
    bool m_timedOut = false;
};

// Appends one field in COPY text format (backslash, tab, newline and carriage return escaped).
void appendCopyField(QByteArray& out, const QByteArray& value);

} // namespace tps::sync
