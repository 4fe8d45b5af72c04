// The audit export: every field of every event as CSV and JSON, reproducible for a fixed range, filtered
// by device and batch, with the chain verdict, the last checkpoint, the operators' full names and the
// electronic signatures; a PDF report that renders (pdftoppm) and states the verdict (pdftotext); a
// manifest signed with CMS (openssl cms -verify); the export audited.
#include "ExportTestData.h"
#include "TestMain.h"
#include "ExportSignIn.h"
#include "TestSupport.h"

#include "db/AuditTrail.h"
#include "db/Operators.h"
#include "db/Signatures.h"
#include "exports/AuditExporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace tps;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray sql(const QString& db, const QString& query)
{
    return test::runTool(QStringLiteral("sqlite3"), {db, query}).out.trimmed();
}

test::ToolRun cli(const QStringList& args)
{
    return test::runTool(test::cliPath(), test::asExporter(args));
}

bool cmsVerifies(const QString& dir)
{
    return test::runTool(QStringLiteral("openssl"),
                         {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                          QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                          dir + QStringLiteral("/manifest.json.p7s"), QStringLiteral("-content"),
                          dir + QStringLiteral("/manifest.json"), QStringLiteral("-CAfile"),
                          dir + QStringLiteral("/signing-certificate.pem"), QStringLiteral("-purpose"),
                          QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")})
        .ok();
}

void checkManifest(const QString& dir, int expectedFiles)
{
    const QJsonObject manifest =
        QJsonDocument::fromJson(fileBytes(dir + QStringLiteral("/manifest.json"))).object();
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    QCOMPARE(int(files.size()), expectedFiles);
    for (const QJsonValue& v : files) {
        const QByteArray bytes = fileBytes(dir + QLatin1Char('/') + v[QStringLiteral("name")].toString());
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 v[QStringLiteral("sha256")].toString());
    }
    QVERIFY(cmsVerifies(dir));
}

} // namespace

class TestAuditReportExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("station.db"));
        auto store = db::StationStore::open(m_db);
        QVERIFY(store);
        db::Database& d = (*store)->database();
        db::Operators operators(d);
        auto admin =
            operators.add(db::systemActor(), QStringLiteral("qa1"), QStringLiteral("Quentin Ávila-Quality"),
                          db::Role::Admin, crypto::secretFromText(QStringLiteral("secret-pass")),
                          QStringLiteral("first operator"));
        QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
        // Every export needs a signed-in admin or supervisor (issue 18): the one test::asExporter signs in
        // as, added by the first admin as the rules require once the station has an operator.
        auto exporter = operators.add(
            admin->actor(), QStringLiteral("exporter"), QStringLiteral("Exporting Admin"), db::Role::Admin,
            crypto::secretFromText(QStringLiteral("exporter-pass")), QStringLiteral("audit exports"));
        QVERIFY2(exporter, exporter ? "" : qPrintable(exporter.error().message));
        {
            auto tx = db::Transaction::begin(d);
            QVERIFY(tx);
            auto signature = db::recordSignature(d, *admin, QStringLiteral("review"),
                                                 QStringLiteral("report"), db::newUuid(), "{}",
                                                 QStringLiteral("weekly review"), QStringLiteral("SN-A"));
            QVERIFY(signature);
            QVERIFY((*tx)->commit());
        }
        auto runStore = (*store)->connect();
        QVERIFY(runStore);
        QVERIFY(test::addDevice(**runStore, {QStringLiteral("SN-A"), test::makeRsaEk()}).isEmpty());
        // Serials the one serial rule refuses today, as the audit trail of an older database holds them.
        db::AuditTrail trail(d);
        for (const QString& s : {QStringLiteral("SN-B,\"x\""), QStringLiteral("=SN-C")}) {
            QVERIFY(!test::addDevice(**runStore, {s, test::makeRsaEk()}).isEmpty());
            db::AuditEntry e;
            e.deviceSerial = s;
            e.action = QStringLiteral("create");
            e.object = QStringLiteral("device");
            e.reason = QStringLiteral("recorded before the serial rule");
            QVERIFY(trail.append(db::Actor{QStringLiteral("op1"), QStringLiteral("Olga Operator")}, e));
        }
        QVERIFY((*store)->checkpoint());
    }

    void exportsEverything()
    {
        const qint64 events = sql(m_db, QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
        const QString out = path(QStringLiteral("all"));
        const test::ToolRun run =
            cli({QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("csv,json,pdf")});
        QVERIFY2(run.ok(), run.err.constData());

        // JSON: every field of every event, as in the database (sqlite3 as the oracle).
        const QJsonArray json =
            QJsonDocument::fromJson(fileBytes(out + QStringLiteral("/audit-events.json"))).array();
        // Every event the database held when the export ran: the ones before it and the exporter's own
        // sign-in, audited before anything is read (issue 18: every export needs a signed-in actor).
        QCOMPARE(qint64(json.size()), events + 1);
        QCOMPARE(json.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("login"));
        QCOMPARE(json.last().toObject().value(QStringLiteral("actor_id")).toString(), QStringLiteral("exporter"));
        const QJsonObject third = json.at(2).toObject();
        QCOMPARE(int(third.keys().size()), 16);
        const QByteArray row =
            sql(m_db, QStringLiteral("SELECT uuid || '|' || time_utc || '|' || actor_name || '|' || "
                                     "hex(hash) FROM audit_events WHERE seq = 3"));
        QCOMPARE(row, QStringLiteral("%1|%2|%3|%4")
                          .arg(third.value(QStringLiteral("uuid")).toString(),
                               third.value(QStringLiteral("time_utc")).toString(),
                               third.value(QStringLiteral("actor_name")).toString(),
                               third.value(QStringLiteral("hash")).toString().toUpper())
                          .toUtf8());
        // CSV: header + one row per event (a serial with comma and quotes and one with '=' survive).
        const QByteArray csv = fileBytes(out + QStringLiteral("/audit-events.csv"));
        QVERIFY(
            csv.startsWith("seq,uuid,time_utc,station_id,software_version,actor_id,actor_name,device_serial,"
                           "action,object,field,old_value,new_value,reason,prev_hash,hash\r\n"));
        QVERIFY(csv.contains("\"SN-B,\"\"x\"\"\""));
        QVERIFY(csv.contains(",'=SN-C,"));
        QVERIFY(!csv.contains(",=SN-C,"));

        // Verification: the verdict, the last checkpoint, the operators' names, the signature meaning.
        const QJsonObject v =
            QJsonDocument::fromJson(fileBytes(out + QStringLiteral("/verification.json"))).object();
        QCOMPARE(v[QStringLiteral("chain")][QStringLiteral("intact")].toBool(), true);
        QVERIFY(v[QStringLiteral("lastCheckpoint")][QStringLiteral("seq")].toInteger() > 0);
        QVERIFY(QJsonDocument(v).toJson().contains("Quentin \xc3\x81vila-Quality"));
        QCOMPARE(v[QStringLiteral("signatures")][0][QStringLiteral("meaning")].toString(),
                 QStringLiteral("review"));

        checkManifest(out, 4);

        // The PDF renders and says the verdict, names the operator, and lists the events.
        const test::ToolRun ppm =
            test::runTool(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                           out + QStringLiteral("/audit-report.pdf"), path(QStringLiteral("page"))});
        QVERIFY2(ppm.ok(), ppm.err.constData());
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("page*.png")}).size() >= 1);
        const test::ToolRun text = test::runTool(
            QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), out + QStringLiteral("/audit-report.pdf"), QStringLiteral("-")});
        QVERIFY2(text.ok(), text.err.constData());
        QVERIFY(text.out.contains("VERDICT: INTACT"));
        QVERIFY(text.out.contains("Quentin \xc3\x81vila-Quality")); // Latin-1 survives the PDF
        QVERIFY(text.out.contains("review"));
        QVERIFY(text.out.contains("SN-A"));
        QVERIFY(text.out.contains(v.value(QStringLiteral("station")).toString().toUtf8()));

        // The export is an audit event itself.
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export' AND "
                                          "field = 'audit-export'")),
                 QByteArray("1"));
    }

    void reproducibleAndFiltered()
    {
        // A fixed range exports the same event bytes, however many events come later.
        const QByteArray lastTime =
            sql(m_db, QStringLiteral("SELECT time_utc FROM audit_events ORDER BY seq DESC LIMIT 1"));
        const QString a = path(QStringLiteral("range-a"));
        const QString b = path(QStringLiteral("range-b"));
        for (const QString& out : {a, b}) {
            const test::ToolRun run =
                cli({QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--out"), out, QStringLiteral("--to"), QString::fromLatin1(lastTime)});
            QVERIFY2(run.ok(), run.err.constData());
            checkManifest(out, 3);
        }
        QCOMPARE(fileBytes(a + QStringLiteral("/audit-events.csv")),
                 fileBytes(b + QStringLiteral("/audit-events.csv")));
        QCOMPARE(fileBytes(a + QStringLiteral("/audit-events.json")),
                 fileBytes(b + QStringLiteral("/audit-events.json")));
        QVERIFY(!fileBytes(a + QStringLiteral("/audit-events.csv")).isEmpty());

        // By device: only its events.
        const QString dev = path(QStringLiteral("device"));
        QVERIFY(cli({QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--out"), dev, QStringLiteral("--serial"), QStringLiteral("SN-A"),
                     QStringLiteral("--format"), QStringLiteral("json")})
                    .ok());
        const QJsonArray events =
            QJsonDocument::fromJson(fileBytes(dev + QStringLiteral("/audit-events.json"))).array();
        QVERIFY(events.size() >= 5);
        for (const QJsonValue& e : events)
            QCOMPARE(e[QStringLiteral("device_serial")].toString(), QStringLiteral("SN-A"));
        QCOMPARE(
            qint64(events.size()),
            sql(m_db, QStringLiteral("SELECT count(*) FROM audit_events WHERE device_serial = 'SN-A' AND "
                                     "action <> 'export'"))
                .toLongLong());

        // Bad input changes nothing.
        const QByteArray before = sql(m_db, test::eventsBesidesSignInQuery());
        const test::ToolRun bad =
            cli({QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--out"), path(QStringLiteral("bad")), QStringLiteral("--from"),
                 QStringLiteral("yesterday")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(!QDir(path(QStringLiteral("bad"))).exists());
        QCOMPARE(sql(m_db, test::eventsBesidesSignInQuery()), before);
    }

    void reportsProgress()
    {
        // Its own trail of 2,345 events, exported in-process: the stages in order, the count every 1,000
        // events, the final count equal to the events exported.
        const QString dbPath = path(QStringLiteral("progress.db"));
        auto store = db::StationStore::open(dbPath);
        QVERIFY(store);
        db::Database& d = (*store)->database();
        {
            auto tx = db::Transaction::begin(d);
            QVERIFY(tx);
            db::AuditTrail trail(d);
            for (int i = 0; i < 2345; ++i) {
                db::AuditEntry e;
                e.action = QStringLiteral("change");
                e.object = QStringLiteral("device");
                e.field = QStringLiteral("note");
                e.newValue = QString::number(i);
                QVERIFY(trail.append(db::systemActor(), e));
            }
            QVERIFY((*tx)->commit());
        }
        const qint64 before = sql(dbPath, QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
        QVERIFY(before > 2345);

        QList<QPair<db::exports::AuditExportStage, qint64>> seen;
        db::exports::AuditExportOptions options;
        options.outDir = path(QStringLiteral("progress-out"));
        options.actor = db::systemActor();
        options.progress = [&seen](db::exports::AuditExportStage stage, qint64 events) {
            seen.append({stage, events});
        };
        auto exported = db::exports::exportAudit(d, options);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
        QCOMPARE(exported->events, before);

        using Stage = db::exports::AuditExportStage;
        QVERIFY(seen.size() >= 4);
        QCOMPARE(seen.first(), qMakePair(Stage::Verifying, qint64(0)));
        QCOMPARE(seen.at(1), qMakePair(Stage::Writing, qint64(0)));
        QCOMPARE(seen.last(), qMakePair(Stage::Report, before));
        QCOMPARE(seen.at(seen.size() - 2), qMakePair(Stage::Writing, before));
        QList<qint64> counts;
        for (qsizetype i = 1; i + 1 < seen.size(); ++i) {
            QCOMPARE(seen.at(i).first, Stage::Writing);
            counts.append(seen.at(i).second);
        }
        QVERIFY(std::is_sorted(counts.cbegin(), counts.cend()));
        QVERIFY(counts.contains(1000));
        QVERIFY(counts.contains(2000));
    }

    void tamperedTrailSaysSo()
    {
        const QString copy = path(QStringLiteral("tampered.db"));
        QVERIFY(QFile::copy(m_db, copy));
        QVERIFY(QFile::copy(db::keyPathFor(m_db), db::keyPathFor(copy)));
        QVERIFY(QFile::copy(db::checkpointPathFor(m_db), db::checkpointPathFor(copy)));
        QVERIFY(
            test::runTool(
                QStringLiteral("sqlite3"),
                {copy, QStringLiteral("DROP TRIGGER audit_events_no_update; "
                                      "UPDATE audit_events SET reason = 'edited' WHERE seq = 3; "
                                      "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
                                      "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;")})
                .ok());
        const QString out = path(QStringLiteral("tampered"));
        const test::ToolRun run =
            cli({QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--db"), copy,
                 QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(run.exitCode, 1); // exported, but the verdict fails
        const test::ToolRun text = test::runTool(
            QStringLiteral("pdftotext"), {out + QStringLiteral("/audit-report.pdf"), QStringLiteral("-")});
        QVERIFY(text.out.contains("VERDICT: TAMPERED"));
        QVERIFY(text.out.contains("3"));
        const QJsonObject v =
            QJsonDocument::fromJson(fileBytes(out + QStringLiteral("/verification.json"))).object();
        QCOMPARE(v[QStringLiteral("chain")][QStringLiteral("problem")].toString(), QStringLiteral("altered"));
        QCOMPARE(v[QStringLiteral("chain")][QStringLiteral("seq")].toInt(), 3);
    }
};

STATION_TEST_GUILESS_MAIN(TestAuditReportExport)
#include "TestAuditReportExport.moc"
