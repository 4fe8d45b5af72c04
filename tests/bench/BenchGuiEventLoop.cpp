// The GUI's event loop while 8 sockets run (issue 20): the latency of an event posted to the main window's
// thread, from QCoreApplication::postEvent on a separate thread to its delivery, sampled every 5 ms —
// first with the station idle (the peer, same window, same run), then while 8 simulated devices under the
// discrete-TPM timing model run at once, one per socket, through every step at the station screen.
// Prints p50, p99 and max of both; the goal is a p99 under 50 ms while the sockets run.
//
// BENCH_GUI_SOCKETS overrides the number of sockets (default 8), BENCH_GUI_TIMING the fleet's timing
// preset (default dtpm), BENCH_GUI_IDLE_MS the idle sampling time (default 3000).
#include "BenchSupport.h"
#include "GuiFixture.h"
#include "SocketPrompts.h"
#include "StationWindow.h"
#include "TestSupport.h"
#include "app/gui/FleetModel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SocketPanel.h"
#include "app/gui/StationScreen.h"
#include "core/sim/SimFleet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace tps;
using namespace tps::gui;
using Clock = std::chrono::steady_clock;

namespace {
using bench::envInt;

// An event that carries the moment it was posted.
class StampedEvent : public QEvent
{
public:
    static QEvent::Type type()
    {
        static const auto t = static_cast<QEvent::Type>(QEvent::registerEventType());
        return t;
    }
    StampedEvent() : QEvent(type()), posted(Clock::now()) {}
    const Clock::time_point posted;
};

// Lives on the GUI thread and records how late each stamped event arrived (microseconds).
class LatencyProbe : public QObject
{
public:
    std::vector<double> samples;
    bool event(QEvent* e) override
    {
        if (e->type() != StampedEvent::type())
            return QObject::event(e);
        const auto posted = static_cast<StampedEvent*>(e)->posted;
        samples.push_back(std::chrono::duration<double, std::micro>(Clock::now() - posted).count());
        return true;
    }
};

// Posts a stamped event to `probe` every `periodMs` from its own thread while it lives.
class Poster
{
public:
    Poster(LatencyProbe* probe, int periodMs)
        : m_thread([this, probe, periodMs] {
              while (!m_stop.load()) {
                  QCoreApplication::postEvent(probe, new StampedEvent);
                  std::this_thread::sleep_for(std::chrono::milliseconds(periodMs));
              }
          })
    {}
    ~Poster()
    {
        m_stop.store(true);
        m_thread.join();
    }

private:
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

struct Figures
{
    std::size_t n = 0;
    double p50 = 0, p99 = 0, max = 0; // ms
};

Figures figures(std::vector<double> v)
{
    Figures f;
    f.n = v.size();
    if (v.empty())
        return f;
    std::sort(v.begin(), v.end());
    auto at = [&v](double q) {
        return v[std::min(v.size() - 1, std::size_t(q * double(v.size() - 1) + 0.5))];
    };
    f.p50 = at(0.50) / 1000.0;
    f.p99 = at(0.99) / 1000.0;
    f.max = v.back() / 1000.0;
    return f;
}

void print(const char* what, const Figures& f)
{
    std::printf("%-40s %6zu samples  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", what, f.n, f.p50, f.p99,
                f.max);
}

} // namespace

class BenchGuiEventLoop : public QObject
{
    Q_OBJECT
private slots:
    void eventLoopWhileSocketsRun()
    {
        QStandardPaths::setTestModeEnabled(true);
        const int sockets = envInt("BENCH_GUI_SOCKETS", 8);
        const QString timing = qEnvironmentVariableIsSet("BENCH_GUI_TIMING")
                                   ? qEnvironmentVariable("BENCH_GUI_TIMING")
                                   : QStringLiteral("dtpm");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = test::makeStationDb(dir.path());
        QVERIFY(!db.isEmpty());

        // The fleet, made before the window opens so that it carries the timing model.
        const QString root = dir.filePath(QStringLiteral("fleet"));
        {
            sim::SimFleet fleet(root);
            auto created = fleet.create(sockets);
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            auto timed = fleet.setTiming(timing, 20261205);
            QVERIFY2(timed, timed ? "" : qPrintable(timed.error().message));
        }
        const QString profileFile = dir.filePath(QStringLiteral("profile.json"));
        const QString written = test::writeKitProfile(root, profileFile);
        QVERIFY2(written.isEmpty(), qPrintable(written));
        MainWindow w(test::simulatedStation(db, profileFile, root, sockets, sockets));
        const QString up = test::bringUp(w, QStringLiteral("op1"));
        QVERIFY2(up.isEmpty(), qPrintable(up));
        for (SocketPanel* panel : w.station()->panels())
            test::answerPrompts(panel);

        // A real event loop throughout (QTest::qWait sleeps 10 ms between its rounds of events, which would
        // be measured as latency).
        LatencyProbe probe;
        std::vector<double> idle;
        {
            Poster poster(&probe, 5);
            QEventLoop loop;
            QTimer::singleShot(envInt("BENCH_GUI_IDLE_MS", 3000), &loop, &QEventLoop::quit);
            loop.exec();
        }
        QCoreApplication::sendPostedEvents(&probe);
        idle.swap(probe.samples);

        QSignalSpy finished(w.station(), &StationScreen::deviceFinished);
        QElapsedTimer wall;
        {
            Poster poster(&probe, 5);
            QEventLoop loop;
            connect(w.station(), &StationScreen::deviceFinished, &loop, [&] {
                if (finished.size() == sockets)
                    loop.quit();
            });
            QTimer::singleShot(600000, &loop, &QEventLoop::quit);
            wall.start();
            for (int i = 0; i < sockets; ++i) {
                const QString serial = w.fleetModel()->index(i, 0).data(Qt::UserRole).toString();
                QVERIFY2(w.station()->submit(serial), qPrintable(serial));
            }
            loop.exec();
        }
        QCOMPARE(finished.size(), sockets);
        const double seconds = double(wall.elapsed()) / 1000.0;
        QCoreApplication::sendPostedEvents(&probe);
        int passed = 0;
        for (const QList<QVariant>& f : std::as_const(finished))
            passed += f.at(1).toBool() ? 1 : 0;

        std::printf("GUI event loop, %d socket(s), timing model %s, offscreen\n", sockets,
                    qPrintable(timing));
        print("idle station (peer)", figures(idle));
        print("while the sockets run", figures(probe.samples));
        std::printf("%d device(s) through all steps in %.1f s, %d passed\n", sockets, seconds, passed);
        QCOMPARE(passed, sockets);
        QVERIFY(!probe.samples.empty() && !idle.empty());
    }
};

QTEST_MAIN(BenchGuiEventLoop)
#include "BenchGuiEventLoop.moc"
