// The generic NV helper against real swtpm, with tpm2-tools as the independent oracle: chunked
// writes and reads (chunk sizes far below TPM_PT_NV_BUFFER_MAX), define/undefine, the EK certificate
// index, and owner authorization (set with tpm2_changeauth) without the secret leaking into errors.
#include "TestMain.h"
#include "SecretScan.h"
#include "TestSupport.h"

#include "FirmwareFixture.h"
#include "core/tpm/NvIndex.h"
#include "core/tpm/TpmSession.h"

#include <QStandardPaths>
#include <QTest>

using namespace tps;
using namespace tps::tpm;

namespace {
constexpr quint32 kIndex = 0x01500200;
constexpr TPMA_NV kAttrs = TPMA_NV_OWNERWRITE | TPMA_NV_AUTHREAD | TPMA_NV_OWNERREAD | TPMA_NV_NO_DA;

QString hex(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}
} // namespace

class TestNvIndex : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QString m_tcti;

    std::unique_ptr<TpmSession> open()
    {
        auto s = TpmSession::open({m_tcti});
        if (!s)
            qWarning("%s", qPrintable(s.error().technical()));
        return s ? std::move(s).value() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fleet = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_tcti = m_fleet->devices().at(0).tcti();
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void bufferMaxMatchesGetcap()
    {
        quint32 max = 0;
        {
            auto s = open();
            QVERIFY(s);
            auto r = nvBufferMax(*s);
            QVERIFY(r.ok());
            max = *r;
        }
        const test::ToolRun getcap =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("properties-fixed")}, m_tcti);
        QVERIFY(getcap.ok());
        const int at = getcap.out.indexOf("TPM2_PT_NV_BUFFER_MAX:");
        QVERIFY(at >= 0);
        const QByteArray raw = getcap.out.mid(at).split('\n').at(1).trimmed();
        QVERIFY(raw.startsWith("raw: 0x"));
        QCOMPARE(raw.mid(7).toUInt(nullptr, 16), max);
        QCOMPARE(max, 1024u);
    }

    void missingIndexIsNullopt()
    {
        auto s = open();
        auto pub = nvReadPublic(*s, kIndex);
        QVERIFY(pub.ok());
        QVERIFY(!pub->has_value());
        auto read = nvRead(*s, kIndex, NvAuth::index());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, TpmErrc::NotFound);
    }

    void chunkedWriteReadsBackWithTools()
    {
        const QByteArray data = test::FirmwareFixture::randomImage(2048, 42);
        {
            auto s = open();
            NvDefinition def;
            def.index = kIndex;
            def.size = 2048;
            def.attributes = kAttrs;
            auto d = nvDefine(*s, def, NvAuth::owner());
            QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().technical()));
            auto w = nvWrite(*s, kIndex, data, 0, NvAuth::owner(), NvIo{100}); // 21 commands
            QVERIFY2(w.ok(), qPrintable(w ? QString() : w.error().technical()));
            auto pub = nvReadPublic(*s, kIndex);
            QVERIFY(pub.ok() && pub->has_value());
            QCOMPARE((*pub)->size, quint16(2048));
            QVERIFY((*pub)->written());
            QCOMPARE((*pub)->attributes & ~TPMA_NV_WRITTEN, kAttrs);
        }
        const test::ToolRun read = test::runTool(QStringLiteral("tpm2_nvread"), {hex(kIndex)}, m_tcti);
        QVERIFY2(read.ok(), read.err.constData());
        QCOMPARE(read.out, data);
    }

    void toolsWriteStationReadsInChunks()
    {
        const QByteArray data = test::FirmwareFixture::randomImage(2048, 43);
        const test::ToolRun write = test::runTool(QStringLiteral("tpm2_nvwrite"),
                                                  {hex(kIndex), QStringLiteral("-C"), QStringLiteral("o"),
                                                   QStringLiteral("-i"), QStringLiteral("-")},
                                                  m_tcti, data);
        QVERIFY2(write.ok(), write.err.constData());
        auto s = open();
        for (quint32 chunk : {0u, 1024u, 333u, 2048u}) {
            auto r = nvRead(*s, kIndex, NvAuth::index(), 0, std::nullopt, NvIo{chunk});
            QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().technical()));
            QCOMPARE(*r, data);
        }
        auto part = nvRead(*s, kIndex, NvAuth::owner(), 1000, quint16(500), NvIo{128});
        QVERIFY(part.ok());
        QCOMPARE(*part, data.mid(1000, 500));
        auto tail = nvRead(*s, kIndex, NvAuth::index(), 2000);
        QVERIFY(tail.ok());
        QCOMPARE(*tail, data.mid(2000));
    }

    void ekCertificateReadsLikeTools()
    {
        QByteArray mine;
        {
            auto s = open();
            auto r = nvRead(*s, 0x01C00002, NvAuth::index(), 0, std::nullopt, NvIo{256});
            QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().technical()));
            mine = *r;
        }
        const test::ToolRun read =
            test::runTool(QStringLiteral("tpm2_nvread"), {QStringLiteral("0x01c00002")}, m_tcti);
        QVERIFY2(read.ok(), read.err.constData());
        QVERIFY(mine.size() > 256);
        QCOMPARE(mine, read.out);
    }

    void ownerAuthorization()
    {
        const QByteArray secret = "n0t-in-any-log";
        QVERIFY(test::runTool(QStringLiteral("tpm2_changeauth"),
                              {QStringLiteral("-c"), QStringLiteral("o"), QString::fromLatin1(secret)},
                              m_tcti)
                    .ok());
        {
            auto s = open();
            auto bad = nvWrite(*s, kIndex, "x", 0, NvAuth::owner());
            QVERIFY(!bad.ok());
            QCOMPARE(bad.error().code, TpmErrc::AuthFailed);
            QVERIFY(!bad.error().technical().contains(QString::fromLatin1(secret)));
            const crypto::SecureBytes wrongAuth = test::secretOf("wrong");
            auto wrong = nvWrite(*s, kIndex, "x", 0, NvAuth::owner(wrongAuth));
            QVERIFY(!wrong.ok());
            const crypto::SecureBytes ownerAuth = test::secretOf(secret);
            auto good = nvWrite(*s, kIndex, "hello", 10, NvAuth::owner(ownerAuth), NvIo{2});
            QVERIFY2(good.ok(), qPrintable(good ? QString() : good.error().technical()));
            // A later command with empty auth fails again: the secret did not stay on the owner object.
            QVERIFY(!nvWrite(*s, kIndex, "x", 0, NvAuth::owner()).ok());
            // Reading needs no secret at all.
            auto read = nvRead(*s, kIndex, NvAuth::index(), 10, quint16(5));
            QVERIFY(read.ok());
            QCOMPARE(*read, QByteArray("hello"));
        }
        QVERIFY(test::runTool(QStringLiteral("tpm2_changeauth"),
                              {QStringLiteral("-c"), QStringLiteral("o"), QStringLiteral("-p"),
                               QString::fromLatin1(secret)},
                              m_tcti)
                    .ok());
    }

    void undefineRemovesIndex()
    {
        {
            auto s = open();
            auto u = nvUndefine(*s, kIndex, NvAuth::owner());
            QVERIFY2(u.ok(), qPrintable(u ? QString() : u.error().technical()));
            auto pub = nvReadPublic(*s, kIndex);
            QVERIFY(pub.ok() && !pub->has_value());
            QCOMPARE(nvUndefine(*s, kIndex, NvAuth::owner()).error().code, TpmErrc::NotFound);
        }
        const test::ToolRun list =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-nv-index")}, m_tcti);
        QVERIFY(list.ok());
        QVERIFY(!list.out.contains("0x1500200"));
        QVERIFY(list.out.contains("0x1C00002"));
    }

    void openedIndexServesWriteLockAndReadWithoutReopening()
    {
        constexpr quint32 kOpened = 0x01500201;
        const QByteArray data = test::FirmwareFixture::randomImage(64, 7);
        {
            auto s = open();
            QVERIFY(s);
            auto missing = nvOpen(*s, kOpened);
            QVERIFY(missing.ok());
            QVERIFY(!missing->has_value());
            NvDefinition def;
            def.index = kOpened;
            def.size = 64;
            def.attributes = kAttrs | TPMA_NV_WRITEDEFINE;
            QVERIFY(nvDefine(*s, def, NvAuth::owner()).ok());

            auto start = s->commandCount();
            auto opened = nvOpen(*s, kOpened);
            QVERIFY(opened.ok() && opened->has_value());
            QCOMPARE(s->commandCount(), start + 1); // one TPM2_NV_ReadPublic
            const OpenedNv& nv = **opened;
            QCOMPARE(nv.pub.index, kOpened);
            QCOMPARE(nv.pub.size, quint16(64));
            QVERIFY(!nv.pub.written());

            QVERIFY(nvBufferMax(*s).ok()); // read once per session, then remembered
            start = s->commandCount();
            QVERIFY(nvWrite(*s, nv, data, 0, NvAuth::owner(), NvIo{16}).ok());
            QVERIFY(nvWriteLock(*s, nv, NvAuth::owner()).ok());
            auto back = nvRead(*s, nv, NvAuth::index(), 0, std::nullopt, NvIo{16});
            QVERIFY(back.ok());
            QCOMPARE(*back, data);
            QCOMPARE(s->commandCount(), start + 4 + 1 + 4);          // no index opened again
            QVERIFY(!nvWrite(*s, nv, "x", 0, NvAuth::owner()).ok()); // locked
        }
        const test::ToolRun read = test::runTool(QStringLiteral("tpm2_nvread"), {hex(kOpened)}, m_tcti);
        QVERIFY2(read.ok(), read.err.constData());
        QCOMPARE(read.out, data);
        {
            auto s = open();
            auto pub = nvReadPublic(*s, kOpened);
            QVERIFY(pub.ok() && pub->has_value());
            QVERIFY((*pub)->attributes & TPMA_NV_WRITELOCKED);
            QVERIFY(nvUndefine(*s, kOpened, NvAuth::owner()).ok());
        }
    }
};

STATION_TEST_GUILESS_MAIN(TestNvIndex)
#include "TestNvIndex.moc"
