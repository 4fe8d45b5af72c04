#include "TestSupport.h"

#include <QFile>
#include <QProcess>

namespace tps::test {

ToolRun runTool(const QString& program, const QStringList& args, const QString& tcti,
                const QByteArray& stdinData, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!tcti.isEmpty())
        env.insert(QStringLiteral("TPM2TOOLS_TCTI"), tcti);
    p.setProcessEnvironment(env);
    p.start(program, args);
    ToolRun run;
    if (!p.waitForStarted(10000)) {
        run.err = p.errorString().toUtf8();
        return run;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool flushTransients(const QString& tcti)
{
    // ... and the authorization sessions a killed station process left loaded (its bus session).
    return runTool(QStringLiteral("tpm2_flushcontext"), {QStringLiteral("-t")}, tcti).ok() &&
           runTool(QStringLiteral("tpm2_flushcontext"), {QStringLiteral("-l")}, tcti).ok();
}

QString cliPath()
{
    return qEnvironmentVariable("STATION_CLI");
}

TestFleet::TestFleet(int count)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    m_fleet = std::make_unique<sim::SimFleet>(m_dir.path() + QStringLiteral("/fleet"));
    m_fleet->setStopOnDestruction(true);
    auto created = m_fleet->create(count);
    if (!created) {
        m_error = created.error().message;
        return;
    }
    auto started = m_fleet->start();
    if (!started) {
        m_error = started.error().message;
        return;
    }
    m_devices = *started;
    m_ok = true;
}

TestFleet::~TestFleet()
{
    if (m_fleet)
        (void)m_fleet->stop();
}

} // namespace tps::test
