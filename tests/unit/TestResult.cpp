#include "TestMain.h"
#include "core/common/Result.h"

#include <QString>
#include <QTest>
#include <memory>

using namespace tps;

enum class Errc { Bad, Worse };

class TestResult : public QObject
{
    Q_OBJECT
private slots:
    void holdsValue()
    {
        Result<int, Errc> r = 42;
        QVERIFY(r.ok());
        QCOMPARE(*r, 42);
        QCOMPARE(r.valueOr(7), 42);
    }
    void holdsError()
    {
        Result<int, Errc> r = fail(Errc::Worse);
        QVERIFY(!r.ok());
        QVERIFY(!r);
        QCOMPARE(r.error(), Errc::Worse);
        QCOMPARE(r.valueOr(7), 7);
    }
    void voidResult()
    {
        Result<void, Errc> good;
        QVERIFY(good.ok());
        Result<void, Errc> bad = fail(Errc::Bad);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error(), Errc::Bad);
    }
    void moveOnlyValue()
    {
        Result<std::unique_ptr<QString>, Errc> r = std::make_unique<QString>(QStringLiteral("x"));
        QVERIFY(r.ok());
        std::unique_ptr<QString> taken = std::move(r).value();
        QCOMPARE(*taken, QStringLiteral("x"));
    }
};

STATION_TEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
