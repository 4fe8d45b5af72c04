// The escrow certificate pin (issue 18, docs/ESCROW.md): the fingerprint the station computes is the one
// `openssl x509 -outform DER | openssl dgst -sha256` prints; a mismatch is refused with both fingerprints; a
// production profile without a pin is refused; a customer CA is verified as openssl verify does.
#include "CliStation.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "core/ownership/EscrowPin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tps;

namespace {

test::ToolRun openssl(const QStringList& args)
{
    return test::runTool(QStringLiteral("openssl"), args);
}

// A key and a self-signed certificate (`ca` empty) or one issued by the CA at `ca`(.pem/.key).
bool makeCertificate(const QString& base, const QString& cn, const QString& ca = {})
{
    const QString key = base + QStringLiteral(".key");
    const QString pem = base + QStringLiteral(".pem");
    if (!openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                  QStringLiteral("-out"), key})
             .ok())
        return false;
    if (ca.isEmpty())
        return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"),
                        QStringLiteral("-key"), key, QStringLiteral("-subj"), QStringLiteral("/CN=") + cn,
                        QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-out"), pem})
            .ok();
    const QString csr = base + QStringLiteral(".csr");
    return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), key,
                    QStringLiteral("-subj"), QStringLiteral("/CN=") + cn, QStringLiteral("-out"), csr})
               .ok() &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                    QStringLiteral("-CA"), ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                    ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                    QStringLiteral("30"), QStringLiteral("-out"), pem})
               .ok();
}

// The oracle: SHA-256 over the DER as openssl prints it.
QString opensslFingerprint(const QString& pem, const QString& der)
{
    if (!openssl({QStringLiteral("x509"), QStringLiteral("-in"), pem, QStringLiteral("-outform"),
                  QStringLiteral("DER"), QStringLiteral("-out"), der})
             .ok())
        return {};
    const test::ToolRun r =
        openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-r"), der});
    return QString::fromLatin1(r.out.left(64));
}

} // namespace

