// The checkpoint key protected by the admin's passphrase (issue 18): once protected, the station account
// alone cannot sign — no passphrase, no checkpoint, said loudly — while auditors verify with the public key
// only. openssl is the oracle for the encrypted key file.
#include "TestMain.h"
#include "TestSupport.h"

#include "db/Checkpoints.h"
#include "db/StationKeyProtection.h"
#include "db/StationStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
const QByteArray kPassphrase = "correct horse battery staple";

test::ToolRun cli(const QStringList& args, const QByteArray& stdinData = {})
{
    return test::runTool(test::cliPath(), args, {}, stdinData);
}

test::ToolRun openssl(const QStringList& args)
{
    return test::runTool(QStringLiteral("openssl"), args);
}

QByteArray checkpointCount(const QString& db)
{
    return test::runTool(QStringLiteral("sqlite3"), {db, QStringLiteral("SELECT count(*) FROM checkpoints")})
        .out.trimmed();
}
} // namespace

class TestStationKeyProtection : public QObject
{
    Q_OBJECT
private slots:
    void protectedKeyNeedsTheAdminsPassphrase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("station.db"));
        const QString key = db::keyPathFor(db);
        const QString pub = dir.filePath(QStringLiteral("pub.pem"));
        QVERIFY(db::StationStore::open(db));
        QVERIFY(cli({QStringLiteral("audit"), QStringLiteral("public-key"), QStringLiteral("--db"), db,
                     QStringLiteral("--out"), pub})
                    .ok());
        const test::ToolRun protect =
            cli({QStringLiteral("audit"), QStringLiteral("protect-key"), QStringLiteral("--db"), db,
                 QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
                kPassphrase + '\n');
        QVERIFY2(protect.ok(), protect.err.constData());

        // openssl: encrypted PKCS#8, owner-only, opened by the passphrase only, and still the same key.
        QVERIFY(test::readFile(key).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QCOMPARE(test::runTool(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%a"), key})
                     .out.trimmed(),
                 QByteArray("600"));
        QVERIFY(!openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-passin"),
                          QStringLiteral("pass:wrong"), QStringLiteral("-pubout")})
                     .ok());
        const test::ToolRun opened =
            openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-passin"),
                     QStringLiteral("pass:") + QString::fromLatin1(kPassphrase), QStringLiteral("-pubout")});
        QVERIFY2(opened.ok(), opened.err.constData());
        QCOMPARE(opened.out, test::readFile(pub));
        QCOMPARE(
            test::runTool(QStringLiteral("sqlite3"),
                          {db, QStringLiteral("SELECT count(*) FROM audit_events WHERE object='station-key' "
                                              "AND field='protection'")})
                .out.trimmed(),
            QByteArray("1"));

        // The station account alone: no passphrase, no signature — refused loudly, nothing written.
        const QByteArray before = checkpointCount(db);
        const QStringList checkpoint{QStringLiteral("audit"), QStringLiteral("checkpoint"),
                                     QStringLiteral("--db"),  db,
                                     QStringLiteral("--out"), dir.filePath(QStringLiteral("w.txt"))};
        const test::ToolRun locked =
            cli(QStringList{QStringLiteral("--key-passphrase-fd"), QStringLiteral("0")} + checkpoint);
        QVERIFY(locked.exitCode != 0);
        QVERIFY2(locked.err.contains("passphrase"), locked.err.constData());
        const test::ToolRun wrong = cli(
            QStringList{QStringLiteral("--key-passphrase-fd"), QStringLiteral("0")} + checkpoint, "guess\n");
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains("does not unlock"), wrong.err.constData());
        QCOMPARE(checkpointCount(db), before);
        db::setKeyPassphraseSource({});
        auto store = db::StationStore::open(db);
        QVERIFY(!store);
        QVERIFY(store.error().message.contains(key));

        // The admin's passphrase unlocks it; the auditor verifies with the public key alone.
        const test::ToolRun unlocked =
            cli(QStringList{QStringLiteral("--key-passphrase-fd"), QStringLiteral("0")} + checkpoint,
                kPassphrase + '\n');
        QVERIFY2(unlocked.ok(), unlocked.err.constData());
        QVERIFY(checkpointCount(db).toInt() > before.toInt());
        for (const QStringList& extra :
             {QStringList{}, QStringList{QStringLiteral("--public-key"), pub, QStringLiteral("--witness"),
                                         dir.filePath(QStringLiteral("w.txt"))}}) {
            const test::ToolRun verified = cli(
                QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db} +
                extra);
            QVERIFY2(verified.ok(), verified.err.constData());
        }
        // Protecting twice is refused (the passphrase is not silently replaced).
        const test::ToolRun twice =
            cli({QStringLiteral("--key-passphrase-fd"), QStringLiteral("0"), QStringLiteral("audit"),
                 QStringLiteral("protect-key"), QStringLiteral("--db"), db, QStringLiteral("--passphrase-fd"),
                 QStringLiteral("0")},
                kPassphrase + "\nanother passphrase\n");
        QVERIFY(twice.exitCode != 0);
        QVERIFY2(twice.err.contains("already protected"), twice.err.constData());
    }
};

STATION_TEST_GUILESS_MAIN(TestStationKeyProtection)
#include "TestStationKeyProtection.moc"
