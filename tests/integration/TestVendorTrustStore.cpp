// The station's TPM manufacturer trust store through tpm-station-cli as a process (`ek roots`), and the
// real vendor certificates verified against it (issue 21 phase 2): every import format vendors publish
// (PEM with several certificates, DER, PKCS#7 from `openssl crl2pkcs7 -nocrl`), the manifest's names or
// "unknown" flagged loudly, refusals that import nothing (a non-CA, an expired root, a file without
// certificates, a signer who is not an admin), the e-signature and the audit trail, removal, and the
// leaves in ../shared/tpm-vendor-certs/leaf judged against the imported vendor store exactly as against
// the roots directory (tests/support/VendorLeaves.h). Oracles: openssl (fingerprints, bundles), sqlite3
// (rows, triggers), python3 hashlib/json (the signed record's SHA-256).
#include "CliStation.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "VendorCaFixture.h"
#include "VendorLeaves.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using test::runTool;

class TestVendorTrustStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data; // STATION_VENDOR_CERTS
    std::unique_ptr<test::VendorCaFixture> m_ca;
    std::unique_ptr<test::CliStation> m_station;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString vendorFile(const QString& relative) const
    {
        return m_data + QStringLiteral("/roots/") + relative;
    }
    test::ToolRun roots(const QStringList& args, const QByteArray& password = "ada-pass") const
    {
        return m_station->run(QStringList{QStringLiteral("ek"), QStringLiteral("roots")} + args, password);
    }
    test::ToolRun import(const QStringList& files, const QByteArray& password = "ada-pass",
                         const QString& as = QStringLiteral("ada")) const
    {
        return roots(QStringList{QStringLiteral("import")} + files +
                         QStringList{QStringLiteral("--as"), as, QStringLiteral("--reason"),
                                     QStringLiteral("vendor CA files from the supplier portal")},
                     password);
    }
    int rows() const { return m_station->sql(QStringLiteral("SELECT count(*) FROM trust_cas")).toInt(); }
    static QString opensslSha256(const QString& pem)
    {
        const test::ToolRun r =
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("x509"), QStringLiteral("-in"), pem, QStringLiteral("-noout"),
                     QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        return QString::fromLatin1(r.out.trimmed().split('=').last()).remove(QLatin1Char(':')).toLower();
    }

