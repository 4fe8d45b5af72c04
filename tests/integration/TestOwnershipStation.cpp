// Step 3 on real swtpm devices, checked with tpm2-tools and the owner's recovery tool as oracles.
#include "EscrowTestKeys.h"
#include "OwnershipTestSupport.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/ownership/FileEscrowStore.h"
#include "core/timeline/MemoryDeviceRecords.h"
#include "core/tpm/Hierarchy.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpm/TpmKeys.h"
#include "core/tpm/TpmSession.h"
#include "stations/OwnershipTakenStation.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::timeline;

class TestOwnershipStation : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    test::OwnerKeys m_rsa;
    test::OwnerKeys m_ec;
    QString m_store;

    QString tcti(int i) const { return m_fleet->devices().at(i).tcti(); }
    QString serial(int i) const { return m_fleet->devices().at(i).serial; }

    ProductProfile profile(const QString& cert, QJsonObject extra = {}) const
    {
        ProductProfile p;
        extra.insert(QStringLiteral("escrowCertificate"), cert);
        // Owner and lockout as before: a device client that is given the owner authorization.
        if (!extra.contains(QStringLiteral("setOwnerAuth")))
            extra.insert(QStringLiteral("setOwnerAuth"), true);
        p.setSection(QStringLiteral("ownership"), extra);
        p.setSection(QStringLiteral("device"),
                     QJsonObject{{QStringLiteral("client"), QStringLiteral("none")}});
        return p;
    }

    // Runs the station in-process (the session is closed again before returning, for tpm2-tools).
    StepResult runStation(int device, const ProductProfile& p, MemoryDeviceRecords* recordsOut = nullptr)
    {
        auto session = tpm::TpmSession::open({tcti(device)});
        if (!session)
            return StepResult::failure(StepErrc::Tpm, session.error().technical());
        Device d;
        d.serial = serial(device);
        d.uuid = QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(device);
        d.tcti = tcti(device);
        d.simulated = true;
        AutoConfirmPrompts prompts;
        MemoryDeviceRecords records;
        const QMap<StepId, StepResult> previous;
        const std::atomic<bool> cancel{false};
        StepContext context{**session, d, p, prompts, records, previous, cancel};
        stations::OwnershipTakenStation station(std::make_shared<ownership::FileEscrowStore>(m_store));
        StepResult r = station.run(context);
        if (recordsOut)
            for (const QString& e : records.events())
                (void)recordsOut->auditDeviceEvent(serial(device), QStringLiteral("copy"), e);
        return r;
    }

    tpm::HierarchyState state(int device)
    {
        auto session = tpm::TpmSession::open({tcti(device)});
        if (!session)
            return {};
        auto s = tpm::readHierarchyState(**session);
        return s ? *s : tpm::HierarchyState{};
    }

    QByteArray resultJson(const StepResult& r) const
    {
        QJsonArray m;
        for (const Measurement& x : r.measurements)
            m.append(x.toJson());
        QByteArray out = QJsonDocument(m).toJson();
        for (const Artifact& a : r.artifacts)
            out += a.data;
        if (r.error)
            out += r.error->operatorMessage.toUtf8() + r.error->technical.toUtf8();
        return out;
    }

    QByteArray storeBytes() const
    {
        QByteArray all;
        QDirIterator it(m_store, QDir::Files);
        while (it.hasNext())
            all += test::readAllOf(it.next());
        return all;
    }

    static QString text(const StepResult& r)
    {
        return r.error ? r.error->operatorMessage + QStringLiteral(" | ") + r.error->technical : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("escrow"));
        m_rsa = test::makeOwnerKeys(m_dir.path(), QStringLiteral("owner-rsa"));
        m_ec = test::makeOwnerKeys(m_dir.path(), QStringLiteral("owner-ec"), test::OwnerKeyType::EcP256);
        QVERIFY(!m_rsa.cert.isEmpty() && !m_ec.cert.isEmpty());
        m_fleet = std::make_unique<test::TestFleet>(4);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void takesOwnershipCheckedWithTpm2Tools()
    {
        const StepResult r = runStation(0, profile(m_rsa.cert));
        QVERIFY2(r.passed(), qPrintable(text(r)));
        QCOMPARE(r.measurement(QStringLiteral("ownership.changed_hierarchies"))->value.toString(),
                 QStringLiteral("owner,lockout"));
        QCOMPARE(r.measurement(QStringLiteral("ownership.srk_handle"))->value.toString(),
                 QStringLiteral("0x81000001"));
        QCOMPARE(r.measurement(QStringLiteral("ownership.ek_handle"))->value.toString(),
                 QStringLiteral("0x81010001"));
        QCOMPARE(r.measurement(QStringLiteral("ownership.endorsement_auth_set"))->value.toBool(), false);

        // Every transient object the step created was flushed (swtpm has no resource manager).
        const test::ToolRun transients =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-transient")}, tcti(0));
        QVERIFY(transients.ok());
        QVERIFY2(!transients.out.contains("0x80"), transients.out.constData());

        // An independent reader of TPMA_PERMANENT and the DA parameters.
        const auto props = test::variableProperties(tcti(0));
        QCOMPARE(props.value(QStringLiteral("ownerAuthSet")), QStringLiteral("1"));
        QCOMPARE(props.value(QStringLiteral("lockoutAuthSet")), QStringLiteral("1"));
        QCOMPARE(props.value(QStringLiteral("endorsementAuthSet")), QStringLiteral("0"));
        const tpm::HierarchyState s = state(0);
        QCOMPARE(s.maxAuthFail, 32u);
        QCOMPARE(s.lockoutInterval, 7200u);
        QCOMPARE(s.lockoutRecovery, 86400u);

        // The owner recovers the secrets; tpm2-tools can use the owner hierarchy with them, not without.
        const auto escrowed = test::openEscrow(m_store, m_rsa.key, serial(0));
        QCOMPARE(escrowed.size(), 2);
        const QString owner = escrowed.value(QStringLiteral("owner")).hex;
        const QString lockout = escrowed.value(QStringLiteral("lockout")).hex;
        QCOMPARE(owner.size(), 64);
        QCOMPARE(escrowed.value(QStringLiteral("owner")).state, QStringLiteral("applied"));
        QVERIFY(owner != lockout);
        QVERIFY(test::ownerAuthWorks(tcti(0), owner));
        QVERIFY(!test::ownerAuthWorks(tcti(0), QString()));
        // tpm2_evictcontrol in the owner hierarchy: persist a key at 0x81000002 and remove it again.
        const QString keyCtx = m_dir.filePath(QStringLiteral("owner-key.ctx"));
        QVERIFY(test::runTool(QStringLiteral("tpm2_createprimary"),
                              {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-P"),
                               QStringLiteral("hex:") + owner, QStringLiteral("-G"), QStringLiteral("ecc"),
                               QStringLiteral("-c"), keyCtx},
                              tcti(0))
                    .ok());
        QVERIFY(test::flushTransients(tcti(0)));
        QVERIFY(!test::runTool(QStringLiteral("tpm2_evictcontrol"),
                               {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"), keyCtx,
                                QStringLiteral("0x81000002")},
                               tcti(0))
                     .ok()); // empty owner auth refused
        QVERIFY(test::flushTransients(tcti(0)));
        for (const QString& object : {keyCtx, QStringLiteral("0x81000002")})
            QVERIFY(test::runTool(QStringLiteral("tpm2_evictcontrol"),
                                  {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-P"),
                                   QStringLiteral("hex:") + owner, QStringLiteral("-c"), object,
                                   QStringLiteral("0x81000002")},
                                  tcti(0))
                        .ok());
        QVERIFY(test::flushTransients(tcti(0)));
        QVERIFY(test::readPublic(tcti(0), QStringLiteral("0x81000002"), m_dir.path()).isEmpty());
        const test::ToolRun evict = test::runTool(QStringLiteral("tpm2_evictcontrol"),
                                                  {QStringLiteral("-C"), QStringLiteral("o"),
                                                   QStringLiteral("-c"), QStringLiteral("0x81000001"),
                                                   QStringLiteral("-P"), QStringLiteral("hex:") + lockout},
                                                  tcti(0));
        QVERIFY(!evict.ok()); // the lockout value is not the owner's
        QVERIFY(test::lockoutAuthWorks(tcti(0), lockout));

        // The persisted SRK is what tpm2_createprimary makes from the Provisioning Guidance template. Its -u
        // file is the TPMU_PUBLIC_ID as the C struct lays it out: UINT16 size in host (little-endian) order,
        // then 256 zero bytes.
        QByteArray unique("\x00\x01", 2);
        unique += QByteArray(256, '\0');
        const QString uniqueFile = m_dir.filePath(QStringLiteral("unique.bin"));
        {
            QFile f(uniqueFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(unique);
        }
        const QString srkOut = m_dir.filePath(QStringLiteral("srk-tools.pub"));
        const test::ToolRun srk = test::runTool(
            QStringLiteral("tpm2_createprimary"),
            {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-P"), QStringLiteral("hex:") + owner,
             QStringLiteral("-g"), QStringLiteral("sha256"), QStringLiteral("-G"),
             QStringLiteral("rsa2048:aes128cfb"), QStringLiteral("-a"),
             QStringLiteral("fixedtpm|fixedparent|sensitivedataorigin|userwithauth|noda|restricted|decrypt"),
             QStringLiteral("-u"), uniqueFile, QStringLiteral("-c"),
             m_dir.filePath(QStringLiteral("srk.ctx")), QStringLiteral("-o"), srkOut},
            tcti(0));
        QVERIFY2(srk.ok(), srk.err.constData());
        QVERIFY(test::flushTransients(tcti(0)));
        const QByteArray persistedSrk = test::readPublic(tcti(0), QStringLiteral("0x81000001"), m_dir.path());
        QCOMPARE(persistedSrk.size(), 284);
        QCOMPARE(persistedSrk, test::readAllOf(srkOut));
        QCOMPARE(r.artifact(QStringLiteral("srk.pub"))->data, persistedSrk);
        // 0x81010001 holds the certificate-matching EK.
        const QByteArray ek = test::createEkPublic(tcti(0), m_dir.path());
        QCOMPARE(ek.size(), 316);
        QCOMPARE(test::readPublic(tcti(0), QStringLiteral("0x81010001"), m_dir.path()), ek);

        // No secret in clear: store files, measurements, artifacts.
        const QByteArray haystack = storeBytes() + resultJson(r);
        for (const QString& secret : {owner, lockout})
            for (const QByteArray& form : test::secretForms(secret))
                QVERIFY2(!haystack.contains(form), "a secret appears in clear");

        // A second run finds the work done: passes, changes nothing, writes no record.
        const StepResult again = runStation(0, profile(m_rsa.cert));
        QVERIFY2(again.passed(), qPrintable(text(again)));
        QCOMPARE(again.measurement(QStringLiteral("ownership.changed_hierarchies"))->value.toString(),
                 QString());
        ownership::FileEscrowStore store(m_store);
        QCOMPARE(store.escrowHistory(serial(0))->size(), 1);
        QVERIFY(test::ownerAuthWorks(tcti(0), owner));
    }

    void cliWithEcCertificateLeaksNothing()
    {
        const test::ToolRun take = test::runCli(
            {QStringLiteral("ownership"), QStringLiteral("take"), QStringLiteral("--set-owner-auth"),
             QStringLiteral("--device-client"), QStringLiteral("none"), QStringLiteral("--tcti"), tcti(1),
             QStringLiteral("--store"), m_store, QStringLiteral("--escrow-cert"), m_ec.cert,
             QStringLiteral("--serial"), serial(1)});
        QVERIFY2(take.ok(), take.err.constData());
        QVERIFY(take.out.contains("ownership.owner_auth_set"));
        const auto escrowed = test::openEscrow(m_store, m_ec.key, serial(1));
        const QString owner = escrowed.value(QStringLiteral("owner")).hex;
        const QString lockout = escrowed.value(QStringLiteral("lockout")).hex;
        QCOMPARE(owner.size(), 64);
        QVERIFY(test::ownerAuthWorks(tcti(1), owner));
        QVERIFY(!test::ownerAuthWorks(tcti(1), QString()));
        // The RSA owner's key does not open the EC owner's records.
        QVERIFY(test::openEscrow(m_store, m_rsa.key, serial(1)).isEmpty());
        // --json output too.
        const test::ToolRun again = test::runCli(
            {QStringLiteral("ownership"), QStringLiteral("take"), QStringLiteral("--set-owner-auth"),
             QStringLiteral("--device-client"), QStringLiteral("none"), QStringLiteral("--tcti"), tcti(1),
             QStringLiteral("--store"), m_store, QStringLiteral("--escrow-cert"), m_ec.cert,
             QStringLiteral("--serial"), serial(1), QStringLiteral("--json")});
        QVERIFY(again.ok());
        const QByteArray haystack = take.out + take.err + again.out + again.err + storeBytes();
        for (const QString& secret : {owner, lockout})
            for (const QByteArray& form : test::secretForms(secret))
                QVERIFY2(!haystack.contains(form), "a secret appears in clear");
        // The escrowed CMS itself does not carry the raw bytes.
        ownership::FileEscrowStore store(m_store);
        const auto history = store.escrowHistory(serial(1));
        QVERIFY(history.ok() && !history->isEmpty());
        for (const ownership::EscrowRecord& rec : *history)
            QVERIFY(!rec.cms.contains(QByteArray::fromHex(owner.toLatin1())));
    }

    void wrongEkIsReplacedAndLockoutReworkClears()
    {
        // Put a different endorsement-hierarchy key at 0x81010001.
        QVERIFY(test::runTool(QStringLiteral("tpm2_evictcontrol"),
                              {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"),
                               QStringLiteral("0x81010001")},
                              tcti(2))
                    .ok());
        const QString ctx = m_dir.filePath(QStringLiteral("other-ek.ctx"));
        QVERIFY(test::runTool(QStringLiteral("tpm2_createprimary"),
                              {QStringLiteral("-C"), QStringLiteral("e"), QStringLiteral("-c"), ctx}, tcti(2))
                    .ok());
        QVERIFY(test::runTool(QStringLiteral("tpm2_evictcontrol"),
                              {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"), ctx,
                               QStringLiteral("0x81010001")},
                              tcti(2))
                    .ok());
        QVERIFY(test::flushTransients(tcti(2)));
        const QByteArray ek = test::createEkPublic(tcti(2), m_dir.path());
        QVERIFY(!ek.isEmpty());
        QVERIFY(test::readPublic(tcti(2), QStringLiteral("0x81010001"), m_dir.path()) != ek);

        const StepResult r = runStation(2, profile(m_rsa.cert, {{QStringLiteral("maxTries"), 10}}));
        QVERIFY2(r.passed(), qPrintable(text(r)));
        QCOMPARE(r.measurement(QStringLiteral("ownership.ek_replaced"))->value.toBool(), true);
        QCOMPARE(test::readPublic(tcti(2), QStringLiteral("0x81010001"), m_dir.path()), ek);
        QCOMPARE(state(2).maxAuthFail, 10u);

        // Rework with the escrowed lockout authorization (opened with the owner's key).
        const test::ToolRun clear =
            test::runCli({QStringLiteral("ownership"), QStringLiteral("clear"), QStringLiteral("--tcti"),
                          tcti(2), QStringLiteral("--store"), m_store, QStringLiteral("--serial"), serial(2),
                          QStringLiteral("--lockout-key"), m_rsa.key, QStringLiteral("--reason"),
                          QStringLiteral("customer return")});
        QVERIFY2(clear.ok(), clear.err.constData());
        const tpm::HierarchyState cleared = state(2);
        QVERIFY(!cleared.ownerAuthSet && !cleared.lockoutAuthSet);
        QVERIFY(test::ownerAuthWorks(tcti(2), QString()));
        QCOMPARE(test::readPublic(tcti(2), QStringLiteral("0x81010001"), m_dir.path()), ek); // re-persisted
        QVERIFY(test::readPublic(tcti(2), QStringLiteral("0x81000001"), m_dir.path()).isEmpty()); // SRK gone
        ownership::FileEscrowStore store(m_store);
        QCOMPARE(store.escrowHistory(serial(2))->first().state, ownership::EscrowState::Revoked);
        QVERIFY(test::openEscrow(m_store, m_rsa.key, serial(2)).isEmpty()); // nothing in use any more

        const StepResult again = runStation(2, profile(m_rsa.cert));
        QVERIFY2(again.passed(), qPrintable(text(again)));
        const auto escrowed = test::openEscrow(m_store, m_rsa.key, serial(2));
        QVERIFY(test::ownerAuthWorks(tcti(2), escrowed.value(QStringLiteral("owner")).hex));
    }

    void configurationErrorsChangeNothing()
    {
        const tpm::HierarchyState before = state(3);
        const QString notCert = m_dir.filePath(QStringLiteral("not-a-cert.pem"));
        {
            QFile f(notCert);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("-----BEGIN CERTIFICATE-----\nnonsense\n-----END CERTIFICATE-----\n");
        }
        ProductProfile none;
        for (const ProductProfile& p :
             {none, profile(m_dir.filePath(QStringLiteral("missing.pem"))), profile(notCert),
              profile(m_rsa.key), profile(m_rsa.cert, {{QStringLiteral("maxTries"), 0}})}) {
            const StepResult r = runStation(3, p);
            QVERIFY(!r.passed());
            QVERIFY(r.error.has_value());
            QCOMPARE(r.error->code, StepErrc::Configuration);
            QVERIFY(!r.error->operatorMessage.isEmpty());
        }
        // The CLI: usage errors (exit 2) and a clear refusal (exit 1), nothing changed either way.
        const QStringList base{QStringLiteral("ownership"), QStringLiteral("take"),
                               QStringLiteral("--tcti"),    tcti(3),
                               QStringLiteral("--store"),   m_store};
        QCOMPARE(test::runCli(base + QStringList{QStringLiteral("--serial"), serial(3)}).exitCode, 2);
        QCOMPARE(test::runCli(base + QStringList{QStringLiteral("--escrow-cert"), m_rsa.cert}).exitCode, 2);
        QCOMPARE(test::runCli(base + QStringList{QStringLiteral("--escrow-cert"), m_rsa.cert,
                                                 QStringLiteral("--serial"), serial(3),
                                                 QStringLiteral("--max-tries"), QStringLiteral("many")})
                     .exitCode,
                 2);
        const test::ToolRun badCert =
            test::runCli(base + QStringList{QStringLiteral("--escrow-cert"), notCert,
                                            QStringLiteral("--serial"), serial(3)});
        QCOMPARE(badCert.exitCode, 1);
        QVERIFY(badCert.err.contains("escrow certificate"));
        QCOMPARE(
            test::runCli({QStringLiteral("escrow"), QStringLiteral("open"), QStringLiteral("--key"),
                          m_rsa.key, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("station.db")),
                          QStringLiteral("--serial"), serial(3)})
                .exitCode,
            1);
        QCOMPARE(state(3).permanent, before.permanent);
        QVERIFY(!QFile::exists(ownership::FileEscrowStore(m_store).fileFor(serial(3))));
    }

    void alreadyOwnedIsRefusedThenPlatformReworkClears()
    {
        // Someone else owns the TPM.
        const QString foreign = QString::fromLatin1(QByteArray(16, '\x5a').toHex());
        QVERIFY(test::runTool(QStringLiteral("tpm2_changeauth"),
                              {QStringLiteral("-c"), QStringLiteral("o"), QStringLiteral("hex:") + foreign},
                              tcti(3))
                    .ok());
        const tpm::HierarchyState before = state(3);
        QVERIFY(before.ownerAuthSet);
        const StepResult r = runStation(3, profile(m_rsa.cert));
        QVERIFY(!r.passed());
        QCOMPARE(r.error->code, StepErrc::AlreadyOwned);
        QVERIFY(r.error->operatorMessage.contains(QStringLiteral("already owned")));
        QCOMPARE(state(3).permanent, before.permanent); // not forced
        QVERIFY(test::ownerAuthWorks(tcti(3), foreign));
        QVERIFY(!QFile::exists(ownership::FileEscrowStore(m_store).fileFor(serial(3))));

        // The supervisor's rework: TPM2_Clear through the platform hierarchy.
        MemoryDeviceRecords records;
        {
            auto session = tpm::TpmSession::open({tcti(3)});
            QVERIFY(session.ok());
            ownership::FileEscrowStore store(m_store);
            Device d;
            d.serial = serial(3);
            auto noReason = stations::OwnershipTakenStation::clearForRework(
                **session, store, d, ownership::ClearAuthority::Platform, {}, QString(), records);
            QVERIFY(!noReason.ok());
            auto cleared = stations::OwnershipTakenStation::clearForRework(
                **session, store, d, ownership::ClearAuthority::Platform, {},
                QStringLiteral("owned by a previous line"), records);
            QVERIFY2(cleared.ok(), qPrintable(cleared ? QString() : cleared.error().technical));
            QVERIFY(cleared->before.ownerAuthSet);
            QVERIFY(!cleared->after.ownerAuthSet);
        }
        QCOMPARE(records.events().size(), 1);
        QVERIFY(records.events().first().contains(QStringLiteral("owned by a previous line")));
        const QByteArray ek = test::createEkPublic(tcti(3), m_dir.path());
        QCOMPARE(test::readPublic(tcti(3), QStringLiteral("0x81010001"), m_dir.path()), ek);

        const StepResult after = runStation(3, profile(m_rsa.cert, {{QStringLiteral("disableClear"), true}}));
        QVERIFY2(after.passed(), qPrintable(text(after)));
        QVERIFY(state(3).disableClear);
        QCOMPARE(test::readPublic(tcti(3), QStringLiteral("0x81010001"), m_dir.path()), ek);
        const auto escrowed = test::openEscrow(m_store, m_rsa.key, serial(3));
        QVERIFY(test::ownerAuthWorks(tcti(3), escrowed.value(QStringLiteral("owner")).hex));
        QVERIFY(!test::ownerAuthWorks(tcti(3), foreign));
    }

    void endorsementAuthOnlyOnRequestWithWarning()
    {
        // Device 3 has TPM2_Clear disabled now: the platform re-enables it.
        const test::ToolRun clear = test::runCli(
            {QStringLiteral("ownership"), QStringLiteral("clear"), QStringLiteral("--tcti"), tcti(3),
             QStringLiteral("--store"), m_store, QStringLiteral("--serial"), serial(3),
             QStringLiteral("--platform"), QStringLiteral("--reason"), QStringLiteral("profile change")});
        QVERIFY2(clear.ok(), clear.err.constData());
        QVERIFY(!state(3).disableClear);
        const StepResult r =
            runStation(3, profile(m_rsa.cert, {{QStringLiteral("setEndorsementAuth"), true}}));
        QVERIFY2(r.passed(), qPrintable(text(r)));
        const Measurement* warning = r.measurement(QStringLiteral("ownership.endorsement_auth_warning"));
        QVERIFY(warning);
        QVERIFY(warning->value.toString().contains(QStringLiteral("WILL FAIL")));
        QVERIFY(state(3).endorsementAuthSet);
        const auto escrowed = test::openEscrow(m_store, m_rsa.key, serial(3));
        QCOMPARE(escrowed.size(), 3);
        const QString endorsement = escrowed.value(QStringLiteral("endorsement")).hex;
        QCOMPARE(endorsement.size(), 64);
        // The EK can only be created with the endorsement value now (what breaks the DPS client).
        QVERIFY(test::createEkPublic(tcti(3), m_dir.path()).isEmpty());
    }
};

STATION_TEST_GUILESS_MAIN(TestOwnershipStation)
#include "TestOwnershipStation.moc"
