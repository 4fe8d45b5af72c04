#include "core/firmware/CommandFlasher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include "core/common/Identifiers.h"
#include <algorithm>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace tps::firmware {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandFlasher)
};

const QRegularExpression& placeholderRe()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z0-9_]+)\\}"));
    return re;
}

struct ProcessRun
{
    bool started = false;
    bool timedOut = false;
    bool cancelled = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
    QString errorString;
};

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

// Runs program + arguments (no shell) in its own process group, within `timeout`.
ProcessRun runProgram(const QString& program, const QStringList& arguments, std::chrono::milliseconds timeout,
                      const std::atomic<bool>* cancel, bool merge)
{
    ProcessRun run;
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setProgram(program);
    p.setArguments(arguments);
    p.setProcessChannelMode(merge ? QProcess::MergedChannels : QProcess::SeparateChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QIODevice::ReadOnly);
    if (!p.waitForStarted(10000)) {
        run.errorString = p.errorString();
        run.ms = timer.elapsed();
        return run;
    }
    run.started = true;
    const qint64 pid = p.processId();
    const auto killGroup = [&] {
        if (pid > 0)
            ::kill(-static_cast<pid_t>(pid), SIGKILL); // the group we created with setsid()
        p.kill();
        p.waitForFinished(5000);
    };
    while (!p.waitForFinished(100)) {
        if (p.state() == QProcess::NotRunning)
            break;
        if (cancelled(cancel)) {
            run.cancelled = true;
            killGroup();
            break;
        }
        if (timer.elapsed() >= timeout.count()) {
            run.timedOut = true;
            killGroup();
            break;
        }
    }
    run.out = p.readAllStandardOutput();
    if (!merge)
        run.err = p.readAllStandardError();
    run.ms = timer.elapsed();
    if (!run.timedOut && !run.cancelled) {
        run.crashed = p.exitStatus() != QProcess::NormalExit;
        run.exitCode = run.crashed ? -1 : p.exitCode();
    }
    return run;
}

// stdoutIsData: stdout carries read-back data; the log records its size, not the bytes.
QByteArray logEntry(const QString& command, const ProcessRun& run, bool merged, bool stdoutIsData = false)
{
    QByteArray log = "$ " + command.toUtf8() + '\n';
    if (stdoutIsData) {
        log += "[" + QByteArray::number(run.out.size()) + " bytes on stdout]\n";
    } else {
        log += run.out;
        if (!run.out.isEmpty() && !run.out.endsWith('\n'))
            log += '\n';
    }
    if (!merged && !run.err.isEmpty()) {
        log += "[stderr]\n" + run.err;
        if (!run.err.endsWith('\n'))
            log += '\n';
    }
    if (!run.started)
        log += "[not started: " + run.errorString.toUtf8() + "]\n";
    else if (run.timedOut)
        log += "[killed after " + QByteArray::number(run.ms) + " ms: timeout]\n";
    else if (run.cancelled)
        log += "[killed after " + QByteArray::number(run.ms) + " ms: cancelled]\n";
    else if (run.crashed)
        log += "[crashed after " + QByteArray::number(run.ms) + " ms]\n";
    else
        log += "[exit code " + QByteArray::number(run.exitCode) + " after " + QByteArray::number(run.ms) +
               " ms]\n";
    return log;
}

FlashError flashError(FlashErrc code, const QString& message, const QString& technical,
                      const FlashReport& report)
{
    return FlashError{code, message, technical, report};
}