class TestEscrowPin : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    ownership::OwnershipConfig config(const QString& pin, const QString& ca = {}) const
    {
        ownership::OwnershipConfig c;
        c.escrowCertificate = path(QStringLiteral("owner.pem"));
        c.escrowCertificateSha256 = pin;
        c.escrowCaFile = ca;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeCertificate(path(QStringLiteral("ca")), QStringLiteral("Customer CA")));
        QVERIFY(makeCertificate(path(QStringLiteral("other-ca")), QStringLiteral("Someone else")));
        QVERIFY(makeCertificate(path(QStringLiteral("owner")), QStringLiteral("Owner escrow"),
                                path(QStringLiteral("ca"))));
        QVERIFY(makeCertificate(path(QStringLiteral("swapped")), QStringLiteral("Owner escrow")));
    }

    void fingerprintIsOpenssls()
    {
        const auto cert = crypto::EscrowCertificate::fromFile(path(QStringLiteral("owner.pem")));
        QVERIFY(cert);
        const QString expected =
            opensslFingerprint(path(QStringLiteral("owner.pem")), path(QStringLiteral("owner.der")));
        QCOMPARE(expected.size(), 64);
        QCOMPARE(cert->fingerprintSha256(), expected);
        QVERIFY(ownership::checkEscrowPin(*cert, config(expected), true));
    }

    void swappedCertificateRefused()
    {
        const QString pin =
            opensslFingerprint(path(QStringLiteral("owner.pem")), path(QStringLiteral("owner.der")));
        const auto swapped = crypto::EscrowCertificate::fromFile(path(QStringLiteral("swapped.pem")));
        QVERIFY(swapped);
        const QString actual =
            opensslFingerprint(path(QStringLiteral("swapped.pem")), path(QStringLiteral("swapped.der")));
        QVERIFY(actual != pin);
        const auto refused = ownership::checkEscrowPin(*swapped, config(pin), false);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(pin) && refused.error().contains(actual),
                 qPrintable(refused.error()));
    }

    void productionNeedsAPin()
    {
        const auto cert = crypto::EscrowCertificate::fromFile(path(QStringLiteral("owner.pem")));
        QVERIFY(cert);
        const auto refused = ownership::checkEscrowPin(*cert, config(QString()), true);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("escrowCertificateSha256")),
                 qPrintable(refused.error()));
        QVERIFY(ownership::checkEscrowPin(*cert, config(QString()), false)); // a development profile may
    }

    void customerCaChain()
    {
        const auto cert = crypto::EscrowCertificate::fromFile(path(QStringLiteral("owner.pem")));
        QVERIFY(cert);
        const QString pin = cert->fingerprintSha256();
        // The oracle agrees: openssl verify accepts the owner under its CA and refuses it under the other.
        QVERIFY(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), path(QStringLiteral("ca.pem")),
                         path(QStringLiteral("owner.pem"))})
                    .ok());
        QVERIFY(!openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                          path(QStringLiteral("other-ca.pem")), path(QStringLiteral("owner.pem"))})
                     .ok());
        QVERIFY(ownership::checkEscrowPin(*cert, config(pin, path(QStringLiteral("ca.pem"))), true));
        const auto refused =
            ownership::checkEscrowPin(*cert, config(pin, path(QStringLiteral("other-ca.pem"))), true);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("does not chain")), qPrintable(refused.error()));
        QVERIFY(!ownership::checkEscrowPin(*cert, config(pin, path(QStringLiteral("missing.pem"))), true));
    }

    void malformedPinRefusedByTheProfile()
    {
        const QJsonObject section{{QStringLiteral("escrowCertificate"), path(QStringLiteral("owner.pem"))},
                                  {QStringLiteral("escrowCertificateSha256"), QStringLiteral("ab:cd")}};
        QVERIFY(!ownership::OwnershipConfig::fromJson(section));
        QJsonObject upper = section;
        upper.insert(QStringLiteral("escrowCertificateSha256"), QString(64, QLatin1Char('A')));
        const auto read = ownership::OwnershipConfig::fromJson(upper);
        QVERIFY(read);
        QCOMPARE(read->escrowCertificateSha256, QString(64, QLatin1Char('a')));
        QCOMPARE(read->toJson().value(QStringLiteral("escrowCertificateSha256")).toString(),
                 QString(64, QLatin1Char('a')));
    }

    // Changing the pin: an admin's signed, audited change; a supervisor is refused and the file unchanged.
    void pinEscrowByTheCli()
    {
        test::CliStation station(path(QStringLiteral("station.db")));
        QVERIFY(station.createPeople());
        const QString profile = path(QStringLiteral("profile.json"));
        const QByteArray original = QStringLiteral(R"({"id": "gateway", "sections": {"ownership": {)"
                                                   R"("escrowCertificate": "%1"}}})")
                                        .arg(path(QStringLiteral("owner.pem")))
                                        .toUtf8();
        QVERIFY(test::writeFile(profile, original));
        const QStringList args{QStringLiteral("profile"),   QStringLiteral("pin-escrow"),
                               QStringLiteral("--profile"), profile,
                               QStringLiteral("--reason"),  QStringLiteral("new owner certificate")};
        const test::ToolRun bySupervisor =
            station.run(args + QStringList{QStringLiteral("--as"), QStringLiteral("sam")}, "sam-pass");
        QCOMPARE(bySupervisor.exitCode, 1);
        QVERIFY2(bySupervisor.err.contains("admin"), bySupervisor.err.constData());
        QCOMPARE(test::readFile(profile), original);
        QCOMPARE(
            station.sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'sign-refused' AND "
                                       "actor_id = 'sam' AND object = 'profile:gateway'")),
            QStringLiteral("1"));

        const test::ToolRun byAdmin =
            station.run(args + QStringList{QStringLiteral("--as"), QStringLiteral("ada")}, "ada-pass");
        QVERIFY2(byAdmin.ok(), byAdmin.err.constData());
        const QString expected =
            opensslFingerprint(path(QStringLiteral("owner.pem")), path(QStringLiteral("pin.der")));
        const QJsonObject ownership = QJsonDocument::fromJson(test::readFile(profile))
                                          .object()
                                          .value(QStringLiteral("sections"))
                                          .toObject()
                                          .value(QStringLiteral("ownership"))
                                          .toObject();
        QCOMPARE(ownership.value(QStringLiteral("escrowCertificateSha256")).toString(), expected);
        QCOMPARE(
            station.sql(QStringLiteral("SELECT signer_id || '|' || meaning || '|' || record_type || '|' || "
                                       "reason FROM signatures WHERE record_type = 'profile'")),
            QStringLiteral("ada|escrow pin changed|profile|new owner certificate"));
        QCOMPARE(station.sql(QStringLiteral("SELECT new_value FROM audit_events WHERE action = 'change' AND "
                                            "object = 'profile:gateway'")),
                 expected);
    }
};

STATION_TEST_GUILESS_MAIN(TestEscrowPin)
#include "TestEscrowPin.moc"
