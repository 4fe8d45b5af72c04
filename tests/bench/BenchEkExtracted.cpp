// Benchmark: step 2 (EK_pub extracted) per device, in-process, against the same work done by a factory
// script with tpm2-tools and openssl (tpm2_createek + tpm2_nvread + openssl verify + tpm2_flushcontext)
// on the same swtpm device in the same run. Prints the figures; label bench (not in the default run).
#include "TestSupport.h"

#include "core/timeline/MemoryDeviceRecords.h"
#include "core/tpm/TpmSession.h"
#include "stations/EkExtractedStation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace tps;
using namespace tps::timeline;

namespace {
constexpr int kRounds = 20;

struct Stats
{
    double median = 0;
    double mean = 0;
    double min = 0;
};
Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    Stats s;
    s.min = v.front();
    s.median = v[v.size() / 2];
    for (double x : v)
        s.mean += x;
    s.mean /= double(v.size());
    return s;
}
} // namespace

class BenchEkExtracted : public QObject
{
    Q_OBJECT
private slots:
    void stepVersusTpm2Tools()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::TestFleet fleet(1);
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString tcti = fleet.devices().at(0).tcti();
        QTemporaryDir dir;
        const QString roots = dir.filePath(QStringLiteral("roots"));
        QDir().mkpath(roots);
        for (const QString& pem : fleet.fleet().trustedCertificates())
            QVERIFY(QFile::copy(pem, roots + QLatin1Char('/') + QFileInfo(pem).fileName()));

        ProductProfile profile;
        profile.setSection(QStringLiteral("ek"),
                           QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("rsa2048")},
                                       {QStringLiteral("rootsDir"), roots}});
        Device device;
        device.serial = QStringLiteral("BENCH-1");
        device.simulated = true;
        device.tcti = tcti;
        AutoConfirmPrompts prompts;
        MemoryDeviceRecords records;
        const QMap<StepId, StepResult> previous;
        const std::atomic<bool> cancel{false};
        stations::EkExtractedStation station;

        // In-process: open the session (per device) and run the step; once reusing the persisted EK (the
        // default: the certificate certifies it), once regenerating the EK from the template.
        const auto measure = [&](bool reuse, std::vector<double>& total, std::vector<double>& step) {
            ProductProfile p = profile;
            QJsonObject ek = p.section(QStringLiteral("ek"));
            ek.insert(QStringLiteral("reusePersisted"), reuse);
            p.setSection(QStringLiteral("ek"), ek);
            for (int i = 0; i < kRounds; ++i) {
                QElapsedTimer t;
                t.start();
                auto session = tpm::TpmSession::open({tcti});
                QVERIFY(session.ok());
                QElapsedTimer s;
                s.start();
                StepContext context{**session, device, p, prompts, records, previous, cancel};
                const StepResult r = station.run(context);
                step.push_back(double(s.nsecsElapsed()) / 1e6);
                session->reset();
                total.push_back(double(t.nsecsElapsed()) / 1e6);
                QVERIFY2(r.passed(), qPrintable(r.error ? r.error->technical : QString()));
                QCOMPARE(r.measurement(QStringLiteral("ek.source"))->value.toString(),
                         reuse ? QStringLiteral("persisted") : QStringLiteral("created"));
            }
        };
        std::vector<double> station_ms;
        std::vector<double> stepOnly_ms;
        std::vector<double> created_ms;
        std::vector<double> createdStep_ms;
        measure(true, station_ms, stepOnly_ms);
        measure(false, created_ms, createdStep_ms);

        // The tpm2-tools peer.
        const QString ctx = dir.filePath(QStringLiteral("ek.ctx"));
        const QString pub = dir.filePath(QStringLiteral("ek.pub"));
        const QString cert = dir.filePath(QStringLiteral("ek.der"));
        std::vector<double> tools_ms;
        for (int i = 0; i < kRounds; ++i) {
            QElapsedTimer t;
            t.start();
            QVERIFY(test::runTool(QStringLiteral("tpm2_createek"),
                                  {QStringLiteral("-c"), ctx, QStringLiteral("-G"), QStringLiteral("rsa"),
                                   QStringLiteral("-u"), pub},
                                  tcti)
                        .ok());
            QVERIFY(test::flushTransients(tcti));
            QVERIFY(test::runTool(QStringLiteral("tpm2_nvread"),
                                  {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("0x1c00002"),
                                   QStringLiteral("-o"), cert},
                                  tcti)
                        .ok());
            QVERIFY(test::runTool(QStringLiteral("openssl"),
                                  {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                   fleet.fleet().rootCaCertificate(), QStringLiteral("-untrusted"),
                                   fleet.fleet().issuerCertificate(), cert})
                        .ok());
            tools_ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }

        const Stats a = stats(station_ms);
        const Stats b = stats(stepOnly_ms);
        const Stats d = stats(created_ms);
        const Stats e = stats(createdStep_ms);
        const Stats c = stats(tools_ms);
        qInfo("EK_pub extracted, %d rounds on one swtpm device (RSA-2048 L-1 EK, certificate read and "
              "verified)",
              kRounds);
        qInfo(
            "  station, persisted EK reused (session open + step): median %.1f ms, mean %.1f ms, min %.1f ms",
            a.median, a.mean, a.min);
        qInfo(
            "  station, persisted EK reused (step only):           median %.1f ms, mean %.1f ms, min %.1f ms",
            b.median, b.mean, b.min);
        qInfo(
            "  station, EK regenerated (session open + step):      median %.1f ms, mean %.1f ms, min %.1f ms",
            d.median, d.mean, d.min);
        qInfo(
            "  station, EK regenerated (step only):                median %.1f ms, mean %.1f ms, min %.1f ms",
            e.median, e.mean, e.min);
        qInfo(
            "  tpm2-tools + openssl peer:                          median %.1f ms, mean %.1f ms, min %.1f ms",
            c.median, c.mean, c.min);
        qInfo("  speed-up vs peer (median, incl. session open): reused %.1fx, regenerated %.1fx",
              c.median / a.median, c.median / d.median);
        QVERIFY(d.median < c.median);
        QVERIFY(a.median < c.median);
    }
};

QTEST_GUILESS_MAIN(BenchEkExtracted)
#include "BenchEkExtracted.moc"
