// The line benchmark (issue 7): the full five-step timeline per device over the simulated fleet, with the
// engine in-process (as `tpm-station-cli line` runs it) into a temporary SQLite station database, side by
// side with the tpm2-tools + OpenSSL pipeline tests/bench/peer_line.sh doing the same five steps on the
// same kind of device. Every measured run gets a FRESH (unowned) device: the fleet is manufactured up
// front, untimed. Prints per-device medians, the ratio, the station's overhead over the time the TPM
// spends in its commands (measured at the TCTI), and the throughput with 1, 2 and 4 sockets.
//
// Environment: BENCH_LINE_ROUNDS (devices per per-device series, default 5), BENCH_LINE_SCALE (devices per
// socket configuration, default 8).
#include "BenchSupport.h"
#include "KitFleet.h"
#include "core/firmware/ReleaseCache.h"
#include "core/ownership/FileEscrowStore.h"
#include "core/sim/SimFleet.h"
#include "core/sim/SimulationKit.h"
#include "core/timeline/Engine.h"
#include "core/timeline/OperatorPrompts.h"
#include "db/StationStore.h"
#include "stations/StationRegistry.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace tps;

namespace {
using bench::envInt;
using bench::loadAverage;
using bench::median;

double ms(std::chrono::nanoseconds ns)
{
    return static_cast<double>(ns.count()) / 1e6;
}

// CPU time of the whole bench process so far (user + system, every thread; swtpm is another process).
double processCpuMs()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    const auto toMs = [](const timeval& t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return toMs(usage.ru_utime) + toMs(usage.ru_stime);
}

// The stations of one station session, as services::StationSession makes them: one firmware release
// cache for every device the session runs (step 4 verifies a release's signature once per digest).
timeline::StationFactory sessionStations(std::shared_ptr<firmware::ReleaseCache> releases)
{
    return [releases = std::move(releases)] {
        return stations::createAll(
            ownership::OwnerAuthVault::processVault(),
            std::make_shared<ownership::FileEscrowStore>(ownership::FileEscrowStore::defaultDirectory()),
            nullptr, nullptr, releases);
    };
}

struct StationSample
{
    double wallMs = 0;
    double tpmMs = 0;
    double cpuMs = 0; // the station's CPU time (the bench process: every thread, swtpm excluded)
    quint64 commands = 0;
    double programmerMs = 0;         // the simulated programmer's flash + read-back (firmware.flash_time)
    timeline::DeviceOutcome outcome; // for the per-step breakdown
};

// Medians per step of a series: wall, TPM busy, outside the TPM, and the store commit of the result.
void printBreakdown(const QList<StationSample>& samples)
{
    QMap<int, QList<double>> wall, tpm, commit;
    QList<double> open, begin, end, commits, other, programmer, overheadWithoutProgrammer;
    for (const StationSample& s : samples) {
        double committed = ms(s.outcome.beginCommit) + ms(s.outcome.endCommit);
        for (const timeline::StepRecord& r : s.outcome.steps) {
            const int id = static_cast<int>(r.step);
            wall[id] << ms(r.wall);
            tpm[id] << ms(r.tpm);
            commit[id] << ms(r.commit);
            committed += ms(r.commit);
        }
        open << ms(s.outcome.sessionOpen);
        begin << ms(s.outcome.beginCommit);
        end << ms(s.outcome.endCommit);
        commits << committed;
        double stepsOutsideTpm = 0;
        for (const timeline::StepRecord& r : s.outcome.steps)
            stepsOutsideTpm += ms(r.wall) - ms(r.tpm);
        other << s.wallMs - s.tpmMs - committed - stepsOutsideTpm;
        programmer << s.programmerMs;
        overheadWithoutProgrammer << (s.wallMs - s.tpmMs - s.programmerMs) / s.tpmMs * 100.0;
    }
    for (auto it = wall.cbegin(); it != wall.cend(); ++it)
        std::printf("    step %d: wall %6.1f ms, TPM %6.1f ms, outside the TPM %5.1f ms, commit %4.1f ms\n",
                    it.key(), median(it.value()), median(tpm.value(it.key())),
                    median(it.value()) - median(tpm.value(it.key())), median(commit.value(it.key())));
    std::printf("    session open (in step 1) %.1f ms; run start commit %.1f ms, run end commit %.1f ms; all "
                "store commits %.1f ms; engine between steps %.1f ms\n",
                median(open), median(begin), median(end), median(commits), median(other));
    std::printf(
        "    simulated programmer (flash write + fsync + read-back, in step 4) %.1f ms; overhead without "
        "it (wall - TPM - programmer) / TPM median %.1f%%\n",
        median(programmer), median(overheadWithoutProgrammer));
}
} // namespace

class BenchLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimFleet> m_fleet;
    QList<sim::SimDevice> m_devices; // fresh devices, taken in order
    timeline::ProductProfile m_profile;
    std::unique_ptr<db::StationStore> m_store;
    int m_rounds = 5;
    int m_scale = 8;

    timeline::Device takeDevice(sim::SimDevice* sim = nullptr)
    {
        const sim::SimDevice d = m_devices.takeFirst();
        if (sim)
            *sim = d;
        timeline::Device device;
        device.serial = d.serial;
        device.product = m_profile.id;
        device.simulated = true;
        device.tcti = d.tcti();
        device.flashPath = d.flashPath;
        return device;
    }

    // Step 4's firmware.flash_time of the device, as the store recorded it (ms).
    double flashTime(const QString& serial)
    {
        auto stmt = m_store->database().prepare(
            "SELECT m.value FROM measurements m JOIN step_results r ON r.id = m.step_result_id JOIN devices "
            "d "
            "ON d.id = r.device_id WHERE d.serial = ?1 AND m.name = 'firmware.flash_time' ORDER BY r.id DESC "
            "LIMIT 1");
        if (!stmt)
            return 0;
        stmt->bind(1, serial);
        auto row = stmt->step();
        // Stored as a one-element JSON array.
        return row && *row ? QJsonDocument::fromJson(stmt->text(0).toUtf8()).array().at(0).toDouble() : 0;
    }

    // One device through the five steps on the calling thread (socket 1), like one socket of the line: the
    // series' engine keeps its store connection and stations from one device to the next.
    bool runStation(timeline::Engine& engine, StationSample* sample)
    {
        const timeline::Device device = takeDevice();
        QElapsedTimer timer;
        const double cpuBefore = processCpuMs();
        timer.start();
        const timeline::DeviceOutcome outcome = engine.runDevice(device);
        sample->wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        sample->cpuMs = processCpuMs() - cpuBefore;
        sample->tpmMs = static_cast<double>(outcome.tpmBusy.count()) / 1e6;
        sample->commands = outcome.tpmCommands;
        sample->outcome = outcome;
        sample->programmerMs = flashTime(device.serial);
        if (outcome.state != timeline::RunState::Completed)
            qWarning("%s: %s", qPrintable(device.serial), qPrintable(outcome.message));
        return outcome.state == timeline::RunState::Completed && outcome.passedSteps == 5;
    }

    void stationSeries(const char* label, const timeline::ProductProfile& profile, double* medianWall)
    {
        QList<double> wall;
        QList<double> tpm;
        QList<double> overhead;
        QList<double> cpu;
        QList<double> ownTime;
        quint64 commands = 0;
        QList<StationSample> samples;
        auto releases = std::make_shared<firmware::ReleaseCache>(); // one station session per series
        timeline::AutoConfirmPrompts prompts;
        timeline::Engine engine(sessionStations(releases), *m_store, prompts);
        engine.setProfile(profile);
        for (int i = 0; i < m_rounds; ++i) {
            StationSample s;
            QVERIFY(runStation(engine, &s));
            cpu << s.cpuMs;
            ownTime << s.wallMs - s.tpmMs;
            QVERIFY(s.tpmMs > 0);
            wall << s.wallMs;
            tpm << s.tpmMs;
            overhead << (s.wallMs - s.tpmMs) / s.tpmMs * 100.0;
            commands = s.commands;
            samples << s;
        }
        *medianWall = median(wall);
        std::printf("station, %-26s per device: median %8.1f ms (min %.1f, max %.1f); TPM busy at the TCTI "
                    "median %.1f ms over %llu commands; overhead (wall - TPM) / TPM median %.1f%% "
                    "(min %.1f%%)\n",
                    label, *medianWall, *std::min_element(wall.begin(), wall.end()),
                    *std::max_element(wall.begin(), wall.end()), median(tpm),
                    static_cast<unsigned long long>(commands), median(overhead),
                    *std::min_element(overhead.begin(), overhead.end()));
        std::printf("    station's own time (wall - TPM) median %.1f ms (min %.1f); station CPU time (user + "
                    "system, RUSAGE_SELF around the run) median %.1f ms (min %.1f, max %.1f); release "
                    "signatures verified %d for %d devices\n",
                    median(ownTime), *std::min_element(ownTime.begin(), ownTime.end()), median(cpu),
                    *std::min_element(cpu.begin(), cpu.end()), *std::max_element(cpu.begin(), cpu.end()),
                    releases->signatureVerifications(), m_rounds);
        printBreakdown(samples);
        std::fflush(stdout);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The steps probe handles that may be absent (expected TPM errors): keep the ESAPI log quiet.
        qputenv("TSS2_LOG", "all+NONE");
        QVERIFY(m_dir.isValid());
        m_rounds = envInt("BENCH_LINE_ROUNDS", 5);
        m_scale = envInt("BENCH_LINE_SCALE", 8);
        const int total = 3 * m_rounds + 3 * m_scale;
        bench::KitFleet made = bench::makeKitFleet(m_dir.filePath(QStringLiteral("fleet")), total);
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        m_fleet = std::move(made.fleet);
        m_profile = made.profile;
        m_devices = made.devices;
        QVERIFY(m_devices.size() >= total);
        auto store = db::StationStore::open(m_dir.filePath(QStringLiteral("station.db")));
        QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().message));
        m_store = std::move(*store);
        std::printf(
            "line benchmark: %d fresh simulated devices manufactured (untimed) in %.1f s; load average "
            "%s; %d device(s) per series, %d per socket configuration\n",
            total, made.manufacturingSeconds, qPrintable(loadAverage()), m_rounds, m_scale);
        std::fflush(stdout);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_fleet.reset();
    }

    void perDeviceStationVersusPeer()
    {
        double reuse = 0;
        stationSeries("EK reused (default)", m_profile, &reuse);
        if (QTest::currentTestFailed())
            return;
        timeline::ProductProfile regenerate = m_profile;
        QJsonObject ek = regenerate.section(QStringLiteral("ek"));
        ek.insert(QStringLiteral("reusePersisted"), false);
        regenerate.setSection(QStringLiteral("ek"), ek);
        double regen = 0;
        stationSeries("EK regenerated", regenerate, &regen);
        if (QTest::currentTestFailed())
            return;

        QList<double> peer;
        for (int i = 0; i < m_rounds; ++i) {
            sim::SimDevice d;
            (void)takeDevice(&d);
            QProcess p;
            p.setProgram(QStringLiteral("bash"));
            p.setArguments({QStringLiteral(PEER_LINE_SCRIPT), d.tcti(),
                            m_dir.filePath(QStringLiteral("peer-%1").arg(i)), m_fleet->root(), d.flashPath});
            p.setProcessChannelMode(QProcess::MergedChannels);
            QElapsedTimer timer;
            timer.start();
            p.start();
            QVERIFY(p.waitForFinished(300000));
            peer << static_cast<double>(timer.nsecsElapsed()) / 1e6;
            const QByteArray out = p.readAll();
            // Only the last line: the tools' output is not printed (it holds nothing secret, but keep it
            // short).
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     out.trimmed().split('\n').constLast().constData());
        }
        const double peerMedian = median(peer);
        std::printf(
            "peer (tpm2-tools 5.4 + openssl, peer_line.sh) per device: median %8.1f ms (min %.1f, max "
            "%.1f)\n",
            peerMedian, *std::min_element(peer.begin(), peer.end()),
            *std::max_element(peer.begin(), peer.end()));
        std::printf("speed-up over the peer (median): %.1fx with the persisted EK reused, %.1fx with the EK "
                    "regenerated (target >= 10x)\n",
                    peerMedian / reuse, peerMedian / regen);
        std::printf("load average after the per-device series: %s\n", qPrintable(loadAverage()));
        std::fflush(stdout);
    }

    void socketsScaling()
    {
        double base = 0;
        for (int sockets : {1, 2, 4}) {
            QList<timeline::Device> devices;
            for (int i = 0; i < m_scale; ++i)
                devices << takeDevice();
            timeline::AutoConfirmPrompts prompts;
            timeline::Engine engine([] { return stations::createAll(); }, *m_store, prompts);
            engine.setProfile(m_profile);
            QElapsedTimer timer;
            timer.start();
            engine.start(devices, sockets);
            QVERIFY(engine.wait(600000));
            const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
            double tpmMs = 0;
            int completed = 0;
            for (const timeline::DeviceOutcome& o : engine.outcomes()) {
                tpmMs += static_cast<double>(o.tpmBusy.count()) / 1e6;
                completed += o.state == timeline::RunState::Completed ? 1 : 0;
            }
            QCOMPARE(completed, m_scale);
            const double perMinute = m_scale / seconds * 60.0;
            if (sockets == 1)
                base = perMinute;
            std::printf("%d socket(s): %d devices in %.2f s = %.0f devices/min (%.2fx of 1 socket; TPM busy "
                        "%.0f ms in total); load average %s\n",
                        sockets, m_scale, seconds, perMinute, perMinute / base, tpmMs,
                        qPrintable(loadAverage()));
            std::fflush(stdout);
        }
    }
};

QTEST_GUILESS_MAIN(BenchLine)
#include "BenchLine.moc"
