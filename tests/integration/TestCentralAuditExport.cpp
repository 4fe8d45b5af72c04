// `export audit --central` against a real PostgreSQL 15 (tests/support/PostgresFixture): two stations run
// their lines and sync, their keys are pinned and their checkpoints verified centrally; the central audit
// export of each station must equal the station's own `export audit` of its SQLite file byte for byte (the
// same events, the same hashes) and pass the auditor's procedure of docs/AUDIT.md — the documented script
// scripts/verify_audit_export.py (python3's standard library) and openssl for the signature and the key's
// fingerprint. Oracles: the script, openssl, sqlite3 and psql.
#include "CentralStations.h"
#include "ExportSignIn.h"
#include "PostgresFixture.h"
#include "TestMain.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
using test::sqlOut;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject jsonFile(const QString& path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

// The auditor's procedure of docs/AUDIT.md "Audit export", step by step: the script, the key's fingerprint,
// the signature. Empty when it passes, else what failed.
QString auditorChecks(const QString& trail, const QString& work, const QString& fingerprint)
{
    QDir().mkpath(work);
    const test::ToolRun script =
        test::runTool(QStringLiteral("python3"), {qEnvironmentVariable("STATION_SOURCE_DIR") +
                                                      QStringLiteral("/scripts/verify_audit_export.py"),
                                                  trail, work});
    if (!script.ok())
        return QStringLiteral("script: ") + QString::fromUtf8(script.out + script.err);
    const test::ToolRun der =
        test::runTool(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("openssl pkey -pubin -in "
                                                                                  "'%1/pub.pem' -outform DER "
                                                                                  "| sha256sum")
                                                                       .arg(work)});
    if (!der.ok() || !der.out.startsWith(fingerprint.toUtf8()))
        return QStringLiteral("fingerprint: ") + QString::fromUtf8(der.out + der.err);
    const test::ToolRun sig =
        test::runTool(QStringLiteral("openssl"),
                      {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                       QStringLiteral("-inkey"), work + QStringLiteral("/pub.pem"), QStringLiteral("-rawin"),
                       QStringLiteral("-in"), work + QStringLiteral("/payload.bin"),
                       QStringLiteral("-sigfile"), work + QStringLiteral("/sig.bin")});
    if (!sig.ok())
        return QStringLiteral("signature: ") + QString::fromUtf8(sig.out + sig.err);
    return {};
}
} // namespace

class TestCentralAuditExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // `export audit --central` signed in as the exporting station's admin (test::asExporter).
    static test::ToolRun centralExport(const test::PostgresFixture& pg, const QString& url, const QString& db,
                                       const QString& out, const QStringList& extra = {})
    {
        return test::cliAt(
            pg, test::asExporter(QStringList{QStringLiteral("export"), QStringLiteral("audit"),
                                             QStringLiteral("--central"), url, QStringLiteral("--db"), db,
                                             QStringLiteral("--out"), out} +
                                 extra));
    }

    // The station's fingerprint (as `audit public-key` prints it) and its PEM beside the database.
    static QString publicKey(const QString& db, QString* fingerprint)
    {
        const QString pem = db + QStringLiteral(".pub.pem");
        const test::ToolRun run =
            test::runTool(test::cliPath(), {QStringLiteral("audit"), QStringLiteral("public-key"),
                                            QStringLiteral("--db"), db, QStringLiteral("--out"), pem});
        *fingerprint = QString::fromUtf8(
            test::runTool(QStringLiteral("sh"),
                          {QStringLiteral("-c"),
                           QStringLiteral("openssl pkey -pubin -in '%1' -outform DER | sha256sum").arg(pem)})
                .out.left(64));
        return run.ok() ? pem : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void centralAuditExportEqualsTheStations();
};

