// The per-device cost of keeping secrets off the TPM bus (core/tpm/BusSession.h), on swtpm: starting the
// salted HMAC session (ReadPublic of the EK, RSA-OAEP salt, StartAuthSession) against its peer in the
// same run, an unsalted HMAC session; and one TPM2_HierarchyChangeAuth (set and reset) through the salted
// session with AES-128-CFB parameter encryption against the same command in a password session.
#include "TestSupport.h"

#include "core/tpm/BusSession.h"
#include "core/tpm/Hierarchy.h"
#include "core/tpm/TpmSession.h"

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>

using namespace tps;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// TPM2_HierarchyChangeAuth(owner) in a password session: the peer the bus session replaced.
TSS2_RC passwordChangeAuth(ESYS_CONTEXT* esys, const TPM2B_AUTH& value)
{
    return Esys_HierarchyChangeAuth(esys, ESYS_TR_RH_OWNER, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                                    &value);
}
} // namespace

class BenchBusSession : public QObject
{
    Q_OBJECT
private:
    static constexpr int kRounds = 25;
    std::unique_ptr<test::TestFleet> m_fleet;
    QString tcti() const { return m_fleet->devices().at(0).tcti(); }

private slots:
    void initTestCase()
    {
        m_fleet = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        // The certificate's EK persisted where step 3 leaves it (the fleet may have done so already).
        const bool persisted = test::runTool(QStringLiteral("tpm2_readpublic"),
                                             {QStringLiteral("-c"), QStringLiteral("0x81010001")}, tcti())
                                   .ok();
        QVERIFY(persisted || test::runTool(QStringLiteral("tpm2_createek"),
                                           {QStringLiteral("-c"), QStringLiteral("0x81010001"),
                                            QStringLiteral("-G"), QStringLiteral("rsa")},
                                           tcti())
                                 .ok());
        test::flushTransients(tcti());
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void saltedSessionStart()
    {
        auto session = tpm::TpmSession::open({tcti()});
        QVERIFY(session);
        QList<double> salted;
        QList<double> unsalted;
        for (int i = 0; i < kRounds; ++i) {
            {
                auto s = tpm::TpmSession::open({tcti()});
                QVERIFY(s);
                QElapsedTimer t;
                t.start();
                QVERIFY(tpm::protectBus(**s));
                salted << ms(t);
            }
            ESYS_TR handle = ESYS_TR_NONE;
            const TPMT_SYM_DEF none{TPM2_ALG_NULL, {}, {}};
            QElapsedTimer t;
            t.start();
            QCOMPARE(Esys_StartAuthSession((*session)->esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                           ESYS_TR_NONE, ESYS_TR_NONE, nullptr, TPM2_SE_HMAC, &none,
                                           TPM2_ALG_SHA256, &handle),
                     TSS2_RC_SUCCESS);
            unsalted << ms(t);
            QCOMPARE(Esys_FlushContext((*session)->esys(), handle), TSS2_RC_SUCCESS);
        }
        qInfo("bus session start (ReadPublic EK + salted StartAuthSession), median of %d: %.2f ms", kRounds,
              median(salted));
        qInfo("peer: unsalted HMAC StartAuthSession, median of %d: %.2f ms", kRounds, median(unsalted));
    }

    void changeAuthEncryptedVersusPassword()
    {
        auto session = tpm::TpmSession::open({tcti()});
        QVERIFY(session);
        const QByteArray secret(32, '\x42');
        const crypto::SecretView value(reinterpret_cast<const unsigned char*>(secret.constData()),
                                       size_t(secret.size()));
        QList<double> encrypted;
        QList<double> password;
        QVERIFY(tpm::protectBus(**session));
        for (int i = 0; i < kRounds; ++i) {
            QElapsedTimer t;
            t.start();
            QVERIFY(tpm::changeHierarchyAuth(**session, ESYS_TR_RH_OWNER, value));
            QVERIFY(tpm::changeHierarchyAuth(**session, ESYS_TR_RH_OWNER, {}));
            encrypted << ms(t) / 2;
        }
        TPM2B_AUTH set{};
        set.size = 32;
        std::fill_n(set.buffer, 32, BYTE(0x42));
        const TPM2B_AUTH empty{};
        for (int i = 0; i < kRounds; ++i) {
            QElapsedTimer t;
            t.start();
            QCOMPARE(passwordChangeAuth((*session)->esys(), set), TSS2_RC_SUCCESS);
            QCOMPARE(Esys_TR_SetAuth((*session)->esys(), ESYS_TR_RH_OWNER, &set), TSS2_RC_SUCCESS);
            QCOMPARE(passwordChangeAuth((*session)->esys(), empty), TSS2_RC_SUCCESS);
            QCOMPARE(Esys_TR_SetAuth((*session)->esys(), ESYS_TR_RH_OWNER, &empty), TSS2_RC_SUCCESS);
            password << ms(t) / 2;
        }
        qInfo("HierarchyChangeAuth, salted HMAC session + AES-128-CFB, median of %d: %.3f ms", kRounds,
              median(encrypted));
        qInfo("peer: HierarchyChangeAuth in a password session, median of %d: %.3f ms", kRounds,
              median(password));
    }
};

QTEST_GUILESS_MAIN(BenchBusSession)
#include "BenchBusSession.moc"
