// `tpm-station-cli --version` and `tpm-station --version`, run as a user would, checked against tools the
// station did not write: git (revision), the top-level CMakeLists.txt (project version), pkg-config
// (tpm2-tss), `openssl version`, `sqlite3 --version`, dpkg-query (Qt). The audit trail records the same
// version string (read back with sqlite3).
#include "TestMain.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

class TestVersionOption : public QObject
{
    Q_OBJECT
private:
    static QString sourceDir() { return qEnvironmentVariable("STATION_SOURCE_DIR"); }
    static QString guiPath() { return qEnvironmentVariable("STATION_GUI"); }

    static QString toolOutput(const QString& program, const QStringList& args, const QString& dir = {})
    {
        QProcess p;
        if (!dir.isEmpty())
            p.setWorkingDirectory(dir);
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    // "x.y.z" from project(TpmProvisioningStation VERSION x.y.z ...).
    static QString projectVersion()
    {
        const QByteArray cmake = test::readFile(QDir(sourceDir()).filePath(QStringLiteral("CMakeLists.txt")));
        const auto m =
            QRegularExpression(QStringLiteral("project\\(TpmProvisioningStation VERSION ([0-9.]+)"))
                .match(QString::fromUtf8(cmake));
        return m.captured(1);
    }

    // The software version the build must report: project version + "+g" + the git revision of the tree.
    static QString expectedVersionPrefix()
    {
        const QString rev = toolOutput(
            QStringLiteral("git"),
            {QStringLiteral("rev-parse"), QStringLiteral("--short=12"), QStringLiteral("HEAD")}, sourceDir());
        return rev.isEmpty() ? projectVersion() : projectVersion() + QStringLiteral("+g") + rev;
    }

    // label -> value of the "label: value" lines after the first.
    static QMap<QString, QString> facts(const QStringList& lines)
    {
        QMap<QString, QString> map;
        for (const QString& line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(QStringLiteral(": "));
            if (colon > 0)
                map.insert(line.left(colon), line.mid(colon + 2));
        }
        return map;
    }

    static void checkVersionOutput(const QByteArray& out, const QString& program)
    {
        const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 8, out.constData());
        const QString first = lines.first();
        QVERIFY2(first.startsWith(program + QLatin1Char(' ') + expectedVersionPrefix()), qPrintable(first));
        const QString version = first.mid(program.size() + 1);
        const QMap<QString, QString> f = facts(lines);
        QCOMPARE(f.value(QStringLiteral("Version")), version);
        const QString revision = f.value(QStringLiteral("Git revision"));
        QCOMPARE(version, revision.startsWith(QStringLiteral("unknown"))
                              ? projectVersion()
                              : projectVersion() + QStringLiteral("+g") + revision);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                     .match(f.value(QStringLiteral("Build date")))
                     .hasMatch(),
                 qPrintable(f.value(QStringLiteral("Build date"))));

        const QString qtPackage =
            toolOutput(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Version}"),
                                                      QStringLiteral("libqt6core6")});
        QVERIFY2(!qtPackage.isEmpty(), "dpkg-query knows no libqt6core6");
        QVERIFY2(qtPackage.startsWith(f.value(QStringLiteral("Qt")).section(QLatin1Char(' '), 0, 0)),
                 qPrintable(f.value(QStringLiteral("Qt")) + QStringLiteral(" vs package ") + qtPackage));
        const QString tss = toolOutput(QStringLiteral("pkg-config"),
                                       {QStringLiteral("--modversion"), QStringLiteral("tss2-esys")});
        QVERIFY(!tss.isEmpty());
        QVERIFY2(f.value(QStringLiteral("tpm2-tss")).startsWith(tss + QLatin1Char(' ')),
                 qPrintable(f.value(QStringLiteral("tpm2-tss"))));
        // "OpenSSL 3.0.19 1 Jul 2025 (Library: OpenSSL 3.0.19 1 Jul 2025)": the library the tool loaded.
        const QString openssl = toolOutput(QStringLiteral("openssl"), {QStringLiteral("version")});
        const QString sslLib =
            openssl.contains(QStringLiteral("Library: "))
                ? openssl.section(QStringLiteral("Library: OpenSSL "), 1).section(QLatin1Char(' '), 0, 0)
                : openssl.section(QLatin1Char(' '), 1, 1);
        QCOMPARE(f.value(QStringLiteral("OpenSSL")).section(QLatin1Char(' '), 0, 0), sslLib);
        const QString sqlite = toolOutput(QStringLiteral("sqlite3"), {QStringLiteral("--version")});
        QCOMPARE(f.value(QStringLiteral("SQLite")).section(QLatin1Char(' '), 0, 0),
                 sqlite.section(QLatin1Char(' '), 0, 0));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!test::cliPath().isEmpty(), "STATION_CLI not set");
        QVERIFY2(!guiPath().isEmpty(), "STATION_GUI not set");
        QVERIFY2(!projectVersion().isEmpty(), "no project version in STATION_SOURCE_DIR/CMakeLists.txt");
    }

    void cliVersion()
    {
        const test::ToolRun run = test::runTool(test::cliPath(), {QStringLiteral("--version")});
        QVERIFY2(run.ok(), run.err.constData());
        checkVersionOutput(run.out, QStringLiteral("tpm-station-cli"));
        if (QTest::currentTestFailed())
            return;
    }

    // Answered without a display: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
    void guiVersionWithoutDisplay()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        p.setProcessEnvironment(env);
        p.start(guiPath(), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QByteArray out = p.readAllStandardOutput();
        checkVersionOutput(out, QStringLiteral("tpm-station"));
        if (QTest::currentTestFailed())
            return;

        // The same facts as the CLI's, line for line after the program name.
        const test::ToolRun cli = test::runTool(test::cliPath(), {QStringLiteral("--version")});
        QVERIFY(cli.ok());
        QCOMPARE(QString::fromUtf8(out).section(QLatin1Char('\n'), 1),
                 QString::fromUtf8(cli.out).section(QLatin1Char('\n'), 1));
    }

    // The audit trail records the same string as the software version of each event.
    void auditTrailRecordsTheVersion()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("station.db"));
        const test::ToolRun added =
            test::runTool(test::cliPath(),
                          {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--db"), db,
                           QStringLiteral("--id"), QStringLiteral("admin1"), QStringLiteral("--name"),
                           QStringLiteral("Ada Admin"), QStringLiteral("--role"), QStringLiteral("admin"),
                           QStringLiteral("--password-stdin")},
                          {}, "s3cret-pin-42\n");
        QVERIFY2(added.ok(), added.err.constData());
        const QString recorded =
            toolOutput(QStringLiteral("sqlite3"),
                       {db, QStringLiteral("SELECT DISTINCT software_version FROM audit_events")});
        const test::ToolRun version = test::runTool(test::cliPath(), {QStringLiteral("--version")});
        QVERIFY(version.ok());
        QCOMPARE(
            recorded,
            QString::fromUtf8(version.out).section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), 1));
        QVERIFY(recorded.startsWith(expectedVersionPrefix()));
    }
};

STATION_TEST_GUILESS_MAIN(TestVersionOption)
#include "TestVersionOption.moc"
