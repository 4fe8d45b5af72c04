// Limpet TPM slots on real swtpm, both ways with independent oracles: what the station writes is read by
// tpm2-tools (tpm2_nvread, tpm2_nvreadpublic, tpm2_readpublic, tpm2_hmac) and checked against openssl and
// Python; a slot written by a tpm2-tools script that follows the layout is read by the station and yields
// a SAS token Python verifies; destroy and re-provision; and every refusal leaves the TPM's handles
// exactly as they were (tpm2_getcap handles-persistent / handles-nv-index before and after).
#include "TestMain.h"
#include "TestSupport.h"

#include "core/dps/LimpetSlot.h"
#include "core/tpm/LimpetSlots.h"
#include "core/tpm/TpmSession.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using dps::SlotErrc;

namespace {

const QString kHost = QStringLiteral("factory-hub.azure-devices.net");

QString hex(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

QByteArray randomKey(int size)
{
    QByteArray key(size, Qt::Uninitialized);
    for (char& c : key)
        c = char(QRandomGenerator::global()->bounded(256));
    return key;
}

crypto::SecureBytes secure(const QByteArray& b)
{
    return crypto::SecureBytes(reinterpret_cast<const unsigned char*>(b.constData()), std::size_t(b.size()));
}

QString supportFile(const QString& name)
{
    return qEnvironmentVariable("STATION_SOURCE_DIR") + QStringLiteral("/tests/support/") + name;
}

QByteArray opensslHmac(const QByteArray& key, const QByteArray& data)
{
    const test::ToolRun r = test::runTool(
        QStringLiteral("openssl"),
        {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-mac"), QStringLiteral("HMAC"),
         QStringLiteral("-macopt"), QStringLiteral("hexkey:") + QString::fromLatin1(key.toHex()),
         QStringLiteral("-binary")},
        {}, data);
    return r.ok() ? r.out : QByteArray();
}

// Python's hmac over the same data: a second, independent computation.
QByteArray pythonHmac(const QByteArray& key, const QByteArray& data)
{
    const test::ToolRun r =
        test::runTool(QStringLiteral("python3"),
                      {QStringLiteral("-c"),
                       QStringLiteral("import hmac,hashlib,sys; "
                                      "print(hmac.new(bytes.fromhex(sys.argv[1]), sys.stdin.buffer.read(), "
                                      "hashlib.sha256).hexdigest())"),
                       QString::fromLatin1(key.toHex())},
                      {}, data);
    return r.ok() ? QByteArray::fromHex(r.out.trimmed()) : QByteArray();
}

// "" when Python verifies the token, else what it refused.
QString pythonVerifiesSas(const QString& token, const QByteArray& key, const QString& host, const QString& id,
                          qint64 seMin, qint64 seMax)
{
    const test::ToolRun r =
        test::runTool(QStringLiteral("python3"), {supportFile(QStringLiteral("limpet_sas_verify.py")), token,
                                                  QString::fromLatin1(key.toHex()), host, id,
                                                  QString::number(seMin), QString::number(seMax)});
    return r.ok() && r.out.trimmed() == "ok" ? QString() : QString::fromUtf8(r.err + r.out);
}

// The error of a failed result, for messages (evaluated whether the check fails or not).
template <typename R>
QString why(const R& result)
{
    return result.ok() ? QString() : result.error().technical();
}

} // namespace

class TestLimpetSlots : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    QByteArray m_key0; // what slot 0 holds now (the test's knowledge, never the station's output)

