// The command flasher against stand-in programmers: small /bin/sh scripts written here play
// openocd/esptool. The flasher itself never uses a shell: arguments reach the programmer intact.
#include "TestMain.h"
#include "TestSupport.h"

#include "core/firmware/CommandFlasher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <thread>

using namespace tps::firmware;

namespace {
using tps::test::readFile;
using tps::test::writeFile;
bool processGone(qint64 pid)
{
    for (int i = 0; i < 100; ++i) {
        if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            return true;
        // An orphan that died but was not reaped yet (init's business) is a zombie: it is gone too.
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        const int paren = stat.lastIndexOf(')');
        if (paren > 0 && stat.mid(paren + 2, 1) == "Z")
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}
} // namespace

class TestCommandFlasher : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_image;
    QString m_device; // the "device" the stand-in programmer writes to
    std::atomic<bool> m_cancel{false};

    QString script(const QString& name, const QByteArray& body)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("#!/bin/sh\n" + body) < 0)
            return {};
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }
    FlashJob job(std::chrono::milliseconds timeout = std::chrono::milliseconds(10000))
    {
        FlashJob j;
        j.imagePath = m_dir.filePath(QStringLiteral("image dir/fw image.bin"));
        j.imageSha256 = QCryptographicHash::hash(m_image, QCryptographicHash::Sha256);
        j.imageSize = m_image.size();
        j.serial = QStringLiteral("SN-0001");
        j.port = QStringLiteral("/dev/ttyUSB0");
        j.settingsPath = m_dir.filePath(QStringLiteral("settings.json"));
        j.workDir = m_dir.filePath(QStringLiteral("work"));
        j.timeout = timeout;
        j.cancel = &m_cancel;
        return j;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("image dir")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("work")));
        m_image = QByteArray(5000, 'A') + QByteArray(3000, '\x01');
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("image dir/fw image.bin")), m_image));
        m_device = m_dir.filePath(QStringLiteral("device.bin"));
    }
    void init()
    {
        QVERIFY(writeFile(m_device, QByteArray(16, '\xFF')));
        m_cancel = false;
    }

    void succeedsWithStdoutReadBack()
    {
        const QString flash =
            script(QStringLiteral("flash-ok.sh"),
                   "cat \"$2\" > \"$1\"\necho \"programmed $(wc -c < \"$2\") bytes to $3\"\n");
        const QString readBack = script(QStringLiteral("readback.sh"), "head -c \"$2\" \"$1\"\n");
        CommandFlasher f({{flash, {m_device, QStringLiteral("{image}"), QStringLiteral("{serial}")}},
                          CommandTemplate{readBack, {m_device, QStringLiteral("{size}")}}});
        QVERIFY(f.needsOperator());
        auto r = f.flash(job());
        QVERIFY2(r.ok(),
                 qPrintable(r ? QString() : r.error().technical + QString::fromUtf8(r.error().report.log)));
        QCOMPARE(readFile(m_device), m_image);
        QVERIFY(r->readBackChecked);
        QCOMPARE(r->readBackSha256, QCryptographicHash::hash(m_image, QCryptographicHash::Sha256));
        QVERIFY(r->log.contains("programmed 8000 bytes to SN-0001"));
        QVERIFY(r->log.contains("[exit code 0"));
        QVERIFY(r->log.contains("[8000 bytes on stdout]"));
        QVERIFY(!r->log.contains(QByteArray(100, 'A'))); // the image itself is not in the log
    }

    void succeedsWithFileReadBack()
    {
        const QString flash = script(QStringLiteral("flash-ok2.sh"), "cat \"$2\" > \"$1\"\n");
        const QString readBack = script(QStringLiteral("readback-file.sh"), "cat \"$1\" > \"$2\"\n");
        CommandFlasher f({{flash, {m_device, QStringLiteral("{image}")}},
                          CommandTemplate{readBack, {m_device, QStringLiteral("{readback}")}}});
        auto r = f.flash(job());
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().technical));
        QVERIFY(r->readBackChecked);
        QCOMPARE(readFile(job().workDir + QStringLiteral("/readback.bin")), m_image);
    }

    void failureExitCode()
    {
        const QString flash =
            script(QStringLiteral("flash-fail.sh"), "echo 'Error: target not examined' >&2\nexit 3\n");
        CommandFlasher f({{flash, {QStringLiteral("{image}")}}, std::nullopt});
        auto r = f.flash(job());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, FlashErrc::Failed);
        QVERIFY(r.error().message.contains(QStringLiteral("3")));
        QVERIFY(r.error().report.log.contains("Error: target not examined")); // stderr captured
        QVERIFY(r.error().report.log.contains("[exit code 3"));
        QCOMPARE(readFile(m_device), QByteArray(16, '\xFF'));
    }

    void hangTimesOutAndKillsTheProcessGroup()
    {
        const QString pidFile = m_dir.filePath(QStringLiteral("hang.pid"));
        const QString flash = script(QStringLiteral("flash-hang.sh"),
                                     "sleep 30 &\necho $! > \"$1.child\"\necho $$ > \"$1\"\nwait\n");
        CommandFlasher f({{flash, {pidFile}}, std::nullopt});
        QElapsedTimer t;
        t.start();
        auto r = f.flash(job(std::chrono::milliseconds(700)));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, FlashErrc::Timeout);
        QVERIFY(t.elapsed() >= 700);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(r.error().message.contains(QStringLiteral("NOT flashed")));
        QVERIFY(r.error().report.log.contains("timeout"));
        const qint64 pid = readFile(pidFile).trimmed().toLongLong();
        const qint64 child = readFile(pidFile + QStringLiteral(".child")).trimmed().toLongLong();
        QVERIFY(pid > 0 && child > 0);
        QVERIFY(processGone(pid));
        QVERIFY(processGone(child)); // the programmer's own child died with its group
    }

    void cancelStopsTheProgrammer()
    {
        const QString flash = script(QStringLiteral("flash-slow.sh"), "exec sleep 30\n");
        CommandFlasher f({{flash, {}}, std::nullopt});
        std::thread canceller([this] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            m_cancel = true;
        });
        QElapsedTimer t;
        t.start();
        auto r = f.flash(job());
        canceller.join();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, FlashErrc::Cancelled);
        QVERIFY(t.elapsed() < 5000);
    }

    void readBackMismatch()
    {
        const QString flash = script(QStringLiteral("flash-other.sh"), "printf 'something else' > \"$1\"\n");
        const QString readBack = script(QStringLiteral("readback2.sh"), "head -c \"$2\" \"$1\"\n");
        CommandFlasher f(
            {{flash, {m_device}}, CommandTemplate{readBack, {m_device, QStringLiteral("{size}")}}});
        auto r = f.flash(job());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, FlashErrc::ReadBackMismatch);
        QVERIFY(r.error().report.readBackChecked);
        QCOMPARE(r.error().report.readBackSha256,
                 QCryptographicHash::hash("something else", QCryptographicHash::Sha256));
        QVERIFY(r.error().message.contains(QStringLiteral("NOT flashed")));
    }

    void readBackCommandFails()
    {
        const QString flash = script(QStringLiteral("flash-ok3.sh"), "cat \"$2\" > \"$1\"\n");
        const QString readBack = script(QStringLiteral("readback-fail.sh"), "exit 1\n");
        CommandFlasher f({{flash, {m_device, QStringLiteral("{image}")}}, CommandTemplate{readBack, {}}});
        auto r = f.flash(job());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, FlashErrc::ReadBackFailed);
    }

    void argumentsPassThroughIntact()
    {
        const QString out = m_dir.filePath(QStringLiteral("args.bin"));
        const QString marker = m_dir.filePath(QStringLiteral("pwned"));
        const QString flash =
            script(QStringLiteral("flash-args.sh"), "out=$1\nshift\nprintf '%s\\0' \"$@\" > \"$out\"\n");
        const QStringList args{out,
                               QStringLiteral("two words"),
                               QStringLiteral("it's \"quoted\""),
                               QStringLiteral("$(touch ") + marker + QStringLiteral(")"),
                               QStringLiteral("; touch ") + marker,
                               QStringLiteral("`touch ") + marker + QStringLiteral("`"),
                               QStringLiteral("*"),
                               QStringLiteral("back\\slash"),
                               QString(),
                               QStringLiteral("--file={image}"),
                               QStringLiteral("{serial}"),
                               QStringLiteral("program {image} verify reset exit"),
                               QStringLiteral("{port}:{size}")};
        FlashJob j = job();
        j.port = QStringLiteral("{serial} $HOME 'x'"); // a value is never expanded again
        CommandFlasher f({{flash, args}, std::nullopt});
        auto r = f.flash(j);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().technical));
        const QList<QByteArray> got = readFile(out).split('\0');
        const QStringList expected{QStringLiteral("two words"),
                                   QStringLiteral("it's \"quoted\""),
                                   QStringLiteral("$(touch ") + marker + QStringLiteral(")"),
                                   QStringLiteral("; touch ") + marker,
                                   QStringLiteral("`touch ") + marker + QStringLiteral("`"),
                                   QStringLiteral("*"),
                                   QStringLiteral("back\\slash"),
                                   QString(),
                                   QStringLiteral("--file=") + j.imagePath,
                                   QStringLiteral("SN-0001"),
                                   QStringLiteral("program ") + j.imagePath +
                                       QStringLiteral(" verify reset exit"),
                                   QStringLiteral("{serial} $HOME 'x':8000")};
        QCOMPARE(got.size(), expected.size() + 1); // trailing NUL
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(QString::fromUtf8(got.at(i)), expected.at(i));
        QVERIFY(!QFile::exists(marker));
        // The log shows the command quoted for humans.
        QVERIFY(r->log.contains("'two words'"));
    }

    void unknownPlaceholderRefused()
    {
        CommandFlasherConfig c{{QStringLiteral("/bin/true"), {QStringLiteral("{imgae}")}}, std::nullopt};
        QCOMPARE(CommandFlasher::validate(c).error().code, FlashErrc::Configuration);
        QVERIFY(CommandFlasher::validate(c).error().message.contains(QStringLiteral("{imgae}")));
        CommandFlasher f(c);
        auto r = f.flash(job());
        QCOMPARE(r.error().code, FlashErrc::Configuration);
        CommandFlasherConfig empty{{QString(), {}}, std::nullopt};
        QCOMPARE(CommandFlasher::validate(empty).error().code, FlashErrc::Configuration);
        CommandFlasherConfig badReadBack{
            {QStringLiteral("/bin/true"), {}},
            CommandTemplate{QStringLiteral("/bin/true"), {QStringLiteral("{x}")}}};
        QCOMPARE(CommandFlasher::validate(badReadBack).error().code, FlashErrc::Configuration);
    }

    void serialOutsideTheRuleNeverReachesTheProgrammer()
    {
        // One serial rule (core/common/Identifiers.h): a serial that a programmer could read as an option,
        // or that holds blanks or shell characters, is refused before anything runs.
        const QString marker = m_dir.filePath(QStringLiteral("programmer-ran"));
        const QString flash = script(QStringLiteral("flash-marker.sh"), "touch \"$1\"\n");
        CommandFlasher f({{flash, {marker, QStringLiteral("{serial}")}}, std::nullopt});
        for (const QString& serial : {QStringLiteral("--erase-all"), QStringLiteral("-f"),
                                      QStringLiteral("SN {port} $HOME 'x'"), QString()}) {
            FlashJob j = job();
            j.serial = serial;
            auto r = f.flash(j);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, FlashErrc::Configuration);
            QVERIFY2(r.error().message.contains(QStringLiteral("not a serial number")),
                     qPrintable(r.error().message));
            QVERIFY(!QFile::exists(marker));
        }
        QVERIFY(f.flash(job()).ok()); // SN-0001 follows the rule
        QVERIFY(QFile::exists(marker));
    }

    void missingProgramRefused()
    {
        CommandFlasher f({{m_dir.filePath(QStringLiteral("no-such-programmer")), {}}, std::nullopt});
        auto r = f.flash(job());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, FlashErrc::StartFailed);
    }

    void displayCommandQuotes()
    {
        QCOMPARE(CommandFlasher::displayCommand(
                     QStringLiteral("openocd"),
                     {QStringLiteral("-f"), QStringLiteral("a b"), QStringLiteral("it's")}),
                 QStringLiteral("openocd -f 'a b' 'it'\\''s'"));
    }
};

STATION_TEST_GUILESS_MAIN(TestCommandFlasher)
#include "TestCommandFlasher.moc"
