// `tpm-station-cli ek verify` on files, run as a process: the inputs it takes (DER, PEM, NV dumps with a
// TCG header and padding), the roots directory review (a file that is not a CA refuses, an expired or
// unknown CA warns loudly), the roots from a product profile, and bad input (clear error, exit codes).
// Certificates come from the openssl command line (tests/support/VendorCaFixture). The vendors' real
// files are exercised by test_vendor_ek_certificates.
#include "TestMain.h"
#include "TestSupport.h"
#include "VendorCaFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using test::runTool;

class TestCliEkVerify : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::VendorCaFixture> m_ca;
    QString m_ek; // DER EK certificate issued by m_ca

    QString path(const QString& name) const { return m_dir.filePath(name); }
    test::ToolRun verify(const QStringList& args)
    {
        return runTool(test::cliPath(), QStringList{QStringLiteral("ek"), QStringLiteral("verify")} + args);
    }
    static QJsonObject firstResult(const test::ToolRun& r)
    {
        return QJsonDocument::fromJson(r.out)
            .object()
            .value(QStringLiteral("results"))
            .toArray()
            .first()
            .toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = std::make_unique<test::VendorCaFixture>(path(QStringLiteral("ca")),
                                                       QStringLiteral("Test TPM Vendor"));
        QVERIFY2(m_ca->ok(), qPrintable(m_ca->error()));
        QVERIFY(runTool(QStringLiteral("openssl"),
                        {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                         QStringLiteral("-out"), path(QStringLiteral("ek.key"))})
                    .ok());
        QVERIFY(runTool(QStringLiteral("openssl"),
                        {QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("ek.key")),
                         QStringLiteral("-pubout"), QStringLiteral("-out"), path(QStringLiteral("ek.pem"))})
                    .ok());
        QVERIFY(!m_ca->issueEk(path(QStringLiteral("ek.pem")), QStringLiteral("ek")).isEmpty());
        m_ek = path(QStringLiteral("ca/ek.der"));
    }

    void derPemAndNvDumps()
    {
        const QByteArray der = test::readFile(m_ek);
        QByteArray nv = QByteArray::fromHex("100100");
        nv.append(char(der.size() >> 8)).append(char(der.size() & 0xff));
        QVERIFY(test::writeFile(path(QStringLiteral("nv.bin")), nv + der + QByteArray(200, '\xff')));
        QVERIFY(runTool(QStringLiteral("openssl"),
                        {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                         QStringLiteral("-in"), m_ek, QStringLiteral("-out"), path(QStringLiteral("ek.crt"))})
                    .ok());
        const test::ToolRun r =
            verify({QStringLiteral("--roots"), m_ca->rootsDir(), QStringLiteral("--tpm-manufacturer"),
                    QStringLiteral("IBM"), QStringLiteral("--json"), m_ek, path(QStringLiteral("ek.crt")),
                    path(QStringLiteral("nv.bin"))});
        QVERIFY2(r.ok(), r.err.constData());
        const QJsonArray results =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        for (const QJsonValue& v : results) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("certificate")).toString(), QStringLiteral("trusted"));
            QCOMPARE(o.value(QStringLiteral("tpmManufacturer")).toString(), QStringLiteral("IBM"));
            QCOMPARE(o.value(QStringLiteral("certificateSubject")).toString(), QString());
            QCOMPARE(o.value(QStringLiteral("chain")).toArray().size(), 2);
            QCOMPARE(o.value(QStringLiteral("dpsReady")).toBool(), true);
        }
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("trimmed")).toBool(), false);
        QCOMPARE(results.at(2).toObject().value(QStringLiteral("trimmed")).toBool(), true);
        // The test CA is not a vendor's: flagged loudly, on standard error and in the JSON.
        QVERIFY(r.err.contains("NOT in the station's manifest"));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("warnings")).toArray().size(),
                 2);
        // Another expected manufacturer: mismatch named, exit 1.
        const test::ToolRun other =
            verify({QStringLiteral("--roots"), m_ca->rootsDir(), QStringLiteral("--tpm-manufacturer"),
                    QStringLiteral("IFX"), m_ek});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.out.contains("manufacturer-mismatch") && other.out.contains("IFX"),
                 other.out.constData());
    }

    void rootsDirectoryWithANonCaIsRefused()
    {
        const QString roots = path(QStringLiteral("badroots"));
        QVERIFY(QDir().mkpath(roots));
        QVERIFY(QFile::copy(m_ca->rootPem(), roots + QStringLiteral("/root.pem")));
        QVERIFY(QFile::copy(m_ek, roots + QStringLiteral("/leaf-by-mistake.der")));
        const test::ToolRun r = verify({QStringLiteral("--roots"), roots, m_ek});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty()); // nothing verified
        QVERIFY2(r.err.contains("leaf-by-mistake.der") && r.err.contains("is not a CA certificate"),
                 r.err.constData());
    }

    void expiredRootWarnsAndItsCertificatesAreExpired()
    {
        test::VendorCaFixture shortLived(path(QStringLiteral("short")), QStringLiteral("Short Vendor"),
                                         QStringLiteral("ec"), 1);
        QVERIFY2(shortLived.ok(), qPrintable(shortLived.error()));
        QVERIFY(!shortLived.issueEk(path(QStringLiteral("ek.pem")), QStringLiteral("ek")).isEmpty());
        const QString at = QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate);
        const test::ToolRun r =
            verify({QStringLiteral("--roots"), shortLived.rootsDir(), QStringLiteral("--at"), at,
                    QStringLiteral("--json"), path(QStringLiteral("short/ek.der"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("expired on"), r.err.constData());
        QCOMPARE(firstResult(r).value(QStringLiteral("certificate")).toString(), QStringLiteral("expired"));
        // At issue time the same files are fine.
        QVERIFY(
            verify({QStringLiteral("--roots"), shortLived.rootsDir(), path(QStringLiteral("short/ek.der"))})
                .ok());
    }

    void rootsFromTheProductProfile()
    {
        const QString profile = path(QStringLiteral("profile.json"));
        QVERIFY(test::writeFile(
            profile,
            QJsonDocument(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("P1")},
                            {QStringLiteral("sections"),
                             QJsonObject{{QStringLiteral("ek"),
                                          QJsonObject{{QStringLiteral("rootsDir"), m_ca->rootsDir()}}}}}})
                .toJson()));
        const test::ToolRun r =
            verify({QStringLiteral("--profile"), profile, QStringLiteral("--json"), m_ek});
        QVERIFY2(r.ok(), r.err.constData());
        QCOMPARE(firstResult(r).value(QStringLiteral("certificate")).toString(), QStringLiteral("trusted"));
        QVERIFY(test::writeFile(path(QStringLiteral("bad-profile.json")),
                                R"({"id":"P1","sections":{"ek":{"rootsDir":"/no/such/dir"}}})"));
        const test::ToolRun bad =
            verify({QStringLiteral("--profile"), path(QStringLiteral("bad-profile.json")), m_ek});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("/no/such/dir"), bad.err.constData());
    }

    void badInput()
    {
        // No roots: no certificate can be trusted, and it says so.
        test::ToolRun r = verify({m_ek});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("untrusted-issuer"));
        QVERIFY(r.err.contains("No roots given"));
        QCOMPARE(verify({}).exitCode, 2);
        QCOMPARE(
            verify({QStringLiteral("--roots"), m_ca->rootsDir(), QStringLiteral("--profile"), m_ek, m_ek})
                .exitCode,
            2);
        r = verify({QStringLiteral("--roots"), m_ca->rootsDir(), QStringLiteral("--at"),
                    QStringLiteral("yesterday"), m_ek});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("ISO 8601"));
        r = verify({QStringLiteral("--roots"), m_ca->rootsDir(), path(QStringLiteral("missing.der"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Cannot read"));
        QVERIFY(test::writeFile(path(QStringLiteral("garbage.bin")), "this is not a certificate"));
        r = verify({QStringLiteral("--roots"), m_ca->rootsDir(), QStringLiteral("--json"),
                    path(QStringLiteral("garbage.bin"))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(firstResult(r).value(QStringLiteral("certificate")).toString(), QStringLiteral("malformed"));
        const QString empty = path(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        r = verify({QStringLiteral("--roots"), empty, m_ek});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("No certificates found"));
    }
};

STATION_TEST_GUILESS_MAIN(TestCliEkVerify)
#include "TestCliEkVerify.moc"