void TestCentralAuditExport::centralAuditExportEqualsTheStations()
{
    test::PostgresFixture pg;
    const QString initialised =
        test::initCentral(pg, {{QStringLiteral("relay"), QStringLiteral("tps_relay")},
                               {QStringLiteral("verifier"), QStringLiteral("tps_verifier")},
                               {QStringLiteral("auditor"), QStringLiteral("tps_auditor")},
                               {QStringLiteral("nobody"), QString()}});
    QVERIFY2(initialised.isEmpty(), qPrintable(initialised));
    const QString auditor = pg.url(QStringLiteral("auditor"));

    // Two stations run their lines; each gets its exporting admin; both sync.
    QStringList dbs, ids, pems, fingerprints;
    for (int i = 0; i < 2; ++i) {
        test::TestFleet fleet(2);
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        dbs << m_dir.filePath(QStringLiteral("audit-station%1.db").arg(i));
        const test::ToolRun line = test::cliAt(
            pg, {QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("2"),
                 QStringLiteral("--db"), dbs.last(), QStringLiteral("--root"), fleet.fleet().root(),
                 QStringLiteral("--keep-running"), QStringLiteral("--json")});
        QVERIFY2(line.ok(), line.err.constData());
        (void)test::asExporter({QStringLiteral("export"), QStringLiteral("--db"), dbs.last()});
        ids << test::stationIdOf(dbs.last());
        QString fp;
        pems << publicKey(dbs.last(), &fp);
        fingerprints << fp;
        QVERIFY(!pems.last().isEmpty() && fp.size() == 64);
        const test::ToolRun sent =
            test::cliAt(pg, {QStringLiteral("sync"), QStringLiteral("--db"), dbs.last(),
                             QStringLiteral("--central"), pg.url(QStringLiteral("relay"))});
        QVERIFY2(sent.ok(), sent.err.constData());
    }
    const auto verifyCentrally = [&] {
        return test::cliAt(pg, {QStringLiteral("central"), QStringLiteral("verify"),
                                QStringLiteral("--central"), pg.url(QStringLiteral("verifier"))});
    };
    const auto pin = [&](int i) {
        return test::cliAt(pg, {QStringLiteral("central"), QStringLiteral("pin"), QStringLiteral("--central"),
                                pg.url(), QStringLiteral("--station"), ids[i], QStringLiteral("--public-key"),
                                pems[i]})
            .ok();
    };

    // Only station 0's key is pinned: station 1's trail is exported with that stated, never as intact.
    QVERIFY(pin(0));
    (void)verifyCentrally();
    const QString all = m_dir.filePath(QStringLiteral("central-all"));
    const test::ToolRun flagged = centralExport(pg, auditor, dbs[0], all);
    QCOMPARE(flagged.exitCode, 1);
    QVERIFY2(flagged.out.contains(ids[1].toUtf8() + ": ") && flagged.out.contains("unpinned"),
             flagged.out.constData());
    const QJsonObject chain1 = jsonFile(all + QLatin1Char('/') + ids[1] +
                                        QStringLiteral("/verification.json"))[QStringLiteral("chain")]
                                   .toObject();
    QCOMPARE(chain1.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(chain1.value(QStringLiteral("problem")).toString(), QStringLiteral("unpinned"));
    QVERIFY(!QFile::exists(all + QLatin1Char('/') + ids[1] + QStringLiteral("/audit-trail.json")));
    QVERIFY(jsonFile(all + QLatin1Char('/') + ids[0] +
                     QStringLiteral("/verification.json"))[QStringLiteral("chain")][QStringLiteral("intact")]
                .toBool());
    QCOMPARE(auditorChecks(all + QLatin1Char('/') + ids[0] + QStringLiteral("/audit-trail.json"),
                           m_dir.filePath(QStringLiteral("check-all")), fingerprints[0]),
             QString());
    QCOMPARE(jsonFile(all + QLatin1Char('/') + ids[1] +
                      QStringLiteral("/manifest.json"))[QStringLiteral("chainIntact")]
                 .toBool(true),
             false);

    // Both pinned and verified: each station alone (--station), up to the last event the factory holds,
    // equals the station's own export of its SQLite file, and passes the auditor's procedure.
    QVERIFY(pin(1));
    QVERIFY(verifyCentrally().ok());
    for (int i = 0; i < 2; ++i) {
        const QString to = QString::fromUtf8(
            pg.psql(QStringLiteral("SELECT max(time_utc) FROM tps.audit_events WHERE station_id = '%1'")
                        .arg(ids[i]))
                .out.trimmed());
        QVERIFY(!to.isEmpty());
        const QString own = m_dir.filePath(QStringLiteral("own%1").arg(i));
        const test::ToolRun station = test::cliAt(
            pg, test::asExporter({QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--db"),
                                  dbs[i], QStringLiteral("--out"), own, QStringLiteral("--to"), to}));
        QVERIFY2(station.ok(), station.err.constData());
        const QString out = m_dir.filePath(QStringLiteral("central%1").arg(i));
        const test::ToolRun run = centralExport(
            pg, auditor, dbs[0], out, {QStringLiteral("--station"), ids[i], QStringLiteral("--to"), to});
        QVERIFY2(run.ok(), run.out + run.err);
        QCOMPARE(QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{ids[i]});
        const QString dir = out + QLatin1Char('/') + ids[i];
        for (const char* name : {"audit-events.csv", "audit-events.json"})
            QVERIFY2(readAll(dir + QLatin1Char('/') + QLatin1String(name)) ==
                         readAll(own + QLatin1Char('/') + QLatin1String(name)),
                     name);
        QCOMPARE(
            sqlOut(dbs[i],
                   QStringLiteral("SELECT count(*) FROM audit_events WHERE time_utc <= '%1'").arg(to)),
            QByteArray::number(
                QJsonDocument::fromJson(readAll(dir + QStringLiteral("/audit-events.json"))).array().size()));
        const QJsonObject v = jsonFile(dir + QStringLiteral("/verification.json"));
        QCOMPARE(v.value(QStringLiteral("operators")),
                 jsonFile(own + QStringLiteral("/verification.json")).value(QStringLiteral("operators")));
        QVERIFY(v[QStringLiteral("chain")][QStringLiteral("intact")].toBool());
        QCOMPARE(v[QStringLiteral("chain")][QStringLiteral("pinnedKeySha256")].toString(), fingerprints[i]);
        QVERIFY(test::manifestSignatureVerifies(dir));
        QCOMPARE(auditorChecks(dir + QStringLiteral("/audit-trail.json"),
                               m_dir.filePath(QStringLiteral("check%1").arg(i)), fingerprints[i]),
                 QString());
        // The trail file holds the station's chain hash for hash, up to the verified checkpoint (sqlite3).
        const QJsonObject trail = jsonFile(dir + QStringLiteral("/audit-trail.json"));
        const QJsonArray events = trail.value(QStringLiteral("events")).toArray();
        QStringList hashes;
        for (const QJsonValue& e : events)
            hashes << e[QStringLiteral("hash")].toString();
        QCOMPARE(hashes.join(QLatin1Char('\n')).toUtf8(),
                 sqlOut(dbs[i],
                        QStringLiteral("SELECT lower(hex(hash)) FROM audit_events WHERE seq <= %1 ORDER BY "
                                       "seq")
                            .arg(events.size())));
    }
    // The export is audited on the exporting station, naming the factory database and the station.
    QVERIFY(sqlOut(dbs[0],
                   QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export' AND object = "
                                  "'audit-trail' AND new_value LIKE '%from=factory database%%1%'")
                       .arg(ids[1]))
                .toInt() >= 2);

    // Bad input writes nothing: an unknown station, an unreachable server, a login without a factory role,
    // an operator whose role may not export the audit trail.
    const QString none = m_dir.filePath(QStringLiteral("nothing"));
    const QString stranger = QStringLiteral("0b7e1c2a-0000-4000-8000-0000000000ff");
    const test::ToolRun unknown =
        centralExport(pg, auditor, dbs[0], none, {QStringLiteral("--station"), stranger});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(stranger.toUtf8()) && unknown.err.contains("has sent nothing"),
             unknown.err.constData());
    const test::ToolRun unreachable = centralExport(
        pg, QStringLiteral("host=127.0.0.1 port=1 dbname=factory user=auditor connect_timeout=3"), dbs[0],
        none);
    QVERIFY(unreachable.exitCode != 0);
    QVERIFY2(unreachable.err.contains("factory database"), unreachable.err.constData());
    const test::ToolRun noRole = centralExport(pg, pg.url(QStringLiteral("nobody")), dbs[0], none);
    QVERIFY(noRole.exitCode != 0);
    QVERIFY2(noRole.err.contains("does not permit"), noRole.err.constData());
    QVERIFY(test::runTool(
                test::cliPath(),
                {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"),
                 QStringLiteral("line-op"), QStringLiteral("--name"), QStringLiteral("Line Operator"),
                 QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--password-stdin"),
                 QStringLiteral("--db"), dbs[0], QStringLiteral("--as"), QStringLiteral("exporter")},
                {}, "line-op-pass\nexporter-pass\n")
                .ok());
    const test::ToolRun refused =
        test::cliAt(pg,
                    {QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--central"), auditor,
                     QStringLiteral("--db"), dbs[0], QStringLiteral("--out"), none, QStringLiteral("--as"),
                     QStringLiteral("line-op")},
                    {{QStringLiteral("STATION_PASSWORD"), QStringLiteral("line-op-pass")}});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("export-audit") || refused.err.contains("not permitted"),
             refused.err.constData());
    QVERIFY(!QDir(none).exists());
    QCOMPARE(sqlOut(dbs[0], QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export' AND "
                                           "actor_id = 'line-op'")),
             QByteArray("0"));

    // A station whose records were forged on the way (a test event's queued content changed after it was
    // hashed): the arrival check flags it, and its export states the finding; the auditor's script refuses
    // its trail file.
    const QString forgedDb = m_dir.filePath(QStringLiteral("forged.db"));
    const QString forged = test::stationWithEvents(forgedDb, 10);
    QVERIFY(!forged.isEmpty());
    const QByteArray target = sqlOut(
        forgedDb, QStringLiteral("SELECT seq FROM audit_events WHERE action = 'test' ORDER BY seq LIMIT 1 "
                                 "OFFSET 3"));
    QVERIFY(target.toLongLong() > 1);
    QVERIFY(
        test::runTool(
            QStringLiteral("sqlite3"),
            {forgedDb, QStringLiteral("UPDATE outbox SET payload = replace(payload, '\"action\":\"test\"', "
                                      "'\"action\":\"forged\"') WHERE table_name = 'audit_events' AND "
                                      "row_key = (SELECT uuid FROM audit_events WHERE seq = %1)")
                           .arg(QString::fromLatin1(target))})
            .ok());
    QVERIFY(test::cliAt(pg, {QStringLiteral("sync"), QStringLiteral("--db"), forgedDb,
                             QStringLiteral("--central"), pg.url(QStringLiteral("relay"))})
                .ok());
    QString forgedFp;
    pems << publicKey(forgedDb, &forgedFp);
    ids << forged;
    QVERIFY(pin(2));
    (void)verifyCentrally();
    const QString flaggedOut = m_dir.filePath(QStringLiteral("central-forged"));
    const test::ToolRun found =
        centralExport(pg, auditor, dbs[0], flaggedOut, {QStringLiteral("--station"), forged});
    QCOMPARE(found.exitCode, 1);
    QVERIFY2(found.out.contains("altered") && found.out.contains("audit event " + target),
             found.out.constData());
    const QJsonObject chain = jsonFile(flaggedOut + QLatin1Char('/') + forged +
                                       QStringLiteral("/verification.json"))[QStringLiteral("chain")]
                                  .toObject();
    QCOMPARE(chain.value(QStringLiteral("problem")).toString(), QStringLiteral("altered"));
    QCOMPARE(chain.value(QStringLiteral("seq")).toInteger(), target.toLongLong());
    QCOMPARE(chain.value(QStringLiteral("eventsVerified")).toInteger(), target.toLongLong() - 1);
    const QString forgedTrail = flaggedOut + QLatin1Char('/') + forged + QStringLiteral("/audit-trail.json");
    QVERIFY(QFile::exists(forgedTrail)); // its checkpoint is signed by its key: the events under it are not
    QVERIFY(auditorChecks(forgedTrail, m_dir.filePath(QStringLiteral("check-forged")), forgedFp)
                .contains(QStringLiteral("event %1:").arg(QString::fromLatin1(target))));
}

STATION_TEST_GUILESS_MAIN(TestCentralAuditExport)
#include "TestCentralAuditExport.moc"
