// The devices view over 1,000,000 devices: how long until the table shows its first page (the view is
// usable), and how long a page takes further down; the same first-page query through the sqlite3 CLI as
// the peer. Populates the database in one transaction through the db API.
#include "TestSupport.h"
#include "app/gui/DevicesModel.h"
#include "app/gui/DevicesView.h"
#include "db/Database.h"
#include "db/StationStore.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace tps;

class BenchDevicesView : public QObject
{
    Q_OBJECT
private slots:
    void millionDevices()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.db"));
        const int count = qEnvironmentVariableIntValue("BENCH_DEVICES") > 0
                              ? qEnvironmentVariableIntValue("BENCH_DEVICES")
                              : 1000000;
        QElapsedTimer fill;
        fill.start();
        {
            auto store = db::StationStore::open(path);
            QVERIFY(store);
            db::Database& d = (*store)->database();
            auto tx = db::Transaction::begin(d);
            QVERIFY(tx);
            auto dev =
                d.prepare("INSERT INTO devices (uuid, serial, product, simulated, station_id, created_utc) "
                          "VALUES (?1, ?2, 'widget', 1, ?3, ?4)");
            auto run =
                d.prepare("INSERT INTO runs (uuid, device_id, station_id, socket, actor_id, started_utc, "
                          "ended_utc, state) VALUES (?1, ?2, ?3, 1, 'op1', ?4, ?4, ?5)");
            QVERIFY(dev && run);
            const QString now = db::utcNow();
            for (int i = 0; i < count; ++i) {
                dev->reset();
                dev->bind(1, QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')))
                    .bind(2, QStringLiteral("SN-%1").arg(i, 8, 10, QLatin1Char('0')))
                    .bind(3, d.stationId())
                    .bind(4, now);
                QVERIFY(dev->exec());
                run->reset();
                run->bind(1, QStringLiteral("10000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')))
                    .bind(2, d.lastInsertId())
                    .bind(3, d.stationId())
                    .bind(4, now)
                    .bind(5, i % 10 == 0 ? QStringLiteral("failed") : QStringLiteral("completed"));
                QVERIFY(run->exec());
            }
            QVERIFY((*tx).get()->commit());
        }
        std::printf("populated %d devices (+1 run each) in one transaction: %.1f s\n", count,
                    static_cast<double>(fill.elapsed()) / 1000.0);

        QElapsedTimer open;
        open.start();
        gui::DevicesView view(path);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 0, 10000);
        const qint64 firstPage = open.elapsed();
        std::printf("devices view opened with its first page (%d rows): %lld ms\n", view.model()->rowCount(),
                    firstPage);

        // Scroll: 40 more pages, each fetched on the worker thread.
        QElapsedTimer scroll;
        scroll.start();
        for (int p = 0; p < 40; ++p) {
            const int before = view.model()->rowCount();
            view.table()->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > before, 10000);
        }
        std::printf("40 further pages by scrolling (%d rows): %lld ms (%.1f ms/page)\n",
                    view.model()->rowCount(), scroll.elapsed(), static_cast<double>(scroll.elapsed()) / 40.0);

        // Filtered: failed devices (every 10th) and a serial substring deep in the table.
        QElapsedTimer filtered;
        filtered.start();
        gui::DeviceFilter f;
        f.state = QStringLiteral("failed");
        view.model()->setFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 0, 10000);
        std::printf("filter state=failed, first page: %lld ms\n", filtered.elapsed());
        filtered.restart();
        f = {};
        f.serial = QStringLiteral("SN-0099999");
        view.model()->setFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 0 || !view.model()->loading(), 30000);
        std::printf("filter serial contains SN-0099999 (a full scan): %lld ms, %d row(s)\n",
                    filtered.elapsed(), view.model()->rowCount());

        // The peer: the same first-page query through the sqlite3 CLI (process start included).
        QElapsedTimer peer;
        peer.start();
        const test::ToolRun r = test::runTool(
            QStringLiteral("sqlite3"),
            {QStringLiteral("-readonly"), path,
             QStringLiteral(
                 "SELECT d.id, d.serial, (SELECT state FROM runs r WHERE r.device_id = d.id ORDER BY "
                 "r.id DESC LIMIT 1) FROM devices d WHERE d.id > 0 ORDER BY d.id LIMIT 257;")});
        QVERIFY(r.ok());
        std::printf("peer: sqlite3 CLI, same first page: %lld ms\n", peer.elapsed());
        QVERIFY(firstPage < 5000);
    }
};

QTEST_MAIN(BenchDevicesView)
#include "BenchDevicesView.moc"
