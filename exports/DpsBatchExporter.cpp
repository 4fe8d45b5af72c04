#include "exports/DpsBatchExporter.h"

#include "core/common/Version.h"
#include "core/dps/RegistrationId.h"
#include "db/AuditTrail.h"
#include "exports/BatchFileBuilder.h"
#include "exports/BatchMembers.h"
#include "exports/CsvWriter.h"
#include "exports/DpsCandidates.h"
#include "exports/EnrollmentWriter.h"
#include "exports/ExportCommit.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <memory>
#include <optional>

namespace tps::db::exports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DpsBatchExporter)
};

ExportError storage(const DbError& e)
{
    return ExportError{ExportErrc::Storage, e.message};
}

constexpr const char* kSelect =
    "SELECT d.id, d.serial, d.product, d.simulated, "
    "(SELECT a.data FROM artifacts a JOIN step_results s ON a.step_result_id = s.id WHERE s.device_id = d.id "
    " AND s.step = 2 AND s.kind = 'run' AND s.outcome = 'pass' AND a.name = 'ek.pub' "
    " ORDER BY s.attempt DESC LIMIT 1), "
    "(SELECT m.value FROM measurements m JOIN step_results s ON m.step_result_id = s.id WHERE s.device_id = "
    "d.id "
    " AND s.step = 4 AND s.kind = 'run' AND s.outcome = 'pass' AND m.name = 'firmware.version' "
    " ORDER BY s.attempt DESC LIMIT 1)";

// Measurement values are stored as a one-element JSON array.
QString measurementText(const QString& stored)
{
    const QJsonArray arr = QJsonDocument::fromJson(stored.toUtf8()).array();
    if (arr.isEmpty())
        return {};
    const QJsonValue v = arr.first();
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : QString();
}

// A text column as UTF-8 bytes, normalised as QString would (invalid sequences replaced) unless ASCII.
QByteArray utf8Column(const Statement& stmt, int column)
{
    int size = 0;
    const char* text = stmt.rawText(column, &size);
    if (!text)
        return {};
    for (int i = 0; i < size; ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0x80)
            return QString::fromUtf8(text, size).toUtf8();
    }
    return QByteArray(text, size);
}

