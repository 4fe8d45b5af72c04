// A DPS enrollment batch for offline factories (docs/FORMATS.md "DPS enrollment batch"): the devices that
// passed QA (step 5) and are in no batch yet, streamed into bulk-NNNN.json (DPS bulk enrollment
// operations, at most 10 each), enrollments.csv, enroll.sh and a manifest signed with CMS. The batch and
// its devices are recorded (batches, batch_devices) and audited in one transaction.
#pragma once

#include "core/timeline/RunStore.h"
#include "db/Database.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace tps::db::exports {

// At most this many enrollments per bulk operation (DPS service limit).
inline constexpr int kMaxEnrollmentsPerOperation = 10;

// The product profile's "dps" section.
struct DpsProfile
{
    QString deviceIdPattern = QStringLiteral("{serial}"); // {serial}, {registrationId}
    QString iotHubHostName;
    QStringList iotHubs;
    QString allocationPolicy; // hashed | geoLatency | static | custom (empty: the service default)
    QString provisioningStatus = QStringLiteral("enabled");
    bool iotEdge = false;

    // Parses and checks the section; the error is translated.
    static Result<DpsProfile, QString> fromJson(const QJsonObject& section);
};

enum class ExportErrc {
    Invalid,          // bad options (output directory not empty, bad name, ...)
    NoDevices,        // nothing to export
    SimulatedRefused, // simulated devices asked for on a production profile
    Io,               // a file could not be written
    Storage,          // the database refused
    Crypto,           // signing failed
};

struct ExportError
{
    ExportErrc code = ExportErrc::Invalid;
    QString message; // translated
};

template <typename T>
using ExportResult = Result<T, ExportError>;

struct DpsBatchOptions
{
    QString outDir;
    QString name;    // empty: batch-<UTC time>
    QString product; // empty: the one product with eligible devices
    bool allowSimulated = false;
    bool reexport = false;   // include devices already in a batch
    bool production = false; // the profile is a production profile: simulated devices are never allowed
    DpsProfile profile;
    timeline::Actor actor;
    // Optional: called on the exporting thread after each device written, with the devices written so far
    // and the number eligible. Keep it cheap (callers throttle what they show). Unset: no calls.
    std::function<void(qint64 done, qint64 total)> progress;
};

struct SkippedDevice
{
    QString serial;
    QString reason; // translated
};

// Where the time of an export went (benchmarks, docs/BENCHMARKS.md), in milliseconds of wall time. The
// database thread reads the devices and records the batch rows while a second thread builds the files
// (json, csvScript) and two more create the bulk files, so the phases overlap; `files` is the time the
// database thread waited for them.
struct DpsExportTimings
{
    double query = 0;     // database thread: stepping the SELECT of the eligible devices
    double identity = 0;  // database thread: EK -> registration ID
    double json = 0;      // builder thread: endorsementKey (base64) and enrollment JSON
    double csvScript = 0; // builder thread: CSV rows and az commands, written in 1 MiB blocks
    double batchRows = 0; // database thread: batch_devices inserts
    double files = 0;     // database thread: waiting for the builder and the bulk-file writers
    double sync = 0;      // syncfs + fsync before the directory is renamed into place
    double manifest = 0;  // set-up, manifest, CMS signature, audit events
    double commit = 0;    // rename into place and database commit
    double total = 0;
};

struct DpsBatchResult
{
    QString uuid;
    QString name;
    QString product;
    bool simulated = false;
    qint64 devices = 0;
    int operations = 0;
    QList<SkippedDevice> skipped; // devices that passed QA but cannot be enrolled (e.g. an ECC EK)
    qint64 simulatedLeftOut = 0;  // simulated devices not exported (no --allow-simulated)
    QStringList files;            // names in the output directory, as listed in the manifest
    QString manifestSha256;
    QString certificateFingerprint;
    DpsExportTimings timings;
};

// Writes the batch into a staging directory next to options.outDir, makes it durable and renames it into
// place before the database commit (docs/FORMATS.md "Export directories"). Nothing is recorded (and
// nothing is left in the output directory) when it fails.
ExportResult<DpsBatchResult> exportDpsBatch(Database& db, const DpsBatchOptions& options);

// A POSIX-shell single-quoted word.
QString shellQuote(const QString& value);
// Whether `id` is a valid IoT Hub device ID (DESIGN §3.1).
bool validDeviceId(const QString& id);

} // namespace tps::db::exports
