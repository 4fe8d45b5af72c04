// Line throughput under the discrete-TPM timing model (issue 20): the whole five-step timeline, engine
// in-process as `tpm-station-cli line` runs it, into a temporary station database, over fresh simulated
// devices whose TPM answers as slowly as the `dtpm` model says (core/sim/models/dtpm.json), with 1, 2, 4
// and 8 sockets. Device i of every configuration gets the same timing seed, so each configuration does
// the same simulated TPM work; only the number of sockets changes.
//
// Prints per configuration: devices/hour over the whole batch and in steady state (devices finished
// before the queue ran empty, over the time it ran empty: the batch's drain, when sockets idle for lack of
// devices, is left out), the ratio to one socket, the load average; and the slow-command budget per step
// (TPM commands, RSA/ECC key generations, from the measurements each step records).
//
// What bounds a batch: device i has the same simulated TPM work in every configuration, so the 1-socket run's
// per-device times give, by list scheduling them (device by device onto the first free socket, as the
// engine does) with no station or CPU cost at all, the best ratio K sockets could reach on this very batch;
// printed beside the measured ratio ("ideal"), and measured/ideal is what the station and the machine lose.
//
// Environment: BENCH_DTPM_DEVICES (devices per configuration, default 16), BENCH_DTPM_SCALE (multiplies
// every simulated delay, default 1), BENCH_DTPM_SOCKETS (default "1,2,4,8"), BENCH_DTPM_CSV (write
// sockets,devices_per_hour,steady_per_hour,ratio lines there, for tests/bench/plot_scaling.py).
#include "BenchSupport.h"
#include "KitFleet.h"
#include "core/sim/SimFleet.h"
#include "core/sim/SimulationKit.h"
#include "core/sim/TimingPresets.h"
#include "core/timeline/Engine.h"
#include "core/timeline/OperatorPrompts.h"
#include "db/StationStore.h"
#include "stations/StationRegistry.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tps;

namespace {
using bench::loadAverage;

struct Batch
{
    double seconds = 0;
    double perHour = 0;
    double steadyPerHour = 0;
    int completed = 0;
    QList<double> deviceSeconds; // device i's time from start to finish, in the order the devices were given
};

// The makespan of `durations` on `sockets` sockets, each next device onto the socket free first.
double listSchedule(const QList<double>& durations, int sockets)
{
    std::vector<double> busyUntil(static_cast<std::size_t>(sockets), 0.0);
    for (double d : durations)
        *std::min_element(busyUntil.begin(), busyUntil.end()) += d;
    return busyUntil.empty() ? 0 : *std::max_element(busyUntil.begin(), busyUntil.end());
}

} // namespace

