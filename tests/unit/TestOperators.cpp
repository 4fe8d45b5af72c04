// Operators: scrypt hashes checked against `openssl kdf` as an independent oracle, lockout after repeated
// failures, disabled operators, roles, and the audit of every login attempt.
#include "TestMain.h"
#include "TestSupport.h"

#include "db/Operators.h"
#include "db/StationStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tps;

class TestOperators : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::StationStore> m_store;

    test::ToolRun sql(const QString& statement)
    {
        return test::runTool(QStringLiteral("sqlite3"),
                             {QStringLiteral("-batch"), m_store->path(), statement});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = db::StationStore::open(m_dir.filePath(QStringLiteral("ops.db")));
        QVERIFY(store);
        m_store = std::move(*store);
    }

    // "^...$" also matched before a final newline: "otto\n" was a valid ID (found by tests/fuzz identifiers).
    void idRefusesControlCharacters()
    {
        QVERIFY(db::Operators::validId(QStringLiteral("otto")));
        QVERIFY(!db::Operators::validId(QStringLiteral("otto\n")));
        QVERIFY(!db::Operators::validId(QStringLiteral("otto\r\n")));
        QVERIFY(!db::Operators::validId(QStringLiteral("\notto")));
    }

    void firstOperatorMustBeAdmin()
    {
        db::Operators ops(m_store->database());
        auto notAdmin = ops.add(db::systemActor(), QStringLiteral("otto"), QStringLiteral("Otto"),
                                db::Role::Operator, QStringLiteral("pin-1234"), {});
        QVERIFY(!notAdmin);
        QCOMPARE(*ops.count(), qint64(0));
        auto admin = ops.add(db::systemActor(), QStringLiteral("ada"), QStringLiteral("Ada Admin"),
                             db::Role::Admin, QStringLiteral("s3cret-pass"), {});
        QVERIFY(admin);
        // Bad input changes nothing.
        QVERIFY(!ops.add(admin->actor(), QStringLiteral("bad id!"), QStringLiteral("X"), db::Role::Operator,
                         QStringLiteral("pin-1234"), {}));
        QVERIFY(!ops.add(admin->actor(), QStringLiteral("x"), QStringLiteral("X"), db::Role::Operator,
                         QStringLiteral("12"), {}));
        QVERIFY(!ops.add(admin->actor(), QStringLiteral("ada"), QStringLiteral("Again"), db::Role::Operator,
                         QStringLiteral("pin-1234"), {}));
        QCOMPARE(*ops.count(), qint64(1));
    }

    void hashIsScryptAsOpensslComputesIt()
    {
        const QList<QByteArray> row =
            sql(QStringLiteral(
                    "SELECT kdf, hex(salt), hex(password_hash) FROM operators WHERE operator_id='ada'"))
                .out.trimmed()
                .split('|');
        QCOMPARE(row.size(), 3);
        QCOMPARE(row[0], QByteArray("scrypt:N=32768,r=8,p=1"));
        QCOMPARE(row[1].size(), 32); // 16-byte salt
        const test::ToolRun kdf = test::runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("kdf"), QStringLiteral("-keylen"), QStringLiteral("32"),
             QStringLiteral("-kdfopt"), QStringLiteral("pass:s3cret-pass"), QStringLiteral("-kdfopt"),
             QStringLiteral("hexsalt:") + QString::fromLatin1(row[1]), QStringLiteral("-kdfopt"),
             QStringLiteral("n:32768"), QStringLiteral("-kdfopt"), QStringLiteral("r:8"),
             QStringLiteral("-kdfopt"), QStringLiteral("p:1"), QStringLiteral("-kdfopt"),
             QStringLiteral("maxmem_bytes:67108864"), QStringLiteral("SCRYPT")});
        QVERIFY2(kdf.ok(), kdf.err.constData());
        QCOMPARE(kdf.out.trimmed().replace(":", "").toUpper(), row[2]);
    }

    void lockoutAfterRepeatedFailures()
    {
        db::Operators ops(m_store->database());
        const db::Actor ada{QStringLiteral("ada"), QStringLiteral("Ada Admin")};
        QVERIFY(ops.add(ada, QStringLiteral("sue"), QStringLiteral("Sue Supervisor"), db::Role::Supervisor,
                        QStringLiteral("sue-pass"), QStringLiteral("line lead")));
        QVERIFY(ops.authenticate(QStringLiteral("sue"), QStringLiteral("sue-pass"), QStringLiteral("login")));
        for (int i = 0; i < db::kMaxFailedLogins; ++i) {
            auto r =
                ops.authenticate(QStringLiteral("sue"), QStringLiteral("wrong"), QStringLiteral("login"));
            QVERIFY(!r);
            QCOMPARE(r.error().code, db::DbErrc::Auth);
        }
        // Locked: even the right password is refused now.
        auto locked =
            ops.authenticate(QStringLiteral("sue"), QStringLiteral("sue-pass"), QStringLiteral("login"));
        QVERIFY(!locked);
        QVERIFY(locked.error().message.contains(QStringLiteral("locked")));
        QVERIFY((*ops.find(QStringLiteral("sue")))->locked);
        // Unknown IDs fail the same way and are audited too.
        QVERIFY(!ops.authenticate(QStringLiteral("nobody"), QStringLiteral("x"), QStringLiteral("login")));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE action='login-failed' AND "
                                    "object='operator:sue'"))
                     .out.trimmed(),
                 QByteArray::number(db::kMaxFailedLogins + 1));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE action='login-failed' AND "
                                    "actor_id='nobody'"))
                     .out.trimmed(),
                 QByteArray("1"));
        QCOMPARE(sql(QStringLiteral(
                         "SELECT count(*) FROM audit_events WHERE action='login' AND actor_id='sue' AND "
                         "actor_name='Sue Supervisor'"))
                     .out.trimmed(),
                 QByteArray("1"));
    }

    void disabledNeverDeleted()
    {
        db::Operators ops(m_store->database());
        const db::Actor ada{QStringLiteral("ada"), QStringLiteral("Ada Admin")};
        QVERIFY(ops.add(ada, QStringLiteral("olga"), QStringLiteral("Olga Operator"), db::Role::Operator,
                        QStringLiteral("olga-pin"), {}));
        // Only an admin disables, with a reason.
        QVERIFY(!ops.disable(db::Actor{QStringLiteral("olga"), QStringLiteral("Olga Operator")},
                             QStringLiteral("sue"), QStringLiteral("because")));
        QVERIFY(!ops.disable(ada, QStringLiteral("olga"), QString()));
        QVERIFY(ops.disable(ada, QStringLiteral("olga"), QStringLiteral("left the company")));
        auto r =
            ops.authenticate(QStringLiteral("olga"), QStringLiteral("olga-pin"), QStringLiteral("login"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("disabled")));
        QVERIFY(!sql(QStringLiteral("DELETE FROM operators WHERE operator_id='olga'")).ok());
        QCOMPARE(sql(QStringLiteral("SELECT disabled FROM operators WHERE operator_id='olga'")).out.trimmed(),
                 QByteArray("1"));
    }
};

STATION_TEST_GUILESS_MAIN(TestOperators)
#include "TestOperators.moc"
