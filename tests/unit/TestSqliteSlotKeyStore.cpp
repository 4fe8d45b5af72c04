// The station database's slot key store: keys only as CMS EnvelopedData to the station's KEK (opened by
// `openssl cms -decrypt -secretkey` as the independent oracle), never in clear in the database, its WAL or
// its audit trail; forward-only states enforced in code and by the table's triggers (sqlite3 as the
// independent writer); group keys append-only; every change audited and the trail still verifies.
#include "SecretScan.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "core/crypto/SecureBase64.h"
#include "db/AuditTrail.h"
#include "db/SqliteSlotKeyStore.h"
#include "db/StationStore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using dps::SlotKeyState;

namespace {
crypto::SecureBytes bytesOf(const QByteArray& b)
{
    return crypto::SecureBytes(reinterpret_cast<const unsigned char*>(b.constData()), std::size_t(b.size()));
}
QByteArray plain(const crypto::SecureBytes& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.data()), qsizetype(s.size()));
}
dps::SlotKeyRecord sample(const QString& serial)
{
    dps::SlotKeyRecord r;
    r.serial = serial;
    r.deviceUuid = QStringLiteral("2b1f0f5e-0000-4000-8000-000000000001");
    r.product = QStringLiteral("widget");
    r.mode = QStringLiteral("iothub-symmetric-slot");
    r.slot = 1;
    r.hostName = QStringLiteral("widgets.azure-devices.net");
    r.deviceId = serial;
    return r;
}
} // namespace

class TestSqliteSlotKeyStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<db::StationStore> m_station;
    std::unique_ptr<db::SqliteSlotKeyStore> m_store;
    QByteArray m_primary =
        QByteArray::fromHex("00112233445566778899aabbccddeeff0123456789abcdef0011223344556677");
    QByteArray m_secondary =
        QByteArray::fromHex("f0e1d2c3b4a5968778695a4b3c2d1e0f1032547698badcfe89674523f1e2d3c4");

    test::ToolRun sql(const QString& statement)
    {
        return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), m_path, statement});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("station.db"));
        auto station = db::StationStore::open(m_path);
        QVERIFY(station);
        m_station = std::move(*station);
        auto store = db::SqliteSlotKeyStore::open(m_path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        m_store = std::move(*store);
        // No KEK until the first key is stored.
        QVERIFY(!QFile::exists(db::slotKeyKekPathFor(m_path)));
        QVERIFY(m_store->kekId().isEmpty());
    }

    void keysRoundTripAndOpenWithOpenssl()
    {
        dps::SlotKeys keys{bytesOf(m_primary), bytesOf(m_secondary)};
        auto id = m_store->saveSlotKeys(sample(QStringLiteral("S-1")), keys);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        // The KEK file: 32 bytes, owner-only.
        const QFileInfo kek(db::slotKeyKekPathFor(m_path));
        QCOMPARE(kek.size(), qint64(32));
        QVERIFY(!(kek.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther)));
        QVERIFY(m_store->kekId().startsWith(QStringLiteral("tps-slotkeys-")));
        auto opened = m_store->openSlotKeys(*id);
        QVERIFY(opened);
        QCOMPARE(plain(opened->primary), m_primary);
        QCOMPARE(plain(opened->secondary), m_secondary);

        // openssl opens the envelope with the KEK file and the KEK identifier: the documented payload.
        const QString cms = m_dir.filePath(QStringLiteral("record.der"));
        const test::ToolRun dump =
            sql(QStringLiteral("SELECT writefile('%1', cms) FROM slot_keys WHERE uuid = '%2'").arg(cms, *id));
        QVERIFY2(dump.ok(), dump.err.constData());
        const QByteArray kekHex = test::readFile(db::slotKeyKekPathFor(m_path)).toHex();
        const test::ToolRun dec = test::runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-decrypt"), QStringLiteral("-inform"),
             QStringLiteral("DER"), QStringLiteral("-in"), cms, QStringLiteral("-binary"),
             QStringLiteral("-secretkey"), QString::fromLatin1(kekHex), QStringLiteral("-secretkeyid"),
             QString::fromLatin1(m_store->kekId().toLatin1().toHex())});
        QVERIFY2(dec.ok(), dec.err.constData());
        QCOMPARE(dec.out,
                 QByteArray("TPSK\x01\x02\x01\x20", 8) + m_primary + QByteArray("\x02\x20", 2) + m_secondary);

        auto history = m_store->slotKeyHistory(QStringLiteral("S-1"));
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().state, SlotKeyState::Pending);
        QCOMPARE(history->first().hostName, QStringLiteral("widgets.azure-devices.net"));
    }

    void statesMoveForwardOnly()
    {
        auto id = m_store->saveSlotKeys(sample(QStringLiteral("S-2")), {bytesOf(m_primary), {}});
        QVERIFY(id);
        QVERIFY(m_store->setSlotKeyState(QStringLiteral("S-2"), *id, SlotKeyState::Applied,
                                         QStringLiteral("slot written")));
        QVERIFY(!m_store->setSlotKeyState(QStringLiteral("S-2"), *id, SlotKeyState::Pending, {}));
        QVERIFY(!m_store->setSlotKeyState(QStringLiteral("S-2"), *id, SlotKeyState::Abandoned, {}));
        QVERIFY(!m_store->setSlotKeyState(QStringLiteral("S-1-other"), *id, SlotKeyState::Removed, {}));
        QVERIFY(m_store->setSlotKeyState(QStringLiteral("S-2"), *id, SlotKeyState::Removed,
                                         QStringLiteral("rework")));
        QVERIFY(!m_store->setSlotKeyState(QStringLiteral("S-2"), *id, SlotKeyState::Applied, {}));
        // The group mode's record has no secondary key.
        auto opened = m_store->openSlotKeys(*id);
        QVERIFY(opened);
        QVERIFY(opened->secondary.empty());

        // The triggers refuse the same behind the store's back.
        QVERIFY(
            !sql(QStringLiteral("UPDATE slot_keys SET state = 'applied' WHERE uuid = '%1'").arg(*id)).ok());
        QVERIFY(
            !sql(QStringLiteral("UPDATE slot_keys SET host_name = 'evil.example' WHERE uuid = '%1'").arg(*id))
                 .ok());
        QVERIFY(!sql(QStringLiteral("DELETE FROM slot_keys")).ok());

        // abandonPending / latest.
        auto a = m_store->saveSlotKeys(sample(QStringLiteral("S-3")), {bytesOf(m_primary), {}});
        auto b = m_store->saveSlotKeys(sample(QStringLiteral("S-3")), {bytesOf(m_secondary), {}});
        QVERIFY(a && b);
        QVERIFY(m_store->abandonPending(QStringLiteral("S-3"), QStringLiteral("re-run")));
        auto latestAbandoned = m_store->latest(QStringLiteral("S-3"), SlotKeyState::Abandoned);
        QVERIFY(latestAbandoned && *latestAbandoned);
        QCOMPARE((*latestAbandoned)->id, *b);
        auto none = m_store->latest(QStringLiteral("S-3"), SlotKeyState::Pending);
        QVERIFY(none && !*none);
    }

    void groupKeyImportedEncrypted()
    {
        QVERIFY(!m_store->groupKey(QStringLiteral("widget")));
        const QByteArray group = QByteArray::fromBase64(
            "PTsoXXmBXgOi1G0gG3qAM9Gf6JnmUAR6cTS8JLrfj4jMsbbt5J0x8AQR28v0A9BmWXTEJW0BHv3kfrLKuZlHPQ==");
        QVERIFY(!m_store->importGroupKey(QStringLiteral("widget"), bytesOf(group.left(8)), {}));
        auto id =
            m_store->importGroupKey(QStringLiteral("widget"), bytesOf(group), QStringLiteral("first import"));
        QVERIFY(id);
        auto back = m_store->groupKey(QStringLiteral("widget"));
        QVERIFY(back);
        QCOMPARE(plain(*back), group);
        QVERIFY(!sql(QStringLiteral("DELETE FROM group_keys")).ok());
        QVERIFY(!sql(QStringLiteral("UPDATE group_keys SET product = 'x'")).ok());
    }

    void noKeyInTheDatabaseFilesAndTheTrailVerifies()
    {
        const QByteArray files = test::databaseFiles(m_path);
        QVERIFY(files.size() > 4096);
        QVERIFY(!test::containsSecret(files, m_primary));
        QVERIFY(!test::containsSecret(files, m_secondary));
        const QByteArray group = QByteArray::fromBase64(
            "PTsoXXmBXgOi1G0gG3qAM9Gf6JnmUAR6cTS8JLrfj4jMsbbt5J0x8AQR28v0A9BmWXTEJW0BHv3kfrLKuZlHPQ==");
        QVERIFY(!test::containsSecret(files, group));
        // The audit trail names the records and the KEK.
        const test::ToolRun events =
            sql(QStringLiteral("SELECT object || ' ' || new_value FROM audit_events "
                               "WHERE object LIKE 'slot-keys%' OR object LIKE 'group-key:%'"));
        QVERIFY(events.out.contains("slot-keys-kek " + m_store->kekId().toLatin1()));
        QVERIFY(events.out.contains("removed"));
        QVERIFY(events.out.contains("group-key:"));
        auto verdict = db::AuditTrail::verify(m_station->database());
        QVERIFY(verdict);
        QVERIFY2(verdict->intact, qPrintable(verdict->message));
    }

    void aDamagedKekIsRefused()
    {
        QTemporaryDir other;
        const QString path = other.filePath(QStringLiteral("s.db"));
        QVERIFY(db::StationStore::open(path));
        QFile kek(db::slotKeyKekPathFor(path));
        QVERIFY(kek.open(QIODevice::WriteOnly));
        kek.write("short");
        kek.close();
        auto refused = db::SqliteSlotKeyStore::open(path);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("32 bytes")));
    }
};

STATION_TEST_GUILESS_MAIN(TestSqliteSlotKeyStore)
#include "TestSqliteSlotKeyStore.moc"
