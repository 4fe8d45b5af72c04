// Step 5 — the QA station on fleet devices: a provisioned device passes the DPS rehearsal and ships
// without the QA key; each earlier-step defect is named for the operator.
#include "TestMain.h"
#include "SecretScan.h"
#include "TestSupport.h"

#include "core/timeline/MemoryDeviceRecords.h"
#include "core/tpm/CredentialActivation.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpm/TpmKeys.h"
#include "core/tpm/TpmSession.h"
#include "stations/QaCheckStation.h"
#include "stations/StationRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::timeline;

namespace {

const QByteArray kOwnerAuth = QByteArray::fromHex("5ec7e7a11c0ffee0");
const QByteArray kLockoutAuth = QByteArray::fromHex("10c4007a11c0ffee");

// An Identity Service device that is given the owner authorization through its config.
ProductProfile aziotWithOwnerAuth(ProductProfile p)
{
    p.setSection(QStringLiteral("device"),
                 QJsonObject{{QStringLiteral("client"), QStringLiteral("aziot-identity-service")},
                             {QStringLiteral("hierarchyAuthorization"), true},
                             {QStringLiteral("ownerAuthDelivery"),
                              QStringLiteral("[tpm.hierarchy_authorization] owner from the escrow")}});
    return p;
}

QString persistSrk(tpm::TpmSession& session)
{
    auto srk = tpm::createPrimary(session, ESYS_TR_RH_OWNER, tpm::srkTemplate());
    if (!srk)
        return srk.error().technical();
    ESYS_TR persisted = ESYS_TR_NONE;
    auto r = session.run(
        QStringLiteral("TPM2_EvictControl"),
        [&](ESYS_CONTEXT* c) {
            return Esys_EvictControl_Async(c, ESYS_TR_RH_OWNER, srk->object.get(), ESYS_TR_PASSWORD,
                                           ESYS_TR_NONE, ESYS_TR_NONE, tpm::kSrkHandle);
        },
        [&](ESYS_CONTEXT* c) { return Esys_EvictControl_Finish(c, &persisted); });
    if (!r)
        return r.error().technical();
    Esys_TR_Close(session.esys(), &persisted);
    return {};
}

QString tool(const QString& program, const QStringList& args, const QString& tcti)
{
    const test::ToolRun r = test::runTool(program, args, tcti);
    return r.ok() ? QString() : program + QStringLiteral(": ") + QString::fromLocal8Bit(r.err);
}

} // namespace

