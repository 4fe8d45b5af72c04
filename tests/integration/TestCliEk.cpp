// tpm-station-cli ek show / ek regid, run as a user would, against tpm2-tools as the oracle.
#include "TestMain.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using test::readFile;
using test::writeFile;

namespace {} // namespace

class TestCliEk : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestFleet> m_fleet;
    QTemporaryDir m_dir;
    QString tcti() const { return m_fleet->devices().at(0).tcti(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    test::ToolRun cli(const QStringList& args)
    {
        return test::runTool(test::cliPath(), args, {}, {}, 120000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!test::cliPath().isEmpty(), "STATION_CLI not set");
        QStandardPaths::setTestModeEnabled(true);
        m_fleet = std::make_unique<test::TestFleet>(1);
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        QDir().mkpath(file(QStringLiteral("roots")));
        for (const QString& pem : m_fleet->fleet().trustedCertificates())
            QVERIFY(QFile::copy(pem, file(QStringLiteral("roots/")) + QFileInfo(pem).fileName()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void showMatchesTpm2Tools()
    {
        const test::ToolRun shown = cli(
            {QStringLiteral("ek"), QStringLiteral("show"), QStringLiteral("--tcti"), tcti(),
             QStringLiteral("--out-pub"), file(QStringLiteral("cli.pub")), QStringLiteral("--out-pem"),
             file(QStringLiteral("cli.pem")), QStringLiteral("--out-cert"), file(QStringLiteral("cli.der")),
             QStringLiteral("--roots"), file(QStringLiteral("roots")), QStringLiteral("--json")});
        QVERIFY2(shown.ok(), shown.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(o.value(QStringLiteral("certificate")).toString(), QStringLiteral("trusted"));
        QCOMPARE(o.value(QStringLiteral("algorithm")).toString(), QStringLiteral("rsa2048"));
        QCOMPARE(o.value(QStringLiteral("registrationId")).toString().size(), 52);

        // Oracles: tpm2_createek -u (binary TPM2B_PUBLIC), tpm2_readpublic -f pem, tpm2_nvread.
        test::ToolRun r =
            test::runTool(QStringLiteral("tpm2_createek"),
                          {QStringLiteral("-c"), file(QStringLiteral("ek.ctx")), QStringLiteral("-G"),
                           QStringLiteral("rsa"), QStringLiteral("-u"), file(QStringLiteral("tools.pub"))},
                          tcti());
        QVERIFY2(r.ok(), r.err.constData());
        r = test::runTool(QStringLiteral("tpm2_readpublic"),
                          {QStringLiteral("-c"), file(QStringLiteral("ek.ctx")), QStringLiteral("-f"),
                           QStringLiteral("pem"), QStringLiteral("-o"), file(QStringLiteral("tools.pem"))},
                          tcti());
        QVERIFY2(r.ok(), r.err.constData());
        QVERIFY(test::flushTransients(tcti()));
        r = test::runTool(QStringLiteral("tpm2_nvread"),
                          {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("0x1c00002"),
                           QStringLiteral("-o"), file(QStringLiteral("tools-nv.bin"))},
                          tcti());
        QVERIFY2(r.ok(), r.err.constData());

        const QByteArray pub = readFile(file(QStringLiteral("cli.pub")));
        QCOMPARE(pub.size(), 316);
        QCOMPARE(pub, readFile(file(QStringLiteral("tools.pub"))));
        QCOMPARE(readFile(file(QStringLiteral("cli.pem"))), readFile(file(QStringLiteral("tools.pem"))));
        const QByteArray der = readFile(file(QStringLiteral("cli.der")));
        const QByteArray nv = readFile(file(QStringLiteral("tools-nv.bin")));
        QVERIFY(!der.isEmpty());
        QCOMPARE(der, nv.left(der.size()));
        QCOMPARE(o.value(QStringLiteral("endorsementKey")).toString(), QString::fromLatin1(pub.toBase64()));

        // ek regid agrees with show, for the binary file and its base64 text.
        const test::ToolRun bin =
            cli({QStringLiteral("ek"), QStringLiteral("regid"), file(QStringLiteral("tools.pub"))});
        QVERIFY2(bin.ok(), bin.err.constData());
        QCOMPARE(QString::fromLatin1(bin.out.trimmed()),
                 o.value(QStringLiteral("registrationId")).toString());
        QVERIFY(writeFile(file(QStringLiteral("ek.b64")), pub.toBase64() + "\n"));
        const test::ToolRun text =
            cli({QStringLiteral("ek"), QStringLiteral("regid"), file(QStringLiteral("ek.b64"))});
        QVERIFY2(text.ok(), text.err.constData());
        QCOMPARE(text.out, bin.out);
    }

    void showWithoutRootsIsUntrustedAndEccIsNotDpsReady()
    {
        test::ToolRun shown =
            cli({QStringLiteral("ek"), QStringLiteral("show"), QStringLiteral("--tcti"), tcti(),
                 QStringLiteral("--alg"), QStringLiteral("ecc256"), QStringLiteral("--json")});
        QVERIFY2(shown.ok(), shown.err.constData());
        QJsonObject o = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(o.value(QStringLiteral("algorithm")).toString(), QStringLiteral("ecc256"));
        QCOMPARE(o.value(QStringLiteral("certificate")).toString(), QStringLiteral("no-certificate"));
        QCOMPARE(o.value(QStringLiteral("dpsReady")).toBool(), false);

        shown = cli({QStringLiteral("ek"), QStringLiteral("show"), QStringLiteral("--tcti"), tcti()});
        QVERIFY2(shown.ok(), shown.err.constData());
        QVERIFY(shown.out.contains("untrusted-issuer"));
        QVERIFY(shown.out.contains("Registration ID"));
    }

    void badInputIsRefusedClearly()
    {
        QVERIFY(writeFile(file(QStringLiteral("junk.txt")), "hello, I am not an EK\n"));
        test::ToolRun r =
            cli({QStringLiteral("ek"), QStringLiteral("regid"), file(QStringLiteral("junk.txt"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("neither a binary TPM2B_PUBLIC"));
        QVERIFY(r.out.isEmpty());
        r = cli({QStringLiteral("ek"), QStringLiteral("regid"), file(QStringLiteral("missing.pub"))});
        QCOMPARE(r.exitCode, 1);
        r = cli({QStringLiteral("ek"), QStringLiteral("show"), QStringLiteral("--tcti"), tcti(),
                 QStringLiteral("--alg"), QStringLiteral("rsa1024")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("rsa1024"));
        r = cli({QStringLiteral("ek"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
    }
};

STATION_TEST_GUILESS_MAIN(TestCliEk)
#include "TestCliEk.moc"
