// Export directories: files are staged next to the requested directory and appear under its name only
// when published; an export that is not committed leaves nothing (not even the staging directory); the
// background writer keeps the order of the files and reports a failed write; SHA-256 as sha256sum says.
#include "TestMain.h"
#include "TestSupport.h"

#include "exports/ExportDirectory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tps;
using namespace tps::db::exports;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha256Hex(const QByteArray& b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

// Everything in `dir`, hidden entries included.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                               QDir::Name);
}

} // namespace

class TestExportDirectory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void publishedOnlyWhenComplete()
    {
        const QString parent = m_dir.filePath(QStringLiteral("a/b"));
        const QString target = parent + QStringLiteral("/batch");
        auto dir = ExportDirectory::create(target);
        QVERIFY2(dir, dir ? "" : qPrintable(dir.error().message));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(int(entries(parent).size()), 1);
        QVERIFY(entries(parent).first().startsWith(QStringLiteral(".batch.partial-")));

        auto one = (*dir)->writeFile(QStringLiteral("one.json"), "{}\n");
        QVERIFY(one);
        QCOMPARE(one->size, qint64(3));
        QCOMPARE(one->sha256, sha256Hex("{}\n"));
        auto stream = (*dir)->open(QStringLiteral("big.csv"));
        QVERIFY(stream);
        QByteArray expected;
        for (int i = 0; i < 200000; ++i) { // crosses the 1 MiB blocks
            const QByteArray line = "row," + QByteArray::number(i) + "\r\n";
            expected += line;
            stream->buffer() += line;
            QVERIFY(stream->flushIfFull());
        }
        auto big = stream->close();
        QVERIFY(big);
        QCOMPARE(big->size, qint64(expected.size()));
        QCOMPARE(big->sha256, sha256Hex(expected));
        const test::ToolRun sum =
            test::runTool(QStringLiteral("sha256sum"), {(*dir)->filePath(QStringLiteral("big.csv"))});
        QVERIFY(sum.ok());
        QCOMPARE(QString::fromLatin1(sum.out.left(64)), big->sha256);
        QVERIFY(!QFileInfo::exists(target)); // still staged

        QVERIFY((*dir)->publish());
        (*dir)->commit();
        dir->reset();
        QCOMPARE(entries(parent), QStringList{QStringLiteral("batch")});
        QCOMPARE(entries(target), (QStringList{QStringLiteral("big.csv"), QStringLiteral("one.json")}));
        QCOMPARE(fileBytes(target + QStringLiteral("/big.csv")), expected);
    }

    void uncommittedLeavesNothing()
    {
        const QString parent = m_dir.filePath(QStringLiteral("c"));
        QVERIFY(QDir().mkpath(parent));
        const QString keyFile = parent + QStringLiteral("/made-for-the-export.key");
        {
            QFile k(keyFile);
            QVERIFY(k.open(QIODevice::WriteOnly));
        }
        // Failing before publishing: the staging directory and the registered file go.
        {
            auto dir = ExportDirectory::create(parent + QStringLiteral("/out"));
            QVERIFY(dir);
            QVERIFY((*dir)->writeFile(QStringLiteral("x"), "x"));
            (*dir)->removeOnFailure(keyFile);
        }
        QCOMPARE(entries(parent), QStringList());
        // Failing after publishing (e.g. the commit is refused): the published directory goes.
        {
            auto dir = ExportDirectory::create(parent + QStringLiteral("/out"));
            QVERIFY(dir);
            QVERIFY((*dir)->writeFile(QStringLiteral("x"), "x"));
            QVERIFY((*dir)->publish());
            QVERIFY(QFileInfo::exists(parent + QStringLiteral("/out/x")));
        }
        QCOMPARE(entries(parent), QStringList());
        // An empty directory that existed is replaced when published, and left as it was on failure.
        const QString existing = parent + QStringLiteral("/existing");
        QVERIFY(QDir().mkpath(existing));
        {
            auto dir = ExportDirectory::create(existing);
            QVERIFY(dir);
            QVERIFY((*dir)->writeFile(QStringLiteral("x"), "x"));
            QVERIFY((*dir)->publish());
        }
        QCOMPARE(entries(parent), QStringList{QStringLiteral("existing")});
        QCOMPARE(entries(existing), QStringList());
        {
            auto dir = ExportDirectory::create(existing);
            QVERIFY(dir);
            QVERIFY((*dir)->writeFile(QStringLiteral("x"), "x"));
            QVERIFY((*dir)->publish());
            (*dir)->commit();
        }
        QCOMPARE(entries(existing), QStringList{QStringLiteral("x")});
    }

    void refusesWhatItMustNotReplace()
    {
        const QString parent = m_dir.filePath(QStringLiteral("d"));
        QVERIFY(QDir().mkpath(parent + QStringLiteral("/full")));
        QFile f(parent + QStringLiteral("/full/keep.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QFile plain(parent + QStringLiteral("/file"));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        for (const QString& target : {parent + QStringLiteral("/full"), parent + QStringLiteral("/file")}) {
            auto dir = ExportDirectory::create(target);
            QVERIFY(!dir);
            QCOMPARE(dir.error().code, db::exports::ExportErrc::Invalid);
        }
        QVERIFY(!ExportDirectory::create(QString()));
        QCOMPARE(entries(parent), (QStringList{QStringLiteral("file"), QStringLiteral("full")}));
        QCOMPARE(entries(parent + QStringLiteral("/full")), QStringList{QStringLiteral("keep.txt")});
    }

    void backgroundWriterKeepsOrder()
    {
        auto dir = ExportDirectory::create(m_dir.filePath(QStringLiteral("e")));
        QVERIFY(dir);
        QList<QByteArray> contents;
        {
            BackgroundWriter writer(**dir, 2, 8);
            for (int i = 0; i < 500; ++i) {
                contents.append(QByteArray(100 + i, char('a' + i % 26)));
                QVERIFY(writer.submit(QStringLiteral("f-%1").arg(i), contents.last()));
            }
            auto written = writer.finish();
            QVERIFY(written);
            QCOMPARE(int(written->size()), 500);
            for (int i = 0; i < 500; ++i) {
                QCOMPARE(written->at(i).name, QStringLiteral("f-%1").arg(i));
                QCOMPARE(written->at(i).size, qint64(contents.at(i).size()));
                QCOMPARE(written->at(i).sha256, sha256Hex(contents.at(i)));
                QCOMPARE(fileBytes((*dir)->filePath(written->at(i).name)), contents.at(i));
            }
        }
        {
            // A name that exists already: the write fails, and finish() says so.
            BackgroundWriter writer(**dir, 2, 8);
            bool accepted = writer.submit(QStringLiteral("f-7"), "again");
            for (int i = 0; accepted && i < 100; ++i)
                accepted = writer.submit(QStringLiteral("g-%1").arg(i), "g");
            auto written = writer.finish();
            QVERIFY(!written);
            QCOMPARE(written.error().code, db::exports::ExportErrc::Io);
            QVERIFY(written.error().message.contains(QStringLiteral("f-7")));
        }
    }
};

STATION_TEST_GUILESS_MAIN(TestExportDirectory)
#include "TestExportDirectory.moc"
