// The audit export can be checked without the station's code: the chain is recomputed here from the
// encoding written in docs/AUDIT.md (QCryptographicHash, not the station's hasher), and the checkpoint's
// Ed25519 signature is verified with `openssl pkeyutl`.
#include "ExportSignIn.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "db/AuditTrail.h"
#include "db/StationStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

namespace {
void appendField(QByteArray& out, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    const quint32 n = quint32(utf8.size());
    out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    out.append(utf8);
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

class TestAuditExport : public QObject
{
    Q_OBJECT
private slots:
    void exportIsIndependentlyVerifiable()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("export.db"));
        {
            auto store = db::StationStore::open(db);
            QVERIFY(store);
            db::AuditTrail trail((*store)->database());
            for (int i = 0; i < 25; ++i) {
                db::AuditEntry e;
                e.deviceSerial = QStringLiteral("SER-%1").arg(i);
                e.action = QStringLiteral("change");
                e.object = QStringLiteral("device");
                e.field = QStringLiteral("note");
                e.oldValue = QStringLiteral("Grüße");
                e.newValue = QStringLiteral("value %1").arg(i);
                e.reason = QStringLiteral("because");
                QVERIFY(trail.append(db::Actor{QStringLiteral("q1"), QStringLiteral("Quinn Quality")}, e));
            }
        }
        const QString out = dir.filePath(QStringLiteral("audit.json"));
        const test::ToolRun run = test::runTool(
            test::cliPath(), test::asExporter({QStringLiteral("audit"), QStringLiteral("export"),
                                               QStringLiteral("--db"), db, QStringLiteral("--out"), out}));
        QVERIFY2(run.ok(), run.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("tps-audit-export-1"));
        const QJsonArray events = doc.value(QStringLiteral("events")).toArray();
        const QJsonObject cp = doc.value(QStringLiteral("checkpoint")).toObject();
        QCOMPARE(qint64(events.size()), cp.value(QStringLiteral("seq")).toInteger());
        // The count said with its %n plural ("N audit event(s) exported …", English forms from the .ts).
        QVERIFY2(run.out.contains(QStringLiteral("%1 audit event").arg(events.size()).toUtf8()),
                 run.out.constData());
        QCOMPARE(events.last().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("export"));

        // The chain, recomputed from the documented encoding.
        QByteArray prev(32, '\0');
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            QByteArray bytes("TPS-AUDIT-V1");
            for (const char* key :
                 {"uuid", "timeUtc", "stationId", "softwareVersion", "actorId", "actorName", "deviceSerial",
                  "action", "object", "field", "oldValue", "newValue", "reason"})
                appendField(bytes, e.value(QLatin1String(key)).toString());
            QCOMPARE(e.value(QStringLiteral("prevHash")).toString().toLatin1(), prev.toHex());
            bytes.append(prev);
            prev = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
            QCOMPARE(e.value(QStringLiteral("hash")).toString().toLatin1(), prev.toHex());
        }
        QCOMPARE(cp.value(QStringLiteral("hash")).toString().toLatin1(), prev.toHex());

