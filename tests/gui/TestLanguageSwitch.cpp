// Language at the station: the chooser lists what the station carries (:/i18n), switching at runtime shows
// every page in the new language (each visible text that the translation sources know is compared with
// what the installed translator gives for it), the choice is remembered per operator and for the station,
// and survives a restart.
#include "GuiFixture.h"
#include "SignIn.h"
#include "TestMain.h"
#include "Translations.h"
#include "app/gui/LanguageChooser.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace tps;
using namespace tps::gui;
using Page = MainWindow::Page;

namespace {
struct Message
{
    QString context;
    QString source;
};

// Every singular message of the translation sources, by its English text.
QMultiHash<QString, QString> contextsBySource()
{
    QMultiHash<QString, QString> out;
    QFile file(qEnvironmentVariable("STATION_SOURCE_DIR") +
               QStringLiteral("/translations/tpm-station_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.name() == QLatin1String("source") && !numerus)
            out.insert(xml.readElementText(), context);
    }
    return out;
}

// The texts a person sees in `root`: labels, buttons, group titles, tabs, placeholders.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            texts << l->text();
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            texts << g->title();
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            texts << e->placeholderText();
        else if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
    }
    texts.removeAll(QString());
    return texts;
}
} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_db;
    QMultiHash<QString, QString> m_sources;

    // For every English text of `english` that the sources know and German translates differently: the
    // German texts must hold the translator's text, and no longer the English one. Returns how many.
    int compare(const QString& where, const QStringList& english, const QStringList& german)
    {
        int checked = 0;
        for (const QString& text : english) {
            QSet<QString> translations;
            for (const QString& context : m_sources.values(text))
                translations.insert(
                    QCoreApplication::translate(context.toUtf8().constData(), text.toUtf8().constData()));
            // No source, or German keeps the word in some context ("Station", the product's name): the
            // text may rightly stay.
            if (translations.isEmpty() || translations.contains(text))
                continue;
            bool shown = false;
            for (const QString& t : std::as_const(translations))
                shown |= german.contains(t);
            if (!shown || german.contains(text)) {
                QTest::qFail(qPrintable(QStringLiteral("%1: '%2' not shown in German").arg(where, text)),
                             __FILE__, __LINE__);
                return -1;
            }
            ++checked;
        }
        return checked;
    }

    // The menu bar's titles and the items of its menus.
    static QStringList menuTexts(MainWindow& w)
    {
        QStringList texts;
        for (QAction* a : w.menuBar()->actions()) {
            texts << a->text();
            if (a->menu())
                for (QAction* item : a->menu()->actions())
                    texts << item->text();
        }
        texts.removeAll(QString());
        return texts;
    }

    static bool switched(MainWindow& w, const QString& language)
    {
        QSignalSpy rebuilt(&w, &MainWindow::retranslated);
        return w.switchLanguage(language) && rebuilt.wait(10000) && i18n::current() == language;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8()); // fresh settings: no language remembered
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral(".local/share")).toUtf8());
        qunsetenv("STATION_LANG");
        QCoreApplication::setApplicationName(QStringLiteral("tpm-station"));
        i18n::install(*qApp, QStringLiteral("en"));
        m_db = test::makeStationDb(m_home.path());
        QVERIFY(!m_db.isEmpty());
        m_sources = contextsBySource();
        QVERIFY(m_sources.size() > 500);
    }

    void chooserListsTheEmbeddedLanguages()
    {
        const QStringList languages = i18n::available();
        for (const char* l : {"de", "en", "vi", "zh_CN"})
            QVERIFY2(languages.contains(QLatin1String(l)), qPrintable(languages.join(u' ')));
        LanguageChooser chooser;
        QCOMPARE(chooser.combo()->count(), languages.size());
        QStringList names;
        for (int i = 0; i < chooser.combo()->count(); ++i)
            names << chooser.combo()->itemText(i);
        for (const char* n : {"English", "Deutsch", "简体中文", "Tiếng Việt"})
            QVERIFY2(names.contains(QString::fromUtf8(n)), qPrintable(names.join(u' ')));
        QCOMPARE(chooser.combo()->currentData().toString(), QStringLiteral("en"));
    }

    void switchingShowsEveryPageInGerman()
    {
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList loginEnglish = visibleTexts(w.login());
        QVERIFY(test::signIn(w, QStringLiteral("admin1")));
        const QList<Page> pages = w.reachablePages();
        QCOMPARE(pages.size(), 8); // an admin: every page but the simulated fleet
        QMap<Page, QStringList> english;
        for (Page p : pages) {
            QVERIFY(w.showPage(p));
            QTest::qWait(20);
            english[p] = visibleTexts(w.page(p)) + visibleTexts(w.findChild<QTabWidget*>()->tabBar());
        }
        const QStringList menus = menuTexts(w);

        QVERIFY(switched(w, QStringLiteral("de")));
        QVERIFY(w.loggedIn()); // still signed in, on the page shown before
        QCOMPARE(w.reachablePages(), pages);
        for (Page p : pages) {
            QVERIFY(w.showPage(p));
            QTest::qWait(20);
            const QStringList german =
                visibleTexts(w.page(p)) + visibleTexts(w.findChild<QTabWidget*>()->tabBar());
            const int n = compare(QStringLiteral("page %1").arg(int(p)), english[p], german);
            qInfo("page %d: %d texts compared", int(p), n);
            QVERIFY2(n >= 2, qPrintable(QStringLiteral("page %1: %2 texts compared").arg(int(p)).arg(n)));
        }
        QVERIFY(compare(QStringLiteral("menu"), menus, menuTexts(w)) >= 2);
        QCOMPARE(w.windowTitle(),
                 QCoreApplication::translate("tps::gui::MainWindow", "TPM Provisioning Station"));
        // The login screen follows too (it stays: a typed ID is kept).
        w.lock();
        QVERIFY(compare(QStringLiteral("login"), loginEnglish, visibleTexts(w.login())) >= 3);
        QCOMPARE(w.login()->languageChooser()->combo()->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(rememberedLanguage(QStringLiteral("admin1")), QStringLiteral("de"));
        QCOMPARE(rememberedLanguage(), QStringLiteral("de"));
    }

    void choiceSurvivesARestartAndFollowsTheOperator()
    {
        // A restart: the process begins in English; main() applies the station's last choice.
        i18n::switchTo(QStringLiteral("en"));
        QCOMPARE(applyRememberedLanguage(), QStringLiteral("de"));
        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString signInDe = QCoreApplication::translate("tps::gui::LoginDialog", "Sign i&n");
        QVERIFY(signInDe != QStringLiteral("Sign i&n"));
        QCOMPARE(w.login()->signInButton()->text(), signInDe);

        // On the login screen, before anyone signs in: English for the station.
        auto* chooser = w.login()->languageChooser();
        QSignalSpy rebuilt(&w, &MainWindow::retranslated);
        emit chooser->combo()->activated(chooser->combo()->findData(QStringLiteral("en")));
        QVERIFY(rebuilt.wait(10000));
        QCOMPARE(i18n::current(), QStringLiteral("en"));
        QCOMPARE(w.login()->signInButton()->text(), QStringLiteral("Sign i&n"));
        QCOMPARE(rememberedLanguage(), QStringLiteral("en"));
        // op1 never chose: the station's language stays.
        QVERIFY(test::signIn(w, QStringLiteral("op1")));
        QTest::qWait(50);
        QCOMPARE(i18n::current(), QStringLiteral("en"));
        w.lock();
        // admin1 chose German: applied at their sign-in.
        QVERIFY(test::signIn(w, QStringLiteral("admin1")));
        QVERIFY(rebuilt.wait(10000));
        QCOMPARE(i18n::current(), QStringLiteral("de"));
        auto* tabs = w.findChild<QTabWidget*>();
        QCOMPARE(tabs->tabText(tabs->indexOf(w.page(Page::Devices))),
                 QCoreApplication::translate("tps::gui::MainWindow", "Devices"));
        QVERIFY(tabs->tabText(tabs->indexOf(w.page(Page::Devices))) != QStringLiteral("Devices"));
        i18n::switchTo(QStringLiteral("en"));
    }
};

STATION_TEST_MAIN(TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