// Adds the time since the previous lap to a phase of DpsExportTimings.
class PhaseClock
{
public:
    PhaseClock() { m_timer.start(); }
    void lap(double& phase)
    {
        const qint64 now = m_timer.nsecsElapsed();
        phase += double(now - m_last) / 1e6;
        m_last = now;
    }
    double totalMs() const { return double(m_timer.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_timer;
    qint64 m_last = 0;
};

const QStringList kCsvColumns = {QStringLiteral("registration_id"), QStringLiteral("device_id"),
                                 QStringLiteral("endorsement_key"), QStringLiteral("serial"),
                                 QStringLiteral("product"),         QStringLiteral("firmware_version"),
                                 QStringLiteral("batch"),           QStringLiteral("simulated")};

} // namespace

Result<DpsProfile, QString> DpsProfile::fromJson(const QJsonObject& section)
{
    DpsProfile p;
    p.deviceIdPattern = section.value(QStringLiteral("deviceId")).toString(p.deviceIdPattern);
    p.iotHubHostName = section.value(QStringLiteral("iotHubHostName")).toString();
    for (const QJsonValue& v : section.value(QStringLiteral("iotHubs")).toArray())
        p.iotHubs.append(v.toString());
    p.allocationPolicy = section.value(QStringLiteral("allocationPolicy")).toString();
    p.provisioningStatus = section.value(QStringLiteral("provisioningStatus")).toString(p.provisioningStatus);
    p.iotEdge = section.value(QStringLiteral("iotEdge")).toBool(false);
    static const QStringList policies = {QStringLiteral("hashed"), QStringLiteral("geoLatency"),
                                         QStringLiteral("static"), QStringLiteral("custom")};
    if (!p.allocationPolicy.isEmpty() && !policies.contains(p.allocationPolicy))
        return fail(
            Tr::tr("dps.allocationPolicy must be one of hashed, geoLatency, static, custom (not '%1').")
                .arg(p.allocationPolicy));
    if (p.provisioningStatus != QLatin1String("enabled") && p.provisioningStatus != QLatin1String("disabled"))
        return fail(Tr::tr("dps.provisioningStatus must be enabled or disabled (not '%1').")
                        .arg(p.provisioningStatus));
    if (!p.deviceIdPattern.isEmpty() && !p.deviceIdPattern.contains(QLatin1String("{serial}")) &&
        !p.deviceIdPattern.contains(QLatin1String("{registrationId}")))
        return fail(Tr::tr("dps.deviceId must contain {serial} or {registrationId}."));
    return p;
}

QString shellQuote(const QString& value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool validDeviceId(const QString& id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    static const QString extra = QStringLiteral("-.%_*?!(),:=@$'");
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

ExportResult<std::pair<StreamedFile, StreamedFile>>
openBatchFiles(ExportDirectory& outDir, const QString& name, const QString& uuid, const QByteArray& note)
{
    auto csvFile = outDir.open(QStringLiteral("enrollments.csv"));
    if (!csvFile)
        return fail(csvFile.error());
    auto shFile = outDir.open(QStringLiteral("enroll.sh"));
    if (!shFile)
        return fail(shFile.error());
    csvFile->write(csvRow(kCsvColumns));
    QByteArray header = "#!/bin/sh\n"
                        "# DPS individual enrollments of batch " +
                        shellQuote(name).toUtf8() + " (" + uuid.toUtf8() +
                        "), written by the TPM Provisioning Station.\n"
                        "# Set DPS_NAME and RESOURCE_GROUP, log in with 'az login', then run this script.\n";
    header += note;
    header += "set -eu\n"
              ": \"${DPS_NAME:?set DPS_NAME to the Device Provisioning Service name}\"\n"
              ": \"${RESOURCE_GROUP:?set RESOURCE_GROUP to its resource group}\"\n";
    shFile->write(header);
    return std::make_pair(std::move(*csvFile), std::move(*shFile));
}

QJsonArray batchManifestFiles(const BatchFileBuilder::Output& built, qint64 enrollments)
{
    QJsonArray files;
    for (qsizetype i = 0; i < built.operations.size(); ++i) {
        const WrittenFile& w = built.operations.at(i);
        files.append(QJsonObject{{QStringLiteral("name"), w.name},
                                 {QStringLiteral("sha256"), w.sha256},
                                 {QStringLiteral("size"), w.size},
                                 {QStringLiteral("enrollments"), built.operationSizes.at(i)}});
    }
    for (const WrittenFile& w : {built.csv, built.script})
        files.append(QJsonObject{{QStringLiteral("name"), w.name},
                                 {QStringLiteral("sha256"), w.sha256},
                                 {QStringLiteral("size"), w.size},
                                 {QStringLiteral("enrollments"), enrollments}});
    return files;
}

ExportResult<void> signBatchManifest(Database& db, const SigningIdentity& identity, ExportDirectory& outDir,
                                     const timeline::Actor& actor, const QString& createdUtc,
                                     const QJsonObject& batchExtra, const QJsonArray& files,
                                     DpsBatchResult& result)
{
    QJsonArray skipped;
    for (const SkippedDevice& s : std::as_const(result.skipped))
        skipped.append(
            QJsonObject{{QStringLiteral("serial"), s.serial}, {QStringLiteral("reason"), s.reason}});
    QJsonObject batch{{QStringLiteral("uuid"), result.uuid},
                      {QStringLiteral("name"), result.name},
                      {QStringLiteral("product"), result.product},
                      {QStringLiteral("simulated"), result.simulated}};
    for (auto it = batchExtra.begin(); it != batchExtra.end(); ++it)
        batch.insert(it.key(), *it);
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("tps-dps-batch/1")},
        {QStringLiteral("batch"), batch},
        {QStringLiteral("station"),
         QJsonObject{{QStringLiteral("id"), db.stationId()},
                     {QStringLiteral("softwareVersion"), version::softwareVersion()}}},
        {QStringLiteral("operator"),
         QJsonObject{{QStringLiteral("id"), actor.id}, {QStringLiteral("name"), actor.name}}},
        {QStringLiteral("createdUtc"), createdUtc},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("devices"), result.devices},
                                               {QStringLiteral("operations"), result.operations},
                                               {QStringLiteral("skipped"), skipped.size()}}},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("signingCertificateSha256"), identity.fingerprint},
        {QStringLiteral("files"), files}};
    auto manifestSha = signManifest(identity, outDir, manifest);
    if (!manifestSha)
        return fail(manifestSha.error());
    result.manifestSha256 = *manifestSha;
    for (const QJsonValue& file : files)
        result.files.append(file.toObject().value(QStringLiteral("name")).toString());
    return {};
}