        // The checkpoint payload as documented, and its signature checked by openssl.
        QByteArray payload("TPS-CHECKPOINT-V1");
        appendField(payload, cp.value(QStringLiteral("stationId")).toString());
        const quint64 seq = quint64(cp.value(QStringLiteral("seq")).toInteger());
        for (int shift = 56; shift >= 0; shift -= 8)
            payload.append(char(seq >> shift));
        const QByteArray hash = QByteArray::fromHex(cp.value(QStringLiteral("hash")).toString().toLatin1());
        payload.append(char(0)).append(char(0)).append(char(0)).append(char(32)).append(hash);
        appendField(payload, cp.value(QStringLiteral("createdUtc")).toString());
        QCOMPARE(payload.toHex(), cp.value(QStringLiteral("payload")).toString().toLatin1());
        const QString pub = dir.filePath(QStringLiteral("pub.pem"));
        const QString msg = dir.filePath(QStringLiteral("payload.bin"));
        const QString sig = dir.filePath(QStringLiteral("sig.bin"));
        QVERIFY(writeFile(pub, doc.value(QStringLiteral("publicKeyPem")).toString().toLatin1()));
        QVERIFY(writeFile(msg, payload));
        QVERIFY(
            writeFile(sig, QByteArray::fromHex(cp.value(QStringLiteral("signature")).toString().toLatin1())));
        const QStringList verifyArgs{QStringLiteral("pkeyutl"),
                                     QStringLiteral("-verify"),
                                     QStringLiteral("-pubin"),
                                     QStringLiteral("-inkey"),
                                     pub,
                                     QStringLiteral("-rawin"),
                                     QStringLiteral("-in"),
                                     msg,
                                     QStringLiteral("-sigfile"),
                                     sig};
        const test::ToolRun good = test::runTool(QStringLiteral("openssl"), verifyArgs);
        QVERIFY2(good.ok(), good.err.constData());
        payload[payload.size() - 1] = char(payload.at(payload.size() - 1) ^ 1);
        QVERIFY(writeFile(msg, payload));
        QVERIFY(!test::runTool(QStringLiteral("openssl"), verifyArgs).ok());
        // The private key never leaves the station.
        QVERIFY(!QFile(out).exists() || !doc.contains(QStringLiteral("privateKey")));
        f.seek(0);
        QVERIFY(!f.readAll().contains("PRIVATE KEY"));
    }

    void auditorScriptChecksARealExport()
    {
        // docs/AUDIT.md's script (python3 standard library) and openssl, against a real export and witness.
        const QString script =
            qEnvironmentVariable("STATION_SOURCE_DIR") + QStringLiteral("/scripts/verify_audit_export.py");
        QVERIFY2(QFile::exists(script), qPrintable(script));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("auditor.db"));
        QVERIFY(db::StationStore::open(db));
        const QString witness = dir.filePath(QStringLiteral("witness.txt"));
        const QString out = dir.filePath(QStringLiteral("audit.json"));
        for (const QStringList& args : {QStringList{QStringLiteral("checkpoint"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--out"), witness},
                                        QStringList{QStringLiteral("export"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--out"), out}}) {
            const test::ToolRun run =
                test::runTool(test::cliPath(), test::asExporter(QStringList{QStringLiteral("audit")} + args));
            QVERIFY2(run.ok(), run.err.constData());
        }
        const QString check = dir.filePath(QStringLiteral("check"));
        QVERIFY(QDir().mkpath(check));
        const test::ToolRun ran = test::runTool(QStringLiteral("python3"), {script, out, check, witness});
        QVERIFY2(ran.ok(), ran.err.constData());
        QVERIFY(ran.out.contains("events chained"));
        const test::ToolRun signature = test::runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
             QStringLiteral("-inkey"), check + QStringLiteral("/pub.pem"), QStringLiteral("-rawin"),
             QStringLiteral("-in"), check + QStringLiteral("/payload.bin"), QStringLiteral("-sigfile"),
             check + QStringLiteral("/sig.bin")});
        QVERIFY2(signature.ok(), signature.err.constData());
        // One altered character in an event, and a witness of a rewritten trail: both refused.
        QByteArray bytes = test::readFile(out);
        const qsizetype at = bytes.indexOf("schema upgrade");
        QVERIFY(at > 0);
        bytes[at] = 'S';
        const QString forged = dir.filePath(QStringLiteral("forged.json"));
        QVERIFY(writeFile(forged, bytes));
        const test::ToolRun bad = test::runTool(QStringLiteral("python3"), {script, forged, check});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.err.contains("altered"), bad.err.constData());
        QByteArray note = test::readFile(witness);
        const qsizetype line3 = note.indexOf('\n', note.indexOf('\n') + 1) + 1;
        note[line3] = note.at(line3) == 'A' ? 'B' : 'A';
        const QString otherWitness = dir.filePath(QStringLiteral("other-witness.txt"));
        QVERIFY(writeFile(otherWitness, note));
        const test::ToolRun unwitnessed =
            test::runTool(QStringLiteral("python3"), {script, out, check, otherWitness});
        QVERIFY(!unwitnessed.ok());
        QVERIFY2(unwitnessed.err.contains("witnessed"), unwitnessed.err.constData());
    }
};

STATION_TEST_GUILESS_MAIN(TestAuditExport)
#include "TestAuditExport.moc"