class TestQaCheckStation : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    QList<QByteArray> m_ekPub;
    ProductProfile m_profile;

    QString tcti(int i) const { return m_fleet->devices().at(i).tcti(); }

    QMap<StepId, StepResult> previousWithEk(const QByteArray& ekPub)
    {
        QMap<StepId, StepResult> previous;
        StepResult ek;
        ek.attach(QStringLiteral("ek.pub"), QStringLiteral("application/octet-stream"), ekPub);
        previous.insert(StepId::EkExtracted, ek);
        previous.insert(StepId::OwnershipTaken, StepResult::pass());
        previous.insert(StepId::FirmwareFlashed, StepResult::pass());
        return previous;
    }

    StepResult runStation(int device, stations::QaCheckStation& station,
                          const QMap<StepId, StepResult>& previous, const ProductProfile& profile)
    {
        auto session = tpm::TpmSession::open({tcti(device)});
        if (!session)
            return StepResult::failure(StepErrc::Tpm, QStringLiteral("no session"));
        Device d;
        d.serial = QStringLiteral("SN-000%1").arg(device);
        d.tcti = tcti(device);
        d.simulated = true;
        AutoConfirmPrompts prompts;
        MemoryDeviceRecords records;
        std::atomic<bool> cancel{false};
        StepContext context{**session, d, profile, prompts, records, previous, cancel};
        return station.run(context);
    }

    bool hasPersistent(int device, const QByteArray& handle)
    {
        const test::ToolRun r = test::runTool(QStringLiteral("tpm2_getcap"),
                                              {QStringLiteral("handles-persistent")}, tcti(device));
        return r.ok() && r.out.toLower().contains(handle);
    }

    static QString describe(const StepResult& r)
    {
        return r.error ? r.error->operatorMessage + QStringLiteral(" | ") + r.error->technical
                       : QStringLiteral("no error");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_profile.setSection(QStringLiteral("dps"),
                             QJsonObject{{QStringLiteral("idScope"), QStringLiteral("0ne00ABCDEF")}});
        m_fleet = std::make_unique<test::TestFleet>(2);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        const QString data = m_dir.filePath(QStringLiteral("fw-settings.bin"));
        {
            QFile f(data);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(32, '\x42'));
        }
        for (int i = 0; i < 2; ++i) {
            {
                auto session = tpm::TpmSession::open({tcti(i)});
                QVERIFY(session.ok());
                const QString error = persistSrk(**session);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                auto ek = tpm::readPersistent(**session, tpm::kEkRsaHandle);
                QVERIFY(ek.ok());
                m_ekPub.append(ek->publicArea);
            }
            // The firmware step's settings index (defined by step 4 in production).
            QString e = tool(QStringLiteral("tpm2_nvdefine"),
                             {QStringLiteral("0x01500100"), QStringLiteral("-C"), QStringLiteral("o"),
                              QStringLiteral("-s"), QStringLiteral("32"), QStringLiteral("-a"),
                              QStringLiteral("ownerwrite|authread|authwrite")},
                             tcti(i));
            QVERIFY2(e.isEmpty(), qPrintable(e));
            e = tool(QStringLiteral("tpm2_nvwrite"),
                     {QStringLiteral("0x01500100"), QStringLiteral("-C"), QStringLiteral("o"),
                      QStringLiteral("-i"), data},
                     tcti(i));
            QVERIFY2(e.isEmpty(), qPrintable(e));
        }
        // Both devices have their lockout authorization set (step 3 under every client). Device 0's owner
        // authorization is also set, as the station's earlier rule (or someone else) left it; device 1's
        // owner authorization is empty, as the Azure IoT SDK clients need it.
        for (int i = 0; i < 2; ++i) {
            const QString l = tool(QStringLiteral("tpm2_changeauth"),
                                   {QStringLiteral("-c"), QStringLiteral("l"),
                                    QStringLiteral("hex:") + QString::fromLatin1(kLockoutAuth.toHex())},
                                   tcti(i));
            QVERIFY2(l.isEmpty(), qPrintable(l));
        }
        const QString e = tool(QStringLiteral("tpm2_changeauth"),
                               {QStringLiteral("-c"), QStringLiteral("o"),
                                QStringLiteral("hex:") + QString::fromLatin1(kOwnerAuth.toHex())},
                               tcti(0));
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void registryHasTheQaStation()
    {
        const auto all = stations::createAll();
        QVERIFY(
            std::any_of(all.begin(), all.end(), [](const auto& s) { return s->id() == StepId::QaCheck; }));
    }

    void provisionedDevicePassesAndShipsClean()
    {
        // Device 1: owner and endorsement empty, lockout set — what step 3 leaves for the C SDK. The
        // rehearsal persists with the empty owner password; no station secret is asked for.
        int asked = 0;
        stations::QaCheckStation station([&](const StepContext&) -> std::optional<crypto::SecureBytes> {
            ++asked;
            return test::secretOf(kOwnerAuth);
        });
        const StepResult r = runStation(1, station, previousWithEk(m_ekPub.at(1)), m_profile);
        QVERIFY2(r.passed(), qPrintable(describe(r)));
        QCOMPARE(asked, 0);
        for (const char* name :
             {"qa.ek_matches_record", "qa.srk_standard_template", "qa.endorsement_auth_empty",
              "qa.owner_auth_empty", "qa.lockout_auth_set", "qa.client_commands_implemented",
              "qa.firmware_settings_present", "qa.credential_activated", "qa.id_key_removed",
              "qa.sas_signature_valid", "qa.ship_clean"}) {
            const Measurement* m = r.measurement(QString::fromLatin1(name));
            QVERIFY2(m && m->verdict == Verdict::Pass, name);
        }
        QCOMPARE(r.measurement(QStringLiteral("qa.id_key_persisted"))->value.toBool(), true);
        QCOMPARE(r.measurement(QStringLiteral("qa.device_client"))->value.toString(),
                 QStringLiteral("azure-iot-sdk-c"));
        qInfo("QA rehearsal on swtpm: %.1f ms (whole step %.1f ms)",
              r.measurement(QStringLiteral("qa.rehearsal_time"))->value.toDouble(),
              r.measurement(QStringLiteral("qa.duration"))->value.toDouble());
        QCOMPARE(r.measurement(QStringLiteral("qa.firmware_settings_sha256"))->value.toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(QByteArray(32, '\x42'), QCryptographicHash::Sha256).toHex()));
        const Artifact* report = r.artifact(QStringLiteral("dps-rehearsal.json"));
        QVERIFY(report);
        const QJsonObject json = QJsonDocument::fromJson(report->data).object();
        QCOMPARE(json.value(QStringLiteral("registrationId")).toString(), QStringLiteral("sn-0001"));
        QVERIFY(json.value(QStringLiteral("stringToSign"))
                    .toString()
                    .startsWith(QStringLiteral("0ne00ABCDEF%2fregistrations%2fsn-0001\n")));
        QVERIFY(!hasPersistent(1, "0x81000100"));
        QVERIFY(hasPersistent(1, "0x81000001"));
        QVERIFY(hasPersistent(1, "0x81010001"));
    }

    void ownerAuthSetFailsUnderTheCSdk()
    {
        // Device 0's owner authorization was set with tpm2_changeauth: the C SDK's EvictControl through
        // the owner hierarchy with the empty password would be refused in the field.
        stations::QaCheckStation station;
        const StepResult r = runStation(0, station, previousWithEk(m_ekPub.at(0)), m_profile);
        QCOMPARE(r.outcome, Outcome::Fail);
        QVERIFY2(r.error->operatorMessage.startsWith(QStringLiteral(
                     "Azure IoT C SDK: EvictControl to 0x81000100 with empty owner authorization "
                     "is refused — owner authorization is set")),
                 qPrintable(describe(r)));
        QVERIFY(r.error->operatorMessage.contains(QStringLiteral("escrowed lockout authorization")));
        QCOMPARE(r.measurement(QStringLiteral("qa.owner_auth_empty"))->verdict, Verdict::Fail);
        QVERIFY(!r.measurement(QStringLiteral("qa.credential_activated"))); // nothing replayed
        QVERIFY(!hasPersistent(0, "0x81000100"));
    }

    void sameDevicePassesUnderTheIdentityServiceGivenOwnerAuth()
    {
        // The Identity Service given hierarchy authorization persists with the value its config holds.
        stations::QaCheckStation station(
            [](const StepContext&) { return std::optional<crypto::SecureBytes>(test::secretOf(kOwnerAuth)); });
        const StepResult r =
            runStation(0, station, previousWithEk(m_ekPub.at(0)), aziotWithOwnerAuth(m_profile));
        QVERIFY2(r.passed(), qPrintable(describe(r)));
        QCOMPARE(r.measurement(QStringLiteral("qa.id_key_persisted"))->value.toBool(), true);
        QCOMPARE(r.measurement(QStringLiteral("qa.id_key_removed"))->verdict, Verdict::Pass);
        // The secret owner authorization appears nowhere in the result.
        QByteArray everything = r.artifact(QStringLiteral("dps-rehearsal.json"))->data;
        for (const Measurement& m : r.measurements)
            everything += QJsonDocument(m.toJson()).toJson();
        QVERIFY(!everything.contains(kOwnerAuth.toHex()) && !everything.contains(kOwnerAuth));
        QVERIFY(!hasPersistent(0, "0x81000100"));
    }

    void withoutOwnerAuthTheLoadedKeyIsUsed()
    {
        // The Identity Service device whose owner value this process does not hold: load-only rehearsal.
        stations::QaCheckStation station;
        const StepResult r =
            runStation(0, station, previousWithEk(m_ekPub.at(0)), aziotWithOwnerAuth(m_profile));
        QVERIFY2(r.passed(), qPrintable(describe(r)));
        QCOMPARE(r.measurement(QStringLiteral("qa.id_key_persisted"))->value.toBool(), false);
        QVERIFY(!hasPersistent(0, "0x81000100"));
        const test::ToolRun t =
            test::runTool(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-transient")}, tcti(0));
        QVERIFY(t.ok() && !t.out.contains("0x80"));
    }

    void leftoverKeyIsHealedAndUnexpectedObjectsFail()
    {
        // A key left at 0x81000100 (a crash between persist and removal): the client's own sequence
        // evicts it first, and the device ships clean.
        const QString dir = m_dir.filePath(QStringLiteral("leftover"));
        QVERIFY(QDir().mkpath(dir));
        const QString ctx = dir + QStringLiteral("/k.ctx");
        QString e = tool(QStringLiteral("tpm2_create"),
                         {QStringLiteral("-C"), QStringLiteral("0x81000001"), QStringLiteral("-G"),
                          QStringLiteral("hmac"), QStringLiteral("-c"), ctx},
                         tcti(1));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        (void)tool(QStringLiteral("tpm2_flushcontext"), {QStringLiteral("-t")}, tcti(1));
        e = tool(QStringLiteral("tpm2_evictcontrol"),
                 {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"), ctx,
                  QStringLiteral("0x81000100")},
                 tcti(1));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        (void)tool(QStringLiteral("tpm2_flushcontext"), {QStringLiteral("-t")}, tcti(1));
        QVERIFY(hasPersistent(1, "0x81000100"));
        stations::QaCheckStation station;
        StepResult r = runStation(1, station, previousWithEk(m_ekPub.at(1)), m_profile);
        QVERIFY2(r.passed(), qPrintable(describe(r)));
        QVERIFY(!hasPersistent(1, "0x81000100"));
        // An object the product does not ship with fails QA with its handle.
        e = tool(QStringLiteral("tpm2_nvdefine"),
                 {QStringLiteral("0x01500777"), QStringLiteral("-C"), QStringLiteral("o"),
                  QStringLiteral("-s"), QStringLiteral("8")},
                 tcti(1));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        r = runStation(1, station, previousWithEk(m_ekPub.at(1)), m_profile);
        e = tool(QStringLiteral("tpm2_nvundefine"),
                 {QStringLiteral("0x01500777"), QStringLiteral("-C"), QStringLiteral("o")}, tcti(1));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(r.outcome, Outcome::Fail);
        QVERIFY2(r.error->operatorMessage.contains(QStringLiteral("0x01500777")), qPrintable(describe(r)));
        QCOMPARE(r.measurement(QStringLiteral("qa.ship_clean"))->verdict, Verdict::Fail);
    }

    void ekChangedSinceStep2IsNamed()
    {
        stations::QaCheckStation station(
            [](const StepContext&) { return std::optional<crypto::SecureBytes>(test::secretOf(kOwnerAuth)); });
        const StepResult r = runStation(0, station, previousWithEk(m_ekPub.at(1)), m_profile);
        QCOMPARE(r.outcome, Outcome::Fail);
        QVERIFY(r.error && r.error->code == StepErrc::Attestation);
        QVERIFY2(r.error->operatorMessage.contains(QStringLiteral("changed since the EK step")),
                 qPrintable(describe(r)));
        QCOMPARE(r.measurement(QStringLiteral("qa.ek_matches_record"))->verdict, Verdict::Fail);
        QVERIFY(!r.measurement(QStringLiteral("qa.credential_activated"))); // no rehearsal on a wrong EK
    }

    void emptyLockoutAuthIsNamed()
    {
        const QString hex = QStringLiteral("hex:") + QString::fromLatin1(kLockoutAuth.toHex());
        QString e = tool(QStringLiteral("tpm2_changeauth"),
                         {QStringLiteral("-c"), QStringLiteral("l"), QStringLiteral("-p"), hex}, tcti(1));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        stations::QaCheckStation station;
        const StepResult r = runStation(1, station, previousWithEk(m_ekPub.at(1)), m_profile);
        e = tool(QStringLiteral("tpm2_changeauth"), {QStringLiteral("-c"), QStringLiteral("l"), hex},
                 tcti(1));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(r.outcome, Outcome::Fail);
        QVERIFY2(r.error->operatorMessage.contains(QStringLiteral("lockout authorization is still empty")),
                 qPrintable(describe(r)));
    }

    void endorsementAuthSetIsNamed()
    {
        QString e = tool(QStringLiteral("tpm2_changeauth"),
                         {QStringLiteral("-c"), QStringLiteral("e"), QStringLiteral("endorse")}, tcti(1));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        ProductProfile profile = m_profile;
        stations::QaCheckStation station;
        const StepResult r = runStation(1, station, previousWithEk(m_ekPub.at(1)), profile);
        e = tool(QStringLiteral("tpm2_changeauth"),
                 {QStringLiteral("-c"), QStringLiteral("e"), QStringLiteral("-p"), QStringLiteral("endorse")},
                 tcti(1));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(r.outcome, Outcome::Fail);
        QVERIFY2(r.error->operatorMessage.startsWith(QStringLiteral(
                     "Azure IoT C SDK: ActivateCredential with empty endorsement authorization is refused — "
                     "endorsement authorization is set")),
                 qPrintable(describe(r)));
        // With the endorsement authorization empty again, the same device passes.
        const StepResult again = runStation(1, station, previousWithEk(m_ekPub.at(1)), profile);
        QVERIFY2(again.passed(), qPrintable(describe(again)));
    }

    void missingSrkAndFirmwareSettingsAreNamed() // last: removes device 1's SRK and settings
    {
        QString e = tool(
            QStringLiteral("tpm2_evictcontrol"),
            {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"), QStringLiteral("0x81000001")},
            tcti(1));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = tool(QStringLiteral("tpm2_nvundefine"),
                 {QStringLiteral("0x01500100"), QStringLiteral("-C"), QStringLiteral("o")}, tcti(1));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        ProductProfile profile = m_profile;
        stations::QaCheckStation station;
        const StepResult r = runStation(1, station, previousWithEk(m_ekPub.at(1)), profile);
        QCOMPARE(r.outcome, Outcome::Fail);
        QVERIFY2(r.error->operatorMessage.contains(QStringLiteral("No SRK")), qPrintable(describe(r)));
        QVERIFY(r.error->technical.contains(QStringLiteral("0x01500100")) ||
                r.error->operatorMessage.contains(QStringLiteral("1 more problem")));
        QCOMPARE(r.measurement(QStringLiteral("qa.firmware_settings_present"))->verdict, Verdict::Fail);
    }

    void configurationAndPreconditionsAreChecked()
    {
        stations::QaCheckStation station;
        ProductProfile noScope;
        StepResult r = runStation(0, station, previousWithEk(m_ekPub.at(0)), noScope);
        QVERIFY(r.error && r.error->code == StepErrc::Configuration);
        QCOMPARE(r.outcome, Outcome::Error);
        ProductProfile badId = m_profile;
        badId.setSection(QStringLiteral("qa"),
                         QJsonObject{{QStringLiteral("registrationId"), QStringLiteral("Bad ID/1")}});
        r = runStation(0, station, previousWithEk(m_ekPub.at(0)), badId);
        QVERIFY(r.error && r.error->code == StepErrc::Validation);
        ProductProfile badIndex = m_profile;
        badIndex.setSection(QStringLiteral("qa"),
                            QJsonObject{{QStringLiteral("firmwareNvIndex"), QStringLiteral("0x81000001")}});
        r = runStation(0, station, previousWithEk(m_ekPub.at(0)), badIndex);
        QVERIFY(r.error && r.error->code == StepErrc::Configuration);
        r = runStation(0, station, {}, m_profile);
        QVERIFY(r.error && r.error->code == StepErrc::Precondition);
        QVERIFY(!hasPersistent(0, "0x81000100"));
    }
};

STATION_TEST_GUILESS_MAIN(TestQaCheckStation)
#include "TestQaCheckStation.moc"