// Maps a failed run of `what` into a FlashError; nullopt when it succeeded.
std::optional<FlashError> runFailure(const ProcessRun& run, const QString& program,
                                     std::chrono::milliseconds timeout, const FlashReport& report)
{
    if (!run.started)
        return flashError(FlashErrc::StartFailed,
                          Tr::tr("The programmer %1 could not be started. Ask a supervisor to check the "
                                 "station set-up.")
                              .arg(program),
                          QStringLiteral("%1 not started: %2").arg(program, run.errorString), report);
    if (run.timedOut)
        return flashError(FlashErrc::Timeout,
                          Tr::tr("The programmer did not finish within %1 s and was stopped. The firmware "
                                 "is NOT flashed: check the programmer connection and try again.")
                              .arg(timeout.count() / 1000.0, 0, 'f', 1),
                          QStringLiteral("%1 killed after %2 ms (timeout %3 ms)")
                              .arg(program)
                              .arg(run.ms)
                              .arg(timeout.count()),
                          report);
    if (run.cancelled)
        return flashError(FlashErrc::Cancelled,
                          Tr::tr("Flashing was cancelled. The firmware is NOT flashed."),
                          QStringLiteral("%1 cancelled after %2 ms").arg(program).arg(run.ms), report);
    if (run.crashed || run.exitCode != 0)
        return flashError(FlashErrc::Failed,
                          Tr::tr("The programmer reported an error (exit code %1). The firmware is NOT "
                                 "flashed: see the programmer log.")
                              .arg(run.exitCode),
                          QStringLiteral("%1 %2").arg(
                              program, run.crashed ? QStringLiteral("crashed")
                                                   : QStringLiteral("exit code %1").arg(run.exitCode)),
                          report);
    return std::nullopt;
}

} // namespace

const char* errcName(FlashErrc code)
{
    switch (code) {
    case FlashErrc::Configuration:
        return "configuration";
    case FlashErrc::StartFailed:
        return "start-failed";
    case FlashErrc::Timeout:
        return "timeout";
    case FlashErrc::Failed:
        return "failed";
    case FlashErrc::ReadBackFailed:
        return "read-back-failed";
    case FlashErrc::ReadBackMismatch:
        return "read-back-mismatch";
    case FlashErrc::Io:
        return "io";
    case FlashErrc::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

QStringList CommandFlasher::knownPlaceholders()
{
    return {QStringLiteral("image"),   QStringLiteral("size"),    QStringLiteral("sha256"),
            QStringLiteral("serial"),  QStringLiteral("port"),    QStringLiteral("settings"),
            QStringLiteral("workdir"), QStringLiteral("readback")};
}

FlashResult<void> CommandFlasher::validate(const CommandFlasherConfig& config)
{
    const QStringList known = knownPlaceholders();
    const auto check = [&](const CommandTemplate& t, const QString& what) -> FlashResult<void> {
        if (t.program.trimmed().isEmpty())
            return fail(FlashError{FlashErrc::Configuration,
                                   Tr::tr("The %1 command of the programmer has no program. Ask a supervisor "
                                          "to check the product profile.")
                                       .arg(what),
                                   QStringLiteral("%1: empty program").arg(what),
                                   {}});
        for (const QString& arg : t.arguments) {
            auto it = placeholderRe().globalMatch(arg);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                if (!known.contains(name))
                    return fail(FlashError{FlashErrc::Configuration,
                                           Tr::tr("The programmer's %1 command uses the unknown placeholder "
                                                  "{%2}. Ask a supervisor to check the product profile.")
                                               .arg(what, name),
                                           QStringLiteral("%1: unknown placeholder {%2}").arg(what, name),
                                           {}});
            }
        }
        return {};
    };
    if (auto r = check(config.flash, QStringLiteral("flash")); !r)
        return r;
    if (config.readBack)
        return check(*config.readBack, QStringLiteral("read-back"));
    return {};
}

QStringList CommandFlasher::expand(const QStringList& arguments, const QHash<QString, QString>& values)
{
    QStringList out;
    out.reserve(arguments.size());
    for (const QString& arg : arguments) {
        QString result;
        qsizetype last = 0;
        auto it = placeholderRe().globalMatch(arg);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            result += arg.mid(last, m.capturedStart() - last);
            const auto v = values.constFind(m.captured(1));
            result += v != values.cend() ? *v : m.captured(0);
            last = m.capturedEnd();
        }
        result += arg.mid(last);
        out << result;
    }
    return out;
}

QString CommandFlasher::displayCommand(const QString& program, const QStringList& arguments)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+\\z"));
    QStringList parts;
    for (const QString& a : QStringList{program} + arguments) {
        if (plain.match(a).hasMatch())
            parts << a;
        else
            parts << QLatin1Char('\'') + QString(a).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                         QLatin1Char('\'');
    }
    return parts.join(QLatin1Char(' '));
}

