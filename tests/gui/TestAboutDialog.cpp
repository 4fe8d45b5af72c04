// Help > About, offscreen: reachable before anyone signs in, it shows the version, git revision, build date
// and the Qt, tpm2-tss, OpenSSL and SQLite versions exactly as `tpm-station-cli --version` prints them (that
// output is checked against git, pkg-config, openssl, sqlite3 and dpkg-query by TestVersionOption), and Copy
// puts the same lines on the clipboard for a support call.
#include "GuiFixture.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "app/gui/AboutDialog.h"
#include "app/gui/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::gui;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_cliVersion;

    // The "label: value" lines of the CLI's --version, after the first.
    QStringList cliFactLines() const
    {
        return m_cliVersion.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
        const test::ToolRun run = test::runTool(test::cliPath(), {QStringLiteral("--version")});
        QVERIFY2(run.ok(), run.err.constData());
        m_cliVersion = QString::fromUtf8(run.out);
        QCOMPARE(cliFactLines().size(), 7);
    }

    void helpMenuOpensAboutBeforeSignIn()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        w.show();
        QVERIFY(!w.loggedIn());
        QMenu* help = nullptr;
        for (QAction* a : w.menuBar()->actions())
            if (a->menu() && a->text() == QStringLiteral("&Help"))
                help = a->menu();
        QVERIFY2(help, "no Help menu in the menu bar");
        auto* about = w.findChild<QAction*>(QStringLiteral("action_about"));
        QVERIFY(about);
        QVERIFY(help->actions().contains(about));
        QVERIFY(about->isEnabled());
        about->trigger();
        auto* dialog = w.findChild<AboutDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        // Each row of the form is one "label: value" line of the CLI's --version, in the same order.
        auto* form = dialog->findChild<QFormLayout*>();
        QVERIFY(form);
        QStringList shown;
        for (int row = 0; row < form->rowCount(); ++row) {
            auto* label = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)->widget());
            auto* value = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::FieldRole)->widget());
            QVERIFY(label && value && value->isVisible());
            shown.append(label->text() + QLatin1Char(' ') + value->text());
        }
        QCOMPARE(shown, cliFactLines());
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("about_version"))->text(),
                 m_cliVersion.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), 1));
        QCOMPARE(
            dialog->findChild<QLabel*>(QStringLiteral("about_qt"))->text().section(QLatin1Char(' '), 0, 0),
            QString::fromLatin1(qVersion()));

        // Copy: the CLI's text with the GUI's program name.
        QApplication::clipboard()->clear();
        auto* copy = dialog->findChild<QPushButton*>(QStringLiteral("about_copy"));
        QVERIFY(copy);
        copy->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("tpm-station ")), qPrintable(copied));
        QCOMPARE(copied.section(QLatin1Char('\n'), 1), m_cliVersion.section(QLatin1Char('\n'), 1));

        dialog->reject();
        QTRY_VERIFY(!w.findChild<AboutDialog*>()); // deleted on close
    }
};

STATION_TEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
