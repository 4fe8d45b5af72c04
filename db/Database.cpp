#include "db/Database.h"

#include "db/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <cstdint>
#include <map>
#include <mutex>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <vector>

namespace tps::db {

namespace {
// SQLite's own busy timeout sleeps in growing steps of up to 100 ms between tries, so a step's commit that
// meets another writer's short transaction (the relay's acknowledgement, another socket's commit) waited far
// longer than that transaction held the lock. This handler tries again every millisecond until the
// connection's timeout has passed (each try takes at least 1 ms, so `count` tries are at least `count` ms).
// The timeout in milliseconds travels as the handler's context pointer.
int retryEveryMillisecond(void* timeoutMs, int count)
{
    if (count >= static_cast<int>(reinterpret_cast<std::intptr_t>(timeoutMs)))
        return 0;
    sqlite3_sleep(1);
    return 1;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

struct ConnectionCloser
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using ConnectionPtr = std::unique_ptr<sqlite3, ConnectionCloser>;

QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}

DbResult<qint64> pragmaInt(sqlite3* db, const char* sql)
{
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteError(db, rc, QString::fromLatin1(sql)));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
    rc = sqlite3_step(stmt.get());
    if (rc != SQLITE_ROW)
        return fail(sqliteError(db, rc, QString::fromLatin1(sql)));
    return static_cast<qint64>(sqlite3_column_int64(stmt.get(), 0));
}

// Opens the existing file read-only and decides whether the station may use it. Writes nothing.
DbResult<void> inspectExisting(const QString& path, bool integrityCheck, bool* emptyDatabase)
{
    // The file is only ever read through SQLite: opening and closing it any other way would drop the POSIX
    // locks of this process's other connections to it.
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(nativePath(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    ConnectionPtr db(raw);
    if (rc != SQLITE_OK)
        return fail(DbError{DbErrc::Io,
                            Tr::tr("Cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc)))});
    sqlite3_busy_timeout(db.get(), 15000);
    auto appId = pragmaInt(db.get(), "PRAGMA application_id");
    if (!appId) {
        const DbError e = appId.error();
        if (e.code == DbErrc::Busy)
            return fail(e);
        if ((sqlite3_extended_errcode(db.get()) & 0xff) == SQLITE_NOTADB)
            return fail(DbError{
                DbErrc::NotSqlite,
                Tr::tr("%1 is not a station database (not an SQLite file). It was not changed.").arg(path)});
        return fail(DbError{DbErrc::Corrupt,
                            Tr::tr("%1 cannot be read as a station database (%2). It was not changed.")
                                .arg(path, e.message)});
    }
    if (*appId != kApplicationId) {
        auto tables = pragmaInt(db.get(), "SELECT count(*) FROM sqlite_schema");
        if (*appId == 0 && tables && *tables == 0) {
            *emptyDatabase = true; // an empty SQLite file (e.g. creation interrupted): may be initialised
            return {};
        }
        return fail(DbError{DbErrc::NotStationDb,
                            Tr::tr("%1 is an SQLite database of another application, not a station "
                                   "database. It was not changed.")
                                .arg(path)});
    }
    auto version = pragmaInt(db.get(), "PRAGMA user_version");
    if (!version)
        return fail(DbError{DbErrc::Corrupt, Tr::tr("%1: %2").arg(path, version.error().message)});
    if (*version > kSchemaVersion)
        return fail(DbError{DbErrc::NewerSchema,
                            Tr::tr("%1 was written by a newer version of the station (schema %2; this "
                                   "version understands up to %3). Update the station software. The file "
                                   "was not changed.")
                                .arg(path)
                                .arg(*version)
                                .arg(kSchemaVersion)});
    if (integrityCheck) {
        sqlite3_stmt* rawStmt = nullptr;
        rc = sqlite3_prepare_v2(db.get(), "PRAGMA quick_check", -1, &rawStmt, nullptr);
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(rawStmt, sqlite3_finalize);
        QString verdict;
        if (rc == SQLITE_OK && sqlite3_step(stmt.get()) == SQLITE_ROW)
            verdict = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), 0)));
        else
            verdict = QString::fromUtf8(sqlite3_errmsg(db.get()));
        if (verdict != QLatin1String("ok"))
            return fail(DbError{DbErrc::Corrupt,
                                Tr::tr("%1 is damaged (integrity check: %2). It was not changed; restore it "
                                       "from a backup.")
                                    .arg(path, verdict)});
    }
    return {};
}

} // namespace

DbError sqliteError(sqlite3* db, int rc, const QString& context)
{
    const int primary = rc & 0xff;
    DbErrc code = DbErrc::Sql;
    if (primary == SQLITE_CONSTRAINT)
        code = DbErrc::Constraint;
    else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        code = DbErrc::Busy;
    else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        code = DbErrc::Corrupt;
    else if (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_FULL ||
             primary == SQLITE_READONLY)
        code = DbErrc::Io;
    const QString detail =
        (db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc))) +
        QStringLiteral(" [sqlite %1]").arg(rc);
    return DbError{code, context.isEmpty() ? detail : context + QStringLiteral(": ") + detail};
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("+00:00");
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// ---- StatementCache ----

