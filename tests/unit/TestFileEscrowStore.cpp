// The file escrow store: durable records, state changes, odd serials, damaged files.
#include "TestMain.h"
#include "core/ownership/FileEscrowStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tps::ownership;

namespace {
EscrowRecord sample(const QString& serial)
{
    EscrowRecord r;
    r.serial = serial;
    r.deviceUuid = QStringLiteral("2b1f0f5e-0000-4000-8000-000000000001");
    r.cms = QByteArray::fromHex("3082010203");
    r.recipientFingerprint = QString(64, QLatin1Char('a'));
    r.hierarchies = {Hierarchy::Owner, Hierarchy::Lockout};
    return r;
}
} // namespace

class TestFileEscrowStore : public QObject
{
    Q_OBJECT
private slots:
    void saveLoadUpdate()
    {
        QTemporaryDir dir;
        FileEscrowStore store(dir.filePath(QStringLiteral("escrow")));
        auto empty = store.latestEscrow(QStringLiteral("S1"));
        QVERIFY(empty.ok());
        QVERIFY(!empty->has_value());
        QVERIFY(!QFileInfo::exists(store.directory())); // nothing created before the first record

        auto id = store.saveEscrow(sample(QStringLiteral("S1")));
        QVERIFY(id.ok());
        QCOMPARE(QUuid::fromString(*id).isNull(), false);
        QCOMPARE(QFileInfo(store.fileFor(QStringLiteral("S1"))).permissions() & 0x0077,
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(store.directory()).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        // A second instance (another process, after a crash) sees the committed record.
        FileEscrowStore again(store.directory());
        auto latest = again.latestEscrow(QStringLiteral("S1"));
        QVERIFY(latest.ok() && latest->has_value());
        const EscrowRecord& r = **latest;
        QCOMPARE(r.id, *id);
        QCOMPARE(r.state, EscrowState::Pending);
        QCOMPARE(r.cms, sample(QStringLiteral("S1")).cms);
        QCOMPARE(r.hierarchies, (QList<Hierarchy>{Hierarchy::Owner, Hierarchy::Lockout}));
        QVERIFY(r.createdUtc.isValid());

        QVERIFY(again.markApplied(QStringLiteral("S1"), *id, {Hierarchy::Owner}).ok());
        auto second = again.saveEscrow(sample(QStringLiteral("S1")));
        QVERIFY(second.ok());
        auto history = store.escrowHistory(QStringLiteral("S1"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).state, EscrowState::Applied);
        QCOMPARE(history->at(0).applied, QList<Hierarchy>{Hierarchy::Owner});
        QCOMPARE(history->at(1).id, *second);

        QVERIFY(store.revokeAll(QStringLiteral("S1")).ok());
        history = store.escrowHistory(QStringLiteral("S1"));
        QCOMPARE(history->at(0).state, EscrowState::Revoked);
        QCOMPARE(history->at(1).state, EscrowState::Revoked);

        QVERIFY(
            !store.updateState(QStringLiteral("S1"), QStringLiteral("no-such-id"), EscrowState::Applied, {})
                 .ok());
        // Other serials are separate.
        QVERIFY(store.escrowHistory(QStringLiteral("S2"))->isEmpty());
    }

    void oddSerialsStayInTheDirectory()
    {
        QTemporaryDir dir;
        FileEscrowStore store(dir.filePath(QStringLiteral("escrow")));
        for (const QString& serial : {QStringLiteral("../../etc/passwd"), QStringLiteral(".."),
                                      QStringLiteral("a/b\\c d"), QStringLiteral("Ünïcødé-42")}) {
            QVERIFY(store.saveEscrow(sample(serial)).ok());
            QCOMPARE(QFileInfo(store.fileFor(serial)).absolutePath(), QDir(store.directory()).absolutePath());
            QCOMPARE(store.escrowHistory(serial)->size(), 1);
        }
        QCOMPARE(QDir(store.directory()).entryList(QDir::Files).size(), 4);
    }

    void refusals()
    {
        QTemporaryDir dir;
        FileEscrowStore store(dir.filePath(QStringLiteral("escrow")));
        EscrowRecord noCms = sample(QStringLiteral("S1"));
        noCms.cms.clear();
        QVERIFY(!store.saveEscrow(noCms).ok());
        EscrowRecord noSerial = sample(QString());
        QVERIFY(!store.saveEscrow(noSerial).ok());
        // A damaged file is reported, not silently treated as empty.
        QVERIFY(store.saveEscrow(sample(QStringLiteral("S3"))).ok());
        QFile f(store.fileFor(QStringLiteral("S3")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\": \"tpm-station-escrow-v1\", \"serial\": \"S3\", \"rec");
        f.close();
        auto broken = store.escrowHistory(QStringLiteral("S3"));
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.contains(QStringLiteral("damaged")));
        QVERIFY(!store.saveEscrow(sample(QStringLiteral("S3"))).ok()); // and never overwritten
    }
};

STATION_TEST_GUILESS_MAIN(TestFileEscrowStore)
#include "TestFileEscrowStore.moc"
