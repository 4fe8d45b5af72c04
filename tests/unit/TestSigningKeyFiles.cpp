// The station's private key files (the export signing key, the checkpoint key) are created owner-only from
// the first byte, and a key file others can read is refused with a clear message (issue 18).
#include "TestMain.h"
#include "TestSupport.h"

#include "db/Checkpoints.h"
#include "exports/ManifestSigner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tps;

namespace {
// The mode as stat(1) reports it: an oracle outside Qt's permission mapping.
QByteArray statMode(const QString& path)
{
    return test::runTool(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%a"), path})
        .out.trimmed();
}

// Restores the process umask at the end of a test.
struct UmaskGuard
{
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_old); }
    mode_t m_old;
};
} // namespace

class TestSigningKeyFiles : public QObject
{
    Q_OBJECT
private slots:
    void exportSigningKeyIsOwnerOnlyFromCreation()
    {
        // With an empty umask a file created 0666 and chmod'ed later would be world-readable for a moment;
        // created O_EXCL 0600 it never is.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("station.db"));
        {
            UmaskGuard open(0);
            auto id = db::exports::loadOrCreateSigningIdentity(db, QStringLiteral("station-1"));
            QVERIFY2(id, id ? "" : qPrintable(id.error().message));
            QVERIFY(id->created);
        }
        QCOMPARE(statMode(db::exports::signingKeyPathFor(db)), QByteArray("600"));
        // A second creation never overwrites: the existing pair is loaded.
        auto again = db::exports::loadOrCreateSigningIdentity(db, QStringLiteral("station-1"));
        QVERIFY(again);
        QVERIFY(!again->created);
    }

    void looseExportSigningKeyIsRefused()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("station.db"));
        QVERIFY(db::exports::loadOrCreateSigningIdentity(db, QStringLiteral("station-1")));
        const QString key = db::exports::signingKeyPathFor(db);
        const QByteArray before = test::readFile(key);
        QVERIFY(test::runTool(QStringLiteral("chmod"), {QStringLiteral("644"), key}).ok());
        QCOMPARE(statMode(key), QByteArray("644"));
        auto loose = db::exports::loadOrCreateSigningIdentity(db, QStringLiteral("station-1"));
        QVERIFY(!loose);
        QVERIFY2(loose.error().message.contains(QStringLiteral("chmod 600")),
                 qPrintable(loose.error().message));
        QVERIFY(loose.error().message.contains(key));
        // Refused, not repaired or replaced.
        QCOMPARE(statMode(key), QByteArray("644"));
        QCOMPARE(test::readFile(key), before);
        QVERIFY(test::runTool(QStringLiteral("chmod"), {QStringLiteral("600"), key}).ok());
        QVERIFY(db::exports::loadOrCreateSigningIdentity(db, QStringLiteral("station-1")));
    }

    // A station killed while it writes its new key (a power cut at the first start) leaves no key file
    // rather than half of one, which every later start would refuse ("not an Ed25519 station key").
    void killedWhileWritingTheKeyLeavesNone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.db.key"));
        const pid_t child = ::fork();
        if (child == 0) {
            ::setenv("STATION_FAULT_POINT", "keyfile.half-written", 1);
            (void)db::StationKey::loadOrCreate(path);
            ::_exit(0); // not reached: the fault point kills the child
        }
        QVERIFY(child > 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // only the abandoned temporary
        // The next start creates the key, removes what the killed one left, and can read the key back.
        auto created = db::StationKey::loadOrCreate(path);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("station.db.key")});
        auto again = db::StationKey::loadOrCreate(path, db::KeyCreation::Refuse);
        QVERIFY(again);
        QCOMPARE(again->publicKey(), created->publicKey());
        QCOMPARE(statMode(path), QByteArray("600"));
    }

    void checkpointKeyIsOwnerOnlyFromCreation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.key"));
        {
            UmaskGuard open(0);
            QVERIFY(db::StationKey::loadOrCreate(path));
        }
        QCOMPARE(statMode(path), QByteArray("600"));
        QVERIFY(test::runTool(QStringLiteral("chmod"), {QStringLiteral("640"), path}).ok());
        auto loose = db::StationKey::loadOrCreate(path);
        QVERIFY(!loose);
        QVERIFY(loose.error().message.contains(QStringLiteral("chmod 600")));
    }
};

STATION_TEST_GUILESS_MAIN(TestSigningKeyFiles)
#include "TestSigningKeyFiles.moc"
