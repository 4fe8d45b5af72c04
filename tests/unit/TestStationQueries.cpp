// The typed read queries the GUI pages use (db/StationQueries.h), against what the sqlite3 CLI reads from
// the same file: the devices page (filter, keyset pagination, latest run state), a device's record and its
// step results with measurements and artifacts, and the dashboard's figures.
#include "TestMain.h"
#include "TestSupport.h"

#include "db/StationQueries.h"
#include "db/StationStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::timeline;

class TestStationQueries : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::StationStore> m_store;
    const Actor m_actor{QStringLiteral("olga"), QStringLiteral("Olga Operator")};

    QByteArray sql(const QString& statement)
    {
        return test::runTool(QStringLiteral("sqlite3"),
                             {QStringLiteral("-batch"), m_store->path(), statement})
            .out.trimmed();
    }

    static Device device(const QString& serial, const QString& product)
    {
        Device d;
        d.serial = serial;
        d.product = product;
        d.simulated = serial.endsWith(QLatin1Char('S'));
        return d;
    }

    // Step 1 passes (with a measurement and an artifact); `failStep2`: step 2 then fails; the run ends
    // completed or failed.
    bool record(RunStore& store, const Device& d, bool failStep2)
    {
        auto h = store.beginRun(d, m_actor, 1);
        if (!h)
            return false;
        StepResult one;
        one.add(
            Measurement::equals(QStringLiteral("tpm.family"), QStringLiteral("2.0"), QStringLiteral("2.0")));
        one.attach(QStringLiteral("id.json"), QStringLiteral("application/json"), QByteArray("{\"a\":1}"));
        one.durationMs = 7;
        if (!store.recordStep(*h, d, m_actor, StepId::TpmInstalled, 1, ResultKind::Run, one))
            return false;
        if (failStep2) {
            const StepResult two =
                StepResult::failure(StepErrc::Certificate, QStringLiteral("No EK certificate."));
            if (!store.recordStep(*h, d, m_actor, StepId::EkExtracted, 1, ResultKind::Run, two))
                return false;
        }
        return bool(store.endRun(*h, d, m_actor, failStep2 ? RunState::Failed : RunState::Completed,
                                 QStringLiteral("test")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = db::StationStore::open(m_dir.filePath(QStringLiteral("queries.db")));
        QVERIFY(store);
        m_store = std::move(*store);
        auto conn = m_store->connect();
        QVERIFY(conn);
        for (int i = 1; i <= 7; ++i)
            QVERIFY(record(
                **conn,
                device(QStringLiteral("Q-%1%2").arg(i).arg(i % 2 ? QLatin1Char('S') : QLatin1Char('P')),
                       i <= 5 ? QStringLiteral("widget") : QStringLiteral("gadget")),
                i % 3 == 0));
    }

    void devicePagesMatchSqlite()
    {
        db::Database& d = m_store->database();
        // Everything, in pages of 3: the ids sqlite3 lists, in order, and `more` until the last page.
        QStringList ids;
        qint64 after = 0;
        int pages = 0;
        while (true) {
            auto page = db::devicePage(d, {}, after, 3);
            QVERIFY2(page, page ? "" : qPrintable(page.error().message));
            for (const db::DeviceRow& r : page->rows)
                ids << QString::number(r.id);
            ++pages;
            if (!page->more)
                break;
            after = page->rows.constLast().id;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(ids.join(QLatin1Char('\n')).toUtf8(),
                 sql(QStringLiteral("SELECT id FROM devices ORDER BY id")));

        // Filters: serial substring, product, latest run state.
        db::DeviceFilter filter;
        filter.batch = QStringLiteral("widget");
        filter.state = QStringLiteral("failed");
        auto failed = db::devicePage(d, filter, 0, 50);
        QVERIFY(failed);
        QStringList serials;
        for (const db::DeviceRow& r : failed->rows) {
            serials << r.serial;
            QCOMPARE(r.state, QStringLiteral("failed"));
            QCOMPARE(r.simulated, r.serial.endsWith(QLatin1Char('S')));
        }
        QCOMPARE(serials.join(QLatin1Char('\n')).toUtf8(),
                 sql(QStringLiteral(
                     "SELECT d.serial FROM devices d WHERE d.product = 'widget' AND (SELECT r.state "
                     "FROM runs r WHERE r.device_id = d.id ORDER BY r.id DESC LIMIT 1) = 'failed' "
                     "ORDER BY d.id")));
        QCOMPARE(serials, QStringList({QStringLiteral("Q-3S")}));
        filter = {};
        filter.serial = QStringLiteral("-6");
        auto bySerial = db::devicePage(d, filter, 0, 50);
        QVERIFY(bySerial);
        QCOMPARE(bySerial->rows.size(), 1);
        QCOMPARE(bySerial->rows.at(0).serial, QStringLiteral("Q-6P"));
        QCOMPARE(bySerial->rows.at(0).product, QStringLiteral("gadget"));
        QCOMPARE(bySerial->rows.at(0).created.toUtf8(),
                 sql(QStringLiteral("SELECT created_utc FROM devices WHERE serial = 'Q-6P'")));
    }

    void deviceDetailMatchesSqlite()
    {
        db::Database& d = m_store->database();
        const qint64 id = sql(QStringLiteral("SELECT id FROM devices WHERE serial = 'Q-3S'")).toLongLong();
        auto record = db::deviceRecord(d, id);
        QVERIFY(record && *record);
        QCOMPARE(
            QStringList({(*record)->serial, (*record)->product, (*record)->uuid})
                .join(QLatin1Char('|'))
                .toUtf8(),
            sql(QStringLiteral("SELECT serial || '|' || product || '|' || uuid FROM devices WHERE id = %1")
                    .arg(id)));
        QVERIFY((*record)->simulated);
        auto missing = db::deviceRecord(d, 999999);
        QVERIFY(missing && !*missing);

        auto steps = db::stepResults(d, id);
        QVERIFY(steps);
        QStringList got;
        for (const db::StepResultRow& s : *steps)
            got << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                       .arg(s.step)
                       .arg(s.attempt)
                       .arg(s.kind, s.outcome, s.errorCode, s.operatorMessage)
                       .arg(s.durationMs);
        QCOMPARE(got.join(QLatin1Char('\n')).toUtf8(),
                 sql(QStringLiteral(
                         "SELECT step || '|' || attempt || '|' || kind || '|' || outcome || '|' || "
                         "error_code || '|' || operator_message || '|' || duration_ms FROM step_results "
                         "WHERE device_id = %1 ORDER BY id")
                         .arg(id)));
        QCOMPARE(steps->size(), 2);
        const db::StepResultRow& first = steps->at(0);
        QCOMPARE(first.measurements.size(), 1);
        QCOMPARE(first.measurements.at(0).name, QStringLiteral("tpm.family"));
        QCOMPARE(
            first.measurements.at(0).value.toUtf8(),
            sql(QStringLiteral("SELECT value FROM measurements WHERE step_result_id = %1").arg(first.id)));
        QCOMPARE(first.artifacts.size(), 1);
        QCOMPARE(first.artifacts.at(0).size, 7);
        QCOMPARE(first.artifacts.at(0).sha256.toUtf8(),
                 sql(QStringLiteral("SELECT sha256 FROM artifacts WHERE step_result_id = %1").arg(first.id)));
        QVERIFY(steps->at(1).measurements.isEmpty());
    }

    void dashboardMatchesSqlite()
    {
        auto figures = db::dashboardFigures(m_store->database(), QDateTime::currentDateTimeUtc());
        QVERIFY2(figures, figures ? "" : qPrintable(figures.error().message));
        // 7 devices tried step 1 and passed it; 2 of them failed step 2.
        QCOMPARE(figures->firstPass.value(1), qMakePair(7, 7));
        QCOMPARE(figures->firstPass.value(2), qMakePair(2, 0));
        QCOMPARE(QByteArray::number(figures->completed),
                 sql(QStringLiteral("SELECT count(*) FROM runs WHERE state = 'completed'")));
        QCOMPARE(figures->completed, 5);
        QCOMPARE(figures->perHour.size(), 24);
        int perHour = 0;
        for (const auto& h : figures->perHour)
            perHour += h.second;
        QCOMPARE(perHour, 5);
        QCOMPARE(figures->causes.size(), 1);
        QCOMPARE(figures->causes.at(0).second, 2);
        QVERIFY(figures->causes.at(0).first.endsWith(QStringLiteral(" — No EK certificate.")));
    }
};

STATION_TEST_GUILESS_MAIN(TestStationQueries)
#include "TestStationQueries.moc"
