#include "exports/ExportDirectory.h"

#include "core/crypto/OpenSslPtr.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace tps::db::exports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportDirectory)
};

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

int openDir(const QString& path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

int createAt(int dirFd, const QString& name)
{
    int fd;
    do
        fd = ::openat(dirFd, QFile::encodeName(name).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                      0666);
    while (fd < 0 && errno == EINTR);
    return fd;
}

} // namespace

struct Sha256::Impl
{
    crypto::MdPtr md{EVP_MD_fetch(nullptr, "SHA256", nullptr)};
    crypto::MdCtxPtr ctx{EVP_MD_CTX_new()};
    bool started = false;
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>()) {}
Sha256::~Sha256() = default;

void Sha256::reset()
{
    m_impl->started = false;
}

void Sha256::add(const char* data, qsizetype size)
{
    if (!m_impl->started) {
        EVP_DigestInit_ex(m_impl->ctx.get(), m_impl->md.get(), nullptr);
        m_impl->started = true;
    }
    EVP_DigestUpdate(m_impl->ctx.get(), data, static_cast<size_t>(size));
}

QByteArray Sha256::result()
{
    if (!m_impl->started)
        add(nullptr, 0);
    QByteArray digest(32, '\0');
    unsigned int n = 0;
    EVP_DigestFinal_ex(m_impl->ctx.get(), reinterpret_cast<unsigned char*>(digest.data()), &n);
    m_impl->started = false;
    return digest;
}

QString Sha256::hex()
{
    return QString::fromLatin1(result().toHex());
}

StreamedFile::~StreamedFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

StreamedFile::StreamedFile(StreamedFile&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_name(std::move(other.m_name)), m_path(std::move(other.m_path)),
      m_pending(std::move(other.m_pending)), m_hash(std::move(other.m_hash)), m_size(other.m_size),
      m_failed(other.m_failed)
{}

StreamedFile& StreamedFile::operator=(StreamedFile&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_name = std::move(other.m_name);
        m_path = std::move(other.m_path);
        m_pending = std::move(other.m_pending);
        m_hash = std::move(other.m_hash);
        m_size = other.m_size;
        m_failed = other.m_failed;
    }
    return *this;
}

bool StreamedFile::drain()
{
    if (m_pending.isEmpty())
        return !m_failed;
    m_hash->add(m_pending);
    m_size += m_pending.size();
    if (m_fd < 0 || !writeAll(m_fd, m_pending.constData(), m_pending.size()))
        m_failed = true;
    m_pending.resize(0); // keeps the capacity
    return !m_failed;
}

ExportResult<WrittenFile> StreamedFile::close()
{
    const bool drained = drain();
    const int err = errno;
    const bool closed = m_fd >= 0 && ::close(m_fd) == 0;
    m_fd = -1;
    if (!drained || !closed)
        return fail(ExportError{ExportErrc::Io, Tr::tr("Cannot write %1: %2").arg(m_path, errnoText(err))});
    return WrittenFile{m_name, m_size, m_hash->hex()};
}

