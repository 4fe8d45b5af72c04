#include "exports/DpsBatchExporter.h"

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
                     {QStringLiteral("softwareVersion"), QStringLiteral(STATION_VERSION)}}},
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

ExportResult<DpsBatchResult> exportDpsBatch(Database& db, const DpsBatchOptions& options)
{
    if (options.production && options.allowSimulated)
        return fail(ExportError{ExportErrc::SimulatedRefused,
                                Tr::tr("Simulated devices are never exported from a production profile.")});
    if (options.outDir.isEmpty())
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("No output directory given.")});
    QDir out(options.outDir);
    if (out.exists() && !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(ExportError{ExportErrc::Invalid,
                                Tr::tr("The output directory %1 is not empty.").arg(options.outDir)});
    if (options.name.size() > 128 || options.name.contains(QLatin1Char('\n')) ||
        options.name.contains(QLatin1Char('\r')))
        return fail(
            ExportError{ExportErrc::Invalid, Tr::tr("A batch name is one line of at most 128 characters.")});

    PhaseClock clock;
    DpsExportTimings t;
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(storage(tx.error()));

    // Which product, and how many simulated devices stay out (the rule the GUI's preview shares).
    auto counted = countDpsCandidates(db, options.allowSimulated, options.reexport, options.product);
    if (!counted)
        return fail(storage(counted.error()));
    const QStringList found = counted->products.keys();
    const qint64 candidates = counted->total();
    DpsBatchResult result;
    result.simulatedLeftOut = counted->simulatedLeftOut;
    if (found.isEmpty()) {
        QString message = Tr::tr("No device that passed QA is waiting for a batch.");
        if (result.simulatedLeftOut > 0)
            message +=
                QLatin1Char(' ') + Tr::tr("%n simulated device(s) left out: simulated devices go into a "
                                          "batch only with --allow-simulated on a non-production profile.",
                                          nullptr, static_cast<int>(result.simulatedLeftOut));
        return fail(ExportError{
            result.simulatedLeftOut > 0 ? ExportErrc::SimulatedRefused : ExportErrc::NoDevices, message});
    }
    if (found.size() > 1)
        return fail(
            ExportError{ExportErrc::Invalid,
                        Tr::tr("Devices of several products are waiting (%1): choose one with --product.")
                            .arg(found.join(QStringLiteral(", ")))});
    result.product = found.first();
    result.uuid = newUuid();
    const QString createdUtc = utcNow();
    const QByteArray createdUtf8 = createdUtc.toUtf8();
    result.name =
        options.name.isEmpty()
            ? QStringLiteral("batch-") + createdUtc.left(19).remove(QLatin1Char(':')).remove(QLatin1Char('-'))
            : options.name;

    // Everything is written into a staging directory, published (renamed into place) at the end.
    auto dir = ExportDirectory::create(options.outDir);
    if (!dir)
        return fail(dir.error());
    ExportDirectory& outDir = **dir;

    auto batchInsert =
        db.prepare("INSERT INTO batches(uuid, name, creator_id, creator_name, created_utc, product, "
                   "simulated, devices, operations, manifest_sha256) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 0, '')");
    if (!batchInsert)
        return fail(storage(batchInsert.error()));
    batchInsert->bind(1, result.uuid)
        .bind(2, result.name)
        .bind(3, options.actor.id)
        .bind(4, options.actor.name)
        .bind(5, createdUtc)
        .bind(6, result.product);
    if (auto r = batchInsert->exec(); !r)
        return fail(storage(r.error()));
    const qint64 batchId = db.lastInsertId();

    auto files = openBatchFiles(
        outDir, result.name, result.uuid,
        options.allowSimulated ? "# SIMULATED DEVICES MAY BE INCLUDED (marked 'simulated' in the tags): NOT "
                                 "FOR PRODUCTION.\n"
                               : QByteArray());
    if (!files)
        return fail(files.error());
    auto& [csvFile, shFile] = *files;

    auto members = BatchMembers::create(db, batchId, createdUtf8);
    const QByteArray selectSql = QByteArray(kSelect) + dpsEligibleFilter() + " ORDER BY d.id";
    auto select = db.prepare(selectSql.constData());
    if (!members || !select)
        return fail(storage(!members ? members.error() : select.error()));
    select->bind(1, options.allowSimulated ? 1 : 0).bind(2, options.reexport ? 1 : 0).bind(3, result.product);

    // This thread reads the database and records the batch rows; the files are built on a second
    // thread and the bulk files created on two more (BatchFileBuilder, BackgroundWriter).
    const EnrollmentWriter writer(options.profile, result.name, result.product);
    EkIdentity identities;
    QByteArray lastFirmwareStored;
    QByteArray lastFirmware;
    constexpr qsizetype kChunk = 64;
    QList<BatchDevice> chunk;
    chunk.reserve(kChunk);
    std::optional<BatchFileBuilder> builder(std::in_place, outDir, writer, std::move(csvFile),
                                            std::move(shFile));

    clock.lap(t.manifest); // the set-up
    for (;;) {
        auto row = select->step();
        if (!row)
            return fail(storage(row.error()));
        if (!*row)
            break;
        const qint64 deviceId = select->int64(0);
        BatchDevice d;
        d.serial = utf8Column(*select, 1);
        d.simulated = select->int64(3) != 0;
        int ekSize = 0;
        const auto* ekData = reinterpret_cast<const char*>(select->rawBlob(4, &ekSize));
        d.ek = QByteArray(ekData, ekSize);
        const QByteArray firmwareStored = utf8Column(*select, 5);
        if (firmwareStored != lastFirmwareStored) {
            lastFirmwareStored = firmwareStored;
            lastFirmware = measurementText(QString::fromUtf8(firmwareStored)).toUtf8();
        }
        d.firmware = lastFirmware;
        clock.lap(t.query);
        if (d.ek.isEmpty()) {
            result.skipped.append({QString::fromUtf8(d.serial), Tr::tr("no EK recorded by step 2")});
            continue;
        }
        if (const dps::DpsReadiness ready = dps::dpsReadiness(d.ek); !ready.ready) {
            result.skipped.append({QString::fromUtf8(d.serial), ready.reason});
            continue;
        }
        d.registrationId = identities.registrationId(d.ek);
        clock.lap(t.identity);

        const int operation = int(result.devices / kMaxEnrollmentsPerOperation) + 1; // its bulk file
        if (auto r = members->add(deviceId, d.registrationId, operation); !r)
            return fail(storage(r.error()));
        ++result.devices;
        if (d.simulated)
            result.simulated = true;
        chunk.append(std::move(d));
        clock.lap(t.batchRows);
        if (chunk.size() == kChunk) {
            if (!builder->push(std::exchange(chunk, {})))
                break; // building failed: finish() below says why
            chunk.reserve(kChunk);
            clock.lap(t.files);
        }
        if (options.progress)
            options.progress(result.devices, candidates);
    }
    if (auto r = members->flush(); !r)
        return fail(storage(r.error()));
    clock.lap(t.batchRows);
    if (!chunk.isEmpty())
        builder->push(std::exchange(chunk, {}));
    auto built = builder->finish();
    builder.reset();
    clock.lap(t.files);
    if (!built)
        return fail(built.error());
    t.json = built->jsonMs;
    t.csvScript = built->csvScriptMs;
    outDir.setMode(QStringLiteral("enroll.sh"), 0750);
    clock.lap(t.files);
    if (result.devices == 0)
        return fail(ExportError{ExportErrc::NoDevices,
                                Tr::tr("No device of the batch can be enrolled in DPS (%n left out).",
                                       nullptr, static_cast<int>(result.skipped.size()))});
    result.operations = int(built->operations.size());
    const QJsonArray manifestFiles = batchManifestFiles(*built, result.devices);

    // The signing identity (created, and audited, on the first export).
    AuditTrail audit(db);
    auto identity = exportSigningIdentity(db, audit, options.actor, outDir);
    if (!identity)
        return fail(identity.error());
    result.certificateFingerprint = identity->fingerprint;

    if (auto signedManifest =
            signBatchManifest(db, *identity, outDir, options.actor, createdUtc,
                              {{QStringLiteral("reexport"), options.reexport}}, manifestFiles, result);
        !signedManifest)
        return fail(signedManifest.error());

    auto finish = db.prepare("UPDATE batches SET simulated = ?2, devices = ?3, operations = ?4, "
                             "manifest_sha256 = ?5 WHERE id = ?1");
    if (!finish)
        return fail(storage(finish.error()));
    finish->bind(1, batchId)
        .bind(2, result.simulated ? 1 : 0)
        .bind(3, result.devices)
        .bind(4, result.operations)
        .bind(5, result.manifestSha256);
    if (auto r = finish->exec(); !r)
        return fail(storage(r.error()));
    AuditEntry e;
    e.action = QStringLiteral("export");
    e.object = QStringLiteral("batch:") + result.uuid;
    e.field = QStringLiteral("dps-enrollment-batch");
    e.newValue =
        QStringLiteral("name=%1 product=%2 devices=%3 operations=%4 simulated=%5 manifest_sha256=%6")
            .arg(result.name, result.product)
            .arg(result.devices)
            .arg(result.operations)
            .arg(result.simulated ? QStringLiteral("true") : QStringLiteral("false"), result.manifestSha256);
    e.reason = options.reexport ? QStringLiteral("DPS enrollment batch (re-export)")
                                : QStringLiteral("DPS enrollment batch");
    clock.lap(t.manifest);
    if (auto r = finishExport(**tx, audit, options.actor, e, outDir); !r)
        return fail(r.error());
    clock.lap(t.commit);
    t.sync = outDir.syncMs();
    t.commit -= t.sync;
    t.total = clock.totalMs();
    result.timings = t;
    return result;
}

} // namespace tps::db::exports
