#include "core/crypto/KeyFile.h"

#include "core/common/FaultPoints.h"

#include <QDir>
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

bool writeAll(int fd, const char* bytes, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, bytes + done, static_cast<size_t>(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// A creation killed before its link() leaves its temporary (a key never used): removed at the next one.
void removeAbandonedTemporaries(const QString& path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    for (const QString& name : dir.entryList({info.fileName() + QStringLiteral(".new-??????")}, QDir::Files))
        dir.remove(name);
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
    if (::access(native.constData(), F_OK) == 0)
        return fail(KeyFileError{KeyFileErrc::Exists, QString::fromLocal8Bit(std::strerror(EEXIST))});
    removeAbandonedTemporaries(path);
    // Written whole under a temporary name first, then linked to `path`: a crash or a power cut leaves
    // either no file at `path` or the complete one, never a half-written key that the next start would
    // refuse. mkstemp creates the file 0600 with O_EXCL; link() refuses an existing `path` as O_EXCL would.
    QByteArray temporary = native + ".new-XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        return fail(KeyFileError{KeyFileErrc::Io, systemError()});
    // The umask may only narrow the mode; make sure it is exactly 0600 (fchmod on the open descriptor:
    // the file never had wider permissions).
    const qsizetype half = bytes.size() / 2;
    bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && writeAll(fd, bytes.constData(), half);
    faultPoint("keyfile.half-written"); // crash tests: killed with half of the key on disk
    ok = ok && writeAll(fd, bytes.constData() + half, bytes.size() - half) && ::fsync(fd) == 0;
    QString reason = ok ? QString() : systemError();
    ok = ::close(fd) == 0 && ok;
    const bool linked = ok && ::link(temporary.constData(), native.constData()) == 0;
    const bool exists = ok && !linked && errno == EEXIST;
    if (ok && !linked)
        reason = systemError();
    ::unlink(temporary.constData());
    if (linked && !syncDirectoryOf(path)) {
        reason = systemError();
        ::unlink(native.constData()); // ours: nothing is left behind
    } else if (linked) {
        return {};
    }
    return fail(KeyFileError{exists ? KeyFileErrc::Exists : KeyFileErrc::Io,
                             reason.isEmpty() ? systemError() : reason});
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