    QString tcti(int device = 0) const { return m_fleet->devices().at(device).tcti(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    std::unique_ptr<tpm::TpmSession> open(int device = 0)
    {
        auto s = tpm::TpmSession::open({tcti(device)});
        if (!s)
            qWarning("%s", qPrintable(why(s)));
        return s ? std::move(*s) : nullptr;
    }
    test::ToolRun tool(const QString& program, const QStringList& args, int device = 0,
                       const QByteArray& input = {})
    {
        return test::runTool(program, args, tcti(device), input);
    }
    // Every persistent handle and NV index the TPM has (tpm2_getcap as the oracle).
    QByteArray handles(int device = 0)
    {
        const test::ToolRun p =
            tool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-persistent")}, device);
        const test::ToolRun n =
            tool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-nv-index")}, device);
        return p.ok() && n.ok() ? p.out + "--\n" + n.out : QByteArray("getcap failed");
    }
    bool persistSrkWithTools(int device)
    {
        const QString ctx = file(QStringLiteral("srk%1.ctx").arg(device));
        const test::ToolRun created = tool(
            QStringLiteral("tpm2_createprimary"),
            {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-g"), QStringLiteral("sha256"),
             QStringLiteral("-G"), QStringLiteral("rsa2048:aes128cfb"), QStringLiteral("-a"),
             QStringLiteral("fixedtpm|fixedparent|sensitivedataorigin|userwithauth|noda|restricted|decrypt"),
             QStringLiteral("-c"), ctx},
            device);
        const test::ToolRun persisted = tool(QStringLiteral("tpm2_evictcontrol"),
                                             {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"),
                                              ctx, QStringLiteral("0x81000001")},
                                             device);
        return created.ok() && persisted.ok() && test::flushTransients(tcti(device));
    }
    QByteArray toolsHmac(TPM2_HANDLE handle, const QByteArray& data, int device = 0)
    {
        const QString out = file(QStringLiteral("hmac.bin"));
        QFile::remove(out);
        const test::ToolRun r = tool(QStringLiteral("tpm2_hmac"),
                                     {QStringLiteral("-c"), hex(handle), QStringLiteral("-g"),
                                      QStringLiteral("sha256"), QStringLiteral("-o"), out},
                                     device, data);
        return r.ok() ? test::readFile(out) : QByteArray();
    }
    QByteArray toolsNvRead(TPM2_HANDLE index, int device = 0)
    {
        const test::ToolRun r =
            tool(QStringLiteral("tpm2_nvread"), {hex(index), QStringLiteral("-C"), hex(index)}, device);
        return r.ok() ? r.out : QByteArray("nvread failed: ") + r.err;
    }
    SlotErrc provisionFails(const dps::SlotProvisioning& request, int device = 0)
    {
        auto s = open(device);
        auto r = tpm::provisionSlot(*s, request);
        if (r.ok())
            return SlotErrc::Tpm;
        if (r.error().operatorMessage().isEmpty())
            qWarning("empty message");
        return r.error().code;
    }
    static dps::SlotProvisioning request(int slot, const QString& id, const QByteArray& key,
                                         bool replace = false)
    {
        dps::SlotProvisioning r;
        r.slot = slot;
        r.hostName = kHost;
        r.deviceId = id;
        r.key = secure(key);
        r.replace = replace;
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("STATION_SOURCE_DIR").isEmpty(), "STATION_SOURCE_DIR not set");
        QStandardPaths::setTestModeEnabled(true);
        m_fleet = std::make_unique<test::TestFleet>(2);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        QVERIFY(persistSrkWithTools(0)); // device 1 stays without SRK for the refusal test
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void provisionedSlotReadByTpm2Tools()
    {
        m_key0 = randomKey(32);
        {
            auto s = open();
            QVERIFY(s);
            auto r = tpm::provisionSlot(*s, request(0, QStringLiteral("line-3.dev-0001"), m_key0));
            QVERIFY2(r.ok(), qPrintable(why(r)));
        }
        QCOMPARE(toolsNvRead(0x01400100), QByteArray("factory-hub.azure-devices.net/line-3.dev-0001"));

        const test::ToolRun nvPub = tool(QStringLiteral("tpm2_nvreadpublic"), {QStringLiteral("0x01400100")});
        QVERIFY2(nvPub.ok(), nvPub.err.constData());
        QVERIFY2(nvPub.out.contains("friendly: authwrite|authread|no_da|written"), nvPub.out.constData());
        QVERIFY(nvPub.out.contains("value: 0x22040004")); // 0x02040004 | TPMA_NV_WRITTEN
        QVERIFY(nvPub.out.contains("friendly: sha256"));
        QVERIFY(nvPub.out.contains("size: 45")); // exactly the data, no terminator

        const QString pubFile = file(QStringLiteral("slot0.pub"));
        const test::ToolRun keyPub =
            tool(QStringLiteral("tpm2_readpublic"),
                 {QStringLiteral("-c"), QStringLiteral("0x81000100"), QStringLiteral("-o"), pubFile});
        QVERIFY2(keyPub.ok(), keyPub.err.constData());
        QVERIFY(keyPub.out.contains("value: userwithauth|noda|sign"));
        QVERIFY(keyPub.out.contains("raw: 0x40440"));
        QVERIFY(keyPub.out.contains("value: keyedhash"));
        QVERIFY(keyPub.out.contains("algorithm: \n  value: hmac") || keyPub.out.contains("value: hmac"));
        // The TPM2B_PUBLIC bytes by Python: type, nameAlg, attributes, empty policy, HMAC(SHA-256).
        const test::ToolRun layout = test::runTool(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import struct,sys; b=open(sys.argv[1],'rb').read(); "
                 "size,typ,name,attrs,pol=struct.unpack('>HHHIH',b[:12]); "
                 "scheme,hashalg,uniq=struct.unpack('>HHH',b[12:18]); "
                 "print('%04x %04x %08x %d %04x %04x %d %d' % (typ,name,attrs,pol,scheme,hashalg,uniq,"
                 "size==len(b)-2))"),
             pubFile});
        QVERIFY2(layout.ok(), layout.err.constData());
        QCOMPARE(layout.out.trimmed(), QByteArray("0008 000b 00040440 0 0005 000b 32 1"));
    }

