// The TPM supply page (trust store and incoming lots) on a real station database: a CA bundle imported
// with the signer's ID, password and reason appears in the list, unknown to the manifest; a non-admin's
// import is refused with db's message; a delivery list with a bad row is refused row by row and nothing is
// listed; a good list is. Files made with the openssl command line; rows read back with sqlite3.
#include "GuiFixture.h"
#include "TestMain.h"
#include "TestSupport.h"
#include "VendorCaFixture.h"

#include "app/gui/TpmSupplyPage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;

class TestTpmSupplyPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    static bool waitDone(gui::TpmSupplyPage& page, int times = 1)
    {
        QSignalSpy spy(&page, &gui::TpmSupplyPage::finished);
        for (int i = 0; i < times; ++i)
            if (!spy.wait(60000))
                return false;
        return true;
    }
    static void sign(gui::TpmSupplyPage& page, const QString& who)
    {
        page.signerField()->setText(who);
        page.passwordField()->setText(test::kPassword);
        page.reasonField()->setText(QStringLiteral("vendor files of 2026-12"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::makeStationDb(m_dir.path());
        QVERIFY(!m_db.isEmpty());
    }

    void trustStoreImportAndRefusal()
    {
        test::VendorCaFixture ca(m_dir.filePath(QStringLiteral("ca")), QStringLiteral("Gui TPM"));
        QVERIFY2(ca.ok(), qPrintable(ca.error()));
        gui::TpmSupplyPage page(m_db);
        QVERIFY(waitDone(page));
        QCOMPARE(page.caTable()->rowCount(), 0);
        sign(page, QStringLiteral("sup1")); // a supervisor may not change the trust store
        page.importCaFiles({ca.rootPem(), ca.intermediatePem()});
        QVERIFY(waitDone(page, 2)); // the import's answer, then the refresh
        QVERIFY2(page.status().contains(QStringLiteral("sup1")), qPrintable(page.status()));
        QVERIFY(page.passwordField()->text().isEmpty()); // never left on screen
        QCOMPARE(page.caTable()->rowCount(), 0);
        sign(page, QStringLiteral("admin1"));
        page.importCaFiles({ca.rootPem(), ca.intermediatePem()});
        QVERIFY(waitDone(page, 2));
        QVERIFY2(page.status().startsWith(QStringLiteral("2 CA certificate(s) imported")),
                 qPrintable(page.status()));
        QCOMPARE(page.caTable()->rowCount(), 2);
        QVERIFY(page.caTable()->item(0, 3)->text().startsWith(QStringLiteral("UNKNOWN")));
        const test::ToolRun rows = test::runTool(
            QStringLiteral("sqlite3"),
            {m_db, QStringLiteral("SELECT count(*) FROM trust_cas WHERE imported_by = 'admin1'")});
        QCOMPARE(rows.out.trimmed(), QByteArray("2"));
    }

    void lotImportRowByRow()
    {
        gui::TpmSupplyPage page(m_db);
        QVERIFY(waitDone(page));
        QVERIFY(test::runTool(QStringLiteral("openssl"),
                              {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                               QStringLiteral("-out"), m_dir.filePath(QStringLiteral("k.pem"))})
                    .ok());
        const test::ToolRun pub = test::runTool(
            QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"),
                                        m_dir.filePath(QStringLiteral("k.pem")), QStringLiteral("-pubout")});
        QVERIFY(pub.ok());
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(test::writeFile(bad, "ek_pub\n\"" + pub.out + "\"\nnot-a-key\n"));
        sign(page, QStringLiteral("sup1"));
        page.lotField()->setText(QStringLiteral("L-7"));
        page.partField()->setText(QStringLiteral("NPCT750"));
        page.importLot(bad);
        QVERIFY(waitDone(page, 2));
        QVERIFY2(page.status().startsWith(
                     QStringLiteral("The delivery list has 1 bad row(s); nothing was imported.")),
                 qPrintable(page.status()));
        QVERIFY(page.status().contains(QStringLiteral(": not an EK certificate, public key")));
        QCOMPARE(page.lotTable()->rowCount(), 0);
        const QString good = m_dir.filePath(QStringLiteral("good.csv"));
        QVERIFY(test::writeFile(good, "ek_pub\n\"" + pub.out + "\"\n"));
        sign(page, QStringLiteral("sup1"));
        page.importLot(good);
        QVERIFY(waitDone(page, 2));
        QCOMPARE(page.lotTable()->rowCount(), 1);
        QCOMPARE(page.lotTable()->item(0, 0)->text(), QStringLiteral("L-7"));
        QCOMPARE(page.lotTable()->item(0, 2)->text(), QStringLiteral("1"));
    }
};

STATION_TEST_MAIN(TestTpmSupplyPage)
#include "TestTpmSupplyPage.moc"
