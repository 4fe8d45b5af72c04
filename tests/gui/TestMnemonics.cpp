// Keyboard operation: within one window, no two visible buttons, buddied labels, group boxes, tabs or
// menu-bar titles share an Alt+letter mnemonic (an ambiguous mnemonic activates nothing), and the items of
// each menu are distinct. Walks every widget of every screen an admin can reach, the login screen, and
// the station with every socket showing a prompt at once.
#include "GuiFixture.h"
#include "SignIn.h"
#include "TestMain.h"
#include "app/gui/DeviceDetailDialog.h"
#include "app/gui/GuiPrompts.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SocketPanel.h"
#include "app/gui/StationScreen.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::gui;

class TestMnemonics : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    // "Alt+S: button 'Sign &in', label 'Operator &ID:'" for every mnemonic used more than once among the
    // visible widgets of `window`.
    static QStringList clashes(QWidget* window)
    {
        QMap<QString, QStringList> byKey;
        auto add = [&byKey](const QString& text, const char* kind) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                byKey[key.toString()].append(QStringLiteral("%1 '%2'").arg(QLatin1String(kind), text));
        };
        QStringList found;
        const auto widgets = window->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisible() || w->window() != window)
                continue; // hidden pages and tabs: their mnemonics are not active
            if (auto* b = qobject_cast<QAbstractButton*>(w)) {
                add(b->text(), "button");
            } else if (auto* l = qobject_cast<QLabel*>(w)) {
                if (l->buddy())
                    add(l->text(), "label");
            } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
                add(g->title(), "group");
            } else if (auto* t = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < t->count(); ++i)
                    add(t->tabText(i), "tab");
            } else if (auto* m = qobject_cast<QMenuBar*>(w)) {
                for (QAction* a : m->actions()) {
                    add(a->text(), "menu");
                    if (a->menu())
                        found += menuClashes(a->menu());
                }
            }
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            if (it.value().size() > 1)
                found.append(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
        return found;
    }

    static QStringList menuClashes(QMenu* menu)
    {
        QMap<QString, QStringList> byKey;
        for (QAction* a : menu->actions()) {
            const QKeySequence key = QKeySequence::mnemonic(a->text());
            if (!key.isEmpty())
                byKey[key.toString()].append(a->text());
        }
        QStringList found;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            if (it.value().size() > 1)
                found.append(menu->title() + QStringLiteral(" ") + it.key() + QStringLiteral(": ") +
                             it.value().join(QStringLiteral(", ")));
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
        QVERIFY(test::recordDevices(m_db, 2));
    }

    void loginScreen()
    {
        LoginDialog dialog(m_db, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList found = clashes(&dialog);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));

        StationConfig config;
        config.databasePath = m_db;
        MainWindow w(config);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList inWindow = clashes(&w);
        QVERIFY2(inWindow.isEmpty(), qPrintable(inWindow.join(QStringLiteral("; "))));
    }

    void everyPageAnAdminReaches()
    {
        StationConfig config;
        config.databasePath = m_db;
        config.sockets = 2;
        MainWindow w(config);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(test::signIn(w, QStringLiteral("admin1")));
        const auto pages = w.reachablePages();
        QVERIFY(pages.size() >= 7);
        for (MainWindow::Page p : pages) {
            QVERIFY(w.showPage(p));
            QTest::qWait(20);
            QVERIFY(w.page(p)->isVisible());
            const QStringList found = clashes(&w);
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("page %1: %2")
                                                     .arg(static_cast<int>(p))
                                                     .arg(found.join(QStringLiteral("; ")))));
            // Pages with tabs of their own (Exports): every tab in turn.
            for (QTabWidget* inner : w.page(p)->findChildren<QTabWidget*>()) {
                for (int t = 0; t < inner->count(); ++t) {
                    inner->setCurrentIndex(t);
                    QTest::qWait(20);
                    const QStringList inTab = clashes(&w);
                    QVERIFY2(inTab.isEmpty(),
                             qPrintable(QStringLiteral("page %1, tab %2: %3")
                                            .arg(static_cast<int>(p))
                                            .arg(inner->tabText(t), inTab.join(QStringLiteral("; ")))));
                }
            }
        }
    }

    void everySocketPromptingAtOnce()
    {
        StationConfig config;
        config.databasePath = m_db;
        config.sockets = 4;
        MainWindow w(config);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(test::signIn(w, QStringLiteral("op1")));
        QVERIFY(w.showPage(MainWindow::Page::Station));
        QCOMPARE(w.station()->panels().size(), 4);
        for (SocketPanel* p : w.station()->panels())
            emit p->prompts()->promptRequested(QStringLiteral("Seat the device. Try again?"), true);
        QTest::qWait(20);
        int visibleButtons = 0;
        for (SocketPanel* p : w.station()->panels())
            for (QAbstractButton* b : p->findChildren<QAbstractButton*>())
                visibleButtons += b->isVisible() ? 1 : 0;
        QCOMPARE(visibleButtons, 4 * 3); // confirm, decline, cancel
        const QStringList found = clashes(&w);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    }

    void deviceDetail()
    {
        auto d = db::Database::open(m_db);
        QVERIFY(d);
        auto id = (*d)->queryInt("SELECT MIN(id) FROM devices");
        QVERIFY(id);
        DeviceDetailDialog detail(m_db, *id);
        QSignalSpy loaded(&detail, &DeviceDetailDialog::loaded);
        detail.show();
        QVERIFY(loaded.wait(10000));
        const QStringList found = clashes(&detail);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    }
};

STATION_TEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