    void tpmHmacEqualsOpensslAndPython()
    {
        const QByteArray data = "factory-hub.azure-devices.net/devices/line-3.dev-0001\n1700003600";
        const QByteArray fromTools = toolsHmac(0x81000100, data);
        QCOMPARE(fromTools.size(), 32);
        QCOMPARE(fromTools, opensslHmac(m_key0, data));
        QCOMPARE(fromTools, pythonHmac(m_key0, data));
        auto s = open();
        auto fromStation = tpm::slotHmac(*s, 0, data);
        QVERIFY(fromStation.ok());
        QCOMPARE(*fromStation, fromTools);
    }

    // Above 1 KiB Limpet switches to an HMAC sequence: same result as tpm2_hmac and openssl.
    void longDataUsesSequence()
    {
        const QByteArray data = randomKey(3000);
        auto s = open();
        auto mac = tpm::slotHmac(*s, 0, data);
        QVERIFY2(mac.ok(), qPrintable(why(mac)));
        QCOMPARE(*mac, opensslHmac(m_key0, data));
        s.reset();
        QCOMPARE(toolsHmac(0x81000100, data), opensslHmac(m_key0, data));
    }

    void sasTokenVerifiesWithPython()
    {
        auto s = open();
        auto fixed = tpm::slotSasToken(*s, 0, 3600, 1700000000);
        QVERIFY2(fixed.ok(), qPrintable(why(fixed)));
        QCOMPARE(fixed->expiry, 1700003600);
        QCOMPARE(fixed->stringToSign,
                 QByteArray("factory-hub.azure-devices.net/devices/line-3.dev-0001\n1700003600"));
        QVERIFY(fixed->token.startsWith(QStringLiteral(
            "SharedAccessSignature sr=factory-hub.azure-devices.net/devices/line-3.dev-0001&sig=")));
        QVERIFY(fixed->token.endsWith(QStringLiteral("&se=1700003600")));
        QCOMPARE(pythonVerifiesSas(fixed->token, m_key0, kHost, QStringLiteral("line-3.dev-0001"), 1700003600,
                                   1700003600),
                 QString());
        QCOMPARE(fixed->connectionString,
                 QStringLiteral("HostName=%1;DeviceId=line-3.dev-0001;SharedAccessSignature=%2")
                     .arg(kHost, fixed->token));

        const qint64 before = QDateTime::currentSecsSinceEpoch();
        auto now = tpm::slotSasToken(*s, 0, 120);
        QVERIFY(now.ok());
        QCOMPARE(pythonVerifiesSas(now->token, m_key0, kHost, QStringLiteral("line-3.dev-0001"), before + 120,
                                   QDateTime::currentSecsSinceEpoch() + 120),
                 QString());
        // A wrong key does not verify: the oracle can fail.
        QVERIFY(!pythonVerifiesSas(now->token, randomKey(32), kHost, QStringLiteral("line-3.dev-0001"), 0,
                                   4102444800)
                     .isEmpty());
    }

