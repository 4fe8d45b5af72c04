// Secrets never cross the TPM bus in clear (core/tpm/BusSession.h). Step 3 runs on real swtpm devices
// while the TCTI byte stream is recorded (what an interposer on SPI/LPC or the socket sees); the escrowed
// secrets, recovered with the owner's key, must not appear in it — and do appear when the parameter
// encryption is switched off, so the assertion can fail. tpm2-tools check the resulting TPM state.
#include "EscrowTestKeys.h"
#include "OwnershipTestSupport.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/ownership/FileEscrowStore.h"
#include "core/timeline/MemoryDeviceRecords.h"
#include "core/tpm/BusSession.h"
#include "core/tpm/Hierarchy.h"
#include "core/tpm/TpmSession.h"
#include "stations/OwnershipTakenStation.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace tps;
using namespace tps::timeline;

namespace {

constexpr quint32 kCcHierarchyChangeAuth = 0x129;
constexpr quint32 kCcStartAuthSession = 0x176;
constexpr quint32 kPasswordSession = 0x40000009; // TPM_RS_PW

struct Traffic
{
    QList<QByteArray> commands;
    QList<QByteArray> responses;
    QByteArray all() const { return commands.join() + responses.join(); }
};

quint32 be32(const QByteArray& b, qsizetype at)
{
    return b.size() >= at + 4 ? qFromBigEndian<quint32>(b.constData() + at) : 0;
}

quint32 commandCode(const QByteArray& command)
{
    return be32(command, 6);
}

} // namespace

