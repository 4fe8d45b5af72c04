#include "core/sim/ProcessControl.h"

#include <QFile>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tps::sim {

namespace {

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

sockaddr_in loopback(quint16 port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

bool bindable(quint16 port)
{
    Fd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (fd.get() < 0)
        return false;
    const sockaddr_in addr = loopback(port);
    return ::bind(fd.get(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0;
}

} // namespace

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        return false;
    // A zombie still answers kill(0); its /proc status says so.
    QFile status(QStringLiteral("/proc/%1/stat").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        const QByteArray line = status.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close > 0 && close + 2 < line.size() && line.at(close + 2) == 'Z')
            return false;
    }
    return true;
}

bool isSwtpmFor(qint64 pid, const QString& stateDir)
{
    if (!processAlive(pid))
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> args = cmdline.readAll().split('\0');
    if (args.isEmpty() || !args.first().endsWith("swtpm"))
        return false;
    const QByteArray wanted = "dir=" + stateDir.toLocal8Bit();
    for (const QByteArray& a : args)
        if (a == wanted)
            return true;
    return false;
}

void killProcess(qint64 pid)
{
    if (pid > 0)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

void terminateProcess(qint64 pid)
{
    if (!processAlive(pid))
        return;
    ::kill(static_cast<pid_t>(pid), SIGTERM);
    for (int i = 0; i < 100 && processAlive(pid); ++i)
        QThread::msleep(20);
    if (processAlive(pid)) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
        for (int i = 0; i < 100 && processAlive(pid); ++i)
            QThread::msleep(10);
    }
}

quint16 findFreePortPair()
{
    for (int attempt = 0; attempt < 64; ++attempt) {
        Fd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        if (fd.get() < 0)
            return 0;
        sockaddr_in addr = loopback(0);
        if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0)
            continue;
        socklen_t len = sizeof addr;
        if (::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            continue;
        const quint16 port = ntohs(addr.sin_port);
        if (port >= 65534)
            continue;
        if (bindable(static_cast<quint16>(port + 1))) {
            return port; // `fd` closes here; the kernel will not hand this port out again at once
        }
    }
    return 0;
}

bool waitForListening(quint16 port, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        Fd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        const sockaddr_in addr = loopback(port);
        if (fd.get() >= 0 && ::connect(fd.get(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0)
            return true;
        QThread::msleep(10);
    }
    return false;
}

qint64 waitForPidFile(const QString& path, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const qint64 pid = f.readAll().trimmed().toLongLong(&ok);
            if (ok && pid > 0)
                return pid;
        }
        QThread::msleep(10);
    }
    return 0;
}

} // namespace tps::sim
