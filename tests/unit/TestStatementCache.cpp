// The per-connection cache of prepared statements (db::Database::prepare): a statement is compiled once per
// connection and SQL text, goes back reset and unbound, two live at once are two statements, and the cache
// is bounded. Counted with SQLite's own list of a connection's statements (sqlite3_next_stmt), not ours.
#include "TestMain.h"

#include "db/Database.h"
#include "db/StationStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace tps;

namespace {
// How many prepared statements the connection holds, as SQLite counts them.
int statementsOf(sqlite3* connection)
{
    int n = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(connection, nullptr); s; s = sqlite3_next_stmt(connection, s))
        ++n;
    return n;
}
} // namespace

class TestStatementCache : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<db::StationStore> m_store;

    db::Database& database() { return m_store->database(); }

private slots:
    void init()
    {
        auto store = db::StationStore::open(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db")));
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        m_store = std::move(*store);
    }
    void cleanup() { m_store.reset(); }

    void sameTextCompiledOnce()
    {
        const int before = statementsOf(database().handle());
        sqlite3_stmt* first = nullptr;
        for (int i = 0; i < 100; ++i) {
            auto stmt = database().prepare("SELECT ?1 + 1");
            QVERIFY(stmt);
            stmt->bind(1, i);
            QVERIFY(*stmt->step());
            QCOMPARE(stmt->int64(0), qint64(i) + 1);
            if (i == 0)
                first = stmt->handle();
            QCOMPARE(stmt->handle(), first);
        }
        QCOMPARE(statementsOf(database().handle()), before + 1);
    }

    void returnedResetAndUnbound()
    {
        {
            auto stmt = database().prepare("SELECT ?1 IS NULL");
            QVERIFY(stmt);
            stmt->bind(1, QStringLiteral("secret"));
            QVERIFY(*stmt->step()); // left mid-result: the cache must reset it
            QCOMPARE(stmt->int64(0), qint64(0));
        }
        auto again = database().prepare("SELECT ?1 IS NULL");
        QVERIFY(again);
        QVERIFY(!sqlite3_stmt_busy(again->handle()));
        QVERIFY(*again->step());
        QCOMPARE(again->int64(0), qint64(1)); // the earlier binding is gone
    }

    void twoLiveAtOnceAreTwo()
    {
        auto outer = database().prepare("SELECT value FROM json_each('[1,2,3]')");
        auto inner = database().prepare("SELECT value FROM json_each('[1,2,3]')");
        QVERIFY(outer && inner);
        QVERIFY(outer->handle() != inner->handle());
        int pairs = 0;
        while (*outer->step()) {
            inner->reset();
            while (*inner->step())
                ++pairs;
        }
        QCOMPARE(pairs, 9);
    }

    void boundedAndNotForSeveralStatements()
    {
        const int before = statementsOf(database().handle());
        for (int i = 0; i < 600; ++i) {
            const QByteArray sql = "SELECT " + QByteArray::number(i);
            QVERIFY(database().prepare(sql.constData()));
        }
        // Kept up to the bound (512 texts, this connection's own statements among them), the rest finalized.
        QVERIFY(statementsOf(database().handle()) <= std::max(before, 512));
        QVERIFY(statementsOf(database().handle()) >= 400);
        // A text of two statements compiles only the first: it is never found by its text, so never kept.
        const int kept = statementsOf(database().handle());
        for (int i = 0; i < 10; ++i)
            QVERIFY(database().prepare("SELECT 1; SELECT 2"));
        QCOMPARE(statementsOf(database().handle()), kept);
    }

    void statementOutlivesItsConnection()
    {
        auto stmt = database().prepare("SELECT 42");
        QVERIFY(stmt);
        db::Statement kept = std::move(*stmt);
        QVERIFY(*kept.step());
        QCOMPARE(kept.int64(0), qint64(42));
        m_store.reset(); // the connection closes while a statement is still out
    } // finalized here (SQLite's zombie connection goes with it), not put back into a cache that is closed
};

STATION_TEST_GUILESS_MAIN(TestStatementCache)
#include "TestStatementCache.moc"
