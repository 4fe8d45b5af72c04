#include "TestMain.h"
#include "core/tpm/TctiConfig.h"

#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace tps::tpm;

class TestTctiConfig : public QObject
{
    Q_OBJECT
private slots:
    void parsesSwtpm()
    {
        auto cfg = parseTcti(QStringLiteral("swtpm:host=127.0.0.1,port=23456"));
        QVERIFY(cfg.ok());
        QCOMPARE(cfg->name, QStringLiteral("swtpm"));
        QCOMPARE(cfg->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(cfg->port, quint16(23456));
        QVERIFY(cfg->isSocket());
    }
    void defaultsPort()
    {
        auto cfg = parseTcti(QStringLiteral("mssim"));
        QVERIFY(cfg.ok());
        QCOMPARE(cfg->port, quint16(2321));
    }
    void parsesDevice()
    {
        auto cfg = parseTcti(QStringLiteral("device:/dev/tpmrm0"));
        QVERIFY(cfg.ok());
        QCOMPARE(cfg->path, QStringLiteral("/dev/tpmrm0"));
    }
    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("tcti");
        QTest::newRow("unknown") << QStringLiteral("bogus:foo");
        QTest::newRow("empty") << QString();
        QTest::newRow("bad port") << QStringLiteral("swtpm:port=99999");
        QTest::newRow("port text") << QStringLiteral("swtpm:port=abc");
        QTest::newRow("unknown key") << QStringLiteral("swtpm:hots=127.0.0.1");
    }
    void rejectsGarbage()
    {
        QFETCH(QString, tcti);
        auto cfg = parseTcti(tcti);
        QVERIFY(!cfg.ok());
        QCOMPARE(cfg.error().code, TpmErrc::InvalidTcti);
    }
    void resolveHonoursEnvironment()
    {
        qputenv("TPM2TOOLS_TCTI", "swtpm:port=4444");
        QCOMPARE(resolveTcti(QString()), QStringLiteral("swtpm:port=4444"));
        QCOMPARE(resolveTcti(QStringLiteral("device:/dev/tpm0")), QStringLiteral("device:/dev/tpm0"));
        qunsetenv("TPM2TOOLS_TCTI");
        QCOMPARE(resolveTcti(QString()), QStringLiteral("device:/dev/tpmrm0"));
    }
    void probeMissingDevice()
    {
        auto cfg = parseTcti(QStringLiteral("device:/nonexistent/tpm"));
        QVERIFY(cfg.ok());
        auto r = probeTcti(*cfg, std::chrono::milliseconds(2000));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, TpmErrc::TctiUnreachable);
    }
    // The probe speaks one TPM command to the peer; a scripted peer stands in for three kinds of part.
    void probeClassifiesThePeer_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("expected"); // -1: success
        // TPM 2.0: tag 0x8001, size 10, TPM_RC_SUCCESS.
        QTest::newRow("tpm 2.0") << QByteArray::fromHex("80010000000a00000000") << -1;
        // TPM 1.2: TPM_TAG_RSP_COMMAND 0x00C4, TPM_BADTAG.
        QTest::newRow("tpm 1.2") << QByteArray::fromHex("00c40000000a0000001e") << int(TpmErrc::NotTpm20);
        QTest::newRow("garbage") << QByteArray("HTTP/1.1 400 Bad") << int(TpmErrc::NotTpm20);
        QTest::newRow("silent") << QByteArray() << int(TpmErrc::NotAnswering);
    }
    void probeClassifiesThePeer()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, expected);
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
        socklen_t len = sizeof addr;
        QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len), 0);
        QCOMPARE(::listen(listener, 4), 0);
        std::thread peer([&] {
            const int c = ::accept(listener, nullptr, nullptr);
            char command[22];
            const ssize_t got = ::recv(c, command, sizeof command, MSG_WAITALL);
            if (got == sizeof command && !answer.isEmpty())
                (void)::send(c, answer.constData(), size_t(answer.size()), 0);
            ::usleep(600000);
            ::close(c);
        });
        auto cfg = parseTcti(QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(ntohs(addr.sin_port)));
        QVERIFY(cfg.ok());
        QElapsedTimer t;
        t.start();
        auto r = probeTcti(*cfg, std::chrono::milliseconds(500));
        QVERIFY(t.elapsed() < 1500);
        peer.join();
        ::close(listener);
        if (expected < 0) {
            QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().technical()));
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(int(r.error().code), expected);
        }
    }
};

STATION_TEST_GUILESS_MAIN(TestTctiConfig)
#include "TestTctiConfig.moc"
