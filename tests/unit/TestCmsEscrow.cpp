// CMS escrow encryption against the openssl CLI, the escrow payload format, and SecureBytes.
#include "EscrowTestKeys.h"
#include "TestMain.h"
#include "TestSupport.h"

#include "core/crypto/CmsEscrow.h"
#include "core/crypto/SecureBytes.h"
#include "core/ownership/HierarchyAuth.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

class TestCmsEscrow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::OwnerKeys m_rsa;
    test::OwnerKeys m_ec;
    test::OwnerKeys m_other;

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

    // openssl cms -decrypt as an independent oracle; returns the plaintext.
    QByteArray opensslDecrypt(const QByteArray& der, const QString& key)
    {
        const QString in = write(QStringLiteral("oracle.der"), der);
        const test::ToolRun r =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("cms"), QStringLiteral("-decrypt"), QStringLiteral("-inform"),
                           QStringLiteral("DER"), QStringLiteral("-in"), in, QStringLiteral("-inkey"), key,
                           QStringLiteral("-binary")});
        return r.ok() ? r.out : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rsa = test::makeOwnerKeys(m_dir.path(), QStringLiteral("rsa"));
        m_ec = test::makeOwnerKeys(m_dir.path(), QStringLiteral("ec"), test::OwnerKeyType::EcP256);
        m_other = test::makeOwnerKeys(m_dir.path(), QStringLiteral("other"));
        QVERIFY(!m_rsa.cert.isEmpty() && !m_ec.cert.isEmpty() && !m_other.cert.isEmpty());
    }

    void roundTripRsaAndEc_data()
    {
        QTest::addColumn<bool>("ec");
        QTest::newRow("rsa-oaep") << false;
        QTest::newRow("ec-p256") << true;
    }
    void roundTripRsaAndEc()
    {
        QFETCH(bool, ec);
        const test::OwnerKeys& k = ec ? m_ec : m_rsa;
        auto cert = crypto::EscrowCertificate::fromFile(k.cert);
        QVERIFY2(cert.ok(), qPrintable(cert ? QString() : cert.error().message));
        QCOMPARE(cert->fingerprintSha256().size(), 64);
        QVERIFY(cert->keyDescription().startsWith(ec ? QStringLiteral("EC") : QStringLiteral("RSA-2048")));
        auto secret = crypto::SecureBytes::random(64);
        QVERIFY(secret.has_value());
        auto der = crypto::cmsEncrypt(*secret, *cert);
        QVERIFY2(der.ok(), qPrintable(der ? QString() : der.error().detail));
        // The plaintext is not in the envelope.
        const QByteArray raw(reinterpret_cast<const char*>(secret->data()), qsizetype(secret->size()));
        QVERIFY(!der->contains(raw.left(16)));

        auto key = crypto::EscrowPrivateKey::fromFile(k.key);
        QVERIFY(key.ok());
        auto opened = crypto::cmsDecrypt(*der, *key);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().detail));
        QVERIFY(opened->equals(*secret));
        // The openssl CLI opens it too (standard CMS EnvelopedData).
        QCOMPARE(opensslDecrypt(*der, k.key), raw);
        // RSA recipients use OAEP with SHA-256, EC recipients ECDH.
        const test::ToolRun printed =
            test::runTool(QStringLiteral("openssl"),
                          {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                           QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                           m_dir.filePath(QStringLiteral("oracle.der"))});
        QVERIFY(printed.ok());
        QVERIFY(printed.out.contains(ec ? "dhSinglePass-stdDH-sha256kdf" : "rsaesOaep"));
    }

    void wrongKeyIsRefused()
    {
        auto cert = crypto::EscrowCertificate::fromFile(m_rsa.cert);
        QVERIFY(cert.ok());
        auto secret = crypto::SecureBytes::random(32);
        auto der = crypto::cmsEncrypt(*secret, *cert);
        QVERIFY(der.ok());
        auto other = crypto::EscrowPrivateKey::fromFile(m_other.key);
        QVERIFY(other.ok());
        auto opened = crypto::cmsDecrypt(*der, *other);
        // Either refused outright, or (RSA implicit rejection) opened to something else.
        QVERIFY(!opened.ok() || !opened->equals(*secret));
        auto garbage = crypto::cmsDecrypt(QByteArray("not cms"), *other);
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().code, crypto::CryptoErrc::DecryptFailed);
    }

    void badCertificatesAreRefused()
    {
        auto missing = crypto::EscrowCertificate::fromFile(m_dir.filePath(QStringLiteral("nope.pem")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, crypto::CryptoErrc::Unreadable);
        auto notCert = crypto::EscrowCertificate::fromFile(m_rsa.key); // a key, not a certificate
        QVERIFY(!notCert.ok());
        QCOMPARE(notCert.error().code, crypto::CryptoErrc::BadCertificate);
        auto junk = crypto::EscrowCertificate::fromBytes(QByteArray(300, 'x'));
        QVERIFY(!junk.ok());
        const test::OwnerKeys weak =
            test::makeOwnerKeys(m_dir.path(), QStringLiteral("weak"), test::OwnerKeyType::Rsa1024);
        QVERIFY(!weak.cert.isEmpty());
        auto small = crypto::EscrowCertificate::fromFile(weak.cert);
        QVERIFY(!small.ok());
        QCOMPARE(small.error().code, crypto::CryptoErrc::UnsupportedKey);
        const test::OwnerKeys ed =
            test::makeOwnerKeys(m_dir.path(), QStringLiteral("ed"), test::OwnerKeyType::Ed25519);
        QVERIFY(!ed.cert.isEmpty());
        auto edCert = crypto::EscrowCertificate::fromFile(ed.cert);
        QVERIFY(!edCert.ok());
        QCOMPARE(edCert.error().code, crypto::CryptoErrc::UnsupportedKey);
        // DER works as well as PEM.
        QFile pem(m_rsa.cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        auto fromPem = crypto::EscrowCertificate::fromBytes(pem.readAll());
        QVERIFY(fromPem.ok());
        auto fromDer = crypto::EscrowCertificate::fromBytes(fromPem->der());
        QVERIFY(fromDer.ok());
        QCOMPARE(fromDer->fingerprintSha256(), fromPem->fingerprintSha256());
    }

    void payloadFormat()
    {
        auto secrets = ownership::HierarchySecrets::generate(
            {ownership::Hierarchy::Lockout, ownership::Hierarchy::Owner});
        QVERIFY(secrets.has_value());
        QCOMPARE(secrets->hierarchies(),
                 (QList<ownership::Hierarchy>{ownership::Hierarchy::Owner, ownership::Hierarchy::Lockout}));
        QVERIFY(!secrets->value(ownership::Hierarchy::Endorsement));
        QCOMPARE(secrets->value(ownership::Hierarchy::Owner)->size(), std::size_t(32));
        QVERIFY(!secrets->value(ownership::Hierarchy::Owner)
                     ->equals(*secrets->value(ownership::Hierarchy::Lockout)));
        const crypto::SecureBytes payload = secrets->encode();
        QCOMPARE(payload.size(), std::size_t(4 + 2 + 2 * (2 + 32)));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(payload.data()), 6), QByteArray("TPSE\x01\x02", 6));
        auto back = ownership::HierarchySecrets::decode(payload);
        QVERIFY(back.ok());
        QVERIFY(
            back->value(ownership::Hierarchy::Owner)->equals(*secrets->value(ownership::Hierarchy::Owner)));
        QVERIFY(back->value(ownership::Hierarchy::Lockout)
                    ->equals(*secrets->value(ownership::Hierarchy::Lockout)));
        // Malformed payloads are refused.
        QVERIFY(!ownership::HierarchySecrets::decode(crypto::SecureBytes(payload.data(), payload.size() - 1))
                     .ok());
        crypto::SecureBytes badMagic = payload.clone();
        badMagic.data()[0] = 'X';
        QVERIFY(!ownership::HierarchySecrets::decode(badMagic).ok());
        crypto::SecureBytes badTag = payload.clone();
        badTag.data()[6] = 9;
        QVERIFY(!ownership::HierarchySecrets::decode(badTag).ok());
        QVERIFY(!ownership::HierarchySecrets::decode(crypto::SecureBytes()).ok());
    }

    void secureBytes()
    {
        auto a = crypto::SecureBytes::random(32);
        auto b = crypto::SecureBytes::random(32);
        QVERIFY(a && b);
        QVERIFY(!a->equals(*b));
        crypto::SecureBytes c = a->clone();
        QVERIFY(c.equals(*a));
        crypto::SecureBytes moved = std::move(c);
        QVERIFY(moved.equals(*a));
        QVERIFY(c.empty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
        QCOMPARE(moved.toHex().size(), 64);
        const unsigned char fixed[] = {0x00, 0xab, 0xff};
        QCOMPARE(crypto::SecureBytes(fixed, 3).toHex(), QStringLiteral("00abff"));
    }
};

STATION_TEST_GUILESS_MAIN(TestCmsEscrow)
#include "TestCmsEscrow.moc"
