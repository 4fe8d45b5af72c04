// Incoming TPM lots end to end through tpm-station-cli as a process (issue 21): the TPM vendor's delivery
// list imported in the shapes vendors send (CSV with a BOM, CRLF, semicolons, a quoted multi-line PEM; JSON
// with base64 certificates and the lot's own numbers), bad lists refused row by row with nothing imported,
// a duplicate EK across lots refused; a batch prepared from the lot before the line runs; the line with
// `--lot` — a device whose EK is on no list fails step 2 with "EK not on the delivery list of lot …" — and
// the prepared enrollments compared with the batch exported after QA. Oracles: tpm2_createek -u and
// tpm2_readpublic (the EK the TPM reports), tpm2_nvread + openssl (its certificate), openssl (a decoy
// key), python3 hashlib/base64/json (registration IDs, the batches' enrollments), sqlite3 (rows).
#include "CliStation.h"
#include "TestMain.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using test::readFile;
using test::runTool;
using test::writeFile;

class TestIncomingLots : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::CliStation> m_station;
    QString m_root; // the simulated fleet
    QStringList m_serials;
    QStringList m_tctis;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    test::ToolRun cli(const QStringList& args, const QByteArray& password = {}) const
    {
        return m_station->run(args, password);
    }
    test::ToolRun importLot(const QString& file, const QString& lot, const QByteArray& password = "sam-pass",
                            const QString& as = QStringLiteral("sam")) const
    {
        return cli({QStringLiteral("lot"), QStringLiteral("import"), file, QStringLiteral("--lot"), lot,
                    QStringLiteral("--part"), QStringLiteral("SLB9670VQ2.0"), QStringLiteral("--as"), as,
                    QStringLiteral("--reason"), QStringLiteral("delivery note 4711")},
                   password);
    }
    QJsonObject showLot(const QString& lot) const
    {
        const test::ToolRun r =
            cli({QStringLiteral("lot"), QStringLiteral("show"), lot, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).object();
    }
    // Every enrollment of a batch's bulk files by registrationId, as canonical JSON without the twin's tags
    // (serial, firmware and batch name are not known when a batch is prepared from a lot) (python3).
    QJsonObject enrollments(const QString& dir) const
    {
        const QString script =
            QStringLiteral("import glob,json,sys\n"
                           "out={}\n"
                           "for f in sorted(glob.glob(sys.argv[1]+'/bulk-*.json')):\n"
                           "    for e in json.load(open(f))['enrollments']:\n"
                           "        del e['initialTwin']['tags']\n"
                           "        out[e['registrationId']]=json.dumps(e,sort_keys=True)\n"
                           "print(json.dumps(out))\n");
        const test::ToolRun py = runTool(QStringLiteral("python3"), {QStringLiteral("-c"), script, dir});
        return QJsonDocument::fromJson(py.out).object();
    }
    static QString registrationIdOf(const QString& pubFile)
    {
        const test::ToolRun py =
            runTool(QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import base64,hashlib,sys\n"
                                    "d=hashlib.sha256(open(sys.argv[1],'rb').read()).digest()\n"
                                    "print(base64.b32encode(d).decode().lower().rstrip('='))\n"),
                     pubFile});
        return QString::fromLatin1(py.out.trimmed());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_station = std::make_unique<test::CliStation>(path(QStringLiteral("station.db")));
        QVERIFY(m_station->createPeople());
        m_root = path(QStringLiteral("fleet"));
        QVERIFY(runTool(test::cliPath(),
                        {QStringLiteral("sim"), QStringLiteral("create"), QStringLiteral("--root"), m_root,
                         QStringLiteral("--count"), QStringLiteral("3")})
                    .ok());
        QVERIFY(runTool(test::cliPath(),
                        {QStringLiteral("sim"), QStringLiteral("start"), QStringLiteral("--root"), m_root})
                    .ok());
        const test::ToolRun listed =
            runTool(test::cliPath(), {QStringLiteral("sim"), QStringLiteral("list"), QStringLiteral("--root"),
                                      m_root, QStringLiteral("--json")});
        QJsonArray devices = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(devices.size(), 3);
        QList<QJsonObject> sorted;
        for (const QJsonValue& v : devices)
            sorted.append(v.toObject());
        std::sort(sorted.begin(), sorted.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value(QStringLiteral("serial")).toString() <
                   b.value(QStringLiteral("serial")).toString();
        });
        for (int i = 0; i < 3; ++i) {
            m_serials << sorted.at(i).value(QStringLiteral("serial")).toString();
            m_tctis << sorted.at(i).value(QStringLiteral("tcti")).toString();
            // What the TPM reports (tpm2-tools): the EK's TPM2B_PUBLIC and PEM, its certificate from NV.
            const QString ctx = path(QStringLiteral("ek%1.ctx").arg(i));
            QVERIFY(runTool(QStringLiteral("tpm2_createek"),
                            {QStringLiteral("-c"), ctx, QStringLiteral("-G"), QStringLiteral("rsa"),
                             QStringLiteral("-u"), path(QStringLiteral("ek%1.pub").arg(i))},
                            m_tctis.at(i))
                        .ok());
            QVERIFY(runTool(QStringLiteral("tpm2_readpublic"),
                            {QStringLiteral("-c"), ctx, QStringLiteral("-f"), QStringLiteral("pem"),
                             QStringLiteral("-o"), path(QStringLiteral("ek%1.pem").arg(i))},
                            m_tctis.at(i))
                        .ok());
            QVERIFY(test::flushTransients(m_tctis.at(i)));
            QVERIFY(runTool(QStringLiteral("tpm2_nvread"),
                            {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("0x1c00002"),
                             QStringLiteral("-o"), path(QStringLiteral("ek%1.nv").arg(i))},
                            m_tctis.at(i))
                        .ok());
            QCOMPARE(readFile(path(QStringLiteral("ek%1.pub").arg(i))).size(), 316);
        }
        // A TPM of the lot that is never soldered here: a decoy RSA-2048 key, listed by its modulus.
        QVERIFY(runTool(QStringLiteral("openssl"),
                        {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
                         QStringLiteral("-out"), path(QStringLiteral("decoy.key"))})
                    .ok());
    }

    void cleanupTestCase()
    {
        runTool(test::cliPath(),
                {QStringLiteral("sim"), QStringLiteral("stop"), QStringLiteral("--root"), m_root});
    }

    void csvDeliveryListIsImported()
    {
        // Devices 0 and 1 and the decoy; device 2 is not on the list.
        const test::ToolRun modulus =
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("rsa"), QStringLiteral("-in"), path(QStringLiteral("decoy.key")),
                     QStringLiteral("-noout"), QStringLiteral("-modulus")});
        QVERIFY(modulus.ok());
        const QByteArray hexModulus = modulus.out.trimmed().split('=').last();
        QByteArray csv = "\xEF\xBB\xBF"
                         "TPM Serial Number;EK_pub\r\n";
        csv += "IFX-0001;\"" + readFile(path(QStringLiteral("ek0.pem"))).trimmed().replace("\n", "\r\n") +
               "\"\r\n";
        csv += "IFX-0002;" + readFile(path(QStringLiteral("ek1.pub"))).toBase64() + "\r\n";
        csv += "IFX-0003;" + hexModulus + "\r\n";
        QVERIFY(writeFile(path(QStringLiteral("lot-100.csv")), csv));
        // An operator may not import a lot.
        test::ToolRun r = importLot(path(QStringLiteral("lot-100.csv")), QStringLiteral("L-100"), "otto-pass",
                                    QStringLiteral("otto"));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(m_station->sql(QStringLiteral("SELECT count(*) FROM lots")), QStringLiteral("0"));
        r = importLot(path(QStringLiteral("lot-100.csv")), QStringLiteral("L-100"));
        QVERIFY2(r.ok(), r.err.constData());
        const QJsonObject lot = showLot(QStringLiteral("L-100"));
        QCOMPARE(lot.value(QStringLiteral("entries")).toInt(), 3);
        QCOMPARE(lot.value(QStringLiteral("part")).toString(), QStringLiteral("SLB9670VQ2.0"));
        const QJsonArray eks = lot.value(QStringLiteral("eks")).toArray();
        // The EK_pub the list gave as a PEM key becomes the TPM2B_PUBLIC the TPM reports, byte for byte.
        QCOMPARE(eks.at(0).toObject().value(QStringLiteral("endorsementKey")).toString(),
                 QString::fromLatin1(readFile(path(QStringLiteral("ek0.pub"))).toBase64()));
        QCOMPARE(eks.at(0).toObject().value(QStringLiteral("form")).toString(), QStringLiteral("spki"));
        QCOMPARE(eks.at(0).toObject().value(QStringLiteral("tpmSerial")).toString(),
                 QStringLiteral("IFX-0001"));
        QCOMPARE(eks.at(0).toObject().value(QStringLiteral("registrationId")).toString(),
                 registrationIdOf(path(QStringLiteral("ek0.pub"))));
        QCOMPARE(eks.at(1).toObject().value(QStringLiteral("form")).toString(),
                 QStringLiteral("tpm2b-public"));
        QCOMPARE(eks.at(2).toObject().value(QStringLiteral("form")).toString(),
                 QStringLiteral("rsa-modulus"));
        // CSV rows are numbered by file line: device 0's PEM spans lines 2 to 10.
        QCOMPARE(eks.at(1).toObject().value(QStringLiteral("row")).toInt(), 11);
        QCOMPARE(eks.at(2).toObject().value(QStringLiteral("row")).toInt(), 12);
        for (const QJsonValue& v : eks)
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("unused"));
        QCOMPARE(
            m_station->sql(QStringLiteral("SELECT count(*) FROM signatures WHERE record_type = 'lot' AND "
                                          "signer_id = 'sam'")),
            QStringLiteral("1"));
    }

    void badListsAreRefusedRowByRow()
    {
        // JSON naming its lot, with a good certificate (device 2's, base64 DER), garbage, and a repeat.
        const QByteArray der = readFile(path(QStringLiteral("ek2.nv")));
        const test::ToolRun x509 = runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
             path(QStringLiteral("ek2.nv")), QStringLiteral("-outform"), QStringLiteral("DER")});
        QVERIFY(x509.ok() && der.startsWith(x509.out));
        const QString cert = QString::fromLatin1(x509.out.toBase64());
        QJsonArray list{
            QJsonObject{{QStringLiteral("serial"), QStringLiteral("A")}, {QStringLiteral("ekCert"), cert}},
            QJsonObject{{QStringLiteral("serial"), QStringLiteral("B")},
                        {QStringLiteral("ekCert"), QStringLiteral("not-an-ek")}},
            QJsonObject{{QStringLiteral("serial"), QStringLiteral("C")}, {QStringLiteral("ekCert"), cert}}};
        const QJsonObject doc{{QStringLiteral("lot"), QStringLiteral("L-200")},
                              {QStringLiteral("eks"), list}};
        QVERIFY(writeFile(path(QStringLiteral("bad.json")), QJsonDocument(doc).toJson()));
        test::ToolRun r = importLot(path(QStringLiteral("bad.json")), QStringLiteral("L-200"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("2 bad rows; nothing was imported"), r.err.constData());
        QVERIFY(r.err.contains("row 2: not an EK certificate"));
        QVERIFY(r.err.contains("row 3: the same EK as row 1"));
        // The list names another lot than the one given.
        list.removeAt(2);
        list.removeAt(1);
        QVERIFY(writeFile(path(QStringLiteral("one.json")),
                          QJsonDocument(QJsonObject{{QStringLiteral("lot"), QStringLiteral("L-200")},
                                                    {QStringLiteral("eks"), list}})
                              .toJson()));
        r = importLot(path(QStringLiteral("one.json")), QStringLiteral("L-300"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("is for lot L-200, not L-300"));
        // Device 0's certificate again, as read from NV (hex), in a second lot: already on lot L-100's list.
        QVERIFY(writeFile(path(QStringLiteral("dup.csv")),
                          "ek_certificate\n" + readFile(path(QStringLiteral("ek0.nv"))).toHex() + "\n"));
        r = importLot(path(QStringLiteral("dup.csv")), QStringLiteral("L-300"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("row 2: this EK is already on the delivery list of lot L-100 (row 2)"),
                 r.err.constData());
        QCOMPARE(m_station->sql(QStringLiteral("SELECT count(*) FROM lots")), QStringLiteral("1"));
        QCOMPARE(m_station->sql(QStringLiteral("SELECT count(*) FROM lot_entries")), QStringLiteral("3"));
    }

    void lineEnforcesTheLotAndThePreparedBatchMatches()
    {
        // Prepared before the TPMs are soldered.
        const QString profile = path(QStringLiteral("profile.json"));
        QVERIFY(writeFile(profile, R"({"id":"gateway","sections":{"dps":{"deviceId":"{registrationId}"}}})"));
        test::ToolRun r = cli({QStringLiteral("export"), QStringLiteral("dps"), QStringLiteral("--from-lot"),
                               QStringLiteral("L-100"), QStringLiteral("--profile"), profile,
                               QStringLiteral("--out"), path(QStringLiteral("prepared")),
                               QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("sam")},
                              "sam-pass");
        QVERIFY2(r.ok(), r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("devices")).toInt(), 3);

        // The line, naming the lot: devices 0 and 1 pass, device 2 is not on the list.
        r = cli({QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("3"),
                 QStringLiteral("--root"), m_root, QStringLiteral("--keep-running"), QStringLiteral("--lot"),
                 QStringLiteral("L-100"), QStringLiteral("--product"), QStringLiteral("gateway"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // not every device passed
        const QString failure = m_station->sql(
            QStringLiteral(
                "SELECT error_code || '|' || operator_message FROM step_results s JOIN devices d ON "
                "d.id = s.device_id WHERE d.serial = '%1' AND s.step = 2")
                .arg(m_serials.at(2)));
        QVERIFY2(failure.startsWith(QStringLiteral("lot|EK not on the delivery list of lot L-100")),
                 qPrintable(failure));
        QCOMPARE(m_station->sql(
                     QStringLiteral("SELECT count(*) FROM step_results WHERE step = 5 AND outcome = 'pass'")),
                 QStringLiteral("2"));
        QCOMPARE(
            m_station->sql(QStringLiteral("SELECT m.value FROM measurements m JOIN step_results s ON s.id = "
                                          "m.step_result_id JOIN devices d ON d.id = s.device_id WHERE "
                                          "d.serial = '%1' AND m.name = 'ek.lot'")
                               .arg(m_serials.at(0))),
            QStringLiteral("[\"L-100\"]"));
        const QJsonArray eks = showLot(QStringLiteral("L-100")).value(QStringLiteral("eks")).toArray();
        QCOMPARE(eks.at(0).toObject().value(QStringLiteral("deviceSerial")).toString(), m_serials.at(0));
        QCOMPARE(eks.at(1).toObject().value(QStringLiteral("deviceSerial")).toString(), m_serials.at(1));
        QCOMPARE(eks.at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("reconciled"));
        QCOMPARE(eks.at(1).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("reconciled"));
        QCOMPARE(eks.at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("unused"));
        QVERIFY(eks.at(0)
                    .toObject()
                    .value(QStringLiteral("preparedBatch"))
                    .toString()
                    .startsWith(QStringLiteral("L-100-prepared-")));
        // A used entry is never handed to another device, nor changed otherwise (sqlite3 against the
        // trigger).
        const test::ToolRun steal =
            runTool(QStringLiteral("sqlite3"),
                    {m_station->db(),
                     QStringLiteral("UPDATE lot_entries SET device_id = NULL WHERE device_id IS NOT NULL")});
        QVERIFY2(steal.err.contains("consumed once"), steal.err.constData());

        // A lot nobody imported.
        r = cli({QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("1"),
                 QStringLiteral("--lot"), QStringLiteral("L-999"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(m_station
                    ->sql(QStringLiteral("SELECT count(*) FROM step_results WHERE operator_message LIKE "
                                         "'%no lot L-999 was imported%'"))
                    .toInt() >= 1);

        // After QA: the batch of the devices that passed; its enrollments are the prepared ones.
        r = cli({QStringLiteral("export"), QStringLiteral("dps"), QStringLiteral("--profile"), profile,
                 QStringLiteral("--allow-simulated"), QStringLiteral("--out"), path(QStringLiteral("after")),
                 QStringLiteral("--as"), QStringLiteral("sam")},
                "sam-pass");
        QVERIFY2(r.ok(), r.err.constData());
        const QJsonObject prepared = enrollments(path(QStringLiteral("prepared")));
        const QJsonObject after = enrollments(path(QStringLiteral("after")));
        QCOMPARE(prepared.size(), 3);
        QCOMPARE(after.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QString id = registrationIdOf(path(QStringLiteral("ek%1.pub").arg(i)));
            QVERIFY2(after.contains(id) && prepared.contains(id), qPrintable(id));
            QCOMPARE(after.value(id).toString(), prepared.value(id).toString()); // byte for byte
            QVERIFY(after.value(id).toString().contains(
                QString::fromLatin1(readFile(path(QStringLiteral("ek%1.pub").arg(i))).toBase64())));
        }
    }
};

STATION_TEST_GUILESS_MAIN(TestIncomingLots)
#include "TestIncomingLots.moc"