// The idle compiled statements of one connection, by SQL text. Shared with the statements handed out, so
// one that outlives its Database is finalized instead of cached.
class StatementCache
{
public:
    // Statements of more distinct SQL texts than this (SQL built at run time) are not kept.
    static constexpr std::size_t kMaxTexts = 512;

    sqlite3_stmt* take(const char* sql)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_idle.find(std::string_view(sql));
        if (it == m_idle.end() || it->second.empty())
            return nullptr;
        sqlite3_stmt* stmt = it->second.back();
        it->second.pop_back();
        return stmt;
    }
    void give(sqlite3_stmt* stmt)
    {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        std::lock_guard lock(m_mutex);
        if (m_closed || (m_idle.size() >= kMaxTexts && !m_idle.count(std::string_view(sqlite3_sql(stmt))))) {
            sqlite3_finalize(stmt);
            return;
        }
        m_idle[std::string(sqlite3_sql(stmt))].push_back(stmt);
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        for (auto& [sql, statements] : m_idle)
            for (sqlite3_stmt* stmt : statements)
                sqlite3_finalize(stmt);
        m_idle.clear();
        m_closed = true;
    }

private:
    std::mutex m_mutex; // a connection is used by one thread; a statement may die on another
    std::map<std::string, std::vector<sqlite3_stmt*>, std::less<>> m_idle;
    bool m_closed = false;
};

// ---- Statement ----

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_cache)
        m_cache->give(m_stmt);
    else
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_cache.reset();
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(other.m_stmt), m_db(other.m_db), m_cache(std::move(other.m_cache))
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = other.m_stmt;
        m_db = other.m_db;
        m_cache = std::move(other.m_cache);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull())
        sqlite3_bind_zeroblob(m_stmt, index, 0);
    else
        sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8Text)
{
    sqlite3_bind_text(m_stmt, index, utf8Text.constData(), static_cast<int>(utf8Text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindOptional(int index, const std::optional<double>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

DbResult<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return fail(sqliteError(m_db, rc, QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(80)));
}

DbResult<void> Statement::exec()
{
    for (;;) {
        auto row = step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QString::fromUtf8(p, n) : QString();
}

QByteArray Statement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), n) : QByteArray();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

const char* Statement::rawText(int column, int* length) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    *length = sqlite3_column_bytes(m_stmt, column);
    return p;
}

const unsigned char* Statement::rawBlob(int column, int* length) const
{
    const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, column));
    *length = sqlite3_column_bytes(m_stmt, column);
    return p;
}

// ---- Database ----