namespace {

using Step = ExportResult<void>;

// One DPS batch export, in phases: check the request, choose the product (in one transaction), create
// the batch row and the staging directory, open the CSV and script, stream the eligible devices to the
// file builder while recording the batch's members, finish the files, sign the manifest, record the
// batch and commit.
class DpsBatchExport
{
public:
    DpsBatchExport(Database& db, const DpsBatchOptions& options) : m_db(db), m_options(options), m_audit(db)
    {}

    ExportResult<DpsBatchResult> run()
    {
        for (auto phase :
             {&DpsBatchExport::checkRequest, &DpsBatchExport::chooseProduct, &DpsBatchExport::createBatch,
              &DpsBatchExport::openFiles, &DpsBatchExport::addDevices, &DpsBatchExport::finishFiles,
              &DpsBatchExport::signBatch, &DpsBatchExport::record}) {
            if (auto done = (this->*phase)(); !done)
                return fail(done.error());
        }
        return m_result;
    }

private:
    Step checkRequest();
    Step chooseProduct();
    Step createBatch();
    Step openFiles();
    Step addDevices();
    std::optional<BatchDevice> readDevice();
    Step finishFiles();
    Step signBatch();
    Step record();

    Database& m_db;
    const DpsBatchOptions& m_options;
    AuditTrail m_audit;
    std::optional<PhaseClock> m_clock;
    DpsExportTimings m_t;
    std::unique_ptr<Transaction> m_tx;
    qint64 m_candidates = 0;
    DpsBatchResult m_result;
    QString m_createdUtc;
    std::unique_ptr<ExportDirectory> m_outDir;
    qint64 m_batchId = 0;
    std::optional<BatchMembers> m_members;
    Statement m_select;
    std::optional<EnrollmentWriter> m_writer;
    EkIdentity m_identities;
    QByteArray m_lastFirmwareStored;
    QByteArray m_lastFirmware;
    std::optional<BatchFileBuilder> m_builder;
    QJsonArray m_manifestFiles;
};

Step DpsBatchExport::checkRequest()
{
    if (m_options.production && m_options.allowSimulated)
        return fail(ExportError{ExportErrc::SimulatedRefused,
                                Tr::tr("Simulated devices are never exported from a production profile.")});
    if (m_options.outDir.isEmpty())
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("No output directory given.")});
    QDir out(m_options.outDir);
    if (out.exists() && !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(ExportError{ExportErrc::Invalid,
                                Tr::tr("The output directory %1 is not empty.").arg(m_options.outDir)});
    if (m_options.name.size() > 128 || m_options.name.contains(QLatin1Char('\n')) ||
        m_options.name.contains(QLatin1Char('\r')))
        return fail(
            ExportError{ExportErrc::Invalid, Tr::tr("A batch name is one line of at most 128 characters.")});
    return {};
}

// Which product, and how many simulated devices stay out (the rule the GUI's preview shares).
Step DpsBatchExport::chooseProduct()
{
    m_clock.emplace();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(storage(tx.error()));
    m_tx = std::move(*tx);
    auto counted = countDpsCandidates(m_db, m_options.allowSimulated, m_options.reexport, m_options.product);
    if (!counted)
        return fail(storage(counted.error()));
    const QStringList found = counted->products.keys();
    m_candidates = counted->total();
    m_result.simulatedLeftOut = counted->simulatedLeftOut;
    if (found.isEmpty()) {
        QString message = Tr::tr("No device that passed QA is waiting for a batch.");
        if (m_result.simulatedLeftOut > 0)
            message +=
                QLatin1Char(' ') + Tr::tr("%n simulated device(s) left out: simulated devices go into a "
                                          "batch only with --allow-simulated on a non-production profile.",
                                          nullptr, static_cast<int>(m_result.simulatedLeftOut));
        return fail(ExportError{
            m_result.simulatedLeftOut > 0 ? ExportErrc::SimulatedRefused : ExportErrc::NoDevices, message});
    }
    if (found.size() > 1)
        return fail(
            ExportError{ExportErrc::Invalid,
                        Tr::tr("Devices of several products are waiting (%1): choose one with --product.")
                            .arg(found.join(QStringLiteral(", ")))});
    m_result.product = found.first();
    m_result.uuid = newUuid();
    m_createdUtc = utcNow();
    m_result.name = m_options.name.isEmpty()
                        ? QStringLiteral("batch-") +
                              m_createdUtc.left(19).remove(QLatin1Char(':')).remove(QLatin1Char('-'))
                        : m_options.name;
    return {};
}

