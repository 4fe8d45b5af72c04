// Small POSIX helpers for the simulated fleet's processes and ports.
#pragma once

#include <QString>
#include <chrono>

namespace tps::sim {

// True when `pid` is alive and is a swtpm serving `stateDir` (so we never signal a stranger).
bool isSwtpmFor(qint64 pid, const QString& stateDir);
// SIGTERM, then SIGKILL after a grace period; waits until the process is gone.
void terminateProcess(qint64 pid);
void killProcess(qint64 pid);
bool processAlive(qint64 pid);
// A port P such that P and P+1 are free on 127.0.0.1 right now (0 when none found).
quint16 findFreePortPair();
// Waits until something accepts connections on 127.0.0.1:port.
bool waitForListening(quint16 port, std::chrono::milliseconds timeout);
// Waits for a PID file to appear and returns the PID in it (0 on timeout).
qint64 waitForPidFile(const QString& path, std::chrono::milliseconds timeout);

} // namespace tps::sim
