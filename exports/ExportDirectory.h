// Where an export is written (docs/FORMATS.md "Export directories"): a staging directory next to the
// requested one (.<name>.partial-<random>), filled with plain writes, made durable once (syncfs + fsync of
// the directory), then renamed into place in one step — so a crash never leaves a half export under the
// requested name. Files are hashed (SHA-256) as they are written, for the manifest. Anything not
// committed is removed when the object goes away: the staging directory, the published directory, and any
// file registered with removeOnFailure() (e.g. a signing identity this export created).
#pragma once

#include "exports/DpsBatchExporter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace tps::db::exports {

// Streaming SHA-256 (OpenSSL EVP).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void reset();
    void add(const char* data, qsizetype size);
    void add(const QByteArray& bytes) { add(bytes.constData(), bytes.size()); }
    QByteArray result(); // 32 bytes; reset() before reuse
    QString hex();       // lowercase hex of result()

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// A file in the export with its size and SHA-256 (lowercase hex), as the manifest lists it.
struct WrittenFile
{
    QString name;
    qint64 size = 0;
    QString sha256;
};

class ExportDirectory;

// A file written in blocks (buffered, about 1 MiB) and hashed as it goes.
class StreamedFile
{
public:
    StreamedFile() = default;
    ~StreamedFile();
    StreamedFile(StreamedFile&& other) noexcept;
    StreamedFile& operator=(StreamedFile&& other) noexcept;
    StreamedFile(const StreamedFile&) = delete;
    StreamedFile& operator=(const StreamedFile&) = delete;

    // The buffer to append to; call flushIfFull() after appending.
    QByteArray& buffer() { return m_pending; }
    bool flushIfFull() { return m_pending.size() < kBlock || drain(); }
    bool write(const QByteArray& bytes)
    {
        m_pending += bytes;
        return flushIfFull();
    }
    // Writes what is pending and closes the file.
    ExportResult<WrittenFile> close();

private:
    friend class ExportDirectory;
    static constexpr qsizetype kBlock = 1 << 20;
    bool drain();

    int m_fd = -1;
    QString m_name;
    QString m_path;
    QByteArray m_pending;
    std::unique_ptr<Sha256> m_hash;
    qint64 m_size = 0;
    bool m_failed = false;
};

class ExportDirectory
{
public:
    // Refuses an output directory that exists and is not empty (or is not a directory), and creates the
    // staging directory next to it (creating missing parents).
    static ExportResult<std::unique_ptr<ExportDirectory>> create(const QString& outDir);
    ~ExportDirectory();
    ExportDirectory(const ExportDirectory&) = delete;
    ExportDirectory& operator=(const ExportDirectory&) = delete;

    // Where the files are written until publish().
    const QString& stagingPath() const { return m_staging; }
    // The requested output directory.
    const QString& target() const { return m_target; }
    QString filePath(const QString& name) const;

    // Writes one whole file (a new name) and hashes it. Thread-safe (BackgroundWriter calls it).
    ExportResult<WrittenFile> writeFile(const QString& name, const QByteArray& bytes);
    ExportResult<WrittenFile> writeFile(const QString& name, const QByteArray& bytes, Sha256& hash);
    // Opens a new file for streaming.
    ExportResult<StreamedFile> open(const QString& name);
    // Hashes a file written into the staging directory by other means (e.g. the PDF report).
    ExportResult<WrittenFile> hashFile(const QString& name) const;
    // Sets the permission bits of a file in the staging directory.
    bool setMode(const QString& name, unsigned mode) const;

    // Removed too when the export is not committed.
    void removeOnFailure(const QString& path) { m_removeOnFailure.append(path); }

    // Makes every file durable (syncfs on the staging directory's file system, fsync of the directory),
    // renames the staging directory to the output directory and syncs the parent directory.
    ExportResult<void> publish();
    // The export is recorded: nothing is removed any more.
    void commit() { m_committed = true; }

    // Time spent in publish() making the files durable (ms), for the benchmarks.
    double syncMs() const { return m_syncMs; }

private:
    ExportDirectory() = default;
    ExportError ioError(const QString& what, int err) const;

    QString m_target;
    QString m_staging;
    QString m_parent;
    int m_dirFd = -1;
    bool m_targetExisted = false;
    bool m_published = false;
    bool m_committed = false;
    double m_syncMs = 0;
    QStringList m_removeOnFailure;
    std::mutex m_createMutex; // writeFile(): one file creation at a time
};

// Writes whole files into an export on background threads, so that creating thousands of small files
// overlaps with building their content (and, on a busy file system, file creations overlap each other).
// Bounded: submit() waits while `capacity` files are queued, so memory does not grow with the export.
class BackgroundWriter
{
public:
    explicit BackgroundWriter(ExportDirectory& dir, int threads = 2, int capacity = 128);
    ~BackgroundWriter(); // drops what is queued (an export that did not finish) and stops the thread
    BackgroundWriter(const BackgroundWriter&) = delete;
    BackgroundWriter& operator=(const BackgroundWriter&) = delete;

    // Queues a file; false once a write has failed (finish() says why).
    bool submit(const QString& name, QByteArray bytes);
    // Waits for every queued file: the written files in order of submission, or the first error.
    ExportResult<QList<WrittenFile>> finish();

private:
    void run();

    ExportDirectory& m_dir;
    const int m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    struct Job
    {
        qsizetype index;
        QString name;
        QByteArray bytes;
    };
    std::deque<Job> m_queue;
    qsizetype m_submitted = 0;
    QList<WrittenFile> m_written; // by submission
    std::optional<ExportError> m_error;
    bool m_closing = false;
    std::vector<std::thread> m_threads;
};

} // namespace tps::db::exports
