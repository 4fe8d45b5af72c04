// tpm-station-cli speaks the operator's language: --lang, STATION_LANG, then LANGUAGE / LC_ALL /
// LC_MESSAGES / LANG; a language the station lacks gives English (and, asked for with --lang, a notice).
// The German texts are read from translations/tpm-station_de.ts (the translators' file, not the binary),
// and counts are English plurals ("1 device", "3 devices"), never "device(s)".
#include "TestMain.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace tps;

class TestCliLanguage : public QObject
{
    Q_OBJECT
private:
    static const QStringList& localeVariables()
    {
        static const QStringList names{QStringLiteral("STATION_LANG"), QStringLiteral("LANGUAGE"),
                                       QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"),
                                       QStringLiteral("LANG")};
        return names;
    }

    // Runs the CLI with the locale variables cleared, then `env` set.
    static test::ToolRun cli(const QStringList& args, const QMap<QString, QString>& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString& name : localeVariables())
            e.remove(name);
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(test::cliPath(), args);
        test::ToolRun run;
        if (!p.waitForFinished(180000))
            return run;
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    // The translation of `source` in translations/tpm-station_<lang>.ts (empty when there is none).
    static QString translationOf(const QString& lang, const QString& source)
    {
        QFile ts(QDir(qEnvironmentVariable("STATION_SOURCE_DIR"))
                     .filePath(QStringLiteral("translations/tpm-station_%1.ts").arg(lang)));
        if (!ts.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&ts);
        QString currentSource;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("source"))
                currentSource = xml.readElementText();
            else if (xml.name() == QLatin1String("translation") && currentSource == source)
                return xml.readElementText();
        }
        return {};
    }

    // The German "Unknown command 'nosuch'." as the translators wrote it (the line before the usage).
    static QByteArray germanUnknownCommand()
    {
        const QString de = translationOf(QStringLiteral("de"), QStringLiteral("Unknown command '%1'.\n\n%2"));
        return de.section(QLatin1Char('\n'), 0, 0).arg(QStringLiteral("nosuch")).toUtf8();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!test::cliPath().isEmpty(), "STATION_CLI not set");
        QVERIFY2(germanUnknownCommand().startsWith("Unbekannter Befehl 'nosuch'"),
                 germanUnknownCommand().constData());
    }

    void langOptionGivesGerman()
    {
        const test::ToolRun run =
            cli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("nosuch")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(germanUnknownCommand()), run.err.constData());
        QVERIFY(!run.err.contains("Unknown command"));
        // --lang=de, and --lang wins over the environment.
        const test::ToolRun eq = cli({QStringLiteral("--lang=de"), QStringLiteral("nosuch")},
                                     {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}});
        QVERIFY2(eq.err.contains(germanUnknownCommand()), eq.err.constData());
        const test::ToolRun en =
            cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("nosuch")},
                {{QStringLiteral("STATION_LANG"), QStringLiteral("de")}});
        QVERIFY2(en.err.contains("Unknown command 'nosuch'."), en.err.constData());
        QVERIFY(!en.err.contains("not available"));
    }

    void environmentDecidesWithoutLangOption()
    {
        for (const QString& var :
             {QStringLiteral("LANG"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LC_ALL"),
              QStringLiteral("LANGUAGE"), QStringLiteral("STATION_LANG")}) {
            QMap<QString, QString> env{{var, QStringLiteral("de_DE.UTF-8")}};
            if (var != QLatin1String("LANG"))
                env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8")); // the variable beats LANG
            if (var == QLatin1String("LANGUAGE") || var == QLatin1String("STATION_LANG"))
                env.insert(var, QStringLiteral("de"));
            const test::ToolRun run = cli({QStringLiteral("nosuch")}, env);
            QVERIFY2(run.err.contains(germanUnknownCommand()),
                     qPrintable(var + QLatin1String(": ") + QString::fromUtf8(run.err)));
        }
        const test::ToolRun c =
            cli({QStringLiteral("nosuch")}, {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
        QVERIFY2(c.err.contains("Unknown command 'nosuch'."), c.err.constData());
    }

    void unknownLanguageFallsBackToEnglish()
    {
        const test::ToolRun run =
            cli({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("nosuch")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("The language 'xx' is not available; the messages are in English."),
                 run.err.constData());
        QVERIFY(run.err.contains("Unknown command 'nosuch'."));
        // From the environment: English without a notice (the operator did not ask the station for it).
        const test::ToolRun env =
            cli({QStringLiteral("nosuch")}, {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}});
        QVERIFY(env.err.contains("Unknown command 'nosuch'."));
        QVERIFY(!env.err.contains("not available"));
    }

    void langWithoutValueIsAUsageError()
    {
        for (const QStringList& args : {QStringList{QStringLiteral("--lang")},
                                        QStringList{QStringLiteral("--lang"), QStringLiteral("--version")},
                                        QStringList{QStringLiteral("--lang=")}}) {
            const test::ToolRun run = cli(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("--lang needs a language, for example --lang de."),
                     run.err.constData());
            QVERIFY(run.out.isEmpty());
        }
    }

    void helpListsTheGlobalOptions()
    {
        const test::ToolRun run = cli({QStringLiteral("--help")});
        QVERIFY(run.ok());
        QVERIFY(run.out.contains("Options before the command:"));
        QVERIFY(run.out.contains("  --lang L "));
        QVERIFY(run.out.contains("  --version "));
    }

    // English counts are real plurals: "1 simulated device, 1 socket" and "1 device: 1 completed".
    void englishPluralsOnTheLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("line.db"));
        const test::ToolRun run =
            cli({QStringLiteral("line"), QStringLiteral("--simulate"), QStringLiteral("1"),
                 QStringLiteral("--db"), db, QStringLiteral("--root"), dir.filePath(QStringLiteral("fleet"))},
                {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY2(run.out.contains("Line: 1 simulated device, 1 socket, database "), run.out.constData());
        QVERIFY2(run.out.contains("1 device: 1 completed, 0 need rework, 0 not completed."),
                 run.out.constData());
        QVERIFY(!run.out.contains("(s)"));
    }
};

STATION_TEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
