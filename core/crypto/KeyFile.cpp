#include "core/crypto/KeyFile.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tps::crypto {

namespace {
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

// The directory entry of a new file is durable only once its directory is synced.
bool syncDirectoryOf(const QString& path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Result<void, KeyFileError> createOwnerOnlyFile(const QString& path, const QByteArray& bytes)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return fail(KeyFileError{errno == EEXIST ? KeyFileErrc::Exists : KeyFileErrc::Io, systemError()});
    // The umask may only narrow the mode; make sure it is exactly 0600 (fchmod on the open descriptor:
    // the file never had wider permissions).
    bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && writeAll(fd, bytes) && ::fsync(fd) == 0;
    const QString reason = ok ? QString() : systemError();
    ok = ::close(fd) == 0 && ok;
    if (!ok || !syncDirectoryOf(path)) {
        const QString why = reason.isEmpty() ? systemError() : reason;
        ::unlink(native.constData());
        return fail(KeyFileError{KeyFileErrc::Io, why});
    }
    return {};
}

Result<QByteArray, KeyFileError> readOwnerOnlyFile(const QString& path, qint64 maxBytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return fail(KeyFileError{KeyFileErrc::Unreadable, systemError()});
    QFile file;
    // Permissions are checked on the open descriptor: no window between the check and the read.
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(KeyFileError{KeyFileErrc::Unreadable, systemError()});
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(KeyFileError{KeyFileErrc::TooOpen, QString::number(st.st_mode & 0777, 8)});
    return file.read(maxBytes);
}

} // namespace tps::crypto