    // The reverse: a slot written by tpm2-tools following the layout, read and used by the station.
    void toolsProvisionedSlotReadByStation()
    {
        const QByteArray key = randomKey(48);
        QVERIFY(test::writeFile(file(QStringLiteral("tools.key")), key));
        const test::ToolRun script =
            tool(QStringLiteral("sh"),
                 {supportFile(QStringLiteral("limpet_provision_tools.sh")), QStringLiteral("3"), kHost,
                  QStringLiteral("tools-dev:42"), file(QStringLiteral("tools.key")), m_dir.path()});
        QVERIFY2(script.ok(), script.err.constData());
        auto s = open();
        auto info = tpm::readSlot(*s, 3);
        QVERIFY(info.ok());
        QCOMPARE(info->hostName, kHost);
        QCOMPARE(info->deviceId, QStringLiteral("tools-dev:42"));
        QVERIFY(!info->hardwareDeviceId);
        QVERIFY(info->usable());
        QVERIFY(info->layoutMatches());
        auto sas = tpm::slotSasToken(*s, 3, 3600, 1800000000);
        QVERIFY2(sas.ok(), qPrintable(why(sas)));
        QCOMPARE(
            pythonVerifiesSas(sas->token, key, kHost, QStringLiteral("tools-dev:42"), 1800003600, 1800003600),
            QString());
        auto all = tpm::listSlots(*s);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 10);
        QVERIFY(all->at(0).usable() && all->at(3).usable());
        QVERIFY(!all->at(1).occupied() && !all->at(9).occupied());
    }

    // Limpet's microcontroller port writes the index OWNERWRITE|AUTHREAD: readable and usable, not the
    // Windows layout.
    void mcuVariantReadButNotStandard()
    {
        const QByteArray key = randomKey(32);
        QVERIFY(test::writeFile(file(QStringLiteral("mcu.key")), key));
        const test::ToolRun script = tool(
            QStringLiteral("sh"),
            {supportFile(QStringLiteral("limpet_provision_tools.sh")), QStringLiteral("7"), kHost,
             QStringLiteral("mcu-7"), file(QStringLiteral("mcu.key")), m_dir.path(), QStringLiteral("mcu")});
        QVERIFY2(script.ok(), script.err.constData());
        auto s = open();
        auto info = tpm::readSlot(*s, 7);
        QVERIFY(info.ok());
        QVERIFY(info->usable());
        QVERIFY(!info->layoutMatches());
        QCOMPARE(info->nvAttributes & ~TPMA_NV_WRITTEN, TPMA_NV(0x02040002));
        auto sas = tpm::slotSasToken(*s, 7, 10, 1700000000);
        QVERIFY(sas.ok());
        QCOMPARE(pythonVerifiesSas(sas->token, key, kHost, QStringLiteral("mcu-7"), 1700000010, 1700000010),
                 QString());
        auto destroyed = tpm::destroySlot(*s, 7);
        QVERIFY(destroyed.ok());
    }

    // No device ID: "host/" in NV, and Limpet's hardware device ID = SHA-256(LE32 slot || SRK name).
    void hardwareDeviceIdWhenNoDeviceId()
    {
        const QByteArray key = randomKey(32);
        auto s = open();
        QVERIFY(tpm::provisionSlot(*s, request(2, QString(), key)).ok());
        s.reset();
        QCOMPARE(toolsNvRead(0x01400102), QByteArray("factory-hub.azure-devices.net/"));
        const test::ToolRun srk =
            tool(QStringLiteral("tpm2_readpublic"), {QStringLiteral("-c"), QStringLiteral("0x81000001")});
        QVERIFY(srk.ok());
        const QByteArray nameLine = srk.out.split('\n').first();
        QVERIFY(nameLine.startsWith("name: "));
        const test::ToolRun py = test::runTool(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import hashlib,struct,sys; "
                 "print(hashlib.sha256(struct.pack('<I', 2) + bytes.fromhex(sys.argv[1])).hexdigest())"),
             QString::fromLatin1(nameLine.mid(6).trimmed())});
        QVERIFY(py.ok());
        const QString expected = QString::fromLatin1(py.out.trimmed());
        QCOMPARE(expected.size(), 64);
        s = open();
        auto info = tpm::readSlot(*s, 2);
        QVERIFY(info.ok());
        QCOMPARE(info->deviceId, expected);
        QVERIFY(info->hardwareDeviceId);
        auto hwid = tpm::slotHardwareDeviceId(*s, 2);
        QVERIFY(hwid.ok());
        QCOMPARE(*hwid, expected);
        auto sas = tpm::slotSasToken(*s, 2, 60, 1700000000);
        QVERIFY(sas.ok());
        QCOMPARE(pythonVerifiesSas(sas->token, key, kHost, expected, 1700000060, 1700000060), QString());
    }

    void occupiedSlotRefusedUnlessReplaced()
    {
        const QByteArray before = handles();
        const QByteArray other = randomKey(32);
        QCOMPARE(provisionFails(request(0, QStringLiteral("intruder"), other)), SlotErrc::Occupied);
        QCOMPARE(handles(), before);
        QCOMPARE(toolsNvRead(0x01400100), QByteArray("factory-hub.azure-devices.net/line-3.dev-0001"));
        QCOMPARE(toolsHmac(0x81000100, "x"), opensslHmac(m_key0, "x"));

        m_key0 = randomKey(64); // the longest key a slot takes
        auto s = open();
        auto replaced = tpm::provisionSlot(*s, request(0, QStringLiteral("replacement"), m_key0, true));
        QVERIFY2(replaced.ok(), qPrintable(why(replaced)));
        s.reset();
        QCOMPARE(handles(), before); // the same handles, new contents
        QCOMPARE(toolsNvRead(0x01400100), QByteArray("factory-hub.azure-devices.net/replacement"));
        QCOMPARE(toolsHmac(0x81000100, "x"), opensslHmac(m_key0, "x"));
    }

    void destroyThenReprovision()
    {
        {
            auto s = open();
            auto destroyed = tpm::destroySlot(*s, 0);
            QVERIFY2(destroyed.ok(), qPrintable(why(destroyed)));
            QVERIFY(destroyed->nvRemoved && destroyed->keyRemoved);
        }
        QByteArray now = handles();
        QVERIFY(!now.contains("0x1400100"));
        QVERIFY(!now.contains("0x81000100"));
        QVERIFY(now.contains("0x1400103") && now.contains("0x81000103")); // other slots untouched
        {
            auto s = open();
            auto again = tpm::destroySlot(*s, 0);
            QVERIFY(!again.ok());
            QCOMPARE(again.error().code, SlotErrc::Empty);
            auto sas = tpm::slotSasToken(*s, 0);
            QCOMPARE(sas.error().code, SlotErrc::Empty);
            m_key0 = randomKey(32);
            QVERIFY(tpm::provisionSlot(*s, request(0, QStringLiteral("line-3.dev-0001"), m_key0)).ok());
        }
        QCOMPARE(toolsHmac(0x81000100, "y"), opensslHmac(m_key0, "y"));
    }

    // Bad input: a clear error, and not one handle changes.
    void badInputChangesNothing_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("keyBytes");
        QTest::addColumn<int>("code");
        const QString ok = QStringLiteral("dev-9");
        QTest::newRow("slot -1") << -1 << kHost << ok << 32 << int(SlotErrc::InvalidSlot);
        QTest::newRow("slot 10") << 10 << kHost << ok << 32 << int(SlotErrc::InvalidSlot);
        QTest::newRow("short key") << 9 << kHost << ok << 31 << int(SlotErrc::InvalidKey);
        QTest::newRow("long key") << 9 << kHost << ok << 65 << int(SlotErrc::InvalidKey);
        QTest::newRow("bad hostname")
            << 9 << QStringLiteral("-hub.net") << ok << 32 << int(SlotErrc::InvalidHostName);
        QTest::newRow("hostname with slash")
            << 9 << QStringLiteral("hub.net/x") << ok << 32 << int(SlotErrc::InvalidHostName);
        QTest::newRow("device id slash")
            << 9 << kHost << QStringLiteral("a/b") << 32 << int(SlotErrc::InvalidDeviceId);
        QTest::newRow("device id 129")
            << 9 << kHost << QString(129, QLatin1Char('d')) << 32 << int(SlotErrc::InvalidDeviceId);
        QTest::newRow("occupied") << 3 << kHost << ok << 32 << int(SlotErrc::Occupied);
    }
    void badInputChangesNothing()
    {
        QFETCH(int, slot);
        QFETCH(QString, host);
        QFETCH(QString, id);
        QFETCH(int, keyBytes);
        QFETCH(int, code);
        const QByteArray before = handles();
        dps::SlotProvisioning r = request(slot, id, randomKey(keyBytes));
        r.hostName = host;
        QCOMPARE(int(provisionFails(r)), code);
        QCOMPARE(handles(), before);
    }

    void missingSrkRefused()
    {
        const QByteArray before = handles(1);
        QVERIFY(!before.contains("0x81000001"));
        QCOMPARE(provisionFails(request(1, QStringLiteral("dev"), randomKey(32)), 1), SlotErrc::SrkMissing);
        QCOMPARE(handles(1), before);
    }

    void setOwnerAuthorizationRefused()
    {
        QVERIFY(persistSrkWithTools(1));
        {
            auto s = open(1);
            QVERIFY(tpm::provisionSlot(*s, request(5, QStringLiteral("dev-5"), randomKey(32))).ok());
        }
        const QStringList setAuth = {QStringLiteral("-c"), QStringLiteral("o"),
                                     QStringLiteral("owner-secret")};
        QVERIFY(tool(QStringLiteral("tpm2_changeauth"), setAuth, 1).ok());
        const QByteArray before = handles(1);
        QCOMPARE(provisionFails(request(6, QStringLiteral("dev-6"), randomKey(32)), 1),
                 SlotErrc::OwnerAuthSet);
        {
            auto s = open(1);
            auto destroyed = tpm::destroySlot(*s, 5);
            QVERIFY(!destroyed.ok());
            QCOMPARE(destroyed.error().code, SlotErrc::OwnerAuthSet);
            // The device can still sign: its key and index need no owner authorization.
            QVERIFY(tpm::slotSasToken(*s, 5).ok());
        }
        QCOMPARE(handles(1), before);
        QVERIFY(tool(QStringLiteral("tpm2_changeauth"),
                     {QStringLiteral("-c"), QStringLiteral("o"), QStringLiteral("-p"),
                      QStringLiteral("owner-secret")},
                     1)
                    .ok());
        auto s = open(1);
        QVERIFY(tpm::destroySlot(*s, 5).ok());
    }

    void unknownSlotsAndMissingKey()
    {
        auto s = open();
        QCOMPARE(tpm::readSlot(*s, 10).error().code, SlotErrc::InvalidSlot);
        QCOMPARE(tpm::slotHmac(*s, 7, "x").error().code, SlotErrc::KeyMissing);
        QCOMPARE(tpm::slotSasToken(*s, 0, 0).error().code, SlotErrc::InvalidValidity);
    }
};

STATION_TEST_GUILESS_MAIN(TestLimpetSlots)
#include "TestLimpetSlots.moc"
