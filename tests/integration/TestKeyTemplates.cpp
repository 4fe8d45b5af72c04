// The EK and SRK templates against tpm2-tools: the same bytes as tpm2_createek / tpm2_createprimary.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/tpm/KeyTemplates.h"
#include "core/tpm/TpmKeys.h"
#include "core/tpm/TpmSession.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using test::readFile;

namespace {} // namespace

class TestKeyTemplates : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    QString tcti() const { return m_fleet->devices().at(0).tcti(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fleet = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void rsaEkMatchesTpm2Createek()
    {
        tpm::KeyPublic ek;
        tpm::KeyPublic persisted;
        {
            auto session = tpm::TpmSession::open({tcti()});
            QVERIFY(session.ok());
            auto key = tpm::createPrimary(**session, ESYS_TR_RH_ENDORSEMENT, tpm::ekTemplateRsa2048());
            QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().technical()));
            ek = key->key;
            auto p = tpm::readPersistent(**session, tpm::kEkRsaHandle);
            QVERIFY(p.ok());
            persisted = *p;
        }
        QCOMPARE(ek.publicArea.size(), 316);
        QVERIFY(ek.publicArea.toBase64().startsWith(
            "AToAAQALAAMAsgAgg3GXZ0SEs/gakMyNRqXXJP1S124GUgtk8qHaGzMUaaoABgCAAEMAEAgAAAAAAAEA"));
        const QString out = m_dir.filePath(QStringLiteral("ek.pub"));
        const test::ToolRun r =
            test::runTool(QStringLiteral("tpm2_createek"),
                          {QStringLiteral("-c"), m_dir.filePath(QStringLiteral("ek.ctx")),
                           QStringLiteral("-G"), QStringLiteral("rsa"), QStringLiteral("-u"), out},
                          tcti());
        QVERIFY2(r.ok(), r.err.constData());
        QVERIFY(test::flushTransients(tcti()));
        QCOMPARE(ek.publicArea, readFile(out));
        QCOMPARE(ek.publicArea, persisted.publicArea); // swtpm_setup persisted the template EK
        QCOMPARE(ek.name, persisted.name);
        QCOMPARE(ek.name.left(2), QByteArray::fromHex("000b"));
    }

    void eccEkMatchesTpm2Createek()
    {
        tpm::KeyPublic ek;
        {
            auto session = tpm::TpmSession::open({tcti()});
            QVERIFY(session.ok());
            auto key = tpm::createPrimary(**session, ESYS_TR_RH_ENDORSEMENT, tpm::ekTemplateEccP256());
            QVERIFY(key.ok());
            ek = key->key;
        }
        const QString out = m_dir.filePath(QStringLiteral("ek-ecc.pub"));
        const test::ToolRun r =
            test::runTool(QStringLiteral("tpm2_createek"),
                          {QStringLiteral("-c"), m_dir.filePath(QStringLiteral("ekecc.ctx")),
                           QStringLiteral("-G"), QStringLiteral("ecc"), QStringLiteral("-u"), out},
                          tcti());
        QVERIFY2(r.ok(), r.err.constData());
        QVERIFY(test::flushTransients(tcti()));
        QCOMPARE(ek.publicArea, readFile(out));
    }

    void marshalRoundTripAndRefusals()
    {
        const QByteArray bytes = tpm::marshalPublic(tpm::ekTemplateRsa2048());
        auto back = tpm::unmarshalPublic(bytes);
        QVERIFY(back.ok());
        QCOMPARE(tpm::marshalPublic(*back), bytes);
        QVERIFY(!tpm::unmarshalPublic(bytes + QByteArray(1, '\0')).ok()); // trailing byte
        QVERIFY(!tpm::unmarshalPublic(bytes.left(40)).ok());              // truncated
        QVERIFY(!tpm::unmarshalPublic(QByteArray("garbage")).ok());
    }

    void missingPersistentIsNotFound()
    {
        auto session = tpm::TpmSession::open({tcti()});
        QVERIFY(session.ok());
        auto p = tpm::readPersistent(**session, 0x81000FFF);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().code == tpm::TpmErrc::NotFound, qPrintable(p.error().technical()));
    }
};

STATION_TEST_GUILESS_MAIN(TestKeyTemplates)
#include "TestKeyTemplates.moc"
