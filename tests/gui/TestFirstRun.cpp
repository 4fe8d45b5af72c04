// First run: a database without operators offers the first administrator's set-up; it is created with the
// rules and the audit event of `tpm-station-cli operator add` (sqlite3 and the CLI itself as oracles), then
// signed in. A second start, and a database with operators, never offer it. Bad input gets the translated
// error and writes nothing.
#include "GuiFixture.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "app/gui/FirstRunDialog.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace tps;
using namespace tps::gui;

namespace {
QString sql(const QString& db, const QString& query)
{
    const test::ToolRun r = test::runTool(QStringLiteral("sqlite3"), {db, query});
    return r.ok() ? QString::fromUtf8(r.out).trimmed()
                  : QStringLiteral("sqlite3 failed: ") + QString::fromUtf8(r.err);
}

QString counts(const QString& db)
{
    return sql(db, QStringLiteral("SELECT (SELECT count(*) FROM operators) || '/' || "
                                  "(SELECT count(*) FROM audit_events)"));
}

// What `operator add` records of a new operator (the fields that do not depend on time or chaining).
const QString kCreateEvent = QStringLiteral(
    "SELECT actor_id, actor_name, device_serial, action, object, field, old_value, new_value, reason "
    "FROM audit_events WHERE action = 'create' AND object LIKE 'operator:%' ORDER BY seq");

QWidget* current(MainWindow& w)
{
    return w.findChild<QStackedWidget*>()->currentWidget();
}

bool probedNeeded(MainWindow& w, bool* needed)
{
    QSignalSpy probed(w.firstRun(), &FirstRunDialog::probed);
    if (!probed.wait(20000))
        return false;
    *needed = probed.at(0).at(0).toBool();
    return true;
}

void fill(FirstRunDialog* d, const QString& id, const QString& name, const QString& pw, const QString& again)
{
    d->idEntry()->setText(id);
    d->nameEntry()->setText(name);
    d->passwordEntry()->setText(pw);
    d->confirmEntry()->setText(again);
}

// Submits and waits for the worker's answer; true when the admin was created.
bool submitted(FirstRunDialog* d)
{
    QSignalSpy checked(d, &FirstRunDialog::checked);
    return d->submit() && checked.wait(20000) && checked.at(0).at(0).toBool();
}
} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    MainWindow* window(const QString& db)
    {
        StationConfig config;
        config.databasePath = db;
        return new MainWindow(config);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void badInputIsRefusedAndWritesNothing()
    {
        const QString db = m_dir.filePath(QStringLiteral("bad.db"));
        std::unique_ptr<MainWindow> w(window(db));
        bool needed = false;
        QVERIFY(probedNeeded(*w, &needed));
        QVERIFY(needed);
        QCOMPARE(current(*w), w->firstRun());
        const QString before = counts(db);
        QVERIFY2(before.startsWith(QStringLiteral("0/")), qPrintable(before));
        FirstRunDialog* d = w->firstRun();

        fill(d, QStringLiteral("ada"), QStringLiteral("Ada Admin"), QStringLiteral("pin-1234"),
             QStringLiteral("pin-1243"));
        QVERIFY(!d->submit());
        QCOMPARE(d->error(), FirstRunDialog::tr("The two passwords differ. Type the same password twice."));
        QVERIFY(d->passwordEntry()->text().isEmpty());

        fill(d, QStringLiteral("ada lovelace!"), QStringLiteral("Ada Admin"), QStringLiteral("pin-1234"),
             QStringLiteral("pin-1234"));
        QVERIFY(!submitted(d));
        QCOMPARE(d->error(),
                 QCoreApplication::translate("Operators", "'%1' is not a valid operator ID (letters, "
                                                          "digits, . _ -; up to 64 characters).")
                     .arg(QStringLiteral("ada lovelace!")));
        fill(d, QStringLiteral("ada"), QStringLiteral("   "), QStringLiteral("pin-1234"),
             QStringLiteral("pin-1234"));
        QVERIFY(!submitted(d));
        QCOMPARE(d->error(), QCoreApplication::translate("Operators", "An operator needs a full name."));
        fill(d, QStringLiteral("ada"), QStringLiteral("Ada Admin"), QStringLiteral("123"),
             QStringLiteral("123"));
        QVERIFY(!submitted(d));
        QVERIFY2(d->error().contains(QString::number(db::kMinPasswordLength)), qPrintable(d->error()));

        // In German: the same refusals, translated (the texts differ from the English source).
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/tpm-station_de.qm")));
        QCoreApplication::installTranslator(&german);
        fill(d, QStringLiteral("-ada"), QStringLiteral("Ada Admin"), QStringLiteral("pin-1234"),
             QStringLiteral("pin-1234"));
        const bool refused = !submitted(d);
        const QString germanError = d->error();
        fill(d, QStringLiteral("ada"), QString(), QStringLiteral("pin-1234"), QStringLiteral("pin-1234"));
        const bool refusedName = !submitted(d);
        const QString germanName = d->error();
        QCoreApplication::removeTranslator(&german);
        QVERIFY(refused && refusedName);
        QVERIFY2(!germanError.contains(QStringLiteral("is not a valid operator ID")),
                 qPrintable(germanError));
        QVERIFY(germanError.contains(QStringLiteral("-ada")));
        QVERIFY2(germanName != QStringLiteral("An operator needs a full name.") && !germanName.isEmpty(),
                 qPrintable(germanName));

        QCOMPARE(counts(db), before); // nothing written
        QVERIFY(!w->loggedIn());
        QCOMPARE(current(*w), w->firstRun());
    }

    void emptyDatabaseCreatesTheAdminAndSignsIn()
    {
        const QString db = m_dir.filePath(QStringLiteral("station.db"));
        std::unique_ptr<MainWindow> w(window(db));
        bool needed = false;
        QVERIFY(probedNeeded(*w, &needed));
        QVERIFY(needed);
        QSignalSpy signedIn(w.get(), &MainWindow::signedIn);
        fill(w->firstRun(), QStringLiteral("ada"), QStringLiteral("Ada Lovelace"), QStringLiteral("pin-1234"),
             QStringLiteral("pin-1234"));
        QVERIFY2(submitted(w->firstRun()), qPrintable(w->firstRun()->error()));
        QCOMPARE(signedIn.size(), 1);
        QVERIFY(w->loggedIn());
        QCOMPARE(w->who()->operatorId, QStringLiteral("ada"));
        QCOMPARE(w->who()->role, db::Role::Admin);
        QVERIFY(w->reachablePages().contains(MainWindow::Page::Settings));
        QVERIFY(w->firstRun()->passwordEntry()->text().isEmpty());

        // sqlite3: one admin, and a login audited after its creation.
        QCOMPARE(sql(db, QStringLiteral("SELECT operator_id, full_name, role, disabled FROM operators")),
                 QStringLiteral("ada|Ada Lovelace|admin|0"));
        QCOMPARE(
            sql(db, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'login' AND actor_id "
                                   "= 'ada'")),
            QStringLiteral("1"));
        // The creation is audited exactly as `tpm-station-cli operator add` audits it on an empty station.
        const QString cliDb = m_dir.filePath(QStringLiteral("cli.db"));
        const test::ToolRun add =
            test::runTool(test::cliPath(),
                          {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--db"), cliDb,
                           QStringLiteral("--id"), QStringLiteral("ada"), QStringLiteral("--name"),
                           QStringLiteral("Ada Lovelace"), QStringLiteral("--role"), QStringLiteral("admin"),
                           QStringLiteral("--password-stdin")},
                          {}, "pin-1234\n");
        QVERIFY2(add.ok(), add.err.constData());
        const QString cliEvent = sql(cliDb, kCreateEvent);
        QVERIFY(cliEvent.contains(QStringLiteral("operator:ada")));
        QCOMPARE(sql(db, kCreateEvent), cliEvent);
        // The chain stays intact (the CLI's verifier).
        const test::ToolRun verify = test::runTool(
            test::cliPath(), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.ok(), verify.out.constData());
        w.reset();

        // A second start: the station has its admin; the login screen, no set-up.
        std::unique_ptr<MainWindow> again(window(db));
        QVERIFY(probedNeeded(*again, &needed));
        QVERIFY(!needed);
        QCOMPARE(current(*again), again->login());
    }

    void databaseWithOperatorsNeverShowsIt()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("staffed"))));
        const QString db = test::makeStationDb(m_dir.filePath(QStringLiteral("staffed")));
        QVERIFY(!db.isEmpty());
        std::unique_ptr<MainWindow> w(window(db));
        bool needed = true;
        QVERIFY(probedNeeded(*w, &needed));
        QVERIFY(!needed);
        QCOMPARE(current(*w), w->login());
        QVERIFY(!w->firstRun()->isVisibleTo(w.get()));
    }
};

STATION_TEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