FlashResult<FlashReport> CommandFlasher::flash(const FlashJob& job)
{
    FlashReport report;
    report.programmer = m_config.flash.program;
    if (auto ok = validate(m_config); !ok)
        return fail(ok.error());
    // The serial rule (core/common/Identifiers.h): a serial reaches the programmer only as a value, never
    // as something it could read as an option.
    if (!isValidSerial(job.serial))
        return fail(FlashError{FlashErrc::Configuration, serialRefusal(job.serial),
                               QStringLiteral("serial refused by the serial rule"), report});
    QElapsedTimer timer;
    timer.start();
    const QString readBackPath = QDir(job.workDir).filePath(QStringLiteral("readback.bin"));
    const QHash<QString, QString> values{
        {QStringLiteral("image"), job.imagePath},
        {QStringLiteral("size"), QString::number(job.imageSize)},
        {QStringLiteral("sha256"), QString::fromLatin1(job.imageSha256.toHex())},
        {QStringLiteral("serial"), job.serial},
        {QStringLiteral("port"), job.port},
        {QStringLiteral("settings"), job.settingsPath},
        {QStringLiteral("workdir"), job.workDir},
        {QStringLiteral("readback"), readBackPath},
    };

    const QStringList flashArgs = expand(m_config.flash.arguments, values);
    const ProcessRun run = runProgram(m_config.flash.program, flashArgs, job.timeout, job.cancel, true);
    report.log += logEntry(displayCommand(m_config.flash.program, flashArgs), run, true);
    report.durationMs = timer.elapsed();
    if (auto failure = runFailure(run, m_config.flash.program, job.timeout, report))
        return fail(*failure);
    if (!m_config.readBack)
        return report;

    const CommandTemplate& rb = *m_config.readBack;
    const bool toFile = std::any_of(rb.arguments.cbegin(), rb.arguments.cend(),
                                    [](const QString& a) { return a.contains(QLatin1String("{readback}")); });
    QFile::remove(readBackPath);
    const QStringList rbArgs = expand(rb.arguments, values);
    const ProcessRun rbRun = runProgram(rb.program, rbArgs, job.timeout, job.cancel, false);
    report.log += logEntry(displayCommand(rb.program, rbArgs), rbRun, false, !toFile);
    report.durationMs = timer.elapsed();
    if (auto failure = runFailure(rbRun, rb.program, job.timeout, report)) {
        failure->code = failure->code == FlashErrc::Failed ? FlashErrc::ReadBackFailed : failure->code;
        if (failure->code == FlashErrc::ReadBackFailed)
            failure->message = Tr::tr("The read-back after flashing failed (exit code %1). The firmware is "
                                      "NOT confirmed: see the programmer log.")
                                   .arg(rbRun.exitCode);
        return fail(*failure);
    }
    QByteArray readBack = rbRun.out;
    if (toFile) {
        QFile f(readBackPath);
        if (!f.open(QIODevice::ReadOnly))
            return fail(flashError(FlashErrc::ReadBackFailed,
                                   Tr::tr("The read-back command wrote no data. The firmware is NOT "
                                          "confirmed: see the programmer log."),
                                   QStringLiteral("read-back file %1: %2").arg(readBackPath, f.errorString()),
                                   report));
        readBack = f.readAll();
    }
    report.readBackChecked = true;
    report.readBackSha256 = QCryptographicHash::hash(readBack, QCryptographicHash::Sha256);
    report.log += "[read back " + QByteArray::number(readBack.size()) + " bytes, SHA-256 " +
                  report.readBackSha256.toHex() + "]\n";
    if (report.readBackSha256 != job.imageSha256)
        return fail(flashError(FlashErrc::ReadBackMismatch,
                               Tr::tr("The device does not hold the image that was flashed (read-back "
                                      "differs). The firmware is NOT flashed: try again, then set the "
                                      "device aside."),
                               QStringLiteral("read-back %1 bytes SHA-256 %2, image %3 bytes SHA-256 %4")
                                   .arg(readBack.size())
                                   .arg(QString::fromLatin1(report.readBackSha256.toHex()))
                                   .arg(job.imageSize)
                                   .arg(QString::fromLatin1(job.imageSha256.toHex())),
                               report));
    return report;
}

} // namespace tps::firmware
