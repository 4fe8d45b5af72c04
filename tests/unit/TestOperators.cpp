// Operators: scrypt hashes checked against `openssl kdf` as an independent oracle, lockout after repeated
// failures, disabled operators, roles, and the audit of every login attempt.
#include "TestMain.h"
#include "TestSupport.h"

#include "db/Operators.h"
#include "db/StationStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <memory>
#include <vector>

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
                                db::Role::Operator, crypto::secretFromText(QStringLiteral("pin-1234")), {});
        QVERIFY(!notAdmin);
        QCOMPARE(*ops.count(), qint64(0));
        auto admin = ops.add(db::systemActor(), QStringLiteral("ada"), QStringLiteral("Ada Admin"),
                             db::Role::Admin, crypto::secretFromText(QStringLiteral("s3cret-pass")), {});
        QVERIFY(admin);
        // Bad input changes nothing.
        QVERIFY(!ops.add(admin->actor(), QStringLiteral("bad id!"), QStringLiteral("X"), db::Role::Operator,
                         crypto::secretFromText(QStringLiteral("pin-1234")), {}));
        QVERIFY(!ops.add(admin->actor(), QStringLiteral("x"), QStringLiteral("X"), db::Role::Operator,
                         crypto::secretFromText(QStringLiteral("12")), {}));
        QVERIFY(!ops.add(admin->actor(), QStringLiteral("ada"), QStringLiteral("Again"), db::Role::Operator,
                         crypto::secretFromText(QStringLiteral("pin-1234")), {}));
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

    // The text a person types becomes the same UTF-8 bytes QString::toUtf8() gave when passwords were
    // QStrings (so stored hashes keep their KDF input), lone surrogates included.
    void secretFromTextIsTheUtf8OfTheText()
    {
        const QString texts[] = {QString(), QStringLiteral("pin-1234"), QStringLiteral(u"Grüße-密码-🔑"),
                                 QString(QChar(0xD800)) + QStringLiteral("x"),
                                 QStringLiteral("x") + QChar(0xDBFF)};
        for (const QString& text : texts) {
            const crypto::SecureBytes secret = crypto::secretFromText(text);
            const QByteArray expected = text.toUtf8();
            QCOMPARE(secret.size(), std::size_t(expected.size()));
            QVERIFY(secret.empty() || std::memcmp(secret.data(), expected.constData(), secret.size()) == 0);
        }
        QCOMPARE(crypto::characterCount(crypto::secretFromText(QStringLiteral(u"Grüße-密码-🔑"))),
                 std::size_t(10));
    }

    // The minimum counts characters, not UTF-8 bytes: "äöü" is 6 bytes but 3 characters.
    void minimumLengthCountsCharacters()
    {
        db::Operators ops(m_store->database());
        const db::Actor ada{QStringLiteral("ada"), QStringLiteral("Ada Admin")};
        auto refused = ops.add(ada, QStringLiteral("uma"), QStringLiteral("Uma Umlaut"), db::Role::Operator,
                               crypto::secretFromText(QStringLiteral(u"äöü")), {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, db::DbErrc::Invalid);
        QVERIFY(!*ops.find(QStringLiteral("uma")));
    }

    // A hash stored by the QString code path (scrypt over toUtf8()) still signs in: python3's hashlib
    // computes it from the text's UTF-8 with the stored parameters, sqlite3 stores it, and the operator
    // signs in with the password as the front ends now hand it down.
    void hashFromTheTextsUtf8StillSignsIn()
    {
        db::Operators ops(m_store->database());
        const db::Actor ada{QStringLiteral("ada"), QStringLiteral("Ada Admin")};
        const QString password = QStringLiteral(u"Grüße-密码-🔑");
        QVERIFY(ops.add(ada, QStringLiteral("ulla"), QStringLiteral("Ulla Unicode"), db::Role::Operator,
                        crypto::secretFromText(QStringLiteral("placeholder")), {}));
        const test::ToolRun hashed = test::runTool(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import hashlib,os,sys\n"
                            "salt=os.urandom(16)\n"
                            "h=hashlib.scrypt(sys.argv[1].encode('utf-8'),salt=salt,n=32768,r=8,p=1,"
                            "maxmem=67108864,dklen=32)\n"
                            "print(salt.hex()+' '+h.hex())"),
             password});
        QVERIFY2(hashed.ok(), hashed.err.constData());
        const QList<QByteArray> saltHash = hashed.out.trimmed().split(' ');
        QCOMPARE(saltHash.size(), 2);
        QVERIFY(sql(QStringLiteral("UPDATE operators SET kdf='scrypt:N=32768,r=8,p=1', salt=X'%1', "
                                   "password_hash=X'%2' WHERE operator_id='ulla'")
                        .arg(QString::fromLatin1(saltHash[0]), QString::fromLatin1(saltHash[1])))
                    .ok());
        QVERIFY(!ops.authenticate(QStringLiteral("ulla"),
                                  crypto::secretFromText(QStringLiteral("placeholder")),
                                  QStringLiteral("login")));
        auto who = ops.authenticate(QStringLiteral("ulla"), crypto::secretFromText(password),
                                    QStringLiteral("login"));
        QVERIFY2(who, who ? "" : qPrintable(who.error().message));
        QCOMPARE(who->operatorId, QStringLiteral("ulla"));
    }

    void lockoutAfterRepeatedFailures()
    {
        db::Operators ops(m_store->database());
        const db::Actor ada{QStringLiteral("ada"), QStringLiteral("Ada Admin")};
        QVERIFY(ops.add(ada, QStringLiteral("sue"), QStringLiteral("Sue Supervisor"), db::Role::Supervisor,
                        crypto::secretFromText(QStringLiteral("sue-pass")), QStringLiteral("line lead")));
        QVERIFY(ops.authenticate(QStringLiteral("sue"), crypto::secretFromText(QStringLiteral("sue-pass")),
                                 QStringLiteral("login")));
        for (int i = 0; i < db::kMaxFailedLogins; ++i) {
            auto r = ops.authenticate(QStringLiteral("sue"), crypto::secretFromText(QStringLiteral("wrong")),
                                      QStringLiteral("login"));
            QVERIFY(!r);
            QCOMPARE(r.error().code, db::DbErrc::Auth);
        }
        // Locked: even the right password is refused now.
        auto locked =
            ops.authenticate(QStringLiteral("sue"), crypto::secretFromText(QStringLiteral("sue-pass")),
                             QStringLiteral("login"));
        QVERIFY(!locked);
        QVERIFY(locked.error().message.contains(QStringLiteral("locked")));
        QVERIFY((*ops.find(QStringLiteral("sue")))->locked);
        // Unknown IDs fail the same way and are audited too.
        QVERIFY(!ops.authenticate(QStringLiteral("nobody"), crypto::secretFromText(QStringLiteral("x")),
                                  QStringLiteral("login")));
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

    void parallelWrongPasswordsNeverExceedTheLimit()
    {
        // Issue 18: the failure count was read before scrypt and written after it, so processes guessing at
        // once each saw "0 failures" and got a guess. Twelve CLI processes guess at once: at most five wrong
        // passwords are counted as guesses, the rest are refused as locked, and the operator ends locked.
        db::Operators ops(m_store->database());
        const db::Actor ada{QStringLiteral("ada"), QStringLiteral("Ada Admin")};
        QVERIFY(ops.add(ada, QStringLiteral("pat"), QStringLiteral("Pat Parallel"), db::Role::Quality,
                        crypto::secretFromText(QStringLiteral("pat-pass")), QStringLiteral("auditor")));
        constexpr int kProcesses = 12;
        std::vector<std::unique_ptr<QProcess>> guesses;
        for (int i = 0; i < kProcesses; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProgram(test::cliPath());
            p->setArguments({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"),
                             m_store->path(), QStringLiteral("--out"),
                             m_dir.filePath(QStringLiteral("x%1.json").arg(i)), QStringLiteral("--as"),
                             QStringLiteral("pat")});
            guesses.push_back(std::move(p));
        }
        for (auto& p : guesses) {
            p->start();
            QVERIFY(p->waitForStarted());
        }
        for (int i = 0; i < kProcesses; ++i) {
            guesses[i]->write(QStringLiteral("guess-%1\n").arg(i).toUtf8());
            guesses[i]->closeWriteChannel();
        }
        for (auto& p : guesses) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitCode() != 0, true);
        }
        // sqlite3 as the oracle: the audited guesses and the operator's state.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE action='login-failed' AND "
                                    "object='operator:pat' AND reason LIKE 'wrong password%'"))
                     .out.trimmed(),
                 QByteArray::number(db::kMaxFailedLogins));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE action='login-failed' AND "
                                    "object='operator:pat'"))
                     .out.trimmed(),
                 QByteArray::number(kProcesses));
        QCOMPARE(sql(QStringLiteral("SELECT locked_until > '' FROM operators WHERE operator_id='pat'"))
                     .out.trimmed(),
                 QByteArray("1"));
        // Locked: the right password is refused too.
        auto locked =
            ops.authenticate(QStringLiteral("pat"), crypto::secretFromText(QStringLiteral("pat-pass")),
                             QStringLiteral("login"));
        QVERIFY(!locked);
        QVERIFY(locked.error().message.contains(QStringLiteral("locked")));
        for (int i = 0; i < kProcesses; ++i)
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x%1.json").arg(i))));
    }

    void disabledNeverDeleted()
    {
        db::Operators ops(m_store->database());
        const db::Actor ada{QStringLiteral("ada"), QStringLiteral("Ada Admin")};
        QVERIFY(ops.add(ada, QStringLiteral("olga"), QStringLiteral("Olga Operator"), db::Role::Operator,
                        crypto::secretFromText(QStringLiteral("olga-pin")), {}));
        // Only an admin disables, with a reason.
        QVERIFY(!ops.disable(db::Actor{QStringLiteral("olga"), QStringLiteral("Olga Operator")},
                             QStringLiteral("sue"), QStringLiteral("because")));
        QVERIFY(!ops.disable(ada, QStringLiteral("olga"), QString()));
        QVERIFY(ops.disable(ada, QStringLiteral("olga"), QStringLiteral("left the company")));
        auto r = ops.authenticate(QStringLiteral("olga"), crypto::secretFromText(QStringLiteral("olga-pin")),
                                  QStringLiteral("login"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("disabled")));
        QVERIFY(!sql(QStringLiteral("DELETE FROM operators WHERE operator_id='olga'")).ok());
        QCOMPARE(sql(QStringLiteral("SELECT disabled FROM operators WHERE operator_id='olga'")).out.trimmed(),
                 QByteArray("1"));
    }
};

STATION_TEST_GUILESS_MAIN(TestOperators)
#include "TestOperators.moc"
