// The timing TCTI in front of a real swtpm: responses held for the model's delays (drawn from the seed,
// so the station's busy time per command is predictable), commands and key generations counted, and a
// TPM that stops answering (SIGSTOP: the process is alive, the socket open) reported within the
// deadline of its command's class.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/sim/TimingPresets.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpm/TimingModel.h"
#include "core/tpm/TpmKeys.h"
#include "core/tpm/TpmSession.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <csignal>
#include <signal.h>

using namespace tps;
using tps::tpm::CommandClass;

namespace {

std::shared_ptr<const tpm::TimingModel> dtpmScaled(double scale)
{
    QJsonObject root = QJsonDocument::fromJson(sim::timingPreset(QStringLiteral("dtpm"))).object();
    root.insert(QStringLiteral("scale"), scale);
    auto model = tpm::TimingModel::fromJson(QJsonDocument(root).toJson());
    return model ? std::make_shared<const tpm::TimingModel>(std::move(*model)) : nullptr;
}

} // namespace

class TestTimingTcti : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fleet = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    // Each command's busy time at the TCTI is the delay the seed gives it (and never less).
    void responsesHeldForTheSeedsDelays()
    {
        const auto model = dtpmScaled(40.0); // "other": median 80 ms, spread as in the model
        QVERIFY(model);
        tpm::SessionOptions options;
        options.tcti = m_fleet->devices().at(0).tcti();
        options.timing = model;
        options.timingSeed = 0x5EED;
        options.connectTimeout = std::chrono::milliseconds(10000);
        for (int round = 0; round < 2; ++round) {
            auto session = tpm::TpmSession::open(options);
            QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().technical()));
            // What the seed promises: the Startup of open(), then five GetCapability, all "other".
            tpm::TimingRandom random(options.timingSeed);
            (void)model->draw({TPM2_CC_Startup, CommandClass::Other, 0}, random);
            for (int i = 0; i < 5; ++i) {
                const auto expected = model->draw({TPM2_CC_GetCapability, CommandClass::Other, 0}, random);
                const auto before = (*session)->tpmBusyTime();
                auto props = (*session)->properties(TPM2_PT_VAR, 1);
                QVERIFY2(props.ok(), qPrintable(props ? QString() : props.error().technical()));
                const auto busy =
                    std::chrono::duration_cast<std::chrono::microseconds>((*session)->tpmBusyTime() - before);
                QVERIFY2(busy >= expected && busy < expected + std::chrono::milliseconds(250),
                         qPrintable(QStringLiteral("round %1 command %2: busy %3 us, drawn %4 us")
                                        .arg(round)
                                        .arg(i)
                                        .arg(busy.count())
                                        .arg(expected.count())));
            }
            QCOMPARE((*session)->commandTally().commands, 6u);
            QVERIFY((*session)->commandTally().simulatedDelay > std::chrono::milliseconds(100));
        }
    }

    void countsCommandsAndKeyGenerations()
    {
        auto session = tpm::TpmSession::open({m_fleet->devices().at(0).tcti()});
        QVERIFY(session.ok());
        const auto before = (*session)->commandTally();
        {
            auto srk = tpm::createPrimary(**session, ESYS_TR_RH_OWNER, tpm::srkTemplate());
            QVERIFY2(srk.ok(), qPrintable(srk ? QString() : srk.error().technical()));
            auto ecc = tpm::createPrimary(**session, ESYS_TR_RH_ENDORSEMENT, tpm::ekTemplateEccP256());
            QVERIFY2(ecc.ok(), qPrintable(ecc ? QString() : ecc.error().technical()));
        } // both flushed
        const auto work = (*session)->commandTally().since(before);
        QCOMPARE(work.rsaKeyGens, 1u);
        QCOMPARE(work.eccKeyGens, 1u);
        QCOMPARE(work.byCode.at(TPM2_CC_CreatePrimary), 2u);
        QCOMPARE(work.byCode.at(TPM2_CC_FlushContext), 2u);
        std::uint64_t byCode = 0; // whatever else the authorization needed, every command is counted once
        for (const auto& [code, count] : work.byCode)
            byCode += count;
        QCOMPARE(work.commands, byCode);
        QCOMPARE(work.simulatedDelay.count(), 0); // no model: nothing held
    }

    void stoppedTpmFailsWithinItsClassDeadline()
    {
        const sim::SimDevice device = m_fleet->devices().at(0);
        tpm::SessionOptions options;
        options.tcti = device.tcti();
        options.deadlines[static_cast<size_t>(CommandClass::Other)] = std::chrono::milliseconds(700);
        auto session = tpm::TpmSession::open(options);
        QVERIFY(session.ok());
        QCOMPARE((*session)->deadline(CommandClass::Other), std::chrono::milliseconds(700));
        QCOMPARE((*session)->deadline(CommandClass::RsaKeyGen), options.commandTimeout);
        QCOMPARE(::kill(static_cast<pid_t>(device.pid), SIGSTOP), 0);
        QElapsedTimer timer;
        timer.start();
        auto props = (*session)->properties(TPM2_PT_VAR, 1);
        const qint64 waited = timer.elapsed();
        QCOMPARE(::kill(static_cast<pid_t>(device.pid), SIGCONT), 0);
        QVERIFY(!props.ok());
        QCOMPARE(props.error().code, tpm::TpmErrc::NotAnswering);
        QVERIFY2(waited >= 650 && waited < 3000, qPrintable(QString::number(waited)));
        QVERIFY(props.error().operatorMessage().contains(QStringLiteral("stopped answering")));
        QVERIFY((*session)->isBroken());
    }
};

STATION_TEST_GUILESS_MAIN(TestTimingTcti)
#include "TestTimingTcti.moc"
