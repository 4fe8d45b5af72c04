// RAII wrappers around the sqlite3 C API: one connection (owned by one thread), prepared statements,
// transactions. Opening a station database checks it read-only first and refuses — without writing a
// byte — a file that is not SQLite, not a station database, of a newer schema, or corrupt.
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace tps::db {

enum class DbErrc {
    Io,           // cannot open/create the file
    NotSqlite,    // the file is not an SQLite database
    NotStationDb, // an SQLite database, but not a station database (application_id)
    NewerSchema,  // written by a newer version of the station
    Corrupt,      // fails the integrity check
    Constraint,   // a UNIQUE/FOREIGN KEY/CHECK constraint refused the change
    Busy,         // another connection held the lock too long
    Sql,          // any other SQLite error
    NotFound,     // the record does not exist
    Auth,         // wrong ID or password, locked, disabled, or not permitted
    Invalid,      // bad input refused before touching the database
};

struct DbError
{
    DbErrc code = DbErrc::Sql;
    QString message; // translated where it reaches an operator
};

template <typename T>
using DbResult = Result<T, DbError>;

// The application_id of a station database ("TPS1").
inline constexpr int kApplicationId = 0x54505331;

class Database;
class StatementCache;

// A prepared statement. One handed out by Database::prepare goes back to its connection's cache when it
// is destroyed (reset, bindings cleared), so the next prepare() of the same SQL text skips compiling it.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    Statement& bindUtf8(int index, const QByteArray& utf8Text);
    Statement& bindOptional(int index, const std::optional<double>& value);

    // Steps once: true when a row is available, false when done.
    DbResult<bool> step();
    // Steps to completion (INSERT/UPDATE/DELETE).
    DbResult<void> exec();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    // Raw access for hot loops (verify): pointer valid until the next step.
    const char* rawText(int column, int* length) const;
    const unsigned char* rawBlob(int column, int* length) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, sqlite3* db, std::shared_ptr<StatementCache> cache)
        : m_stmt(stmt), m_db(db), m_cache(std::move(cache))
    {}
    void release();
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    std::shared_ptr<StatementCache> m_cache; // where the statement goes back to; empty: finalized
};

enum class OpenMode {
    ReadWrite, // creates the file when missing; migrates an older schema to the current one
    ReadOnly,  // never writes; the schema must be current or older
};

struct OpenOptions
{
    OpenMode mode = OpenMode::ReadWrite;
    bool integrityCheck = true; // PRAGMA quick_check before accepting an existing file
    int busyTimeoutMs = 15000;
    int migrateTo = 0; // ReadWrite: the schema version to migrate to (0: the current one; older: tests)
    // ReadWrite: the folder of loose escrow files (escrow-SERIAL.json, FileEscrowStore) that the migration
    // to schema 10 imports into escrow_records; empty: nothing to import (db/EscrowImport.h).
    QString looseEscrowDirectory;

    // Read-only, checked: the first look of a process at a database it only reads.
    static OpenOptions readOnly()
    {
        OpenOptions o;
        o.mode = OpenMode::ReadOnly;
        return o;
    }
    // A further connection to a database the station has checked already (when it opened its store): no
    // second PRAGMA quick_check, which reads the whole file (about 1 s per 100,000 devices).
    static OpenOptions alreadyChecked(OpenMode mode)
    {
        OpenOptions o;
        o.mode = mode;
        o.integrityCheck = false;
        return o;
    }
};

class Database
{
public:
    // Opens (ReadWrite: creates) the station database at `path` and brings an older schema up to date.
    // Defined in db/Migrations.cpp: connect(), then the migrations, which this file does not know.
    static DbResult<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    sqlite3* handle() const { return m_db; }

    // A statement for `sql`: an idle one of this connection's cache when there is one (compiled once per
    // connection and SQL text), else newly compiled.
    DbResult<Statement> prepare(const char* sql);
    DbResult<void> exec(const char* sql);
    DbResult<qint64> queryInt(const char* sql);
    // A query that gives at most one row: `bind(Statement&)` binds its parameters, `read(const
    // Statement&)` takes the value from the row. nullopt when there is no row.
    template <typename Bind, typename Read>
    auto queryOptional(const char* sql, Bind&& bind, Read&& read)
        -> DbResult<std::optional<std::invoke_result_t<Read&, const Statement&>>>;
    qint64 lastInsertId() const;
    bool inTransaction() const;
    DbError lastError(const QString& context) const;

    // The station's identity, created with the database.
    const QString& stationId() const { return m_stationId; }
    int schemaVersion() const { return m_schemaVersion; }

    // Re-reads the station identity and schema version (after a migration).
    DbResult<void> loadIdentity();

private:
    Database() = default;
    // The connection alone: the file inspected (a newer schema, another application's file or a corrupt
    // one refused before anything is written), opened, WAL and synchronous=FULL set. No schema work.
    static DbResult<std::unique_ptr<Database>> connect(const QString& path, const OpenOptions& options);

    sqlite3* m_db = nullptr;
    std::shared_ptr<StatementCache> m_statements;
    QString m_path;
    QString m_stationId;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
};

template <typename Bind, typename Read>
auto Database::queryOptional(const char* sql, Bind&& bind, Read&& read)
    -> DbResult<std::optional<std::invoke_result_t<Read&, const Statement&>>>
{
    using Value = std::invoke_result_t<Read&, const Statement&>;
    auto stmt = prepare(sql);
    if (!stmt)
        return fail(stmt.error());
    bind(*stmt);
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<Value>{};
    return std::optional<Value>{read(*stmt)};
}

// BEGIN IMMEDIATE on construction (takes the write lock), ROLLBACK on destruction unless committed.
class Transaction
{
public:
    static DbResult<std::unique_ptr<Transaction>> begin(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    DbResult<void> commit();

private:
    explicit Transaction(Database& db) : m_db(db) {}
    Database& m_db;
    bool m_done = false;
};

// Maps an SQLite result code to a typed error.
DbError sqliteError(sqlite3* db, int rc, const QString& context);

// UTC now as ISO 8601 with milliseconds and an explicit offset: 2026-11-21T13:26:12.123+00:00
QString utcNow();
QString newUuid();

} // namespace tps::db