private slots:
    void initTestCase()
    {
        m_data = qEnvironmentVariable("STATION_VENDOR_CERTS");
        QVERIFY2(QFileInfo(m_data + QStringLiteral("/roots")).isDir(), "STATION_VENDOR_CERTS not set");
        QVERIFY(m_dir.isValid());
        m_ca =
            std::make_unique<test::VendorCaFixture>(path(QStringLiteral("ca")), QStringLiteral("Acme TPM"));
        QVERIFY2(m_ca->ok(), qPrintable(m_ca->error()));
        m_station = std::make_unique<test::CliStation>(path(QStringLiteral("station.db")));
        QVERIFY(m_station->createPeople());
    }

    void importsPkcs7DerAndPemBundles()
    {
        // A PKCS#7 bundle (DER) of the test vendor's root and intermediate, as vendors publish them.
        const QString p7b = path(QStringLiteral("acme.p7b"));
        QVERIFY(runTool(QStringLiteral("openssl"),
                        {QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"), QStringLiteral("-certfile"),
                         m_ca->rootPem(), QStringLiteral("-certfile"), m_ca->intermediatePem(),
                         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), p7b})
                    .ok());
        test::ToolRun r = import({p7b});
        QVERIFY2(r.ok(), r.err.constData());
        QVERIFY2(r.out.contains("2 CA certificates imported"), r.out.constData()); // English plurals
        // Unknown to the manifest: imported, flagged loudly, named "unknown".
        QCOMPARE(r.err.count("NOT in the station's manifest of known TPM vendor CAs"), 2);
        const QString rootSha = opensslSha256(m_ca->rootPem());
        QCOMPARE(
            m_station->sql(QStringLiteral("SELECT role || '|' || name || '|' || known || '|' || imported_by "
                                          "FROM trust_cas WHERE sha256 = '%1'")
                               .arg(rootSha)),
            QStringLiteral("root|unknown|0|ada"));
        QCOMPARE(m_station->sql(QStringLiteral("SELECT role FROM trust_cas WHERE sha256 = '%1'")
                                    .arg(opensslSha256(m_ca->intermediatePem()))),
                 QStringLiteral("intermediate"));
        // The same two again as one PEM file and as DER: already in the store, nothing added.
        const QString pem = path(QStringLiteral("acme.pem"));
        QVERIFY(
            test::writeFile(pem, test::readFile(m_ca->rootPem()) + test::readFile(m_ca->intermediatePem())));
        const QString der = path(QStringLiteral("acme-root.der"));
        QVERIFY(runTool(QStringLiteral("openssl"),
                        {QStringLiteral("x509"), QStringLiteral("-in"), m_ca->rootPem(),
                         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), der})
                    .ok());
        r = import({pem, der});
        QVERIFY2(r.ok(), r.err.constData());
        QVERIFY2(r.out.contains("0 CA certificates imported; 2 were already in the trust store."), r.out.constData());
        QCOMPARE(rows(), 2);
    }

    void knownVendorCaIsNamedFromTheManifest()
    {
        const QString file =
            vendorFile(QStringLiteral("infineon/root_Infineon_OPTIGA_TM_RSA_Root_CA_899e3547.pem"));
        const test::ToolRun r = import({file});
        QVERIFY2(r.ok(), r.err.constData());
        const test::ToolRun list = roots({QStringLiteral("list"), QStringLiteral("--json")}, {});
        QVERIFY2(list.ok(), list.err.constData());
        bool found = false;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(list.out).object().value(QStringLiteral("certificates")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("sha256")).toString() != opensslSha256(file))
                continue;
            found = true;
            QCOMPARE(o.value(QStringLiteral("name")).toString(),
                     QStringLiteral("Infineon OPTIGA(TM) RSA Root CA"));
            QCOMPARE(o.value(QStringLiteral("vendor")).toString(), QStringLiteral("Infineon"));
            QVERIFY(o.value(QStringLiteral("known")).toBool());
            QCOMPARE(o.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("vendor CA files from the supplier portal"));
        }
        QVERIFY(found);
    }

    void refusalsImportNothing()
    {
        const int before = rows();
        // An EK certificate among CA files: not a CA, the whole import refused.
        QVERIFY(runTool(QStringLiteral("openssl"),
                        {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                         QStringLiteral("-out"), path(QStringLiteral("ek.key"))})
                    .ok());
        QVERIFY(runTool(QStringLiteral("openssl"),
                        {QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("ek.key")),
                         QStringLiteral("-pubout"), QStringLiteral("-out"), path(QStringLiteral("ek.pem"))})
                    .ok());
        QVERIFY(!m_ca->issueEk(path(QStringLiteral("ek.pem")), QStringLiteral("ek")).isEmpty());
        const QString nuvoton = vendorFile(QStringLiteral("nuvoton"));
        QStringList nuvotonFiles;
        for (QDirIterator it(nuvoton, {QStringLiteral("*.pem")}, QDir::Files); it.hasNext();)
            nuvotonFiles << it.next();
        test::ToolRun r = import(nuvotonFiles + QStringList{path(QStringLiteral("ca/ek.der"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not a CA certificate"), r.err.constData());
        QVERIFY(r.err.contains("Nothing was imported"));
        QCOMPARE(rows(), before);
        // A real expired root (Infineon TPM CA 008, 2018).
        r = import({vendorFile(QStringLiteral("infineon/root_Infineon_TPM_CA_008_2f933443.pem"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("expired on 2018-11-20"), r.err.constData());
        QCOMPARE(rows(), before);
        // A file without a certificate.
        QVERIFY(test::writeFile(path(QStringLiteral("notes.txt")), "not a certificate\n"));
        r = import({path(QStringLiteral("notes.txt"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("holds no certificate"));
        // Not an admin: refused, and the refusal audited.
        r = import(nuvotonFiles, "sam-pass", QStringLiteral("sam"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Only admin"), r.err.constData());
        QCOMPARE(
            m_station->sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'sign-refused' "
                                          "AND actor_id = 'sam'")),
            QStringLiteral("1"));
        // A wrong password; no reason.
        QCOMPARE(import(nuvotonFiles, "wrong").exitCode, 1);
        QCOMPARE(roots({QStringLiteral("import"), nuvotonFiles.first(), QStringLiteral("--as"),
                        QStringLiteral("ada")})
                     .exitCode,
                 2);
        QCOMPARE(rows(), before);
    }

    void importIsSignedAndAudited()
    {
        // Oracle: the signed record rebuilt from the rows by python3 (json, hashlib).
        const QString script = QStringLiteral(
            "import hashlib,json,sqlite3,sys\n"
            "c=sqlite3.connect(sys.argv[1])\n"
            "for (imp,reason,sig) in c.execute('SELECT DISTINCT import_uuid, reason, signature_id FROM "
            "trust_cas'):\n"
            "    cas=[{'role':r,'sha256':s} for (s,r) in c.execute('SELECT sha256, role FROM trust_cas WHERE "
            "import_uuid=? ORDER BY id',(imp,))]\n"
            "    rec={'certificates':cas,'reason':reason,'type':'trust-store-import','uuid':imp}\n"
            "    h=hashlib.sha256(json.dumps(rec,sort_keys=True,separators=(',',':')).encode()).hexdigest()\n"
            "    (stored,who,meaning)=c.execute('SELECT record_sha256, signer_id, meaning FROM signatures "
            "WHERE id=?',(sig,)).fetchone()\n"
            "    print(h==stored, who, meaning)\n");
        const test::ToolRun py =
            runTool(QStringLiteral("python3"), {QStringLiteral("-c"), script, m_station->db()});
        QVERIFY2(py.ok(), py.err.constData());
        const QList<QByteArray> lines = py.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // the PKCS#7 import and the Infineon one
        for (const QByteArray& line : lines)
            QCOMPARE(line, QByteArray("True ada trust store import approved"));
        QCOMPARE(m_station->sql(
                     QStringLiteral("SELECT count(*) FROM audit_events WHERE object LIKE 'trust-ca:%'")),
                 QString::number(rows()));
        // Rows are never deleted nor rewritten.
        test::ToolRun del =
            runTool(QStringLiteral("sqlite3"), {m_station->db(), QStringLiteral("DELETE FROM trust_cas")});
        QVERIFY(del.err.contains("never deleted"));
        del = runTool(QStringLiteral("sqlite3"),
                      {m_station->db(), QStringLiteral("UPDATE trust_cas SET name = 'Trusted CA'")});
        QVERIFY(del.err.contains("only ever removed"));
        const test::ToolRun verify =
            runTool(test::cliPath(), {QStringLiteral("audit"), QStringLiteral("verify"),
                                      QStringLiteral("--db"), m_station->db()});
        QVERIFY2(verify.ok(), verify.out + verify.err);
    }

    void removeIsSignedAndKeepsTheRecord()
    {
        const QString sha = opensslSha256(m_ca->intermediatePem());
        const test::ToolRun r =
            roots({QStringLiteral("remove"), sha.left(12), QStringLiteral("--as"), QStringLiteral("ada"),
                   QStringLiteral("--reason"), QStringLiteral("superseded by the vendor")});
        QVERIFY2(r.ok(), r.err.constData());
        const test::ToolRun list = roots({QStringLiteral("list"), QStringLiteral("--json")}, {});
        QVERIFY(!list.out.contains(sha.toLatin1()));
        QCOMPARE(
            m_station->sql(QStringLiteral("SELECT removed_by || '|' || removed_reason FROM trust_cas WHERE "
                                          "sha256 = '%1'")
                               .arg(sha)),
            QStringLiteral("ada|superseded by the vendor"));
        QCOMPARE(roots({QStringLiteral("remove"), sha.left(12), QStringLiteral("--as"), QStringLiteral("ada"),
                        QStringLiteral("--reason"), QStringLiteral("again")})
                     .exitCode,
                 1); // no longer in the store
    }

    // Issue 21: a production profile with an imported vendor store verifies the real vendor certificates,
    // each with the verdict it deserves (the same as against the roots directory).
    void productionProfileVerifiesTheVendorLeavesWithTheStore()
    {
        QStringList files;
        for (QDirIterator it(m_data + QStringLiteral("/roots"), {QStringLiteral("*.pem")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString f = it.next();
            if (!f.contains(QStringLiteral("/all_")) &&
                !f.endsWith(QStringLiteral("root_Infineon_TPM_CA_008_2f933443.pem")))
                files << f;
        }
        QCOMPARE(files.size(), 371); // every vendor CA but the expired root, which the store refuses
        const test::ToolRun r = import(files);
        QVERIFY2(r.ok(), r.err.constData());
        QCOMPARE(m_station->sql(
                     QStringLiteral("SELECT count(*) FROM trust_cas WHERE removed_utc = '' AND known = 1")),
                 QStringLiteral("371"));
        const QString profile = path(QStringLiteral("production.json"));
        QVERIFY(test::writeFile(profile, R"({"id":"gateway","production":true,"sections":{"ek":{}}})"));
        QStringList args{QStringLiteral("ek"),        QStringLiteral("verify"),
                         QStringLiteral("--profile"), profile,
                         QStringLiteral("--at"),      test::kVendorLeavesAt.toString(Qt::ISODate),
                         QStringLiteral("--json")};
        for (const test::Expected& e : test::kLeaves)
            args << m_data + QStringLiteral("/leaf/") + QString::fromLatin1(e.file);
        const test::ToolRun v = m_station->run(args);
        QCOMPARE(v.exitCode, 1); // not every file is a trusted EK certificate
        const QJsonArray results =
            QJsonDocument::fromJson(v.out).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), int(std::size(test::kLeaves)));
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject o = results.at(i).toObject();
            const test::Expected& e = test::kLeaves[i];
            QVERIFY2(o.value(QStringLiteral("certificate")).toString() == crypto::certVerdictKey(e.verdict),
                     qPrintable(QStringLiteral("%1: %2 (%3)")
                                    .arg(QString::fromLatin1(e.file),
                                         o.value(QStringLiteral("certificateDetail")).toString(),
                                         QString::fromLatin1(e.why))));
            QCOMPARE(o.value(QStringLiteral("tpmManufacturer")).toString(),
                     QString::fromLatin1(e.manufacturer));
            QCOMPARE(o.value(QStringLiteral("keyAlgorithm")).toString(), QString::fromLatin1(e.key));
            const QJsonArray chain = o.value(QStringLiteral("chain")).toArray();
            QVERIFY2(!chain.isEmpty(), e.file);
            QVERIFY(chain.last().toObject().value(QStringLiteral("known")).toBool()); // a vendor root by name
        }
        // Without --db, a profile without rootsDir has nothing to trust: the same files are all untrusted.
        const test::ToolRun none = runTool(test::cliPath(), args);
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("No roots given"));
        for (const QJsonValue& untrusted :
             QJsonDocument::fromJson(none.out).object().value(QStringLiteral("results")).toArray())
            QCOMPARE(untrusted.toObject().value(QStringLiteral("certificate")).toString(),
                     QStringLiteral("untrusted-issuer"));
    }
};

STATION_TEST_GUILESS_MAIN(TestVendorTrustStore)
#include "TestVendorTrustStore.moc"
