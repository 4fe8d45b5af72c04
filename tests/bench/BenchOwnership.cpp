// Step 3 in-process against the tpm2-tools pipeline doing the same work on the same swtpm device:
// state read, SRK created and persisted, EK compared with the persisted one, DA parameters, two secrets
// escrowed with CMS, owner and lockout authorizations changed. The TPM is cleared (untimed) between rounds.
#include "EscrowTestKeys.h"
#include "TestSupport.h"

#include "core/ownership/FileEscrowStore.h"
#include "core/ownership/TakeOwnership.h"
#include "core/timeline/MemoryDeviceRecords.h"
#include "core/tpm/TpmSession.h"
#include "stations/OwnershipTakenStation.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace tps;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

class BenchOwnership : public QObject
{
    Q_OBJECT
private:
    static constexpr int kRounds = 7;
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    test::OwnerKeys m_owner;
    QString tcti() const { return m_fleet->devices().at(0).tcti(); }

    bool clearTpm()
    {
        auto session = tpm::TpmSession::open({tcti()});
        return session && ownership::clearOwnership(**session, ownership::ClearAuthority::Platform).ok();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_owner = test::makeOwnerKeys(m_dir.path(), QStringLiteral("owner"));
        QVERIFY(!m_owner.cert.isEmpty());
        m_fleet = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void stationVersusTpm2Tools()
    {
        QList<double> station;
        QList<double> tools;
        auto store = std::make_shared<ownership::FileEscrowStore>(m_dir.filePath(QStringLiteral("escrow")));
        timeline::ProductProfile profile;
        profile.setSection(QStringLiteral("ownership"),
                           {{QStringLiteral("escrowCertificate"), m_owner.cert}});
        QByteArray unique("\x00\x01", 2);
        unique += QByteArray(256, '\0');
        const QString uniqueFile = m_dir.filePath(QStringLiteral("unique.bin"));
        {
            QFile f(uniqueFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(unique);
        }
        const auto tool = [&](const QString& program, const QStringList& args) {
            const test::ToolRun r = test::runTool(program, args, tcti());
            if (!r.ok())
                qWarning("%s failed: %s", qPrintable(program), r.err.constData());
            return r.ok();
        };

        for (int round = 0; round < kRounds; ++round) {
            QVERIFY(clearTpm());
            QElapsedTimer t;
            t.start();
            {
                auto session = tpm::TpmSession::open({tcti()});
                QVERIFY(session.ok());
                timeline::Device d;
                d.serial = QStringLiteral("BENCH-%1").arg(round);
                d.uuid = QStringLiteral("bench");
                timeline::AutoConfirmPrompts prompts;
                timeline::MemoryDeviceRecords records;
                const QMap<timeline::StepId, timeline::StepResult> previous;
                const std::atomic<bool> cancel{false};
                timeline::StepContext context{**session, d, profile, prompts, records, previous, cancel};
                stations::OwnershipTakenStation s(store);
                QVERIFY(s.run(context).passed());
            }
            station << double(t.nsecsElapsed()) / 1e6;

            QVERIFY(clearTpm());
            const QString dir = m_dir.path() + QLatin1Char('/');
            t.restart();
            QVERIFY(tool(QStringLiteral("tpm2_getcap"), {QStringLiteral("properties-variable")}));
            QVERIFY(tool(
                QStringLiteral("tpm2_createprimary"),
                {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-g"), QStringLiteral("sha256"),
                 QStringLiteral("-G"), QStringLiteral("rsa2048:aes128cfb"), QStringLiteral("-a"),
                 QStringLiteral(
                     "fixedtpm|fixedparent|sensitivedataorigin|userwithauth|noda|restricted|decrypt"),
                 QStringLiteral("-u"), uniqueFile, QStringLiteral("-c"), dir + QStringLiteral("srk.ctx")}));
            QVERIFY(tool(QStringLiteral("tpm2_evictcontrol"),
                         {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"),
                          dir + QStringLiteral("srk.ctx"), QStringLiteral("0x81000001")}));
            QVERIFY(tool(QStringLiteral("tpm2_flushcontext"), {QStringLiteral("-t")}));
            QVERIFY(tool(QStringLiteral("tpm2_createek"),
                         {QStringLiteral("-c"), dir + QStringLiteral("ek.ctx"), QStringLiteral("-G"),
                          QStringLiteral("rsa"), QStringLiteral("-u"), dir + QStringLiteral("ek.pub")}));
            QVERIFY(tool(QStringLiteral("tpm2_readpublic"),
                         {QStringLiteral("-c"), QStringLiteral("0x81010001"), QStringLiteral("-o"),
                          dir + QStringLiteral("ek-persisted.pub")}));
            QVERIFY(tool(QStringLiteral("tpm2_flushcontext"), {QStringLiteral("-t")}));
            QVERIFY(
                tool(QStringLiteral("tpm2_dictionarylockout"),
                     {QStringLiteral("-s"), QStringLiteral("-n"), QStringLiteral("32"), QStringLiteral("-t"),
                      QStringLiteral("7200"), QStringLiteral("-l"), QStringLiteral("86400")}));
            const test::ToolRun secrets =
                test::runTool(QStringLiteral("openssl"),
                              {QStringLiteral("rand"), QStringLiteral("-hex"), QStringLiteral("64")});
            QVERIFY(secrets.ok());
            const QString hex = QString::fromLatin1(secrets.out.trimmed());
            QVERIFY(test::runTool(QStringLiteral("openssl"),
                                  {QStringLiteral("cms"), QStringLiteral("-encrypt"),
                                   QStringLiteral("-binary"), QStringLiteral("-aes256"),
                                   QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                                   dir + QStringLiteral("escrow.der"), QStringLiteral("-recip"), m_owner.cert,
                                   QStringLiteral("-keyopt"), QStringLiteral("rsa_padding_mode:oaep")},
                                  {}, secrets.out)
                        .ok());
            QVERIFY(tool(QStringLiteral("tpm2_changeauth"),
                         {QStringLiteral("-c"), QStringLiteral("o"), QStringLiteral("hex:") + hex.left(64)}));
            QVERIFY(tool(QStringLiteral("tpm2_changeauth"),
                         {QStringLiteral("-c"), QStringLiteral("l"), QStringLiteral("hex:") + hex.mid(64)}));
            tools << double(t.nsecsElapsed()) / 1e6;
        }
        const double s = median(station);
        const double p = median(tools);
        qInfo("BENCH ownership step, %d rounds on swtpm: station in-process median %.1f ms, tpm2-tools "
              "pipeline "
              "median %.1f ms, speed-up %.1fx",
              kRounds, s, p, p / s);
        QVERIFY(s > 0 && p > 0);
    }
};

QTEST_GUILESS_MAIN(BenchOwnership)
#include "BenchOwnership.moc"