class TestBusSecrets : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    test::OwnerKeys m_owner;
    QString m_store;

    QString tcti(int i) const { return m_fleet->devices().at(i).tcti(); }
    QString serial(int i) const { return m_fleet->devices().at(i).serial; }

    ProductProfile profile() const
    {
        ProductProfile p;
        p.setSection(QStringLiteral("ownership"),
                     QJsonObject{{QStringLiteral("escrowCertificate"), m_owner.cert},
                                 {QStringLiteral("setOwnerAuth"), true},
                                 {QStringLiteral("setEndorsementAuth"), true}});
        p.setSection(QStringLiteral("device"),
                     QJsonObject{{QStringLiteral("client"), QStringLiteral("none")}});
        return p;
    }

    // Step 3 in-process on `device`, every byte on the bus recorded.
    StepResult runStep3(int device, bool encryptParameters, Traffic& traffic)
    {
        auto session = tpm::TpmSession::open({tcti(device)});
        if (!session)
            return StepResult::failure(StepErrc::Tpm, session.error().technical());
        (*session)->setTrafficRecorder(
            [&traffic](tpm::TimingTcti::Direction d, std::span<const std::uint8_t> bytes) {
                QByteArray b(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
                (d == tpm::TimingTcti::Direction::Command ? traffic.commands : traffic.responses) << b;
            });
        tpm::setParameterEncryption(**session, encryptParameters);
        Device d;
        d.serial = serial(device);
        d.uuid = QStringLiteral("00000000-0000-4000-8000-0000000000b%1").arg(device);
        d.tcti = tcti(device);
        d.simulated = true;
        AutoConfirmPrompts prompts;
        MemoryDeviceRecords records;
        const QMap<StepId, StepResult> previous;
        const std::atomic<bool> cancel{false};
        const ProductProfile p = profile();
        StepContext context{**session, d, p, prompts, records, previous, cancel};
        stations::OwnershipTakenStation station(std::make_shared<ownership::FileEscrowStore>(m_store));
        return station.run(context);
    }

    static QString text(const StepResult& r)
    {
        return r.error ? r.error->operatorMessage + QStringLiteral(" | ") + r.error->technical : QString();
    }

    // The escrowed secrets of `device`, recovered with the owner's private key.
    QMap<QString, QString> secrets(int device) const
    {
        QMap<QString, QString> out;
        const auto escrowed = test::openEscrow(m_store, m_owner.key, serial(device));
        for (auto it = escrowed.begin(); it != escrowed.end(); ++it)
            out.insert(it.key(), it.value().hex);
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("escrow"));
        m_owner = test::makeOwnerKeys(m_dir.path(), QStringLiteral("owner"));
        QVERIFY(!m_owner.cert.isEmpty());
        m_fleet = std::make_unique<test::TestFleet>(3);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void noNewSecretCrossesTheBus()
    {
        Traffic traffic;
        const StepResult r = runStep3(0, true, traffic);
        QVERIFY2(r.passed(), qPrintable(text(r)));
        const QMap<QString, QString> escrowed = secrets(0);
        QCOMPARE(escrowed.keys(), (QStringList{QStringLiteral("endorsement"), QStringLiteral("lockout"),
                                               QStringLiteral("owner")}));
        const QByteArray bus = traffic.all();
        QVERIFY(bus.size() > 1000);
        for (const QString& hex : escrowed) {
            QCOMPARE(hex.size(), 64);
            for (const QByteArray& form : test::secretForms(hex))
                QVERIFY2(!bus.contains(form),
                         qPrintable(QStringLiteral("secret %1 seen on the bus").arg(hex)));
        }

        // How: one salted session (tpmKey = the EK at 0x81010001), and every HierarchyChangeAuth authorized
        // by it (an HMAC session handle, 0x02xxxxxx), none by a password session.
        int salted = 0;
        int changes = 0;
        for (const QByteArray& c : std::as_const(traffic.commands)) {
            if (commandCode(c) == kCcStartAuthSession && be32(c, 10) == 0x81010001)
                ++salted;
            if (commandCode(c) == kCcHierarchyChangeAuth) {
                ++changes;
                const quint32 sessionHandle = be32(c, 18); // header 10, authHandle 4, authSize 4
                QCOMPARE(sessionHandle >> 24, 0x02u);
                QVERIFY(sessionHandle != kPasswordSession);
            }
        }
        QCOMPARE(salted, 1);
        QCOMPARE(changes, 3);

        // The TPM state, per tpm2-tools with the recovered values.
        const auto props = test::variableProperties(tcti(0));
        QCOMPARE(props.value(QStringLiteral("ownerAuthSet")), QStringLiteral("1"));
        QCOMPARE(props.value(QStringLiteral("lockoutAuthSet")), QStringLiteral("1"));
        QCOMPARE(props.value(QStringLiteral("endorsementAuthSet")), QStringLiteral("1"));
        QVERIFY(test::ownerAuthWorks(tcti(0), escrowed.value(QStringLiteral("owner"))));
        QVERIFY(!test::ownerAuthWorks(tcti(0), QString()));
        QVERIFY(test::lockoutAuthWorks(tcti(0), escrowed.value(QStringLiteral("lockout"))));
        // tpm2_changeauth with the recovered owner value (and back): the TPM holds exactly it.
        const QString owner = QStringLiteral("hex:") + escrowed.value(QStringLiteral("owner"));
        QVERIFY(test::runTool(QStringLiteral("tpm2_changeauth"),
                              {QStringLiteral("-c"), QStringLiteral("o"), QStringLiteral("-p"), owner,
                               QStringLiteral("hex:00112233")},
                              tcti(0))
                    .ok());
        QVERIFY(test::ownerAuthWorks(tcti(0), QStringLiteral("00112233")));
        QVERIFY(test::runTool(QStringLiteral("tpm2_changeauth"),
                              {QStringLiteral("-c"), QStringLiteral("o"), QStringLiteral("-p"),
                               QStringLiteral("hex:00112233"), owner},
                              tcti(0))
                    .ok());
    }

    // The same assertion with the parameter encryption off: the secrets are on the bus (the recorder sees
    // what a sniffer would), so the test above is not vacuous. The HMAC authorization alone still keeps
    // the current authorizations off the bus, but not the new values.
    void withoutParameterEncryptionTheSecretsAreSeen()
    {
        Traffic traffic;
        const StepResult r = runStep3(1, false, traffic);
        QVERIFY2(r.passed(), qPrintable(text(r)));
        const QMap<QString, QString> escrowed = secrets(1);
        QCOMPARE(escrowed.size(), 3);
        const QByteArray commands = traffic.commands.join();
        for (const QString& hex : escrowed)
            QVERIFY2(commands.contains(QByteArray::fromHex(hex.toLatin1())),
                     qPrintable(QStringLiteral("secret %1 not seen in clear").arg(hex)));
        QVERIFY(test::ownerAuthWorks(tcti(1), escrowed.value(QStringLiteral("owner"))));
    }

    // An EK that is not the trusted one (an interposer answering TPM2_ReadPublic with its own key) gets no
    // salt, and the secret is not sent at all.
    void substitutedEkGetsNoSecret()
    {
        // The certificate's EK persisted at 0x81010001 (by tpm2-tools, when the fleet did not yet).
        if (test::readPublic(tcti(2), QStringLiteral("0x81010001"), m_dir.path()).isEmpty())
            QVERIFY(test::runTool(QStringLiteral("tpm2_createek"),
                                  {QStringLiteral("-c"), QStringLiteral("0x81010001"), QStringLiteral("-G"),
                                   QStringLiteral("rsa")},
                                  tcti(2))
                        .ok());
        Traffic traffic;
        auto session = tpm::TpmSession::open({tcti(2)});
        QVERIFY2(session, session ? "" : qPrintable(session.error().technical()));
        (*session)->setTrafficRecorder(
            [&traffic](tpm::TimingTcti::Direction d, std::span<const std::uint8_t> bytes) {
                QByteArray b(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
                (d == tpm::TimingTcti::Direction::Command ? traffic.commands : traffic.responses) << b;
            });
        QByteArray other = test::readPublic(tcti(2), QStringLiteral("0x81010001"), m_dir.path());
        QVERIFY(other.size() > 100);
        other[other.size() - 1] = char(other.at(other.size() - 1) ^ 0x01); // one bit of the modulus
        tpm::trustEk(**session, other);
        const QByteArray secret = QByteArray::fromHex("5ec7e75ec7e75ec7e75ec7e75ec7e75e");
        auto changed = tpm::changeHierarchyAuth(
            **session, ESYS_TR_RH_OWNER,
            {reinterpret_cast<const unsigned char*>(secret.constData()), size_t(secret.size())});
        QVERIFY(!changed);
        QVERIFY2(changed.error().detail.contains(QStringLiteral("certificate-checked EK")),
                 qPrintable(changed.error().technical()));
        QVERIFY(!traffic.all().contains(secret));
        for (const QByteArray& c : std::as_const(traffic.commands))
            QVERIFY(commandCode(c) != kCcHierarchyChangeAuth && commandCode(c) != kCcStartAuthSession);
        session->reset();
        QCOMPARE(test::variableProperties(tcti(2)).value(QStringLiteral("ownerAuthSet")),
                 QStringLiteral("0"));
    }
};

STATION_TEST_GUILESS_MAIN(TestBusSecrets)
#include "TestBusSecrets.moc"
