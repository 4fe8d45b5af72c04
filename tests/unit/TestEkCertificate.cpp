// EK certificate handling without a TPM: DER trimming of NV contents, TPM2B_PUBLIC -> SPKI against
// openssl, and the verdicts on certificate chains made by the openssl CLI (including the deliberate
// handling of critical extensions and the simulation-roots rule).
#include "TestMain.h"
#include "TestSupport.h"

#include "core/crypto/EkCertificate.h"
#include "core/crypto/TpmPublicKey.h"
#include "core/tpm/KeyTemplates.h"
#include "core/tpmwire/PublicArea.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

using namespace tps;
using crypto::CertVerdict;
using test::readFile;
using test::writeFile;

namespace {} // namespace

class TestEkCertificate : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_ekPublic;    // TPM2B_PUBLIC (L-2 template) carrying the openssl EC key
    QByteArray m_otherPublic; // another key
    QString path(const QString& name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList& args)
    {
        const test::ToolRun r = test::runTool(QStringLiteral("openssl"), args);
        if (!r.ok())
            qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.ok();
    }
    // An EC P-256 key pair: the TPM2B_PUBLIC of its public half (on the L-2 template).
    QByteArray ecKey(const QString& name)
    {
        if (!openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                      QStringLiteral("-out"), path(name + QStringLiteral(".key"))}) ||
            !openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path(name + QStringLiteral(".key")),
                      QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER"),
                      QStringLiteral("-out"), path(name + QStringLiteral(".spki"))}))
            return {};
        const QByteArray spki = readFile(path(name + QStringLiteral(".spki")));
        TPM2B_PUBLIC pub = tpm::ekTemplateEccP256();
        std::memcpy(pub.publicArea.unique.ecc.x.buffer, spki.constData() + spki.size() - 64, 32);
        std::memcpy(pub.publicArea.unique.ecc.y.buffer, spki.constData() + spki.size() - 32, 32);
        return tpm::marshalPublic(pub);
    }
    // A CA (self-signed) in dir/ca.pem with key dir/ca.key.
    bool makeCa(const QString& dir, const QString& cn)
    {
        QDir().mkpath(path(dir));
        return openssl(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), path(dir + QStringLiteral("/ca.key")), QStringLiteral("-out"),
             path(dir + QStringLiteral("/ca.pem")), QStringLiteral("-subj"), QStringLiteral("/CN=") + cn,
             QStringLiteral("-days"), QStringLiteral("30")});
    }
    // The EK certificate for key `name`, issued by CA `caDir`, with extension section `ext` of ext.cnf.
    QByteArray issue(const QString& name, const QString& caDir, const QString& ext)
    {
        const QString csr = path(name + QStringLiteral(".csr"));
        const QString out = path(name + QLatin1Char('-') + ext + QStringLiteral(".der"));
        if (!openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                      path(name + QStringLiteral(".key")), QStringLiteral("-subj"), QStringLiteral("/CN=ek"),
                      QStringLiteral("-out"), csr}) ||
            !openssl({QStringLiteral("x509"),        QStringLiteral("-req"),
                      QStringLiteral("-in"),         csr,
                      QStringLiteral("-CA"),         path(caDir + QStringLiteral("/ca.pem")),
                      QStringLiteral("-CAkey"),      path(caDir + QStringLiteral("/ca.key")),
                      QStringLiteral("-set_serial"), QStringLiteral("7"),
                      QStringLiteral("-days"),       QStringLiteral("10"),
                      QStringLiteral("-extfile"),    path(QStringLiteral("ext.cnf")),
                      QStringLiteral("-extensions"), ext,
                      QStringLiteral("-outform"),    QStringLiteral("DER"),
                      QStringLiteral("-out"),        out}))
            return {};
        return readFile(out);
    }
    crypto::CertTrust trust(const QString& dir) const
    {
        crypto::CertTrust t;
        t.rootsDir = dir.isEmpty() ? QString() : path(dir);
        return t;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(path(QStringLiteral("ext.cnf")),
                          "[tcg]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,keyEncipherment\n"
                          "2.5.29.9=critical,DER:3000\n"
                          "[unknown]\nbasicConstraints=critical,CA:FALSE\n1.2.3.4.5=critical,DER:0500\n"));
        m_ekPublic = ecKey(QStringLiteral("ek"));
        m_otherPublic = ecKey(QStringLiteral("other"));
        QVERIFY(!m_ekPublic.isEmpty() && !m_otherPublic.isEmpty());
        QVERIFY(makeCa(QStringLiteral("caA"), QStringLiteral("TPM Root A")));
        QVERIFY(makeCa(QStringLiteral("caB"), QStringLiteral("TPM Root B")));
    }

    void spkiEqualsOpenssl()
    {
        QCOMPARE(*crypto::spkiFromTpmPublic(m_ekPublic), readFile(path(QStringLiteral("ek.spki"))));
        // RSA: modulus from openssl into a TPM2B_PUBLIC, back to the same SPKI.
        QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
                         QStringLiteral("-out"), path(QStringLiteral("rsa.key"))}));
        QVERIFY(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("rsa.key")),
                         QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER"),
                         QStringLiteral("-out"), path(QStringLiteral("rsa.spki"))}));
        const test::ToolRun mod =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("rsa"), QStringLiteral("-in"), path(QStringLiteral("rsa.key")),
                           QStringLiteral("-noout"), QStringLiteral("-modulus")});
        QVERIFY(mod.ok());
        const QByteArray n = QByteArray::fromHex(mod.out.trimmed().mid(int(qstrlen("Modulus="))));
        QCOMPARE(n.size(), 256);
        TPM2B_PUBLIC pub = tpm::ekTemplateRsa2048();
        std::memcpy(pub.publicArea.unique.rsa.buffer, n.constData(), 256);
        QCOMPARE(*crypto::spkiFromTpmPublic(tpm::marshalPublic(pub)),
                 readFile(path(QStringLiteral("rsa.spki"))));
        QVERIFY(crypto::pemFromSpki(readFile(path(QStringLiteral("rsa.spki"))))
                    ->startsWith("-----BEGIN PUBLIC KEY-----"));
        // An empty unique (a template, not a key) has no public key.
        QVERIFY(!crypto::spkiFromTpmPublic(tpm::marshalPublic(tpm::ekTemplateH1Rsa2048())).ok());
    }

    void trimCertificateDer()
    {
        const QByteArray der = issue(QStringLiteral("ek"), QStringLiteral("caA"), QStringLiteral("tcg"));
        QVERIFY(der.size() > 200);
        QCOMPARE(*crypto::trimCertificateDer(der), der);
        QCOMPARE(*crypto::trimCertificateDer(der + QByteArray(300, '\xff')), der); // padding
        QCOMPARE(*crypto::trimCertificateDer(der + QByteArray(40, '\0')), der);
        QByteArray header = QByteArray::fromHex("100100");
        header.append(char(der.size() >> 8)).append(char(der.size() & 0xff));
        QCOMPARE(*crypto::trimCertificateDer(header + der + QByteArray(7, '\xff')), der);
        QVERIFY(!crypto::trimCertificateDer(der.left(der.size() - 1)).has_value()); // truncated
        QVERIFY(!crypto::trimCertificateDer(QByteArray(1016, '\xff')).has_value()); // erased flash
        QVERIFY(!crypto::trimCertificateDer("garbage").has_value());
        QVERIFY(!crypto::trimCertificateDer({}).has_value());
    }

    void verdicts()
    {
        const QByteArray der = issue(QStringLiteral("ek"), QStringLiteral("caA"), QStringLiteral("tcg"));
        auto check = crypto::verifyEkCertificate(der, m_ekPublic, trust(QStringLiteral("caA")));
        QVERIFY2(check.verdict == CertVerdict::Trusted, qPrintable(check.detail));
        QCOMPARE(check.subject, QStringLiteral("CN=ek"));
        QCOMPARE(check.issuer, QStringLiteral("CN=TPM Root A"));

        check = crypto::verifyEkCertificate(der, m_ekPublic, trust(QStringLiteral("caB")));
        QCOMPARE(crypto::certVerdictKey(check.verdict), QStringLiteral("untrusted-issuer"));
        check = crypto::verifyEkCertificate(der, m_ekPublic, trust({}));
        QCOMPARE(check.verdict, CertVerdict::UntrustedIssuer);
        check = crypto::verifyEkCertificate(der, m_otherPublic, trust(QStringLiteral("caA")));
        QCOMPARE(check.verdict, CertVerdict::KeyMismatch);
        check = crypto::verifyEkCertificate(QByteArray(der).replace(100, 4, "junk"), m_ekPublic,
                                            trust(QStringLiteral("caA")));
        QVERIFY(check.verdict == CertVerdict::Malformed || check.verdict == CertVerdict::UntrustedIssuer);
        QCOMPARE(crypto::verifyEkCertificate("\x30\x03\x02\x01\x00", m_ekPublic, trust({})).verdict,
                 CertVerdict::Malformed);
        QCOMPARE(crypto::verifyEkCertificate({}, m_ekPublic, trust({})).verdict, CertVerdict::NoCertificate);

        crypto::CertTrust later = trust(QStringLiteral("caA"));
        later.at = QDateTime::currentDateTimeUtc().addDays(60);
        QCOMPARE(crypto::verifyEkCertificate(der, m_ekPublic, later).verdict, CertVerdict::Expired);
        later.at = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC); // not yet valid
        QCOMPARE(crypto::verifyEkCertificate(der, m_ekPublic, later).verdict, CertVerdict::Expired);
    }

    void onlyTheTcgCriticalExtensionsAreAccepted()
    {
        const QByteArray der = issue(QStringLiteral("ek"), QStringLiteral("caA"), QStringLiteral("unknown"));
        QVERIFY(!der.isEmpty());
        const auto check = crypto::verifyEkCertificate(der, m_ekPublic, trust(QStringLiteral("caA")));
        QCOMPARE(check.verdict, CertVerdict::UntrustedIssuer);
        QVERIFY2(check.detail.contains(QStringLiteral("critical")), qPrintable(check.detail));
        // The oracle: openssl verify refuses both certificates (error 34, unhandled critical extension)
        // unless told -ignore_critical; the station accepts the TCG one (critical subjectDirectoryAttributes,
        // see verdicts()) and only that.
        const auto verify = [&](const QString& cert, bool ignoreCritical) {
            QStringList args{QStringLiteral("verify"), QStringLiteral("-CAfile"),
                             path(QStringLiteral("caA/ca.pem"))};
            if (ignoreCritical)
                args << QStringLiteral("-ignore_critical");
            args << path(cert);
            return test::runTool(QStringLiteral("openssl"), args);
        };
        const test::ToolRun unknown = verify(QStringLiteral("ek-unknown.der"), false);
        QVERIFY(!unknown.ok());
        QVERIFY2((unknown.out + unknown.err).contains("unhandled critical extension"),
                 (unknown.out + unknown.err).constData());
        QVERIFY(!verify(QStringLiteral("ek-tcg.der"), false).ok());
        QVERIFY(verify(QStringLiteral("ek-tcg.der"), true).ok());
    }

    void simulationRootsOnlyForSimulatedDevicesOnNonProductionProfiles()
    {
        const QByteArray der = issue(QStringLiteral("ek"), QStringLiteral("caA"), QStringLiteral("tcg"));
        crypto::CertTrust t = trust(QStringLiteral("caB")); // the real roots do not include caA
        t.simulationRootsDir = path(QStringLiteral("caA"));
        t.deviceSimulated = true;
        QCOMPARE(crypto::verifyEkCertificate(der, m_ekPublic, t).verdict, CertVerdict::Trusted);
        t.deviceSimulated = false; // a real device is never trusted through the fleet CA
        QCOMPARE(crypto::verifyEkCertificate(der, m_ekPublic, t).verdict, CertVerdict::UntrustedIssuer);
        t.deviceSimulated = true;
        t.production = true; // a production profile never trusts a simulated chain through it
        QCOMPARE(crypto::verifyEkCertificate(der, m_ekPublic, t).verdict, CertVerdict::UntrustedIssuer);
    }

    void verdictKeysRoundTrip()
    {
        for (CertVerdict v : {CertVerdict::Trusted, CertVerdict::UntrustedIssuer, CertVerdict::KeyMismatch,
                              CertVerdict::NoCertificate, CertVerdict::Malformed, CertVerdict::Expired}) {
            QCOMPARE(crypto::certVerdictFromKey(crypto::certVerdictKey(v)), std::optional<CertVerdict>(v));
            QVERIFY(!crypto::certVerdictMessage(v).isEmpty());
        }
        QVERIFY(!crypto::certVerdictFromKey(QStringLiteral("bogus")).has_value());
        QCOMPARE(crypto::countCertificates(path(QStringLiteral("caA"))), 1); // the key file is ignored
    }
};

STATION_TEST_GUILESS_MAIN(TestEkCertificate)
#include "TestEkCertificate.moc"
