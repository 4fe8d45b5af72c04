// Issue 20's restated line target on swtpm: the marginal time per device of the whole `tpm-station-cli
// line` process over a running fleet — (time for 15 devices − time for 5) / 10, so the process's start-up,
// the fleet check and the closing checkpoint cancel out — against the same marginal time of the tpm2-tools
// + OpenSSL pipeline (tests/bench/peer_line.sh) over 5 and 15 devices, in the same run. Target: >= 8x.
// Every fleet is fresh (unowned devices), created and started before the clock starts.
#include "BenchSupport.h"
#include "KitFleet.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace tps;
using bench::loadAverage;

class BenchLineMarginal : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Seconds for one `line` process over the `count` devices of a fresh running fleet (one socket).
    double lineSeconds(int count)
    {
        const QString root = m_dir.filePath(QStringLiteral("line-%1").arg(count));
        bench::KitFleet made = bench::makeKitFleet(root, count);
        if (!made.error.isEmpty()) {
            QTest::qFail(qPrintable(made.error), __FILE__, __LINE__);
            return 0;
        }
        QProcess p;
        p.setProgram(test::cliPath());
        p.setArguments({QStringLiteral("line"), QStringLiteral("--simulate"), QString::number(count),
                        QStringLiteral("--db"), root + QStringLiteral(".db"), QStringLiteral("--root"), root,
                        QStringLiteral("--json")});
        QElapsedTimer timer;
        timer.start();
        p.start();
        const bool finished = p.waitForFinished(1800000);
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const QJsonObject summary = QJsonDocument::fromJson(p.readAllStandardOutput())
                                        .object()
                                        .value(QStringLiteral("summary"))
                                        .toObject();
        if (!finished || p.exitCode() != 0 || summary.value(QStringLiteral("completed")).toInt() != count) {
            QTest::qFail(qPrintable(QStringLiteral("line over %1 devices: exit %2, %3")
                                        .arg(count)
                                        .arg(p.exitCode())
                                        .arg(QString::fromUtf8(p.readAllStandardError()).right(400))),
                         __FILE__, __LINE__);
            return 0;
        }
        return seconds;
    }

    // Seconds for the peer pipeline over `devices`, one after the other.
    double peerSeconds(const QList<sim::SimDevice>& devices, const QString& root, const QString& tag)
    {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < devices.size(); ++i) {
            QProcess p;
            p.setProgram(QStringLiteral("bash"));
            p.setArguments({QStringLiteral(PEER_LINE_SCRIPT), devices.at(i).tcti(),
                            m_dir.filePath(QStringLiteral("peer-%1-%2").arg(tag).arg(i)), root,
                            devices.at(i).flashPath});
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start();
            if (!p.waitForFinished(300000) || p.exitCode() != 0) {
                QTest::qFail(p.readAll().trimmed().split('\n').constLast().constData(), __FILE__, __LINE__);
                return 0;
            }
        }
        return static_cast<double>(timer.nsecsElapsed()) / 1e9;
    }

private slots:
    void initTestCase()
    {
        qputenv("TSS2_LOG", "all+NONE");
        QVERIFY(m_dir.isValid());
        QVERIFY2(!test::cliPath().isEmpty(), "STATION_CLI must name tpm-station-cli (ctest sets it)");
    }

    void marginalPerDeviceVersusPeer()
    {
        const double line5 = lineSeconds(5);
        QVERIFY(line5 > 0);
        const double line15 = lineSeconds(15);
        QVERIFY(line15 > 0);
        bench::KitFleet peerFleet = bench::makeKitFleet(m_dir.filePath(QStringLiteral("peer")), 20);
        QVERIFY2(peerFleet.error.isEmpty(), qPrintable(peerFleet.error));
        const double peer5 =
            peerSeconds(peerFleet.devices.mid(0, 5), peerFleet.fleet->root(), QStringLiteral("a"));
        QVERIFY(peer5 > 0);
        const double peer15 =
            peerSeconds(peerFleet.devices.mid(5, 15), peerFleet.fleet->root(), QStringLiteral("b"));
        QVERIFY(peer15 > 0);
        const double station = (line15 - line5) / 10 * 1000;
        const double peer = (peer15 - peer5) / 10 * 1000;
        std::printf(
            "tpm-station-cli line (1 socket): 5 devices %.2f s, 15 devices %.2f s; marginal %.1f ms per "
            "device\n",
            line5, line15, station);
        std::printf(
            "peer (tpm2-tools 5.4 + openssl, peer_line.sh): 5 devices %.2f s, 15 devices %.2f s; marginal "
            "%.1f ms per device\n",
            peer5, peer15, peer);
        std::printf("marginal speed-up over the peer: %.1fx (target >= 8x); load average %s\n",
                    peer / station, qPrintable(loadAverage()));
        std::fflush(stdout);
        QVERIFY(station > 0 && peer > 0);
    }
};

QTEST_GUILESS_MAIN(BenchLineMarginal)
#include "BenchLineMarginal.moc"