// Everything is written into a staging directory, published (renamed into place) at the end.
Step DpsBatchExport::createBatch()
{
    auto dir = ExportDirectory::create(m_options.outDir);
    if (!dir)
        return fail(dir.error());
    m_outDir = std::move(*dir);
    auto batchInsert =
        m_db.prepare("INSERT INTO batches(uuid, name, creator_id, creator_name, created_utc, product, "
                     "simulated, devices, operations, manifest_sha256) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 0, '')");
    if (!batchInsert)
        return fail(storage(batchInsert.error()));
    batchInsert->bind(1, m_result.uuid)
        .bind(2, m_result.name)
        .bind(3, m_options.actor.id)
        .bind(4, m_options.actor.name)
        .bind(5, m_createdUtc)
        .bind(6, m_result.product);
    if (auto r = batchInsert->exec(); !r)
        return fail(storage(r.error()));
    m_batchId = m_db.lastInsertId();
    return {};
}

// The CSV and the az script, the selection of the eligible devices, and the file builder. This thread
// reads the database and records the batch rows; the files are built on a second thread and the bulk
// files created on two more (BatchFileBuilder, BackgroundWriter).
Step DpsBatchExport::openFiles()
{
    auto files = openBatchFiles(
        *m_outDir, m_result.name, m_result.uuid,
        m_options.allowSimulated ? "# SIMULATED DEVICES MAY BE INCLUDED (marked 'simulated' in the tags): NOT "
                                   "FOR PRODUCTION.\n"
                                 : QByteArray());
    if (!files)
        return fail(files.error());
    auto& [csvFile, shFile] = *files;
    auto members = BatchMembers::create(m_db, m_batchId, m_createdUtc.toUtf8());
    const QByteArray selectSql = QByteArray(kSelect) + dpsEligibleFilter() + " ORDER BY d.id";
    auto select = m_db.prepare(selectSql.constData());
    if (!members || !select)
        return fail(storage(!members ? members.error() : select.error()));
    m_members.emplace(std::move(*members));
    m_select = std::move(*select);
    m_select.bind(1, m_options.allowSimulated ? 1 : 0)
        .bind(2, m_options.reexport ? 1 : 0)
        .bind(3, m_result.product);
    m_writer.emplace(m_options.profile, m_result.name, m_result.product);
    m_builder.emplace(*m_outDir, *m_writer, std::move(csvFile), std::move(shFile));
    m_clock->lap(m_t.manifest); // the set-up
    return {};
}

// The device of the current row, with its registration ID; std::nullopt when it is left out (skipped).
std::optional<BatchDevice> DpsBatchExport::readDevice()
{
    BatchDevice d;
    d.serial = utf8Column(m_select, 1);
    d.simulated = m_select.int64(3) != 0;
    int ekSize = 0;
    const auto* ekData = reinterpret_cast<const char*>(m_select.rawBlob(4, &ekSize));
    d.ek = QByteArray(ekData, ekSize);
    const QByteArray firmwareStored = utf8Column(m_select, 5);
    if (firmwareStored != m_lastFirmwareStored) {
        m_lastFirmwareStored = firmwareStored;
        m_lastFirmware = measurementText(QString::fromUtf8(firmwareStored)).toUtf8();
    }
    d.firmware = m_lastFirmware;
    m_clock->lap(m_t.query);
    if (d.ek.isEmpty()) {
        m_result.skipped.append({QString::fromUtf8(d.serial), Tr::tr("no EK recorded by step 2")});
        return std::nullopt;
    }
    if (const dps::DpsReadiness ready = dps::dpsReadiness(d.ek); !ready.ready) {
        m_result.skipped.append({QString::fromUtf8(d.serial), ready.reason});
        return std::nullopt;
    }
    d.registrationId = m_identities.registrationId(d.ek);
    m_clock->lap(m_t.identity);
    return d;
}