ExportResult<std::unique_ptr<ExportDirectory>> ExportDirectory::create(const QString& outDir)
{
    if (outDir.isEmpty())
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("No output directory given.")});
    const QFileInfo info(outDir);
    std::unique_ptr<ExportDirectory> d(new ExportDirectory);
    d->m_targetExisted = info.exists();
    if (d->m_targetExisted) {
        // A symbolic link is followed: the directory it names is the one replaced.
        const QDir out(outDir);
        if (!info.isDir() ||
            !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return fail(ExportError{ExportErrc::Invalid,
                                    Tr::tr("The output directory %1 is not empty.").arg(outDir)});
        d->m_target = info.canonicalFilePath();
    } else {
        d->m_target = QDir::cleanPath(info.absoluteFilePath());
    }
    const QFileInfo target(d->m_target);
    d->m_parent = target.absolutePath();
    if (target.fileName().isEmpty() || d->m_parent == d->m_target)
        return fail(
            ExportError{ExportErrc::Invalid, Tr::tr("%1 cannot be an output directory.").arg(outDir)});
    if (!QDir().mkpath(d->m_parent))
        return fail(ExportError{ExportErrc::Io, Tr::tr("Cannot create the output directory %1: %2 cannot be "
                                                       "created.")
                                                    .arg(d->m_target, d->m_parent)});
    for (int attempt = 0;; ++attempt) {
        d->m_staging =
            QDir(d->m_parent)
                .filePath(QStringLiteral(".%1.partial-%2")
                              .arg(target.fileName())
                              .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        if (::mkdir(QFile::encodeName(d->m_staging).constData(), 0777) == 0)
            break;
        const int err = errno;
        d->m_staging.clear();
        if (err != EEXIST || attempt > 8)
            return fail(
                ExportError{ExportErrc::Io,
                            Tr::tr("Cannot create a directory in %1: %2").arg(d->m_parent, errnoText(err))});
    }
    d->m_dirFd = openDir(d->m_staging);
    if (d->m_dirFd < 0)
        return fail(d->ioError(d->m_staging, errno));
    return d;
}

ExportDirectory::~ExportDirectory()
{
    if (m_dirFd >= 0)
        ::close(m_dirFd);
    if (m_committed)
        return;
    if (!m_staging.isEmpty() && !m_published)
        QDir(m_staging).removeRecursively();
    if (m_published) {
        QDir(m_target).removeRecursively();
        if (m_targetExisted)
            QDir().mkdir(m_target); // it was an empty directory: leave it as it was
    }
    for (const QString& path : std::as_const(m_removeOnFailure))
        QFile::remove(path);
}

QString ExportDirectory::filePath(const QString& name) const
{
    return QDir(m_staging).filePath(name);
}

ExportError ExportDirectory::ioError(const QString& what, int err) const
{
    return ExportError{ExportErrc::Io, Tr::tr("Cannot write %1: %2").arg(what, errnoText(err))};
}

ExportResult<WrittenFile> ExportDirectory::writeFile(const QString& name, const QByteArray& bytes)
{
    Sha256 hash;
    return writeFile(name, bytes, hash);
}

ExportResult<WrittenFile> ExportDirectory::writeFile(const QString& name, const QByteArray& bytes,
                                                     Sha256& hash)
{
    int fd;
    {
        // The kernel creates the files of one directory one at a time (the directory's lock). Waiting here
        // sleeps; waiting in the kernel spins on that lock and takes the CPU from the other threads.
        std::lock_guard lock(m_createMutex);
        fd = createAt(m_dirFd, name);
    }
    if (fd < 0)
        return fail(ioError(filePath(name), errno));
    const bool written = writeAll(fd, bytes.constData(), bytes.size());
    const int err = errno;
    if (::close(fd) != 0 || !written)
        return fail(ioError(filePath(name), written ? errno : err));
    hash.reset();
    hash.add(bytes);
    return WrittenFile{name, bytes.size(), hash.hex()};
}

ExportResult<StreamedFile> ExportDirectory::open(const QString& name)
{
    StreamedFile f;
    f.m_fd = createAt(m_dirFd, name);
    if (f.m_fd < 0)
        return fail(ioError(filePath(name), errno));
    f.m_name = name;
    f.m_path = filePath(name);
    f.m_hash = std::make_unique<Sha256>();
    f.m_pending.reserve(StreamedFile::kBlock + (64 << 10));
    return f;
}

ExportResult<WrittenFile> ExportDirectory::hashFile(const QString& name) const
{
    QFile f(filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ExportError{ExportErrc::Io, Tr::tr("Cannot read %1.").arg(filePath(name))});
    Sha256 hash;
    QByteArray block;
    while (!(block = f.read(1 << 20)).isEmpty())
        hash.add(block);
    return WrittenFile{name, f.size(), hash.hex()};
}

bool ExportDirectory::setMode(const QString& name, unsigned mode) const
{
    return ::fchmodat(m_dirFd, QFile::encodeName(name).constData(), static_cast<mode_t>(mode), 0) == 0;
}

ExportResult<void> ExportDirectory::publish()
{
    QElapsedTimer timer;
    timer.start();
    // One sync for the whole export instead of one per file: every file written so far, and the
    // directory's entries.
    if (::syncfs(m_dirFd) != 0 || ::fsync(m_dirFd) != 0)
        return fail(ioError(m_staging, errno));
    m_syncMs = double(timer.nsecsElapsed()) / 1e6;
    if (::rename(QFile::encodeName(m_staging).constData(), QFile::encodeName(m_target).constData()) != 0) {
        const int err = errno;
        return fail(ExportError{ExportErrc::Io,
                                Tr::tr("Cannot move the export into %1: %2").arg(m_target, errnoText(err))});
    }
    m_published = true;
    const int parent = openDir(m_parent);
    const bool synced = parent >= 0 && ::fsync(parent) == 0;
    const int err = errno;
    if (parent >= 0)
        ::close(parent);
    if (!synced)
        return fail(ioError(m_parent, err));
    return {};
}

BackgroundWriter::BackgroundWriter(ExportDirectory& dir, int threads, int capacity)
    : m_dir(dir), m_capacity(capacity)
{
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { run(); });
}

BackgroundWriter::~BackgroundWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        m_queue.clear(); // not finished: the export failed, its files go anyway
    }
    m_changed.notify_all();
    for (std::thread& t : m_threads) {
        if (t.joinable())
            t.join();
    }
}

bool BackgroundWriter::submit(const QString& name, QByteArray bytes)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return qsizetype(m_queue.size()) < m_capacity || m_error; });
    if (m_error)
        return false;
    m_queue.push_back(Job{m_submitted++, name, std::move(bytes)});
    lock.unlock();
    m_changed.notify_all();
    return true;
}

ExportResult<QList<WrittenFile>> BackgroundWriter::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    for (std::thread& t : m_threads) {
        if (t.joinable())
            t.join();
    }
    if (m_error)
        return fail(*m_error);
    return std::move(m_written);
}

void BackgroundWriter::run()
{
    Sha256 hash;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing || m_error; });
            if (m_queue.empty() || m_error)
                return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all(); // room in the queue
        auto written = m_dir.writeFile(job.name, job.bytes, hash);
        std::lock_guard lock(m_mutex);
        if (!written) {
            if (!m_error)
                m_error = written.error();
            m_queue.clear();
            m_changed.notify_all();
            return;
        }
        if (m_written.size() <= job.index)
            m_written.resize(job.index + 1);
        m_written[job.index] = std::move(*written);
    }
}

} // namespace tps::db::exports
