// Shared helpers for the test suite: temporary simulated fleets and running independent tools.
#pragma once

#include "core/sim/SimFleet.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace tps::test {

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

// Runs `program` without a shell; `tcti` (if set) goes into TPM2TOOLS_TCTI.
ToolRun runTool(const QString& program, const QStringList& args, const QString& tcti = {},
                const QByteArray& stdinData = {}, int timeoutMs = 60000);
// Whole-file helpers for test fixtures: empty / false on any error.
QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& data);

// tpm2-tools keep the objects they create loaded (saved to a context file); on a TPM without resource
// manager they fill its few transient slots. Flush them all after such a tool ran (and the loaded
// authorization sessions a killed station process left).
bool flushTransients(const QString& tcti);
// The tpm-station-cli built with this tree (STATION_CLI, set by CTest).
QString cliPath();

// A fleet of `count` running simulated devices in a fresh temporary directory, torn down with it.
class TestFleet
{
public:
    explicit TestFleet(int count);
    ~TestFleet();
    bool ok() const { return m_ok; }
    const QString& error() const { return m_error; }
    sim::SimFleet& fleet() { return *m_fleet; }
    const QList<sim::SimDevice>& devices() const { return m_devices; }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimFleet> m_fleet;
    QList<sim::SimDevice> m_devices;
    bool m_ok = false;
    QString m_error;
};

} // namespace tps::test
