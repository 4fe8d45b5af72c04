#include "app/cli/CliSecrets.h"

#include "db/StationKeyProtection.h"

#include <QCoreApplication>
#include <QMutex>
#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <termios.h>
#include <unistd.h>

namespace tps::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliSecrets)
};

constexpr std::size_t kMaxSecret = 1024;
} // namespace

std::optional<crypto::SecureBytes> readSecretLine(int fd)
{
    crypto::SecureBytes buffer(kMaxSecret);
    std::size_t n = 0;
    while (n < kMaxSecret) {
        unsigned char c = 0;
        const ssize_t got = ::read(fd, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0 || c == '\n')
            break;
        buffer.data()[n++] = c;
    }
    if (n > 0 && buffer.data()[n - 1] == '\r')
        --n;
    if (n == 0)
        return std::nullopt;
    return crypto::SecureBytes(buffer.data(), n);
}

// Writes to the terminal; a prompt that cannot be shown is not an error (the read still decides).
static void writeToTerminal(int tty, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(tty, data, size);
        if (n <= 0)
            return;
        data += n;
        size -= static_cast<size_t>(n);
    }
}

std::optional<crypto::SecureBytes> promptSecret(const QString& prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    // Echo off before the prompt is shown, without discarding input: whatever is typed from the moment
    // the prompt appears is read, never echoed (a fast typist or a scanner does not lose a line).
    termios saved = {};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(tty, TCSANOW, &quiet);
    }
    const QByteArray text = prompt.toLocal8Bit();
    writeToTerminal(tty, text.constData(), static_cast<size_t>(text.size()));
    auto secret = readSecretLine(tty);
    if (isTerminal)
        ::tcsetattr(tty, TCSANOW, &saved);
    writeToTerminal(tty, "\n", 1);
    ::close(tty);
    return secret;
}

namespace {
// The descriptor of --password-fd and what was read from it (the CLI signs in on its main thread).
struct PasswordSource
{
    int fd = -1;
    bool read = false;
    std::optional<crypto::SecureBytes> value;
};
PasswordSource& passwordSource()
{
    static PasswordSource source;
    return source;
}
} // namespace

void installPasswordSource(int fd)
{
    passwordSource() = PasswordSource{fd, false, std::nullopt};
}

bool passwordSourceInstalled()
{
    return passwordSource().fd >= 0;
}

std::optional<crypto::SecureBytes> passwordFromSource()
{
    PasswordSource& source = passwordSource();
    if (source.fd < 0)
        return std::nullopt;
    if (!source.read) {
        source.read = true;
        source.value = readSecretLine(source.fd); // SecureBytes: locked out of swap where allowed
    }
    if (!source.value)
        return std::nullopt;
    return source.value->clone();
}

void installKeyPassphraseSource(int fd)
{
    // Read once (a pipe can be read only once; the store may be opened more than once) and kept.
    auto cached = std::make_shared<std::optional<crypto::SecureBytes>>();
    db::setKeyPassphraseSource([fd, cached](const QString& keyPath) -> std::optional<crypto::SecureBytes> {
        if (!*cached) {
            *cached = fd >= 0 ? readSecretLine(fd)
                              : promptSecret(Tr::tr("Admin passphrase of the station key %1: ").arg(keyPath));
        }
        if (!*cached)
            return std::nullopt;
        return (*cached)->clone();
    });
}

} // namespace tps::cli
