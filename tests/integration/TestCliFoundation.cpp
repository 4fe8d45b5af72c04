// tpm-station-cli sim / tpm info, run as a user would.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/sim/ProcessControl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

class TestCliFoundation : public QObject
{
    Q_OBJECT
private:
    test::ToolRun cli(const QStringList& args)
    {
        return test::runTool(test::cliPath(), args, {}, {}, 120000);
    }

private slots:
    void initTestCase() { QVERIFY2(!test::cliPath().isEmpty(), "STATION_CLI not set"); }

    void simLifecycleAndTpmInfo()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("fleet"));
        const test::ToolRun created =
            cli({QStringLiteral("sim"), QStringLiteral("create"), QStringLiteral("--root"), root,
                 QStringLiteral("--count"), QStringLiteral("2")});
        QVERIFY2(created.ok(), created.err.constData());
        const test::ToolRun started =
            cli({QStringLiteral("sim"), QStringLiteral("start"), QStringLiteral("--root"), root});
        QVERIFY2(started.ok(), started.err.constData());

        const test::ToolRun listed = cli({QStringLiteral("sim"), QStringLiteral("list"),
                                          QStringLiteral("--root"), root, QStringLiteral("--json")});
        QVERIFY2(listed.ok(), listed.err.constData());
        const QJsonArray devices = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(devices.size(), 2);
        for (const QJsonValue& v : devices) {
            const QJsonObject d = v.toObject();
            QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
            QVERIFY(d.value(QStringLiteral("serial")).toString().startsWith(QStringLiteral("SIM-")));
            QVERIFY(d.value(QStringLiteral("simulated")).toBool());

            const test::ToolRun info =
                cli({QStringLiteral("tpm"), QStringLiteral("info"), QStringLiteral("--tcti"),
                     d.value(QStringLiteral("tcti")).toString(), QStringLiteral("--json")});
            QVERIFY2(info.ok(), info.err.constData());
            const QJsonObject id = QJsonDocument::fromJson(info.out).object();
            QCOMPARE(id.value(QStringLiteral("family")).toString(), QStringLiteral("2.0"));
            QCOMPARE(id.value(QStringLiteral("manufacturer")).toString(), QStringLiteral("IBM"));
            QVERIFY(id.value(QStringLiteral("nvBufferMax")).toInt() > 0);
        }

        const test::ToolRun stopped =
            cli({QStringLiteral("sim"), QStringLiteral("stop"), QStringLiteral("--root"), root});
        QVERIFY2(stopped.ok(), stopped.err.constData());
        for (const QJsonValue& v : devices)
            QVERIFY(!sim::processAlive(v.toObject().value(QStringLiteral("pid")).toInteger()));
        const test::ToolRun after = cli({QStringLiteral("sim"), QStringLiteral("list"),
                                         QStringLiteral("--root"), root, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(after.out)
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("stopped"));
    }

    void tpmInfoUnreachableIsClearError()
    {
        const quint16 port = sim::findFreePortPair();
        const test::ToolRun info =
            cli({QStringLiteral("tpm"), QStringLiteral("info"), QStringLiteral("--tcti"),
                 QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(port)});
        QCOMPARE(info.exitCode, 1);
        QVERIFY2(info.err.contains("No TPM answers"), info.err.constData());
    }

    void translatedError()
    {
        qputenv("STATION_LANG", "de");
        const quint16 port = sim::findFreePortPair();
        const test::ToolRun info =
            cli({QStringLiteral("tpm"), QStringLiteral("info"), QStringLiteral("--tcti"),
                 QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(port)});
        qunsetenv("STATION_LANG");
        QCOMPARE(info.exitCode, 1);
        QVERIFY2(info.err.contains("Kein TPM antwortet"), info.err.constData());
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("bogus")}).exitCode, 2);
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("sim"), QStringLiteral("create"), QStringLiteral("--count"),
                      QStringLiteral("zero")})
                     .exitCode,
                 2);
    }
};

STATION_TEST_GUILESS_MAIN(TestCliFoundation)
#include "TestCliFoundation.moc"
