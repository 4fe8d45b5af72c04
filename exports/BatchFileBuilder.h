// The files of a DPS batch built on a second thread: the calling thread reads the database and records
// the batch rows, and hands each exported device over (in chunks, through a bounded queue, so memory stays
// flat); this thread builds the enrollment JSON, the CSV row and the az command, streams enrollments.csv
// and enroll.sh, and passes every full bulk operation to a BackgroundWriter.
#pragma once

#include "exports/EnrollmentWriter.h"
#include "exports/ExportDirectory.h"
#include "exports/ManifestSigner.h"

#include <QJsonArray>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace tps::db::exports {

// One exported device: the values the files need (registration ID already derived, EK as stored).
struct BatchDevice
{
    QByteArray serial;
    QByteArray firmware;
    QByteArray ek;
    QByteArray registrationId;
    bool simulated = false;
};

class BatchFileBuilder
{
public:
    struct Output
    {
        QList<WrittenFile> operations; // bulk-0001.json, ... in order
        QList<int> operationSizes;     // enrollments per operation
        WrittenFile csv;
        WrittenFile script;
        double jsonMs = 0; // time on the builder thread, for the benchmarks
        double csvScriptMs = 0;
        double filesMs = 0; // waiting for the file writers
    };

    // `csv` and `script` are open, with their headers written.
    BatchFileBuilder(ExportDirectory& dir, const EnrollmentWriter& writer, StreamedFile csv,
                     StreamedFile script);
    ~BatchFileBuilder(); // abandons the work (the export failed)
    BatchFileBuilder(const BatchFileBuilder&) = delete;
    BatchFileBuilder& operator=(const BatchFileBuilder&) = delete;

    // Hands over a chunk of devices (waits while the queue is full); false once building has failed.
    bool push(QList<BatchDevice>&& chunk);
    // Builds what is left, closes the files and waits for the writers.
    ExportResult<Output> finish();

    static QString operationFileName(int n);

private:
    void run();
    std::optional<ExportError> build(const QList<BatchDevice>& chunk);
    std::optional<ExportError> complete();

    const EnrollmentWriter& m_writer;
    StreamedFile m_csv;
    StreamedFile m_script;
    BackgroundWriter m_files;
    Output m_output;
    QByteArray m_operation;
    int m_inOperation = 0;
    EnrollmentFields m_fields;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<BatchDevice>> m_queue;
    std::optional<ExportError> m_error;
    bool m_closing = false;
    bool m_abandon = false;
    std::thread m_thread;
};

// (Defined in DpsBatchExporter.cpp.) The batch's enrollments.csv and enroll.sh, opened in `outDir` with their
// headers written (`note`: extra comment lines for the script). Shared by the DPS batch after QA and the
// batch prepared from a lot.
ExportResult<std::pair<StreamedFile, StreamedFile>>
openBatchFiles(ExportDirectory& outDir, const QString& name, const QString& uuid, const QByteArray& note);
// The manifest's "files" of a built batch (the bulk files, then the CSV and the script).
QJsonArray batchManifestFiles(const BatchFileBuilder::Output& built, qint64 enrollments);
// Writes the batch's manifest (format tps-dps-batch/1; `batchExtra` added to its "batch" object) and its
// signature; fills result.manifestSha256 and result.files.
ExportResult<void> signBatchManifest(Database& db, const SigningIdentity& identity, ExportDirectory& outDir,
                                     const timeline::Actor& actor, const QString& createdUtc,
                                     const QJsonObject& batchExtra, const QJsonArray& files,
                                     DpsBatchResult& result);

} // namespace tps::db::exports
