// Tampering with the audit trail through the sqlite3 CLI — edit a field, delete a row, insert a row, swap
// two rows, drop the triggers and rewrite, truncate the tail — is detected, and verify names the event.
#include "TestMain.h"
#include "TestSupport.h"

#include "db/AuditHash.h"
#include "db/AuditTrail.h"
#include "db/Checkpoints.h"
#include "db/Migrations.h"
#include "db/StationStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
test::ToolRun sql(const QString& db, const QString& statement)
{
    return test::runTool(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db, statement});
}

QString dropTriggers()
{
    return QStringLiteral("DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;");
}

QString restoreTriggers()
{
    int n = 0;
    const db::ProtectionTrigger* t = db::protectionTriggers(&n);
    return QString::fromLatin1(t[0].sql) + QLatin1Char(';') + QString::fromLatin1(t[1].sql) +
           QLatin1Char(';');
}

QString dropKeyTriggers()
{
    return QStringLiteral("DROP TRIGGER station_info_identity_fixed; DROP TRIGGER station_info_identity_kept;"
                          "DROP TRIGGER station_info_identity_once;");
}

QString triggerSql(const char* name)
{
    int n = 0;
    const db::ProtectionTrigger* t = db::protectionTriggers(&n);
    for (int i = 0; i < n; ++i)
        if (qstrcmp(t[i].name, name) == 0)
            return QString::fromLatin1(t[i].sql) + QLatin1Char(';');
    return {};
}

QString restoreKeyTriggers()
{
    return triggerSql("station_info_identity_fixed") + triggerSql("station_info_identity_kept") +
           triggerSql("station_info_identity_once");
}

QString stationId(const QString& db)
{
    return QString::fromLatin1(
        sql(db, QStringLiteral("SELECT value FROM station_info WHERE key='station_id'")).out.trimmed());
}

QString stationKeyFingerprint(const QString& db)
{
    const QByteArray hex =
        sql(db, QStringLiteral("SELECT value FROM station_info WHERE key='public_key'")).out.trimmed();
    return db::publicKeyFingerprint(QByteArray::fromHex(hex));
}

// SQL that edits the reason of event `seq` and recomputes every hash from it on (the encoding is public).
QString rewriteFrom(const QString& path, qint64 seq)
{
    auto database = db::Database::open(path, db::OpenOptions::readOnly());
    if (!database)
        return QStringLiteral("SELECT RAISE(ABORT, 'cannot open');");
    db::AuditTrail trail(**database);
    auto events = trail.events(1, 100000);
    if (!events || events->size() < seq)
        return QStringLiteral("SELECT RAISE(ABORT, 'no events');");
    db::AuditHasher hasher;
    QByteArray prev = events->at(seq - 2).hash;
    QString script;
    for (qsizetype i = seq - 1; i < events->size(); ++i) {
        db::AuditEvent e = events->at(i);
        if (e.seq == seq)
            e.entry.reason = QStringLiteral("rewritten");
        const QByteArray v[db::kAuditFieldCount] = {e.uuid.toUtf8(),
                                                    e.timeUtc.toUtf8(),
                                                    e.stationId.toUtf8(),
                                                    e.softwareVersion.toUtf8(),
                                                    e.actorId.toUtf8(),
                                                    e.actorName.toUtf8(),
                                                    e.entry.deviceSerial.toUtf8(),
                                                    e.entry.action.toUtf8(),
                                                    e.entry.object.toUtf8(),
                                                    e.entry.field.toUtf8(),
                                                    e.entry.oldValue.toUtf8(),
                                                    e.entry.newValue.toUtf8(),
                                                    e.entry.reason.toUtf8()};
        std::string_view f[db::kAuditFieldCount];
        for (int k = 0; k < db::kAuditFieldCount; ++k)
            f[k] = std::string_view(v[k].constData(), size_t(v[k].size()));
        const QByteArray h =
            db::toByteArray(hasher.eventHash(f, reinterpret_cast<const unsigned char*>(prev.constData())));
        script +=
            QStringLiteral("UPDATE audit_events SET reason='%1', prev_hash=X'%2', hash=X'%3' WHERE seq=%4;")
                .arg(e.entry.reason, QString::fromLatin1(prev.toHex()), QString::fromLatin1(h.toHex()))
                .arg(e.seq);
        prev = h;
    }
    return script;
}