class BenchDtpmScaling : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimFleet> m_fleet;
    QList<sim::SimDevice> m_devices;
    timeline::ProductProfile m_profile;
    std::unique_ptr<db::StationStore> m_store;
    QByteArray m_model;
    QList<int> m_sockets{1, 2, 4, 8};
    int m_perConfig = 16;
    double m_scale = 1.0;

    QList<timeline::Device> takeDevices()
    {
        QList<timeline::Device> out;
        for (int i = 0; i < m_perConfig; ++i) {
            const sim::SimDevice d = m_devices.takeFirst();
            timeline::Device device;
            device.serial = d.serial;
            device.product = m_profile.id;
            device.simulated = true;
            device.tcti = d.tcti();
            device.flashPath = d.flashPath;
            device.timing = {QStringLiteral("dtpm"), m_model, 0xD7F00000ull + static_cast<quint64>(i)};
            out << device;
        }
        return out;
    }

    Batch runBatch(int sockets)
    {
        const QList<timeline::Device> devices = takeDevices();
        timeline::AutoConfirmPrompts prompts;
        timeline::Engine engine([] { return stations::createAll(); }, *m_store, prompts);
        engine.setProfile(m_profile);
        QMutex mutex;
        QList<double> started, finished; // seconds since the batch's start
        QHash<QString, double> startedAt, took;
        QElapsedTimer timer;
        QObject::connect(
            &engine, &timeline::Engine::deviceStarted, &engine,
            [&](int, const QString& serial) {
                QMutexLocker lock(&mutex);
                started << static_cast<double>(timer.nsecsElapsed()) / 1e9;
                startedAt.insert(serial, started.last());
            },
            Qt::DirectConnection);
        QObject::connect(
            &engine, &timeline::Engine::deviceFinished, &engine,
            [&](int, const QString& serial, const QString&, const QString&) {
                QMutexLocker lock(&mutex);
                finished << static_cast<double>(timer.nsecsElapsed()) / 1e9;
                took.insert(serial, finished.last() - startedAt.value(serial));
            },
            Qt::DirectConnection);
        timer.start();
        engine.start(devices, sockets);
        Batch b;
        if (!engine.wait(3600000))
            return b;
        b.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        for (const timeline::DeviceOutcome& o : engine.outcomes()) {
            b.completed += o.state == timeline::RunState::Completed ? 1 : 0;
            if (o.state != timeline::RunState::Completed)
                qWarning("%s: %s", qPrintable(o.serial), qPrintable(o.message));
        }
        b.perHour = b.completed / b.seconds * 3600.0;
        for (const timeline::Device& d : devices)
            b.deviceSeconds << took.value(d.serial);
        // Steady state: the queue ran empty when the last device started; what finished by then, over then.
        const double drain = *std::max_element(started.begin(), started.end());
        const auto done =
            std::count_if(finished.begin(), finished.end(), [&](double t) { return t <= drain; });
        b.steadyPerHour = drain > 0 ? static_cast<double>(done) / drain * 3600.0 : 0;
        return b;
    }

    // Medians are not needed: the counts are exact and the same for every device of a kind.
    void printBudget()
    {
        auto stmt = m_store->database().prepare(
            "SELECT r.step, m.name, avg(CAST(json_extract(m.value, '$[0]') AS REAL)), "
            "min(json_extract(m.value, "
            "'$[0]')), max(json_extract(m.value, '$[0]')) FROM measurements m JOIN step_results r ON r.id = "
            "m.step_result_id WHERE m.name IN ('tpm.commands', 'tpm.keygen.rsa', 'tpm.keygen.ecc') AND "
            "r.outcome = 'pass' GROUP BY r.step, m.name ORDER BY r.step, m.name");
        QVERIFY(stmt.ok());
        std::printf("slow-command budget per step (all passing step results of this run; avg [min..max]):\n");
        for (;;) {
            auto row = stmt->step();
            QVERIFY(row.ok());
            if (!*row)
                break;
            std::printf("    step %lld %-16s %6.2f [%lld..%lld]\n", static_cast<long long>(stmt->int64(0)),
                        qPrintable(stmt->text(1)), stmt->real(2), static_cast<long long>(stmt->int64(3)),
                        static_cast<long long>(stmt->int64(4)));
        }
        auto codes = m_store->database().prepare(
            "SELECT r.step, m.value FROM measurements m JOIN step_results r ON r.id = m.step_result_id WHERE "
            "m.name = 'tpm.command_codes' AND r.outcome = 'pass' ORDER BY r.id LIMIT 5");
        QVERIFY(codes.ok());
        std::printf("commands of the first device, per step:\n");
        for (;;) {
            auto row = codes->step();
            QVERIFY(row.ok());
            if (!*row)
                break;
            std::printf(
                "    step %lld: %s\n", static_cast<long long>(codes->int64(0)),
                qPrintable(QJsonDocument::fromJson(codes->text(1).toUtf8()).array().at(0).toString()));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TSS2_LOG", "all+NONE");
        QVERIFY(m_dir.isValid());
        bool ok = false;
        const int perConfig = qEnvironmentVariableIntValue("BENCH_DTPM_DEVICES", &ok);
        if (ok && perConfig > 0)
            m_perConfig = perConfig;
        const double scale = qEnvironmentVariable("BENCH_DTPM_SCALE").toDouble(&ok);
        if (ok && scale > 0)
            m_scale = scale;
        if (const QString s = qEnvironmentVariable("BENCH_DTPM_SOCKETS"); !s.isEmpty()) {
            m_sockets.clear();
            for (const QString& k : s.split(QLatin1Char(',')))
                m_sockets << k.toInt();
        }
        QJsonObject model = QJsonDocument::fromJson(sim::timingPreset(QStringLiteral("dtpm"))).object();
        model.insert(QStringLiteral("scale"), m_scale);
        m_model = QJsonDocument(model).toJson(QJsonDocument::Compact);

        const int total = m_perConfig * static_cast<int>(m_sockets.size());
        bench::KitFleet made = bench::makeKitFleet(m_dir.filePath(QStringLiteral("fleet")), total);
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        m_fleet = std::move(made.fleet);
        m_profile = made.profile;
        m_devices = made.devices;
        auto store = db::StationStore::open(m_dir.filePath(QStringLiteral("station.db")));
        QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().message));
        m_store = std::move(*store);
        std::printf(
            "dtpm scaling benchmark: timing model dtpm (core/sim/models/dtpm.json), scale %.3g; %d fresh "
            "devices manufactured (untimed) in %.1f s; %d per configuration; load average %s\n",
            m_scale, total, made.manufacturingSeconds, m_perConfig, qPrintable(loadAverage()));
        std::fflush(stdout);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_fleet.reset();
    }

    void throughputBySockets()
    {
        QFile csv(qEnvironmentVariable("BENCH_DTPM_CSV"));
        const bool writeCsv =
            !csv.fileName().isEmpty() && csv.open(QIODevice::WriteOnly | QIODevice::Truncate);
        if (writeCsv)
            csv.write("sockets,devices_per_hour,steady_per_hour,ratio,steady_ratio,ideal_ratio\n");
        double base = 0;
        double steadyBase = 0;
        QList<double> solo; // the 1-socket run's device times
        for (int k : std::as_const(m_sockets)) {
            const QString loadBefore = loadAverage();
            const Batch b = runBatch(k);
            QCOMPARE(b.completed, m_perConfig);
            if (base == 0) {
                base = b.perHour / k;
                steadyBase = b.steadyPerHour / k;
            }
            if (k == 1)
                solo = b.deviceSeconds;
            const double ideal = solo.isEmpty() ? 0 : listSchedule(solo, 1) / listSchedule(solo, k);
            std::printf(
                "%d socket(s): %d devices in %.1f s = %.0f devices/h (%.2fx of 1 socket, goal >= %.2fx); "
                "steady state %.0f devices/h (%.2fx); ideal for this batch %.2fx (measured/ideal %.0f %%); "
                "load average %s -> %s\n",
                k, b.completed, b.seconds, b.perHour, b.perHour / base, 0.9 * k, b.steadyPerHour,
                b.steadyPerHour / steadyBase, ideal, ideal > 0 ? 100.0 * b.perHour / base / ideal : 0.0,
                qPrintable(loadBefore), qPrintable(loadAverage()));
            if (writeCsv)
                csv.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                              .arg(k)
                              .arg(b.perHour, 0, 'f', 1)
                              .arg(b.steadyPerHour, 0, 'f', 1)
                              .arg(b.perHour / base, 0, 'f', 3)
                              .arg(b.steadyPerHour / steadyBase, 0, 'f', 3)
                              .arg(ideal, 0, 'f', 3)
                              .toUtf8());
            std::fflush(stdout);
        }
        printBudget();
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchDtpmScaling)
#include "BenchDtpmScaling.moc"
