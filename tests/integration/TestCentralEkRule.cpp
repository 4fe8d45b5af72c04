// The one factory-wide duplicate-EK rule (central schema 4, tps.other_devices_with_ek) through the three
// paths that ask it, against a real PostgreSQL 15: the check on arrival (tps.duplicate_eks), step 2's online
// question (sync/CentralEkRegistry, as the station's EK step calls it) and the central DPS export. The edges:
// the same serial with the same EK on two stations (one device moved: never a duplicate, exported once), a
// different serial with the same EK on two stations (a clone: flagged, left out, refused online), the same
// device recorded twice on one station (never a duplicate). Oracles: psql for the central rows, sqlite3 for
// the stations' EK digests, python3 (tests/support/dps_batch_check.py) for the batch files.
#include "CentralStations.h"
#include "ExportSignIn.h"
#include "ExportTestData.h"
#include "PostgresFixture.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "sync/CentralEkRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
using test::sqlOut;
QString digestOf(const QString& db, const QString& serial)
{
    return QString::fromLatin1(
        sqlOut(db, QStringLiteral("SELECT ek_digest FROM devices WHERE serial = '%1'").arg(serial)));
}

// Devices through the station's own run store (steps 1-5 passed), as the engine records them.
QString addDevices(const QString& db, const QList<test::DeviceSpec>& specs)
{
    auto store = db::StationStore::open(db);
    if (!store)
        return store.error().message;
    auto runs = (*store)->connect();
    if (!runs)
        return QStringLiteral("no run store");
    for (const test::DeviceSpec& spec : specs)
        if (QString error = test::addDevice(**runs, spec); !error.isEmpty())
            return error;
    return {};
}
} // namespace

