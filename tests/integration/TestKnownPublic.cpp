// knownKeyPublic / knownNvPublic: the public area the ESAPI kept from Esys_TR_FromTPMPublic, used instead
// of a second TPM2_ReadPublic / TPM2_NV_ReadPublic. Against real swtpm with tpm2-tools as the oracle: the
// bytes and names are the TPM's, no TPM command is sent for them, and a reference of the wrong kind or
// handle gives nothing (the caller then asks the TPM).
#include "TestMain.h"
#include "TestSupport.h"

#include "core/tpm/KeyTemplates.h"
#include "core/tpm/NvIndex.h"
#include "core/tpm/KnownPublic.h"
#include "core/tpm/TpmKeys.h"
#include "core/tpm/TpmSession.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::tpm;

namespace {
constexpr TPM2_HANDLE kPersistent = 0x81010001;
} // namespace

class TestKnownPublic : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QString m_tcti;
    QTemporaryDir m_dir;

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
        QVERIFY(m_dir.isValid());
        m_fleet = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_tcti = m_fleet->devices().at(0).tcti();
        // The simulated devices are manufactured with the EK persisted at 0x81010001.
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void keyPublicIsTheTpmsWithoutACommand()
    {
        const QString pubPath = m_dir.filePath(QStringLiteral("ek.pub"));
        const QString namePath = m_dir.filePath(QStringLiteral("ek.name"));
        const test::ToolRun read =
            test::runTool(QStringLiteral("tpm2_readpublic"),
                          {QStringLiteral("-c"), QStringLiteral("0x81010001"), QStringLiteral("-o"), pubPath,
                           QStringLiteral("-n"), namePath},
                          m_tcti);
        QVERIFY2(read.ok(), read.err.constData());
        const QByteArray expectedPub = test::readFile(pubPath);
        const QByteArray expectedName = test::readFile(namePath);
        QVERIFY(expectedPub.size() > 200);
        QCOMPARE(expectedName.size(), 34);

        auto s = open();
        QVERIFY(s);
        auto ref = openTpmHandle(*s, kPersistent);
        QVERIFY(ref.ok());
        const auto before = s->commandCount();
        const auto known = knownKeyPublic(*s, ref->get(), kPersistent);
        QCOMPARE(s->commandCount(), before);
        QVERIFY(known.has_value());
        QCOMPARE(known->publicArea, expectedPub);
        QCOMPARE(known->name, expectedName);

        // Wrong handle or wrong kind: nothing, so the caller reads from the TPM.
        QVERIFY(!knownKeyPublic(*s, ref->get(), kPersistent + 1).has_value());
        QVERIFY(!knownNvPublic(*s, ref->get(), kPersistent).has_value());

        // readPersistent in the same session: the session already looked the handle up and nothing that
        // could change it was sent since, so no command; same answer.
        const auto start = s->commandCount();
        auto persisted = readPersistent(*s, kPersistent);
        QVERIFY(persisted.ok());
        QCOMPARE(s->commandCount(), start);
        QCOMPARE(persisted->publicArea, expectedPub);
        QCOMPARE(persisted->name, expectedName);

        // In a new session: one TPM2_ReadPublic, same answer.
        s = open();
        QVERIFY(s);
        const auto fresh = s->commandCount();
        auto again = readPersistent(*s, kPersistent);
        QVERIFY(again.ok());
        QCOMPARE(s->commandCount(), fresh + 1);
        QCOMPARE(again->publicArea, expectedPub);
        QCOMPARE(again->name, expectedName);
    }

    // The session's persistent lookups (issue 20, no command repeated whose answer the run has): a handle
    // looked up again is answered without a command — present or absent — until a TPM2_EvictControl for
    // that handle is sent; other handles stay known. tpm2-tools is the oracle for what the TPM holds.
    void persistentLookupsAreAnsweredUntilEvictControl()
    {
        constexpr TPM2_HANDLE kFree = 0x81000100;
        auto s = open();
        QVERIFY(s);
        auto count = [&] {
            return s->commandCount();
        };
        auto absent = [&] {
            auto r = readPersistent(*s, kFree);
            return !r.ok() && r.error().code == TpmErrc::NotFound;
        };
        auto base = count();
        QVERIFY(absent());
        QCOMPARE(count(), base + 1);
        QVERIFY(absent());
        QCOMPARE(count(), base + 1);
        auto ek = readPersistent(*s, kPersistent);
        QVERIFY(ek.ok());
        QCOMPARE(count(), base + 2);
        QCOMPARE(s->persistentLookupsAnswered(), 1u);

        // Persisted through the session: the absent answer is forgotten, the EK's is kept.
        auto key = createPrimary(*s, ESYS_TR_RH_OWNER, srkTemplate());
        QVERIFY2(key.ok(), key ? "" : qPrintable(key.error().technical()));
        ESYS_TR persisted = ESYS_TR_NONE;
        auto evicted = s->run(
            QStringLiteral("TPM2_EvictControl"),
            [&](ESYS_CONTEXT* c) {
                return Esys_EvictControl_Async(c, ESYS_TR_RH_OWNER, key->object.get(), ESYS_TR_PASSWORD,
                                               ESYS_TR_NONE, ESYS_TR_NONE, kFree);
            },
            [&](ESYS_CONTEXT* c) { return Esys_EvictControl_Finish(c, &persisted); });
        QVERIFY(evicted.ok());
        Esys_TR_Close(s->esys(), &persisted);
        base = count();
        auto found = readPersistent(*s, kFree);
        QVERIFY(found.ok());
        QCOMPARE(count(), base + 1);
        QCOMPARE(found->publicArea, key->key.publicArea);
        QCOMPARE(found->name, key->key.name);
        auto ekAgain = readPersistent(*s, kPersistent);
        QVERIFY(ekAgain.ok());
        QCOMPARE(ekAgain->publicArea, ek->publicArea);
        QCOMPARE(count(), base + 1);
        const test::ToolRun handles =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-persistent")}, m_tcti);
        QVERIFY2(handles.ok(), handles.err.constData());
        QVERIFY2(handles.out.contains("0x81000100"), handles.out.constData());

        // Removed through the session (a reference from the cache): looked up again, it is gone.
        auto ref = openTpmHandle(*s, kFree);
        QVERIFY(ref.ok());
        QCOMPARE(count(), base + 1);
        ESYS_TR none = ESYS_TR_NONE;
        auto removed = s->run(
            QStringLiteral("TPM2_EvictControl"),
            [&](ESYS_CONTEXT* c) {
                return Esys_EvictControl_Async(c, ESYS_TR_RH_OWNER, ref->get(), ESYS_TR_PASSWORD,
                                               ESYS_TR_NONE, ESYS_TR_NONE, kFree);
            },
            [&](ESYS_CONTEXT* c) { return Esys_EvictControl_Finish(c, &none); });
        QVERIFY(removed.ok());
        ref->close();
        base = count();
        QVERIFY(absent());
        QCOMPARE(count(), base + 1);
        s.reset();
        const test::ToolRun after =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-persistent")}, m_tcti);
        QVERIFY2(after.ok(), after.err.constData());
        QVERIFY2(!after.out.contains("0x81000100"), after.out.constData());
        QVERIFY2(after.out.contains("0x81010001"), after.out.constData());
    }

    void nvPublicIsTheTpmsWithoutACommand()
    {
        quint32 size = 0;
        quint32 attributes = 0;
        {
            auto s = open();
            QVERIFY(s);
            auto ref = openTpmHandle(*s, kEkCertRsaIndex);
            QVERIFY(ref.ok());
            const auto before = s->commandCount();
            const auto known = knownNvPublic(*s, ref->get(), kEkCertRsaIndex);
            QCOMPARE(s->commandCount(), before);
            QVERIFY(known.has_value());
            QCOMPARE(known->nvPublic.nvIndex, kEkCertRsaIndex);
            QCOMPARE(known->nvPublic.nameAlg, TPM2_ALG_SHA256);
            QVERIFY(!knownKeyPublic(*s, ref->get(), kEkCertRsaIndex).has_value());
            size = known->nvPublic.dataSize;
            attributes = known->nvPublic.attributes;

            const auto start = s->commandCount();
            auto pub = nvReadPublic(*s, kEkCertRsaIndex);
            QVERIFY(pub.ok() && pub->has_value());
            QCOMPARE(s->commandCount(), start + 1);
            QCOMPARE(quint32((*pub)->size), size);
        }
        const test::ToolRun nv =
            test::runTool(QStringLiteral("tpm2_nvreadpublic"), {QStringLiteral("0x1c00002")}, m_tcti);
        QVERIFY2(nv.ok(), nv.err.constData());
        QVERIFY2(nv.out.contains(QStringLiteral("size: %1\n").arg(size).toUtf8()), nv.out.constData());
        QVERIFY2(nv.out.contains(QStringLiteral("value: 0x%1")
                                     .arg(attributes, 0, 16)
                                     .toUtf8()
                                     .toUpper()
                                     .replace("0X", "0x")) ||
                     nv.out.contains(QStringLiteral("value: 0x%1").arg(attributes, 0, 16).toUtf8()),
                 nv.out.constData());
    }
};

STATION_TEST_GUILESS_MAIN(TestKnownPublic)
#include "TestKnownPublic.moc"