Step DpsBatchExport::addDevices()
{
    constexpr qsizetype kChunk = 64;
    QList<BatchDevice> chunk;
    chunk.reserve(kChunk);
    for (;;) {
        auto row = m_select.step();
        if (!row)
            return fail(storage(row.error()));
        if (!*row)
            break;
        const qint64 deviceId = m_select.int64(0);
        std::optional<BatchDevice> d = readDevice();
        if (!d)
            continue;
        const int operation = int(m_result.devices / kMaxEnrollmentsPerOperation) + 1; // its bulk file
        if (auto r = m_members->add(deviceId, d->registrationId, operation); !r)
            return fail(storage(r.error()));
        ++m_result.devices;
        if (d->simulated)
            m_result.simulated = true;
        chunk.append(std::move(*d));
        m_clock->lap(m_t.batchRows);
        if (chunk.size() == kChunk) {
            if (!m_builder->push(std::exchange(chunk, {})))
                break; // building failed: finishFiles() says why
            chunk.reserve(kChunk);
            m_clock->lap(m_t.files);
        }
        if (m_options.progress)
            m_options.progress(m_result.devices, m_candidates);
    }
    if (auto r = m_members->flush(); !r)
        return fail(storage(r.error()));
    m_clock->lap(m_t.batchRows);
    if (!chunk.isEmpty())
        m_builder->push(std::exchange(chunk, {}));
    return {};
}

Step DpsBatchExport::finishFiles()
{
    auto built = m_builder->finish();
    m_builder.reset();
    m_clock->lap(m_t.files);
    if (!built)
        return fail(built.error());
    m_t.json = built->jsonMs;
    m_t.csvScript = built->csvScriptMs;
    m_outDir->setMode(QStringLiteral("enroll.sh"), 0750);
    m_clock->lap(m_t.files);
    if (m_result.devices == 0)
        return fail(ExportError{ExportErrc::NoDevices,
                                Tr::tr("No device of the batch can be enrolled in DPS (%n left out).",
                                       nullptr, static_cast<int>(m_result.skipped.size()))});
    m_result.operations = int(built->operations.size());
    m_manifestFiles = batchManifestFiles(*built, m_result.devices);
    return {};
}

// The manifest, signed with the station's export identity (created, and audited, on the first export).
Step DpsBatchExport::signBatch()
{
    auto identity = exportSigningIdentity(m_db, m_audit, m_options.actor, *m_outDir);
    if (!identity)
        return fail(identity.error());
    m_result.certificateFingerprint = identity->fingerprint;
    return signBatchManifest(m_db, *identity, *m_outDir, m_options.actor, m_createdUtc,
                             {{QStringLiteral("reexport"), m_options.reexport}}, m_manifestFiles, m_result);
}

// The batch row completed and the export audited, committed with the publication of the directory.
Step DpsBatchExport::record()
{
    auto finish = m_db.prepare("UPDATE batches SET simulated = ?2, devices = ?3, operations = ?4, "
                               "manifest_sha256 = ?5 WHERE id = ?1");
    if (!finish)
        return fail(storage(finish.error()));
    finish->bind(1, m_batchId)
        .bind(2, m_result.simulated ? 1 : 0)
        .bind(3, m_result.devices)
        .bind(4, m_result.operations)
        .bind(5, m_result.manifestSha256);
    if (auto r = finish->exec(); !r)
        return fail(storage(r.error()));
    AuditEntry e;
    e.action = QStringLiteral("export");
    e.object = QStringLiteral("batch:") + m_result.uuid;
    e.field = QStringLiteral("dps-enrollment-batch");
    e.newValue = QStringLiteral("name=%1 product=%2 devices=%3 operations=%4 simulated=%5 manifest_sha256=%6")
                     .arg(m_result.name, m_result.product)
                     .arg(m_result.devices)
                     .arg(m_result.operations)
                     .arg(m_result.simulated ? QStringLiteral("true") : QStringLiteral("false"),
                          m_result.manifestSha256);
    e.reason = m_options.reexport ? QStringLiteral("DPS enrollment batch (re-export)")
                                  : QStringLiteral("DPS enrollment batch");
    m_clock->lap(m_t.manifest);
    if (auto r = finishExport(*m_tx, m_audit, m_options.actor, e, *m_outDir); !r)
        return fail(r.error());
    m_clock->lap(m_t.commit);
    m_t.sync = m_outDir->syncMs();
    m_t.commit -= m_t.sync;
    m_t.total = m_clock->totalMs();
    m_result.timings = m_t;
    return {};
}

} // namespace

ExportResult<DpsBatchResult> exportDpsBatch(Database& db, const DpsBatchOptions& options)
{
    DpsBatchExport run(db, options);
    return run.run();
}

} // namespace tps::db::exports
