// Issue 18: what the GUI's password field leaves in this process after a sign-in. An operator is signed in
// through the login screen, the password typed key by key as a person types it; afterwards the heap and the
// private anonymous mappings (/proc/self/mem) are scanned for the password in UTF-8 (the form the station
// carries, in SecureBytes only) and in UTF-16 (the form a QString holds: the QLineEdit's own buffers, which
// Qt frees without wiping). docs/ESCROW.md states the figures.
#include "GuiFixture.h"
#include "ProcessMemory.h"
#include "SecretScan.h"
#include "TestMain.h"
#include "app/gui/LoginDialog.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

class TestPasswordFieldMemory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
    }

    void signInThroughTheLoginScreen()
    {
        const crypto::SecureBytes password = test::distinctivePassword(24);
        QCOMPARE(password.size(), std::size_t(24));
        const crypto::SecureBytes wide = test::utf16Of(password);
        {
            auto store = db::StationStore::open(m_db);
            QVERIFY(store);
            db::Operators ops((*store)->database());
            QVERIFY(ops.add(db::Actor{QStringLiteral("admin1"), QStringLiteral("Ada Admin")},
                            QStringLiteral("mem1"), QStringLiteral("Mem Memory"), db::Role::Operator,
                            password, QStringLiteral("memory test")));
        }
        {
            gui::LoginDialog login(m_db, false);
            login.show();
            QVERIFY(QTest::qWaitForWindowExposed(&login));
            login.idEntry()->setText(QStringLiteral("mem1"));
            login.passwordEntry()->setFocus();
            for (std::size_t i = 0; i < password.size(); ++i) // key by key: no whole copy made here
                QTest::keyClick(login.passwordEntry(), char(password.data()[i]));
            QSignalSpy loggedIn(&login, &gui::LoginDialog::loggedIn);
            QSignalSpy checked(&login, &gui::LoginDialog::checked);
            QVERIFY(login.attempt());
            QVERIFY(login.passwordEntry()->text().isEmpty()); // emptied before the check runs
            QVERIFY(checked.wait(20000));
            QCOMPARE(loggedIn.size(), 1);
        } // the dialog, its worker and its connection are gone
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();

        const test::MemoryScan utf8 =
            test::scanOwnMemory(password.data(), password.size(), password.data(), password.size());
        const test::MemoryScan utf16 =
            test::scanOwnMemory(wide.data(), wide.size(), wide.data(), wide.size());
        QVERIFY(utf8.bytesScanned > 0 && utf16.bytesScanned > 0);
        qInfo("password after the sign-in: UTF-8 %s; UTF-16 %s", qPrintable(test::describe(utf8)),
              qPrintable(test::describe(utf16)));
        // The station's own form: only in SecureBytes, wiped.
        QVERIFY2(utf8.hits.isEmpty(), qPrintable(QStringLiteral("UTF-8: ") + test::describe(utf8)));
        QVERIFY2(utf16.hits.isEmpty(), qPrintable(QStringLiteral("UTF-16: ") + test::describe(utf16)));
    }
};

STATION_TEST_MAIN(TestPasswordFieldMemory)
#include "TestPasswordFieldMemory.moc"