// Removes every event after `keep` and every checkpoint row, triggers restored afterwards.
QString truncateWithCheckpoints(qint64 keep)
{
    return dropTriggers() +
           QStringLiteral("DELETE FROM audit_events WHERE seq > %1;"
                          "DROP TRIGGER checkpoints_no_delete; DELETE FROM checkpoints;")
               .arg(keep) +
           restoreTriggers() + triggerSql("checkpoints_no_delete");
}

constexpr int kEvents = 60;
} // namespace

class TestAuditTamper : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_pub;     // the auditor's copy of the station's public key
    QString m_witness; // the auditor's witnessed checkpoint
    qint64 m_last = 0;
    int m_case = 0;

    // A copy of the pristine station (database, key, checkpoint mirror) to tamper with.
    QString copy()
    {
        const QString path = m_dir.filePath(QStringLiteral("case%1.db").arg(++m_case));
        for (const QString& suffix : {QString(), QStringLiteral(".key"), QStringLiteral(".checkpoint")})
            if (!QFile::copy(m_pristine + suffix, path + suffix))
                return {};
        return path;
    }

    QJsonObject verifyCli(const QString& path, int* exitCode, const QStringList& extra = {})
    {
        const test::ToolRun run = test::runTool(
            test::cliPath(), QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                         QStringLiteral("--db"), path, QStringLiteral("--json")} +
                                 extra);
        *exitCode = run.exitCode;
        return QJsonDocument::fromJson(run.out).object();
    }

    void expectDetected(const QString& path, const QString& problem, qint64 seq)
    {
        int rc = 0;
        const QJsonObject report = verifyCli(path, &rc);
        QVERIFY2(rc != 0, QJsonDocument(report).toJson().constData());
        QCOMPARE(report.value(QStringLiteral("intact")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("problem")).toString(), problem);
        QCOMPARE(report.value(QStringLiteral("seq")).toInteger(), seq);
        QVERIFY(report.value(QStringLiteral("message")).toString().contains(QString::number(seq)));
        // The same finding when the chain is scanned in two ranges in parallel (split in the middle).
        db::OpenOptions ro;
        ro.mode = db::OpenMode::ReadOnly;
        auto database = db::Database::open(path, ro);
        QVERIFY(database);
        db::VerifyOptions split;
        split.parallelThreshold = 2;
        auto parallel = db::AuditTrail::verify(**database, split);
        QVERIFY(parallel);
        QCOMPARE(db::auditProblemKey(parallel->problem), problem);
        QCOMPARE(parallel->seq, seq);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!test::cliPath().isEmpty());
        m_pristine = m_dir.filePath(QStringLiteral("pristine.db"));
        auto store = db::StationStore::open(m_pristine);
        QVERIFY(store);
        db::AuditTrail trail((*store)->database());
        while (true) {
            auto last = trail.last();
            QVERIFY(last && *last);
            if ((*last)->first >= kEvents)
                break;
            db::AuditEntry e;
            e.deviceSerial = QStringLiteral("SER-%1").arg((*last)->first % 7);
            e.action = QStringLiteral("change");
            e.object = QStringLiteral("device");
            e.field = QStringLiteral("note");
            e.oldValue = QStringLiteral("ä-old");
            e.newValue = QStringLiteral("new %1").arg((*last)->first);
            e.reason = QStringLiteral("test");
            QVERIFY(trail.append(db::Actor{QStringLiteral("op1"), QStringLiteral("Olga Operator")}, e));
        }
        auto cp = (*store)->checkpoint();
        QVERIFY(cp && *cp);
        m_last = (*cp)->seq;
        QCOMPARE(m_last, qint64(kEvents));
        int rc = -1;
        const QJsonObject report = verifyCli(m_pristine, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(report.value(QStringLiteral("events")).toInteger(), qint64(kEvents));
        // What the auditor takes away: the public key and a witnessed checkpoint (the CLI writes both).
        m_pub = m_dir.filePath(QStringLiteral("auditor-pub.pem"));
        m_witness = m_dir.filePath(QStringLiteral("auditor-witness.txt"));
        QVERIFY(test::runTool(test::cliPath(),
                              {QStringLiteral("audit"), QStringLiteral("public-key"), QStringLiteral("--db"),
                               m_pristine, QStringLiteral("--out"), m_pub})
                    .ok());
        const test::ToolRun witnessed = test::runTool(
            test::cliPath(), {QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--db"),
                              m_pristine, QStringLiteral("--out"), m_witness});
        QVERIFY2(witnessed.ok(), witnessed.err.constData());
    }

    void triggersRefuseEdits()
    {
        const QString path = copy();
        QVERIFY(!sql(path, QStringLiteral("UPDATE audit_events SET reason='forged' WHERE seq=20")).ok());
        QVERIFY(!sql(path, QStringLiteral("DELETE FROM audit_events WHERE seq=20")).ok());
        int rc = -1;
        verifyCli(path, &rc);
        QCOMPARE(rc, 0);
    }

    void editedFieldIsLocated()
    {
        const QString path = copy();
        QVERIFY(sql(path, dropTriggers() +
                              QStringLiteral("UPDATE audit_events SET actor_name='Mallory' WHERE seq=20;") +
                              restoreTriggers())
                    .ok());
        expectDetected(path, QStringLiteral("altered"), 20);
    }

    void deletedRowIsLocated()
    {
        const QString path = copy();
        QVERIFY(sql(path, dropTriggers() + QStringLiteral("DELETE FROM audit_events WHERE seq=33;") +
                              restoreTriggers())
                    .ok());
        expectDetected(path, QStringLiteral("missing"), 33);
    }

    void deletedAndRenumberedRowIsLocated()
    {
        const QString path = copy();
        QVERIFY(
            sql(path, dropTriggers() +
                          QStringLiteral("DELETE FROM audit_events WHERE seq=33;"
                                         "UPDATE audit_events SET seq = seq + 100000 WHERE seq > 33;"
                                         "UPDATE audit_events SET seq = seq - 100001 WHERE seq > 100000;") +
                          restoreTriggers())
                .ok());
        expectDetected(path, QStringLiteral("missing"), 33);
    }

    void insertedRowIsLocated()
    {
        // Appended at the end, copying a real event under a fresh UUID.
        const QString path = copy();
        QVERIFY(sql(path, QStringLiteral(
                              "INSERT INTO audit_events SELECT %1, 'f0f0f0f0-0000-4000-8000-000000000001', "
                              "time_utc, station_id, software_version, actor_id, actor_name, device_serial, "
                              "action, object, field, old_value, new_value, 'forged', prev_hash, hash "
                              "FROM audit_events WHERE seq = 10")
                              .arg(m_last + 1))
                    .ok());
        expectDetected(path, QStringLiteral("inserted"), m_last + 1);
        // Slipped into the middle, renumbering the rest.
        const QString path2 = copy();
        QVERIFY(
            sql(path2, dropTriggers() +
                           QStringLiteral(
                               "UPDATE audit_events SET seq = seq + 100000 WHERE seq >= 25;"
                               "UPDATE audit_events SET seq = seq - 99999 WHERE seq > 100000;"
                               "INSERT INTO audit_events SELECT 25, 'f0f0f0f0-0000-4000-8000-000000000002', "
                               "time_utc, station_id, software_version, actor_id, actor_name, "
                               "device_serial, action, object, field, old_value, 'forged', reason, "
                               "prev_hash, hash FROM audit_events WHERE seq = 26;") +
                           restoreTriggers())
                .ok());
        expectDetected(path2, QStringLiteral("inserted"), 25);
    }

    void swappedRowsAreLocated()
    {
        const QString path = copy();
        QVERIFY(sql(path, dropTriggers() +
                              QStringLiteral("UPDATE audit_events SET seq = -1 WHERE seq = 40;"
                                             "UPDATE audit_events SET seq = 40 WHERE seq = 41;"
                                             "UPDATE audit_events SET seq = 41 WHERE seq = -1;") +
                              restoreTriggers())
                    .ok());
        expectDetected(path, QStringLiteral("reordered"), 40);
    }

    void droppedTriggersAreReported()
    {
        const QString path = copy();
        QVERIFY(sql(path, dropTriggers()).ok());
        int rc = 0;
        const QJsonObject report = verifyCli(path, &rc);
        QVERIFY(rc != 0);
        QCOMPARE(report.value(QStringLiteral("problem")).toString(), QStringLiteral("protection-removed"));
    }

    void droppedEscrowTriggersAreReported()
    {
        // Each protection trigger of the escrow records (schema 5), dropped or weakened, is reported.
        for (const char* name :
             {"escrow_records_no_delete", "escrow_records_content_fixed", "escrow_records_state_forward"}) {
            QVERIFY2(!triggerSql(name).isEmpty(), name);
            const QString path = copy();
            QVERIFY(sql(path, QStringLiteral("DROP TRIGGER %1;").arg(QLatin1String(name))).ok());
            int rc = 0;
            QJsonObject report = verifyCli(path, &rc);
            QVERIFY(rc != 0);
            QCOMPARE(report.value(QStringLiteral("problem")).toString(),
                     QStringLiteral("protection-removed"));
            QVERIFY2(report.value(QStringLiteral("message")).toString().contains(QLatin1String(name)),
                     qPrintable(report.value(QStringLiteral("message")).toString()));
            // Put back with a different body: still reported.
            QVERIFY(sql(path, QStringLiteral("CREATE TRIGGER %1 BEFORE DELETE ON escrow_records "
                                             "BEGIN SELECT 1; END;")
                                  .arg(QLatin1String(name)))
                        .ok());
            report = verifyCli(path, &rc);
            QVERIFY(rc != 0);
            QCOMPARE(report.value(QStringLiteral("problem")).toString(),
                     QStringLiteral("protection-removed"));
            // Restored exactly: intact again.
            QVERIFY(sql(path, QStringLiteral("DROP TRIGGER %1;").arg(QLatin1String(name)) + triggerSql(name))
                        .ok());
            verifyCli(path, &rc);
            QCOMPARE(rc, 0);
        }
    }

    void rewrittenChainIsCaughtByCheckpoint()
    {
        // An attacker who knows the encoding drops the triggers, edits event 20 and recomputes every hash
        // after it: the chain is self-consistent again, but the signed checkpoint no longer matches.
        const QString path = copy();
        QVERIFY(sql(path, dropTriggers() + rewriteFrom(path, 20) + restoreTriggers()).ok());
        expectDetected(path, QStringLiteral("altered"), 1);
    }

    // ---- Attacks by someone holding the station account (issue 18): the auditor's witness and pin ----

    void publicKeyAndWitnessAreWhatTheAuditorKeeps()
    {
        // The public key the auditor pins is the station key's (openssl derives it from the private key).
        const test::ToolRun derived = test::runTool(
            QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"),
                                        m_pristine + QStringLiteral(".key"), QStringLiteral("-pubout")});
        QVERIFY(derived.ok());
        QCOMPARE(test::readFile(m_pub), derived.out);
        // The witnessed checkpoint is a C2SP signed note whose signature openssl verifies over its body.
        const QByteArray note = test::readFile(m_witness);
        const QList<QByteArray> lines = note.split('\n');
        QCOMPARE(lines.at(0), QByteArray("tpm-station/") + stationId(m_pristine).toLatin1());
        QCOMPARE(lines.at(1), QByteArray::number(m_last));
        QCOMPARE(
            QByteArray::fromBase64(lines.at(2)).toHex(),
            sql(m_pristine, QStringLiteral("SELECT hex(hash) FROM audit_events WHERE seq=%1").arg(m_last))
                .out.trimmed()
                .toLower());
        QVERIFY(lines.at(3).isEmpty());
        QVERIFY(lines.at(4).startsWith(QStringLiteral("\u2014 tpm-station/").toUtf8()));
        const QByteArray blob = QByteArray::fromBase64(lines.at(4).split(' ').last());
        QCOMPARE(blob.size(), 4 + 64);
        const QString body = m_dir.filePath(QStringLiteral("note-body"));
        const QString sigFile = m_dir.filePath(QStringLiteral("note-sig"));
        QVERIFY(test::writeFile(body, note.left(note.indexOf("\n\n") + 1)));
        QVERIFY(test::writeFile(sigFile, blob.mid(4)));
        const test::ToolRun ok =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                           QStringLiteral("-inkey"), m_pub, QStringLiteral("-rawin"), QStringLiteral("-in"),
                           body, QStringLiteral("-sigfile"), sigFile});
        QVERIFY2(ok.ok(), ok.err.constData());
        // The fingerprint the CLI reports is SHA-256 over the key's DER (openssl + python3 as the oracle).
        const test::ToolRun der =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"), m_pub,
                           QStringLiteral("-outform"), QStringLiteral("DER")});
        const test::ToolRun digest = test::runTool(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())")},
            {}, der.out);
        int rc = -1;
        const QJsonObject report =
            verifyCli(m_pristine, &rc,
                      {QStringLiteral("--public-key"), m_pub, QStringLiteral("--witness"), m_witness,
                       QStringLiteral("--fingerprint"), QString::fromLatin1(digest.out.trimmed())});
        QCOMPARE(rc, 0);
        QCOMPARE(report.value(QStringLiteral("keyFingerprint")).toString(),
                 QString::fromLatin1(digest.out.trimmed()));
        QCOMPARE(report.value(QStringLiteral("witnessedSeq")).toInteger(), m_last);
        // A private key is not what verify takes.
        const test::ToolRun priv =
            test::runTool(test::cliPath(),
                          {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                           m_pristine, QStringLiteral("--public-key"), m_pristine + QStringLiteral(".key")});
        QVERIFY(priv.exitCode != 0);
        QVERIFY2(priv.err.contains("public key"), priv.err.constData());
    }

    void resignedChainWithANewKeyIsCaught()
    {
        // Drop every trigger, rewrite event 20 and the chain after it, remove the checkpoints, the mirror,
        // the key and the recorded key, and let the station software create a new key and re-sign.
        const QString path = copy();
        QVERIFY(sql(path, dropTriggers() + rewriteFrom(path, 20) + dropKeyTriggers() +
                              QStringLiteral("DROP TRIGGER checkpoints_no_delete; DELETE FROM checkpoints;"
                                             "DELETE FROM station_info WHERE key='public_key';") +
                              restoreTriggers() + triggerSql("checkpoints_no_delete") + restoreKeyTriggers())
                    .ok());
        QVERIFY(QFile::remove(path + QStringLiteral(".key")) &&
                QFile::remove(path + QStringLiteral(".checkpoint")));
        {
            auto store = db::StationStore::open(path);
            QVERIFY2(store, store ? "" : qPrintable(store.error().message));
            QVERIFY((*store)->checkpoint());
        }
        // Self-consistent to anyone who trusts the station's own files: the limit the witness exists for.
        int rc = -1;
        verifyCli(path, &rc);
        QCOMPARE(rc, 0);
        // The pinned public key, the witnessed checkpoint, and both, catch it.
        for (const QStringList& extra :
             {QStringList{QStringLiteral("--public-key"), m_pub},
              QStringList{QStringLiteral("--witness"), m_witness},
              QStringList{QStringLiteral("--public-key"), m_pub, QStringLiteral("--witness"), m_witness}}) {
            const QJsonObject report = verifyCli(path, &rc, extra);
            QVERIFY2(rc != 0, QJsonDocument(report).toJson().constData());
            QCOMPARE(report.value(QStringLiteral("problem")).toString(), QStringLiteral("key-replaced"));
            QVERIFY(report.value(QStringLiteral("message")).toString().contains(QLatin1String("key")));
        }
    }

    void resignedChainWithTheSameKeyIsCaughtByTheWitness()
    {
        // The station key itself re-signs the rewritten chain: only the witnessed checkpoint can tell.
        const QString path = copy();
        QVERIFY(sql(path, dropTriggers() + rewriteFrom(path, 20) +
                              QStringLiteral("DROP TRIGGER checkpoints_no_delete; DELETE FROM checkpoints;") +
                              restoreTriggers() + triggerSql("checkpoints_no_delete"))
                    .ok());
        QVERIFY(QFile::remove(path + QStringLiteral(".checkpoint")));
        {
            auto store = db::StationStore::open(path);
            QVERIFY(store);
            auto cp = (*store)->checkpoint();
            QVERIFY(cp && *cp);
        }
        int rc = -1;
        verifyCli(path, &rc, {QStringLiteral("--public-key"), m_pub});
        QCOMPARE(rc, 0);
        const QJsonObject report = verifyCli(
            path, &rc, {QStringLiteral("--public-key"), m_pub, QStringLiteral("--witness"), m_witness});
        QVERIFY(rc != 0);
        QCOMPARE(report.value(QStringLiteral("problem")).toString(), QStringLiteral("altered"));
        QCOMPARE(report.value(QStringLiteral("seq")).toInteger(), m_last);
    }

    void truncatedBelowTheWitnessIsCaught()
    {
        // Tail, checkpoints and mirror removed together: the witness still remembers the end.
        const QString path = copy();
        QVERIFY(sql(path, truncateWithCheckpoints(m_last - 3)).ok());
        QVERIFY(QFile::remove(path + QStringLiteral(".checkpoint")));
        int rc = -1;
        const QJsonObject report = verifyCli(path, &rc, {QStringLiteral("--witness"), m_witness});
        QVERIFY(rc != 0);
        QCOMPARE(report.value(QStringLiteral("problem")).toString(), QStringLiteral("truncated"));
        QCOMPARE(report.value(QStringLiteral("seq")).toInteger(), m_last - 2);
    }

    void deletedMirrorIsAFailure()
    {
        const QString path = copy();
        QVERIFY(QFile::remove(path + QStringLiteral(".checkpoint")));
        int rc = -1;
        const QJsonObject report = verifyCli(path, &rc);
        QVERIFY(rc != 0);
        QCOMPARE(report.value(QStringLiteral("problem")).toString(), QStringLiteral("mirror-missing"));
        QVERIFY(report.value(QStringLiteral("message"))
                    .toString()
                    .contains(path + QStringLiteral(".checkpoint")));
    }

    void swappedKeyIsRefused()
    {
        const QString path = copy();
        const QString forged = QString(64, QLatin1Char('a'));
        // The recorded key cannot be replaced, updated or deleted (sqlite3 as the attacker).
        for (const QString& statement :
             {QStringLiteral("INSERT OR REPLACE INTO station_info(key, value) VALUES ('public_key', '%1')")
                  .arg(forged),
              QStringLiteral("UPDATE station_info SET value='%1' WHERE key='public_key'").arg(forged),
              QStringLiteral("DELETE FROM station_info WHERE key='public_key'"),
              QStringLiteral("UPDATE station_info SET value='x' WHERE key='station_id'")}) {
            const test::ToolRun r = sql(path, statement);
            QVERIFY2(!r.ok(), qPrintable(statement));
            QVERIFY2(r.err.contains("written once"), r.err.constData());
        }
        QCOMPARE(
            sql(path, QStringLiteral("SELECT value FROM station_info WHERE key='public_key'")).out.trimmed(),
            sql(m_pristine, QStringLiteral("SELECT value FROM station_info WHERE key='public_key'"))
                .out.trimmed());
        int rc = -1;
        verifyCli(path, &rc);
        QCOMPARE(rc, 0);
        // Another station's key file in its place: the store refuses it and verify names the replaced key.
        const QString other = m_dir.filePath(QStringLiteral("other-station.db"));
        QVERIFY(db::StationStore::open(other));
        QVERIFY(QFile::remove(path + QStringLiteral(".key")));
        QVERIFY(QFile::copy(other + QStringLiteral(".key"), path + QStringLiteral(".key")));
        auto store = db::StationStore::open(path);
        QVERIFY(!store);
        QVERIFY(store.error().message.contains(path + QStringLiteral(".key")));
        const QJsonObject report = verifyCli(path, &rc);
        QVERIFY(rc != 0);
        QCOMPARE(report.value(QStringLiteral("problem")).toString(), QStringLiteral("key-replaced"));
        // The key triggers dropped as well: reported as removed protection.
        const QString path2 = copy();
        QVERIFY(sql(path2, dropKeyTriggers()).ok());
        verifyCli(path2, &rc);
        QVERIFY(rc != 0);
    }

    void deletedKeyIsNotRegenerated()
    {
        const QString path = copy();
        QVERIFY(QFile::remove(path + QStringLiteral(".key")));
        const QByteArray before = test::readFile(path);
        auto store = db::StationStore::open(path);
        QVERIFY(!store);
        QVERIFY2(store.error().message.contains(path + QStringLiteral(".key")),
                 qPrintable(store.error().message));
        QVERIFY(store.error().message.contains(stationKeyFingerprint(m_pristine)));
        QVERIFY(!QFile::exists(path + QStringLiteral(".key")));
        const test::ToolRun cli =
            test::runTool(test::cliPath(), {QStringLiteral("audit"), QStringLiteral("checkpoint"),
                                            QStringLiteral("--db"), path});
        QVERIFY(cli.exitCode != 0);
        QVERIFY2(cli.err.contains(".key"), cli.err.constData());
        QVERIFY(!QFile::exists(path + QStringLiteral(".key")));
        QCOMPARE(sql(path, QStringLiteral("SELECT max(seq) FROM audit_events")).out.trimmed(),
                 QByteArray::number(m_last));
        Q_UNUSED(before);
        // An auditor with the public key still verifies the copy.
        int rc = -1;
        verifyCli(path, &rc, {QStringLiteral("--public-key"), m_pub, QStringLiteral("--witness"), m_witness});
        QCOMPARE(rc, 0);
    }

    void truncatedTailIsDetected()
    {
        const QString path = copy();
        QVERIFY(sql(path, dropTriggers() +
                              QStringLiteral("DELETE FROM audit_events WHERE seq > %1;").arg(m_last - 3) +
                              restoreTriggers())
                    .ok());
        expectDetected(path, QStringLiteral("truncated"), m_last - 2);
        // Removing the checkpoint rows as well does not help: the mirror outside the database remembers.
        const QString path2 = copy();
        QVERIFY(sql(path2, truncateWithCheckpoints(m_last - 3)).ok());
        expectDetected(path2, QStringLiteral("truncated"), m_last - 2);
    }

    void forgedCheckpointIsRefused()
    {
        const QString path = copy();
        QFile mirror(path + QStringLiteral(".checkpoint"));
        QVERIFY(mirror.open(QIODevice::ReadOnly));
        QJsonObject cp = QJsonDocument::fromJson(mirror.readAll()).object();
        mirror.close();
        cp.insert(QStringLiteral("seq"), m_last - 5); // claims less than it signed
        QVERIFY(mirror.open(QIODevice::WriteOnly | QIODevice::Truncate));
        mirror.write(QJsonDocument(cp).toJson());
        mirror.close();
        int rc = 0;
        const QJsonObject report = verifyCli(path, &rc);
        QVERIFY(rc != 0);
        QCOMPARE(report.value(QStringLiteral("problem")).toString(), QStringLiteral("checkpoint-invalid"));
    }
};

STATION_TEST_GUILESS_MAIN(TestAuditTamper)
#include "TestAuditTamper.moc"
