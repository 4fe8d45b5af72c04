// DPS enrollment batches: the bulk JSON field by field against DESIGN §3.1, the CSV (RFC 4180, formula
// injection), the CMS-signed manifest checked with `openssl cms -verify`, simulated devices, re-export and
// the import of a DPS bulk result — on a real station database filled through the db/ API.
#include "ExportTestData.h"
#include "TestMain.h"
#include "ExportSignIn.h"
#include "TestSupport.h"

#include "core/crypto/TpmPublicKey.h"
#include "db/AuditTrail.h"
#include "exports/CsvWriter.h"
#include "exports/DpsBatchExporter.h"
#include "exports/ManifestSigner.h"
#include "exports/UploadResultImporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <openssl/x509.h>

using namespace tps;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// An independent RFC 4180 reader.
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(bytes);
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

QString sha256Hex(const QByteArray& b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

test::ToolRun cli(const QStringList& args)
{
    return test::runTool(test::cliPath(), test::asExporter(args));
}

QByteArray sql(const QString& db, const QString& query)
{
    return test::runTool(QStringLiteral("sqlite3"), {db, query}).out.trimmed();
}

} // namespace

class TestDpsBatchExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QMap<QString, QByteArray> m_eks;      // serial -> EK of the real, QA-passed devices
    QMap<QString, QString> m_modulusSpki; // serial -> DER SPKI hex of the OpenSSL key
    QStringList m_tricky;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The listed files' SHA-256 against the manifest, and the signature with `openssl cms -verify`.
    void checkSignedOutput(const QString& out, QJsonObject* manifestOut = nullptr)
    {
        const QByteArray manifestBytes = fileBytes(out + QStringLiteral("/manifest.json"));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
        QVERIFY(!manifest.isEmpty());
        for (const QJsonValue& v : manifest.value(QStringLiteral("files")).toArray()) {
            const QJsonObject f = v.toObject();
            const QByteArray bytes =
                fileBytes(out + QLatin1Char('/') + f.value(QStringLiteral("name")).toString());
            QCOMPARE(sha256Hex(bytes), f.value(QStringLiteral("sha256")).toString());
            QCOMPARE(qint64(bytes.size()), f.value(QStringLiteral("size")).toInteger());
        }
        const test::ToolRun verify =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                           QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                           out + QStringLiteral("/manifest.json.p7s"), QStringLiteral("-content"),
                           out + QStringLiteral("/manifest.json"), QStringLiteral("-CAfile"),
                           out + QStringLiteral("/signing-certificate.pem"), QStringLiteral("-purpose"),
                           QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY2(verify.ok(), verify.err.constData());
        if (manifestOut)
            *manifestOut = manifest;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("station.db"));
        auto store = db::StationStore::open(m_db);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        auto runStore = (*store)->connect();
        QVERIFY(runStore);
        m_tricky = {QStringLiteral("=cmd|' /C calc'!A0"),
                    QStringLiteral("+41 comma, here"),
                    QStringLiteral("-2-minus"),
                    QStringLiteral("@SUM(A1)"),
                    QStringLiteral("quo\"te\"d"),
                    QStringLiteral("Grüße-µ-東京"),
                    QStringLiteral("it's")};
        QStringList serials;
        for (int i = 1; i <= 16; ++i) // 16 plain + 7 tricky = 23 devices: bulk files of 10, 10, 3
            serials.append(QStringLiteral("SN-%1").arg(i, 4, 10, QLatin1Char('0')));
        serials += m_tricky;
        for (const QString& serial : std::as_const(serials)) {
            crypto::PkeyPtr key;
            const QByteArray ek = test::makeRsaEk(&key);
            QCOMPARE(int(ek.size()), 316);
            unsigned char* der = nullptr;
            const int n = i2d_PUBKEY(key.get(), &der);
            QVERIFY(n > 0);
            m_modulusSpki.insert(serial,
                                 QString::fromLatin1(QByteArray(reinterpret_cast<char*>(der), n).toHex()));
            OPENSSL_free(der);
            m_eks.insert(serial, ek);
            // The tricky serials are refused today (the one serial rule) but an older database holds them.
            const bool tricky = m_tricky.contains(serial);
            if (tricky)
                QVERIFY(!test::addDevice(**runStore, {serial, ek}).isEmpty());
            const QString error = tricky ? test::addLegacyDevice((*store)->database(), **runStore, {serial, ek})
                                         : test::addDevice(**runStore, {serial, ek});
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // Two simulated devices that passed QA and one real device that has not reached QA yet.
        for (const QString& s : {QStringLiteral("SIM-1"), QStringLiteral("SIM-2")}) {
            test::DeviceSpec spec{s, test::makeRsaEk()};
            spec.simulated = true;
            QVERIFY(test::addDevice(**runStore, spec).isEmpty());
        }
        test::DeviceSpec early{QStringLiteral("EARLY-1"), test::makeRsaEk()};
        early.passedSteps = 3;
        QVERIFY(test::addDevice(**runStore, early).isEmpty());
        QCOMPARE(int(m_eks.size()), 23);
    }

    void csvCells()
    {
        using db::exports::csvCell;
        QCOMPARE(csvCell(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(csvCell(QStringLiteral("=1+2")), QByteArray("'=1+2"));
        QCOMPARE(csvCell(QStringLiteral("+1")), QByteArray("'+1"));
        QCOMPARE(csvCell(QStringLiteral("-1")), QByteArray("'-1"));
        QCOMPARE(csvCell(QStringLiteral("@x")), QByteArray("'@x"));
        QCOMPARE(csvCell(QStringLiteral("\tx")), QByteArray("'\tx"));
        QCOMPARE(csvCell(QStringLiteral("\rx")), QByteArray("\"'\rx\""));
        QCOMPARE(csvCell(QStringLiteral("a,b")), QByteArray("\"a,b\""));
        QCOMPARE(csvCell(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(csvCell(QStringLiteral("=a,\"b\"")), QByteArray("\"'=a,\"\"b\"\"\""));
        QCOMPARE(csvCell(QStringLiteral("a\nb")), QByteArray("\"a\nb\""));
        QCOMPARE(csvCell(QStringLiteral("µ")), QStringLiteral("µ").toUtf8());
        QCOMPARE(csvCell(QStringLiteral("x=1")), QByteArray("x=1")); // only a leading character counts
        QCOMPARE(db::exports::csvRow({QStringLiteral("a"), QString(), QStringLiteral("c")}),
                 QByteArray("a,,c\r\n"));
    }

    void simulatedDevicesRefused()
    {
        // A station whose only QA-passed devices are simulated: nothing is exported, nothing recorded.
        const QString simDb = path(QStringLiteral("sim.db"));
        {
            auto store = db::StationStore::open(simDb);
            QVERIFY(store);
            auto runStore = (*store)->connect();
            QVERIFY(runStore);
            test::DeviceSpec spec{QStringLiteral("SIM-9"), test::makeRsaEk()};
            spec.simulated = true;
            QVERIFY(test::addDevice(**runStore, spec).isEmpty());
        }
        const QString out = path(QStringLiteral("sim-out"));
        const test::ToolRun refused = cli({QStringLiteral("export"), QStringLiteral("dps"),
                                           QStringLiteral("--db"), simDb, QStringLiteral("--out"), out});
        QCOMPARE(refused.exitCode, 1);
        // English plural forms (translations/tpm-station_en.ts), not the source text's "device(s)".
        QVERIFY2(refused.err.contains("1 simulated device left out"), refused.err.constData());
        QVERIFY(!QDir(out).exists());
        QCOMPARE(sql(simDb, QStringLiteral("SELECT count(*) FROM batches")), QByteArray("0"));

        // A production profile never takes them, even when asked.
        const QString profile = path(QStringLiteral("production.json"));
        writeFile(profile, R"({"id": "gateway", "production": true, "sections": {"dps": {}}})");
        const test::ToolRun production =
            cli({QStringLiteral("export"), QStringLiteral("dps"), QStringLiteral("--db"), simDb,
                 QStringLiteral("--out"), out, QStringLiteral("--allow-simulated"),
                 QStringLiteral("--profile"), profile});
        QCOMPARE(production.exitCode, 1);
        QVERIFY(production.err.contains("production"));
        QVERIFY(!QDir(out).exists());
        QCOMPARE(sql(simDb, QStringLiteral("SELECT count(*) FROM batches")), QByteArray("0"));

        // Allowed on a development profile: marked simulated in every file.
        const test::ToolRun allowed =
            cli({QStringLiteral("export"), QStringLiteral("dps"), QStringLiteral("--db"), simDb,
                 QStringLiteral("--out"), out, QStringLiteral("--allow-simulated")});
        QVERIFY2(allowed.ok(), allowed.err.constData());
        const QJsonObject op =
            QJsonDocument::fromJson(fileBytes(out + QStringLiteral("/bulk-0001.json"))).object();
        const QJsonObject tags =
            op.value(QStringLiteral("enrollments"))[0][QStringLiteral("initialTwin")][QStringLiteral("tags")]
                .toObject();
        QCOMPARE(tags.value(QStringLiteral("simulated")).toBool(), true);
        const QList<QStringList> rows = parseCsv(fileBytes(out + QStringLiteral("/enrollments.csv")));
        QCOMPARE(int(rows.size()), 2);
        QCOMPARE(rows.at(0).last(), QStringLiteral("simulated"));
        QCOMPARE(rows.at(1).last(), QStringLiteral("true"));
        QVERIFY(fileBytes(out + QStringLiteral("/enroll.sh")).contains("SIMULATED"));
        QJsonObject manifest;
        checkSignedOutput(out, &manifest);
        QCOMPARE(manifest.value(QStringLiteral("batch"))[QStringLiteral("simulated")].toBool(), true);
        QCOMPARE(sql(simDb, QStringLiteral("SELECT simulated FROM batches")), QByteArray("1"));
    }

    void exportsBatch()
    {
        const QString profile = path(QStringLiteral("gateway.json"));
        writeFile(profile, R"({"id": "gateway", "production": true, "sections": {"dps": {
            "iotHubHostName": "factory-hub.azure-devices.net", "allocationPolicy": "static",
            "provisioningStatus": "enabled", "iotEdge": true}}})");
        const QString out = path(QStringLiteral("batch1"));
        const test::ToolRun run =
            cli({QStringLiteral("export"), QStringLiteral("dps"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--out"), out, QStringLiteral("--name"), QStringLiteral("lot-42"),
                 QStringLiteral("--profile"), profile, QStringLiteral("--json")});
        QVERIFY2(run.ok(), run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("devices")).toInt(), 23);
        QCOMPARE(summary.value(QStringLiteral("operations")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("simulatedLeftOut")).toInt(), 2);

        // Bulk operations, field by field (DESIGN §3.1).
        QSet<QString> seen;
        static const QStringList allowed = {QStringLiteral("registrationId"),
                                            QStringLiteral("deviceId"),
                                            QStringLiteral("attestation"),
                                            QStringLiteral("iotHubHostName"),
                                            QStringLiteral("iotHubs"),
                                            QStringLiteral("allocationPolicy"),
                                            QStringLiteral("initialTwin"),
                                            QStringLiteral("provisioningStatus"),
                                            QStringLiteral("reprovisionPolicy"),
                                            QStringLiteral("capabilities"),
                                            QStringLiteral("optionalDeviceInformation")};
        for (int n = 1; n <= 3; ++n) {
            const QByteArray bytes =
                fileBytes(out + QStringLiteral("/bulk-%1.json").arg(n, 4, 10, QLatin1Char('0')));
            const QJsonObject op = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(op.keys(), (QStringList{QStringLiteral("enrollments"), QStringLiteral("mode")}));
            QCOMPARE(op.value(QStringLiteral("mode")).toString(), QStringLiteral("create"));
            const QJsonArray enrollments = op.value(QStringLiteral("enrollments")).toArray();
            QVERIFY(enrollments.size() >= 1 && enrollments.size() <= 10);
            QCOMPARE(int(enrollments.size()), n < 3 ? 10 : 3);
            for (const QJsonValue& v : enrollments) {
                const QJsonObject e = v.toObject();
                for (const QString& k : e.keys())
                    QVERIFY2(allowed.contains(k), qPrintable(k)); // no read-only or unknown field
                const QJsonObject tags = e[QStringLiteral("initialTwin")][QStringLiteral("tags")].toObject();
                const QString serial = tags.value(QStringLiteral("serial")).toString();
                QVERIFY2(m_eks.contains(serial), qPrintable(serial));
                QVERIFY(!seen.contains(serial));
                seen.insert(serial);
                QCOMPARE(tags.value(QStringLiteral("batch")).toString(), QStringLiteral("lot-42"));
                QCOMPARE(tags.value(QStringLiteral("firmwareVersion")).toString(), QStringLiteral("1.4.2"));
                QVERIFY(!tags.contains(QStringLiteral("simulated")));
                const QJsonObject att = e.value(QStringLiteral("attestation")).toObject();
                QCOMPARE(att.value(QStringLiteral("type")).toString(), QStringLiteral("tpm"));
                const QString ekText =
                    att[QStringLiteral("tpm")][QStringLiteral("endorsementKey")].toString();
                QCOMPARE(ekText.size(), 424);
                QVERIFY(ekText.startsWith(QStringLiteral(
                    "AToAAQALAAMAsgAgg3GXZ0SEs/gakMyNRqXXJP1S124GUgtk8qHaGzMUaaoABgCAAEMAEAgAAAAAAAEA")));
                const QByteArray ek = QByteArray::fromBase64(ekText.toLatin1());
                QCOMPARE(int((quint8(ek[0]) << 8) | quint8(ek[1])),
                         int(ek.size()) - 2); // size prefix matches
                QCOMPARE(ek, m_eks.value(serial));
                // The key inside is the OpenSSL key the device was given.
                auto spki = crypto::spkiFromTpmPublic(ek);
                QVERIFY(spki);
                QCOMPARE(QString::fromLatin1(spki->toHex()), m_modulusSpki.value(serial));
                // Registration ID: SHA-256 → base32 → lowercase, no padding (computed here independently).
                const QByteArray digest = QCryptographicHash::hash(ek, QCryptographicHash::Sha256);
                const test::ToolRun b32 =
                    test::runTool(QStringLiteral("base32"), {QStringLiteral("-w0")}, {}, digest);
                QVERIFY(b32.ok());
                QCOMPARE(e.value(QStringLiteral("registrationId")).toString(),
                         QString::fromLatin1(b32.out).toLower().remove(QLatin1Char('=')));
                QCOMPARE(e.value(QStringLiteral("iotHubHostName")).toString(),
                         QStringLiteral("factory-hub.azure-devices.net"));
                QCOMPARE(e.value(QStringLiteral("allocationPolicy")).toString(), QStringLiteral("static"));
                QCOMPARE(e.value(QStringLiteral("provisioningStatus")).toString(), QStringLiteral("enabled"));
                QCOMPARE(e[QStringLiteral("capabilities")][QStringLiteral("iotEdge")].toBool(), true);
                if (db::exports::validDeviceId(serial))
                    QCOMPARE(e.value(QStringLiteral("deviceId")).toString(), serial);
                else
                    QVERIFY(!e.contains(QStringLiteral("deviceId"))); // DPS uses the registration ID
            }
        }
        QVERIFY(!QFile::exists(out + QStringLiteral("/bulk-0004.json")));
        QCOMPARE(int(seen.size()), 23);

        // The CSV: header, stable columns, every serial back exactly, injection neutralised.
        const QList<QStringList> rows = parseCsv(fileBytes(out + QStringLiteral("/enrollments.csv")));
        QCOMPARE(int(rows.size()), 24);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("registration_id"), QStringLiteral("device_id"),
                                          QStringLiteral("endorsement_key"), QStringLiteral("serial"),
                                          QStringLiteral("product"), QStringLiteral("firmware_version"),
                                          QStringLiteral("batch"), QStringLiteral("simulated")}));
        QSet<QString> csvSerials;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList& r = rows.at(i);
            QCOMPARE(int(r.size()), 8);
            for (const QString& cell : r)
                QVERIFY2(!db::exports::looksLikeFormula(cell), qPrintable(cell));
            QString serial = r.at(3);
            if (serial.startsWith(QLatin1Char('\'')) && db::exports::looksLikeFormula(serial.mid(1)))
                serial = serial.mid(1);
            csvSerials.insert(serial);
            QCOMPARE(r.at(0), dps::registrationIdFromEk(m_eks.value(serial)));
            QCOMPARE(r.at(2), dps::endorsementKeyFromEk(m_eks.value(serial)));
            QCOMPARE(r.at(6), QStringLiteral("lot-42"));
        }
        for (const QString& t : std::as_const(m_tricky))
            QVERIFY2(csvSerials.contains(t), qPrintable(t));
        const QByteArray csv = fileBytes(out + QStringLiteral("/enrollments.csv"));
        QVERIFY(csv.contains("'=cmd|' /C calc'!A0"));
        QVERIFY(csv.contains("\"'+41 comma, here\""));
        QVERIFY(csv.contains("\"quo\"\"te\"\"d\""));
        QVERIFY(csv.contains(QStringLiteral("Grüße-µ-東京").toUtf8()));

        // The script: one az command per device, every value single-quoted; sh parses it.
        const QByteArray script = fileBytes(out + QStringLiteral("/enroll.sh"));
        QCOMPARE(int(script.count("az iot dps enrollment create")), 23);
        QVERIFY(script.contains("'it'\\''s'"));
        QVERIFY(
            test::runTool(QStringLiteral("sh"), {QStringLiteral("-n"), out + QStringLiteral("/enroll.sh")})
                .ok());

        // The manifest and its signature.
        QJsonObject manifest;
        checkSignedOutput(out, &manifest);
        QCOMPARE(manifest[QStringLiteral("counts")][QStringLiteral("devices")].toInt(), 23);
        QCOMPARE(int(manifest.value(QStringLiteral("files")).toArray().size()), 5);
        QCOMPARE(manifest[QStringLiteral("station")][QStringLiteral("id")].toString(),
                 QString::fromLatin1(
                     sql(m_db, QStringLiteral("SELECT value FROM station_info WHERE key='station_id'"))));
        QCOMPARE(manifest.value(QStringLiteral("signingCertificateSha256")).toString(),
                 summary.value(QStringLiteral("certificateSha256")).toString());
        // The signing key is owner-only, and the certificate's fingerprint is in the audit trail.
        QCOMPARE(QFile::permissions(db::exports::signingKeyPathFor(m_db)),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QCOMPARE(sql(m_db, QStringLiteral("SELECT new_value FROM audit_events WHERE object="
                                          "'export-signing-certificate'")),
                 manifest.value(QStringLiteral("signingCertificateSha256")).toString().toLatin1());
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM audit_events WHERE action='export' AND "
                                          "field='dps-enrollment-batch'")),
                 QByteArray("1"));
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM batch_devices")), QByteArray("23"));
        QVERIFY(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db}).ok());

        // Tampering: one byte changed in any listed file breaks its SHA-256; in the manifest, the signature.
        for (const QJsonValue& v : manifest.value(QStringLiteral("files")).toArray()) {
            const QString file = out + QLatin1Char('/') + v[QStringLiteral("name")].toString();
            const QByteArray original = fileBytes(file);
            QByteArray changed = original;
            changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
            writeFile(file, changed);
            QVERIFY(sha256Hex(fileBytes(file)) != v[QStringLiteral("sha256")].toString());
            writeFile(file, original);
        }
        const QString manifestFile = out + QStringLiteral("/manifest.json");
        const QByteArray original = fileBytes(manifestFile);
        QByteArray changed = original;
        changed[40] = char(changed[40] ^ 0x01);
        writeFile(manifestFile, changed);
        const test::ToolRun tampered =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                           QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                           out + QStringLiteral("/manifest.json.p7s"), QStringLiteral("-content"),
                           manifestFile, QStringLiteral("-CAfile"),
                           out + QStringLiteral("/signing-certificate.pem"), QStringLiteral("-purpose"),
                           QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY(!tampered.ok());
        writeFile(manifestFile, original);
        checkSignedOutput(out);
    }

    void reexportIsIdempotent()
    {
        // Everything is in a batch: a second export finds nothing and changes nothing.
        const QByteArray eventsBefore = sql(m_db, test::eventsBesidesSignInQuery());
        const QString out = path(QStringLiteral("batch2"));
        const test::ToolRun again = cli({QStringLiteral("export"), QStringLiteral("dps"),
                                         QStringLiteral("--db"), m_db, QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(!QDir(out).exists());
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM batches")), QByteArray("1"));
        QCOMPARE(sql(m_db, test::eventsBesidesSignInQuery()), eventsBefore);

        // A non-empty output directory is refused.
        const QString busy = path(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(busy));
        writeFile(busy + QStringLiteral("/keep.txt"), "x");
        const test::ToolRun refused =
            cli({QStringLiteral("export"), QStringLiteral("dps"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--out"), busy, QStringLiteral("--reexport")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(QDir(busy).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});

        // --reexport: a new batch with the same enrollments (registration IDs and EKs byte for byte).
        const QString out3 = path(QStringLiteral("batch3"));
        const test::ToolRun re = cli({QStringLiteral("export"), QStringLiteral("dps"), QStringLiteral("--db"),
                                      m_db, QStringLiteral("--out"), out3, QStringLiteral("--reexport"),
                                      QStringLiteral("--name"), QStringLiteral("lot-42")});
        QVERIFY2(re.ok(), re.err.constData());
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM batches")), QByteArray("2"));
        const QList<QStringList> a = parseCsv(fileBytes(path(QStringLiteral("batch1/enrollments.csv"))));
        const QList<QStringList> b = parseCsv(fileBytes(out3 + QStringLiteral("/enrollments.csv")));
        QCOMPARE(a, b);
        checkSignedOutput(out3);
    }

    void importsUploadResult()
    {
        // The result of bulk-0002 of lot-42's first batch: two enrollments refused by the service.
        const QString batchUuid =
            QString::fromLatin1(sql(m_db, QStringLiteral("SELECT uuid FROM batches ORDER BY id LIMIT 1")));
        const QJsonArray ops =
            QJsonDocument::fromJson(fileBytes(path(QStringLiteral("batch1/bulk-0002.json"))))
                .object()
                .value(QStringLiteral("enrollments"))
                .toArray();
        const QString bad1 = ops.at(1)[QStringLiteral("registrationId")].toString();
        const QString bad2 = ops.at(7)[QStringLiteral("registrationId")].toString();
        const QByteArray result =
            QJsonDocument(QJsonObject{{QStringLiteral("isSuccessful"), false},
                                      {QStringLiteral("errors"),
                                       QJsonArray{QJsonObject{{QStringLiteral("registrationId"), bad1},
                                                              {QStringLiteral("errorCode"), 409201},
                                                              {QStringLiteral("errorStatus"),
                                                               QStringLiteral("Enrollment already exists")}},
                                                  QJsonObject{{QStringLiteral("registrationId"), bad2},
                                                              {QStringLiteral("errorCode"), 400004},
                                                              {QStringLiteral("errorStatus"),
                                                               QStringLiteral("Bad endorsement key")}}}}})
                .toJson();

        // A result naming a device outside the operation is refused and changes nothing.
        const QString wrong = path(QStringLiteral("bulk-0001-result.json"));
        writeFile(wrong, result);
        const QByteArray eventsBefore = sql(m_db, test::eventsBesidesSignInQuery());
        const test::ToolRun refused =
            cli({QStringLiteral("batch"), QStringLiteral("import-result"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--batch"), batchUuid, wrong});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(bad1.toLatin1()));
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM batch_devices WHERE status <> 'exported'")),
                 QByteArray("0"));
        QCOMPARE(sql(m_db, test::eventsBesidesSignInQuery()), eventsBefore);
        // Not a DPS result at all.
        const QString junk = path(QStringLiteral("bulk-0002-junk.json"));
        writeFile(junk, "{\"hello\": 1}");
        QCOMPARE(cli({QStringLiteral("batch"), QStringLiteral("import-result"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--batch"), batchUuid, junk})
                     .exitCode,
                 1);

        const QString file = path(QStringLiteral("bulk-0002-result.json"));
        writeFile(file, result);
        const test::ToolRun run =
            cli({QStringLiteral("batch"), QStringLiteral("import-result"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--batch"), batchUuid, QStringLiteral("--json"), file});
        QVERIFY2(run.ok(), run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("uploaded")).toInt(), 8);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 2);
        QCOMPARE(sql(m_db, QStringLiteral(
                               "SELECT count(*) FROM batch_devices b JOIN batches t ON t.id = b.batch_id "
                               "WHERE t.uuid = '%1' AND status = 'uploaded'")
                               .arg(batchUuid)),
                 QByteArray("8"));
        QCOMPARE(sql(m_db, QStringLiteral("SELECT error_code || ' ' || error_status FROM batch_devices "
                                          "WHERE registration_id = '%1' AND status = 'failed'")
                               .arg(bad2)),
                 QByteArray("400004 Bad endorsement key"));
        QCOMPARE(
            sql(m_db, QStringLiteral("SELECT count(*) FROM batch_devices WHERE operation <> 2 AND status <> "
                                     "'exported'")),
            QByteArray("0"));
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM audit_events WHERE field = 'dps-upload'")),
                 QByteArray("10"));
        QVERIFY(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db}).ok());

        // A fully successful operation (in-process).
        auto store = db::StationStore::open(m_db);
        QVERIFY(store);
        db::exports::UploadImportOptions options;
        options.batch = batchUuid;
        options.operation = 3;
        options.actor = {QStringLiteral("op1"), QStringLiteral("Olga Operator")};
        auto ok = db::exports::importUploadResult(
            (*store)->database(), QByteArray(R"({"isSuccessful": true, "errors": []})"), options);
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->uploaded, 3);
        QCOMPARE(ok->failed, 0);

        // The audit export of the batch: its own events and its devices' (the upload results among them).
        const QString auditOut = path(QStringLiteral("batch-audit"));
        const test::ToolRun audit =
            cli({QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--out"), auditOut, QStringLiteral("--batch"), batchUuid,
                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(audit.ok(), audit.err.constData());
        const QJsonArray events =
            QJsonDocument::fromJson(fileBytes(auditOut + QStringLiteral("/audit-events.json"))).array();
        int batchEvents = 0;
        int uploads = 0;
        for (const QJsonValue& e : events) {
            const QString object = e[QStringLiteral("object")].toString();
            if (object == QStringLiteral("batch:") + batchUuid &&
                e[QStringLiteral("action")].toString() == QStringLiteral("export"))
                ++batchEvents;
            if (e[QStringLiteral("field")].toString() == QStringLiteral("dps-upload"))
                ++uploads;
            QVERIFY(object.startsWith(QStringLiteral("batch:")) ||
                    m_eks.contains(e[QStringLiteral("device_serial")].toString()));
        }
        QCOMPARE(batchEvents, 1);
        QCOMPARE(uploads, 13); // operation 2 (10 devices) and operation 3 (3)
        checkSignedOutput(auditOut);
    }

    void forgedResultsAreRefused()
    {
        // Issue 18: a result file is bound to its batch and operation (the manifest next to it, or a named
        // batch), read within limits, and anything else is refused with nothing changed.
        const QString first =
            QString::fromLatin1(sql(m_db, QStringLiteral("SELECT uuid FROM batches ORDER BY id LIMIT 1")));
        const QString latest = QString::fromLatin1(
            sql(m_db, QStringLiteral("SELECT uuid FROM batches ORDER BY id DESC LIMIT 1")));
        QVERIFY(first != latest);
        const QString statusQuery =
            QStringLiteral("SELECT group_concat(status, ',') FROM (SELECT status FROM "
                           "batch_devices ORDER BY id)");
        const QByteArray statusBefore = sql(m_db, statusQuery);
        const QByteArray eventsBefore = sql(m_db, test::eventsBesidesSignInQuery());
        const QByteArray success = R"({"isSuccessful": true, "errors": []})";
        const auto refused = [&](const QString& file, const QStringList& extra, const char* why) {
            const test::ToolRun run =
                cli(QStringList{QStringLiteral("batch"), QStringLiteral("import-result"),
                                QStringLiteral("--db"), m_db} +
                    extra + QStringList{file});
            QVERIFY2(run.exitCode == 1, run.out.constData());
            QVERIFY2(run.err.contains(why), run.err.constData());
            QCOMPARE(sql(m_db, statusQuery), statusBefore);
            QCOMPARE(sql(m_db, test::eventsBesidesSignInQuery()), eventsBefore);
        };
        // A bare "success" found anywhere used to mark the latest batch's operation as uploaded.
        QVERIFY(QDir().mkpath(path(QStringLiteral("elsewhere"))));
        const QString loose = path(QStringLiteral("elsewhere/bulk-0001-result.json"));
        writeFile(loose, success);
        refused(loose, {}, "manifest.json");
        // The result kept with the latest batch, imported into the first one.
        const QString latestDir = path(QStringLiteral("batch3")); // reexportIsIdempotent's batch
        const QString bound = latestDir + QStringLiteral("/bulk-0001-result.json");
        writeFile(bound, success);
        refused(bound, {QStringLiteral("--batch"), first}, latest.toLatin1().constData());
        // A manifest copied next to a result and edited to name the first batch: not the recorded one.
        QVERIFY(QDir().mkpath(path(QStringLiteral("forged"))));
        QByteArray manifest = fileBytes(latestDir + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.contains(latest.toLatin1()));
        manifest.replace(latest.toLatin1(), first.toLatin1());
        writeFile(path(QStringLiteral("forged/manifest.json")), manifest);
        writeFile(path(QStringLiteral("forged/bulk-0001-result.json")), success);
        refused(path(QStringLiteral("forged/bulk-0001-result.json")), {}, "SHA-256");
        // Two batches are named lot-42: a name alone does not bind.
        refused(loose, {QStringLiteral("--batch"), QStringLiteral("lot-42")}, "UUID");
        // Oversized, and an overlong string: refused before anything is read into the batch.
        const QString big = path(QStringLiteral("elsewhere/bulk-0002-big.json"));
        writeFile(big, QByteArray(R"({"isSuccessful": true, "errors": [], "pad": ")") +
                           QByteArray(db::exports::kMaxUploadResultBytes, 'x') + "\"}");
        refused(big, {QStringLiteral("--batch"), first}, "KiB");
        const QString member = QString::fromLatin1(
            sql(m_db, QStringLiteral(
                          "SELECT b.registration_id FROM batch_devices b JOIN batches t ON t.id = b.batch_id "
                          "WHERE t.uuid = '%1' AND b.operation = 1 LIMIT 1")
                          .arg(first)));
        const QString longStatus = path(QStringLiteral("elsewhere/bulk-0001-long.json"));
        writeFile(
            longStatus,
            QJsonDocument(QJsonObject{{QStringLiteral("isSuccessful"), false},
                                      {QStringLiteral("errors"),
                                       QJsonArray{QJsonObject{{QStringLiteral("registrationId"), member},
                                                              {QStringLiteral("errorCode"), 400004},
                                                              {QStringLiteral("errorStatus"),
                                                               QString(2000, QLatin1Char('e'))}}}}})
                .toJson());
        refused(longStatus, {QStringLiteral("--batch"), first}, "1024");
        // Bound by its manifest, the same bare success is the latest batch's operation 1, and only that.
        const test::ToolRun ok = cli({QStringLiteral("batch"), QStringLiteral("import-result"),
                                      QStringLiteral("--db"), m_db, QStringLiteral("--json"), bound});
        QVERIFY2(ok.ok(), ok.err.constData());
        QCOMPARE(QJsonDocument::fromJson(ok.out).object().value(QStringLiteral("batch")).toString(), latest);
        QCOMPARE(sql(m_db, QStringLiteral(
                               "SELECT count(*) FROM batch_devices b JOIN batches t ON t.id = b.batch_id "
                               "WHERE t.uuid = '%1' AND b.status = 'uploaded'")
                               .arg(latest)),
                 QByteArray("10"));
    }
};

STATION_TEST_GUILESS_MAIN(TestDpsBatchExport)
#include "TestDpsBatchExport.moc"