class TestCentralEkRule : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static bool synced(const test::PostgresFixture& pg, const QString& db)
    {
        return test::cliAt(pg, {QStringLiteral("sync"), QStringLiteral("--db"), db,
                                QStringLiteral("--central"), pg.url(QStringLiteral("relay"))})
            .ok();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void oneRuleOnThreePaths()
    {
        test::PostgresFixture pg;
        const QString initialised =
            test::initCentral(pg, {{QStringLiteral("relay"), QStringLiteral("tps_relay")},
                                   {QStringLiteral("exporter"), QStringLiteral("tps_exporter")}});
        QVERIFY2(initialised.isEmpty(), qPrintable(initialised));
        QByteArray eks[4];
        for (QByteArray& ek : eks) {
            ek = test::makeRsaEk();
            QVERIFY(!ek.isEmpty());
        }
        const QString a = m_dir.filePath(QStringLiteral("a.db"));
        const QString b = m_dir.filePath(QStringLiteral("b.db"));
        // Station A: the device later moved, the original of the clone, a device provisioned twice.
        QCOMPARE(addDevices(a, {{QStringLiteral("SER-MOVED"), eks[0]},
                                {QStringLiteral("SER-ORIG"), eks[1]},
                                {QStringLiteral("SER-TWICE"), eks[2]}}),
                 QString());
        QVERIFY(synced(pg, a));
        // The same device's row again on A (a second version of it queued and sent), then station B: the
        // moved device (same serial, same EK), the clone (another serial, the original's EK), its own.
        QVERIFY(test::runTool(
                    QStringLiteral("sqlite3"),
                    {a, QStringLiteral("UPDATE devices SET serial = serial WHERE serial = 'SER-TWICE'")})
                    .ok());
        QCOMPARE(addDevices(b, {{QStringLiteral("SER-MOVED"), eks[0]},
                                {QStringLiteral("SER-CLONE"), eks[1]},
                                {QStringLiteral("SER-UNIQUE"), eks[3]}}),
                 QString());
        QVERIFY(synced(pg, a));
        QVERIFY(synced(pg, b));
        const QString idA = test::stationIdOf(a);
        const QString idB = test::stationIdOf(b);
        QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) FROM tps.records WHERE table_name = 'devices' AND "
                                        "payload->>'serial' = 'SER-TWICE'"))
                         .out.trimmed()
                         .toInt() > 1,
                 true);
        const QString moved = digestOf(a, QStringLiteral("SER-MOVED"));
        const QString cloned = digestOf(a, QStringLiteral("SER-ORIG"));
        const QString twice = digestOf(a, QStringLiteral("SER-TWICE"));
        QCOMPARE(digestOf(b, QStringLiteral("SER-MOVED")), moved);
        QCOMPARE(digestOf(b, QStringLiteral("SER-CLONE")), cloned);

        // 1. On arrival: only the clone, naming the original's serial and station.
        QCOMPARE(
            pg.psql(QStringLiteral("SELECT station_id || '|' || serial || '|' || other_station_id || '|' "
                                   "|| other_serial || '|' || ek_digest FROM tps.duplicate_eks"))
                .out.trimmed(),
            QStringLiteral("%1|SER-CLONE|%2|SER-ORIG|%3").arg(idB, idA, cloned).toUtf8());

        // 2. Online (step 2's question): the moved device and the twice-recorded one are themselves; a new
        // serial with the moved device's EK, or the original asking again, is a duplicate naming the other.
        qputenv("PGPASSFILE", pg.passFile().toLocal8Bit()); // this process asks, as step 2 does
        sync::CentralEkRegistry registry(pg.url(QStringLiteral("relay")));
        const timeline::FactoryEkAnswer same = registry.lookup(moved, QStringLiteral("SER-MOVED"));
        QVERIFY2(same.state == timeline::FactoryEkAnswer::State::Unique, qPrintable(same.reason));
        using State = timeline::FactoryEkAnswer::State;
        QCOMPARE(registry.lookup(twice, QStringLiteral("SER-TWICE")).state, State::Unique);
        const timeline::FactoryEkAnswer newSerial = registry.lookup(moved, QStringLiteral("SER-NEW"));
        QCOMPARE(newSerial.state, State::Duplicate);
        QCOMPARE(newSerial.otherSerial, QStringLiteral("SER-MOVED"));
        QCOMPARE(newSerial.otherStation, idA); // the first station that recorded it
        const timeline::FactoryEkAnswer original = registry.lookup(cloned, QStringLiteral("SER-ORIG"));
        QCOMPARE(original.state, State::Duplicate);
        QCOMPARE(original.otherSerial, QStringLiteral("SER-CLONE"));
        QCOMPARE(original.otherStation, idB);
        // The function itself, by psql: the same answers.
        QCOMPARE(pg.psql(QStringLiteral("SELECT count(*) FROM tps.other_devices_with_ek('%1', 'SER-MOVED')")
                             .arg(moved))
                     .out.trimmed(),
                 QByteArray("0"));
        QCOMPARE(
            pg.psql(QStringLiteral("SELECT string_agg(other_serial || '@' || other_station, ',' ORDER BY "
                                   "other_station) FROM tps.other_devices_with_ek('%1', 'SER-NEW')")
                        .arg(moved))
                .out.trimmed(),
            QStringLiteral("SER-MOVED@%1,SER-MOVED@%2").arg(std::min(idA, idB), std::max(idA, idB)).toUtf8());

        // 3. The central export: the moved device once (from B, its newest record), the twice-recorded one
        // once, B's own; the original and the clone left out, each naming the other.
        const QString out = m_dir.filePath(QStringLiteral("batch"));
        const test::ToolRun run =
            test::cliAt(pg, test::asExporter({QStringLiteral("export"), QStringLiteral("dps"),
                                              QStringLiteral("--central"), pg.url(QStringLiteral("exporter")),
                                              QStringLiteral("--db"), a, QStringLiteral("--out"), out,
                                              QStringLiteral("--json")}));
        QVERIFY2(run.ok(), run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("devices")).toInt(), 3);
        QMap<QString, QString> skipped;
        for (const QJsonValue& v : summary.value(QStringLiteral("skipped")).toArray())
            skipped.insert(v[QStringLiteral("serial")].toString(), v[QStringLiteral("reason")].toString());
        QCOMPARE(skipped.keys(), (QStringList{QStringLiteral("SER-CLONE"), QStringLiteral("SER-ORIG")}));
        QVERIFY2(skipped.value(QStringLiteral("SER-ORIG"))
                     .contains(QStringLiteral("SER-CLONE (station %1)").arg(idB)),
                 qPrintable(skipped.value(QStringLiteral("SER-ORIG"))));
        QVERIFY2(skipped.value(QStringLiteral("SER-CLONE"))
                     .contains(QStringLiteral("SER-ORIG (station %1)").arg(idA)),
                 qPrintable(skipped.value(QStringLiteral("SER-CLONE"))));
        const test::ToolRun check =
            test::runTool(QStringLiteral("python3"), {qEnvironmentVariable("STATION_SOURCE_DIR") +
                                                          QStringLiteral("/tests/support/dps_batch_check.py"),
                                                      out});
        QVERIFY2(check.ok(), check.err.constData());
        QCOMPARE(check.out.trimmed(), QByteArray("SER-MOVED\nSER-TWICE\nSER-UNIQUE"));
        QCOMPARE(pg.psql(QStringLiteral("SELECT string_agg(serial || '@' || station_id, ',' ORDER BY serial) "
                                        "FROM tps.central_batch_devices"))
                     .out.trimmed(),
                 QStringLiteral("SER-MOVED@%1,SER-TWICE@%2,SER-UNIQUE@%1").arg(idB, idA).toUtf8());
    }
};

STATION_TEST_GUILESS_MAIN(TestCentralEkRule)
#include "TestCentralEkRule.moc"