DbResult<std::unique_ptr<Database>> Database::connect(const QString& path, const OpenOptions& options)
{
    if (path.isEmpty())
        return fail(DbError{DbErrc::Invalid, Tr::tr("No database path given.")});
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile())
        return fail(DbError{DbErrc::Io, Tr::tr("%1 is not a file.").arg(path)});
    bool emptyDatabase = !exists || info.size() == 0;
    if (!emptyDatabase) {
        if (auto inspected = inspectExisting(path, options.integrityCheck, &emptyDatabase); !inspected)
            return fail(inspected.error());
    }
    const bool readOnly = options.mode == OpenMode::ReadOnly;
    if (readOnly && emptyDatabase)
        return fail(DbError{DbErrc::NotFound, Tr::tr("There is no station database at %1.").arg(path)});

    std::unique_ptr<Database> db(new Database);
    db->m_statements = std::make_shared<StatementCache>();
    db->m_path = path;
    db->m_readOnly = readOnly;
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(nativePath(path).constData(), &db->m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return fail(DbError{DbErrc::Io,
                            Tr::tr("Cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc)))});
    sqlite3_extended_result_codes(db->m_db, 1);
    sqlite3_busy_handler(db->m_db, &retryEveryMillisecond,
                         reinterpret_cast<void*>(static_cast<std::intptr_t>(options.busyTimeoutMs)));
    if (auto r = db->exec("PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF"); !r)
        return fail(r.error());
    if (!readOnly) {
        // WAL + synchronous=FULL: a committed transaction survives a crash or a power cut.
        {
            auto mode = db->prepare("PRAGMA journal_mode=WAL");
            if (!mode)
                return fail(mode.error());
            auto row = mode->step();
            if (!row || !*row || mode->text(0) != QLatin1String("wal"))
                return fail(
                    DbError{DbErrc::Io, Tr::tr("Cannot switch %1 to write-ahead logging.").arg(path)});
        }
        if (auto r = db->exec("PRAGMA synchronous=FULL"); !r)
            return fail(r.error());
    }
    return db;
}

Database::~Database()
{
    if (m_statements)
        m_statements->close();
    if (m_db)
        sqlite3_close_v2(m_db);
}

DbResult<void> Database::loadIdentity()
{
    auto version = queryInt("PRAGMA user_version");
    if (!version)
        return fail(version.error());
    m_schemaVersion = static_cast<int>(*version);
    auto stmt = prepare("SELECT value FROM station_info WHERE key='station_id'");
    if (!stmt)
        return fail(stmt.error());
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(DbError{DbErrc::Corrupt, Tr::tr("%1 has no station identity.").arg(m_path)});
    m_stationId = stmt->text(0);
    return {};
}

DbResult<Statement> Database::prepare(const char* sql)
{
    if (sqlite3_stmt* cached = m_statements->take(sql))
        return Statement(cached, m_db, m_statements);
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteError(m_db, rc, QString::fromUtf8(sql).simplified().left(80)));
    // Cached by its text: only a statement that is the whole of `sql` can be found again by it.
    const bool findable = stmt && std::string_view(sqlite3_sql(stmt)) == std::string_view(sql);
    return Statement(stmt, m_db, findable ? m_statements : nullptr);
}

DbResult<void> Database::exec(const char* sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteError(m_db, rc, QString::fromUtf8(sql).simplified().left(80)));
    return {};
}

DbResult<qint64> Database::queryInt(const char* sql)
{
    return pragmaInt(m_db, sql);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

DbError Database::lastError(const QString& context) const
{
    return sqliteError(m_db, sqlite3_extended_errcode(m_db), context);
}

// ---- Transaction ----

DbResult<std::unique_ptr<Transaction>> Transaction::begin(Database& db)
{
    if (auto r = db.exec("BEGIN IMMEDIATE"); !r)
        return fail(r.error());
    return std::unique_ptr<Transaction>(new Transaction(db));
}

Transaction::~Transaction()
{
    if (!m_done)
        (void)m_db.exec("ROLLBACK");
}

DbResult<void> Transaction::commit()
{
    auto r = m_db.exec("COMMIT");
    if (r)
        m_done = true;
    return r;
}

} // namespace tps::db
