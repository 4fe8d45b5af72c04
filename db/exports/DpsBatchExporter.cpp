#include "DpsBatchExporter.h"

#include "AuditTrail.h"
#include "CsvWriter.h"
#include "ManifestSigner.h"
#include "dps/RegistrationId.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
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

// The filter of devices that may go into a batch: passed QA in their current rework epoch.
// ?1 allow simulated, ?2 re-export, ?3 product ('' = any).
constexpr const char* kEligible =
    " FROM devices d WHERE EXISTS (SELECT 1 FROM step_results s WHERE s.device_id = d.id AND s.step = 5 "
    "AND s.kind = 'run' AND s.outcome = 'pass' AND s.rework_epoch = d.rework_epoch) "
    "AND (?1 = 1 OR d.simulated = 0) "
    "AND (?2 = 1 OR NOT EXISTS (SELECT 1 FROM batch_devices b WHERE b.device_id = d.id)) "
    "AND (?3 = '' OR d.product = ?3)";

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

// A file written in the output directory and hashed as it is written.
class HashedFile
{
public:
    explicit HashedFile(const QString& path) : m_file(path), m_hash(QCryptographicHash::Sha256) {}
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered); }
    // Buffered: written and hashed in blocks of about 1 MiB.
    bool write(const QByteArray& bytes)
    {
        m_pending += bytes;
        m_size += bytes.size();
        return m_pending.size() < kBlock || drain();
    }
    bool drain()
    {
        m_hash.addData(m_pending);
        const bool ok = m_file.write(m_pending) == m_pending.size();
        m_pending.clear();
        return ok;
    }
    bool close()
    {
        const bool ok = drain() && m_file.flush();
        m_file.close();
        return ok && m_file.error() == QFileDevice::NoError;
    }
    QString sha256() const { return QString::fromLatin1(m_hash.result().toHex()); }
    qint64 size() const { return m_size; }
    QString errorString() const { return m_file.errorString(); }

private:
    static constexpr qsizetype kBlock = 1 << 20;
    QFile m_file;
    QByteArray m_pending;
    QCryptographicHash m_hash;
    qint64 m_size = 0;
};

QString operationFileName(int n)
{
    return QStringLiteral("bulk-%1.json").arg(n, 4, 10, QLatin1Char('0'));
}

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

    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(storage(tx.error()));

    // Which product, and how many simulated devices stay out.
    const QByteArray productsSql =
        QByteArray("SELECT d.product, count(*)") + kEligible + " GROUP BY d.product";
    auto products = db.prepare(productsSql.constData());
    if (!products)
        return fail(storage(products.error()));
    products->bind(1, options.allowSimulated ? 1 : 0)
        .bind(2, options.reexport ? 1 : 0)
        .bind(3, options.product);
    QStringList found;
    for (;;) {
        auto row = products->step();
        if (!row)
            return fail(storage(row.error()));
        if (!*row)
            break;
        found.append(products->text(0));
    }
    DpsBatchResult result;
    {
        const QByteArray simSql = QByteArray("SELECT count(*)") + kEligible + " AND d.simulated = 1";
        auto sim = db.prepare(simSql.constData());
        if (!sim)
            return fail(storage(sim.error()));
        sim->bind(1, 1).bind(2, options.reexport ? 1 : 0).bind(3, options.product);
        auto row = sim->step();
        if (!row)
            return fail(storage(row.error()));
        result.simulatedLeftOut = options.allowSimulated ? 0 : sim->int64(0);
    }
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
    result.name =
        options.name.isEmpty()
            ? QStringLiteral("batch-") + createdUtc.left(19).remove(QLatin1Char(':')).remove(QLatin1Char('-'))
            : options.name;

    const bool createdDir = !out.exists();
    if (createdDir && !QDir().mkpath(options.outDir))
        return fail(
            ExportError{ExportErrc::Io, Tr::tr("Cannot create the directory %1.").arg(options.outDir)});

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

    int operationsWritten = 0;
    bool csvOpened = false;
    bool shOpened = false;
    bool identityCreated = false; // a signing identity made by this export goes with it when it fails
    auto cleanup = [&] {
        if (identityCreated) {
            QFile::remove(signingKeyPathFor(db.path()));
            QFile::remove(signingCertPathFor(db.path()));
        }
        for (int i = 1; i <= operationsWritten; ++i)
            out.remove(operationFileName(i));
        if (csvOpened)
            out.remove(QStringLiteral("enrollments.csv"));
        if (shOpened)
            out.remove(QStringLiteral("enroll.sh"));
        out.remove(QStringLiteral("manifest.json"));
        out.remove(QStringLiteral("manifest.json.p7s"));
        out.remove(QStringLiteral("signing-certificate.pem"));
        if (createdDir)
            QDir().rmdir(options.outDir);
    };
    auto ioError = [&](const QString& file, const QString& why) {
        cleanup();
        return ExportError{ExportErrc::Io, Tr::tr("Cannot write %1: %2").arg(out.filePath(file), why)};
    };

    HashedFile csv(out.filePath(QStringLiteral("enrollments.csv")));
    if (!csv.open())
        return fail(ioError(QStringLiteral("enrollments.csv"), csv.errorString()));
    csvOpened = true;
    HashedFile sh(out.filePath(QStringLiteral("enroll.sh")));
    if (!sh.open())
        return fail(ioError(QStringLiteral("enroll.sh"), sh.errorString()));
    shOpened = true;
    csv.write(csvRow(kCsvColumns));
    QByteArray header = "#!/bin/sh\n"
                        "# DPS individual enrollments of batch " +
                        shellQuote(result.name).toUtf8() + " (" + result.uuid.toUtf8() +
                        "), written by the TPM Provisioning Station.\n"
                        "# Set DPS_NAME and RESOURCE_GROUP, log in with 'az login', then run this script.\n";
    if (options.allowSimulated)
        header +=
            "# SIMULATED DEVICES MAY BE INCLUDED (marked 'simulated' in the tags): NOT FOR PRODUCTION.\n";
    header += "set -eu\n"
              ": \"${DPS_NAME:?set DPS_NAME to the Device Provisioning Service name}\"\n"
              ": \"${RESOURCE_GROUP:?set RESOURCE_GROUP to its resource group}\"\n";
    sh.write(header);

    auto member = db.prepare("INSERT INTO batch_devices(batch_id, device_id, registration_id, operation, "
                             "updated_utc) VALUES (?1, ?2, ?3, ?4, ?5)");
    const QByteArray selectSql = QByteArray(kSelect) + kEligible + " ORDER BY d.id";
    auto select = db.prepare(selectSql.constData());
    if (!member || !select) {
        cleanup();
        return fail(storage(!member ? member.error() : select.error()));
    }
    select->bind(1, options.allowSimulated ? 1 : 0).bind(2, options.reexport ? 1 : 0).bind(3, result.product);

    QJsonArray manifestFiles;
    QJsonArray pending;
    auto flushOperation = [&]() -> bool {
        if (pending.isEmpty())
            return true;
        ++operationsWritten;
        const QString name = operationFileName(operationsWritten);
        HashedFile f(out.filePath(name));
        const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("mode"), QStringLiteral("create")},
                                                           {QStringLiteral("enrollments"), pending}})
                                     .toJson(QJsonDocument::Indented);
        if (!f.open() || !f.write(bytes) || !f.close())
            return false;
        manifestFiles.append(QJsonObject{{QStringLiteral("name"), name},
                                         {QStringLiteral("sha256"), f.sha256()},
                                         {QStringLiteral("size"), f.size()},
                                         {QStringLiteral("enrollments"), pending.size()}});
        pending = QJsonArray();
        return true;
    };

    for (;;) {
        auto row = select->step();
        if (!row) {
            cleanup();
            return fail(storage(row.error()));
        }
        if (!*row)
            break;
        const qint64 deviceId = select->int64(0);
        const QString serial = select->text(1);
        const bool simulated = select->int64(3) != 0;
        const QByteArray ek = select->blob(4);
        const QString firmware = measurementText(select->text(5));
        if (ek.isEmpty()) {
            result.skipped.append({serial, Tr::tr("no EK recorded by step 2")});
            continue;
        }
        if (const dps::DpsReadiness ready = dps::dpsReadiness(ek); !ready.ready) {
            result.skipped.append({serial, ready.reason});
            continue;
        }
        const QString registrationId = dps::registrationIdFromEk(ek);
        const QString endorsementKey = dps::endorsementKeyFromEk(ek);
        QString deviceIdText;
        if (!options.profile.deviceIdPattern.isEmpty()) {
            deviceIdText = options.profile.deviceIdPattern;
            deviceIdText.replace(QLatin1String("{serial}"), serial)
                .replace(QLatin1String("{registrationId}"), registrationId);
            if (!validDeviceId(deviceIdText))
                deviceIdText.clear(); // DPS then uses the registration ID as the device ID
        }

        QJsonObject tags{{QStringLiteral("serial"), serial},
                         {QStringLiteral("batch"), result.name},
                         {QStringLiteral("firmwareVersion"), firmware},
                         {QStringLiteral("product"), result.product}};
        if (simulated)
            tags.insert(QStringLiteral("simulated"), true);
        QJsonObject enrollment{
            {QStringLiteral("registrationId"), registrationId},
            {QStringLiteral("attestation"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("tpm")},
                 {QStringLiteral("tpm"), QJsonObject{{QStringLiteral("endorsementKey"), endorsementKey}}}}},
            {QStringLiteral("initialTwin"),
             QJsonObject{
                 {QStringLiteral("tags"), tags},
                 {QStringLiteral("properties"), QJsonObject{{QStringLiteral("desired"), QJsonObject{}}}}}},
            {QStringLiteral("provisioningStatus"), options.profile.provisioningStatus},
            {QStringLiteral("capabilities"),
             QJsonObject{{QStringLiteral("iotEdge"), options.profile.iotEdge}}}};
        if (!deviceIdText.isEmpty())
            enrollment.insert(QStringLiteral("deviceId"), deviceIdText);
        if (!options.profile.iotHubHostName.isEmpty())
            enrollment.insert(QStringLiteral("iotHubHostName"), options.profile.iotHubHostName);
        if (!options.profile.iotHubs.isEmpty())
            enrollment.insert(QStringLiteral("iotHubs"), QJsonArray::fromStringList(options.profile.iotHubs));
        if (!options.profile.allocationPolicy.isEmpty())
            enrollment.insert(QStringLiteral("allocationPolicy"), options.profile.allocationPolicy);
        pending.append(enrollment);

        const bool ok =
            csv.write(csvRow({registrationId, deviceIdText, endorsementKey, serial, result.product, firmware,
                              result.name, simulated ? QStringLiteral("true") : QStringLiteral("false")}));
        QByteArray command = "az iot dps enrollment create --dps-name \"$DPS_NAME\" --resource-group "
                             "\"$RESOURCE_GROUP\" --enrollment-id " +
                             shellQuote(registrationId).toUtf8() +
                             " --attestation-type tpm --endorsement-key " +
                             shellQuote(endorsementKey).toUtf8();
        if (!deviceIdText.isEmpty())
            command += " --device-id=" + shellQuote(deviceIdText).toUtf8();
        command += " --provisioning-status " + options.profile.provisioningStatus.toUtf8();
        command += options.profile.iotEdge ? " --edge-enabled true" : " --edge-enabled false";
        if (!options.profile.iotHubHostName.isEmpty())
            command += " --iot-hub-host-name=" + shellQuote(options.profile.iotHubHostName).toUtf8();
        if (!options.profile.iotHubs.isEmpty())
            command += " --iot-hubs=" + shellQuote(options.profile.iotHubs.join(QLatin1Char(' '))).toUtf8();
        if (!options.profile.allocationPolicy.isEmpty())
            command += " --allocation-policy " + options.profile.allocationPolicy.toUtf8();
        command +=
            " --initial-twin-tags=" +
            shellQuote(QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact))).toUtf8() + "\n";
        if (!ok || !sh.write(command)) {
            const QString why = csv.errorString();
            return fail(ioError(QStringLiteral("enrollments.csv"), why));
        }

        ++result.devices;
        if (options.progress)
            options.progress(result.devices);
        member->reset();
        member->bind(1, batchId)
            .bind(2, deviceId)
            .bind(3, registrationId)
            .bind(4, operationsWritten + 1)
            .bind(5, createdUtc);
        if (auto r = member->exec(); !r) {
            cleanup();
            return fail(storage(r.error()));
        }
        if (simulated)
            result.simulated = true;
        if (pending.size() == kMaxEnrollmentsPerOperation && !flushOperation())
            return fail(ioError(operationFileName(operationsWritten), QStringLiteral("write failed")));
    }
    if (!flushOperation())
        return fail(ioError(operationFileName(operationsWritten), QStringLiteral("write failed")));
    if (!csv.close() || !sh.close())
        return fail(ioError(QStringLiteral("enrollments.csv"), csv.errorString()));
    QFile::setPermissions(out.filePath(QStringLiteral("enroll.sh")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    if (result.devices == 0) {
        cleanup();
        return fail(ExportError{ExportErrc::NoDevices,
                                Tr::tr("No device of the batch can be enrolled in DPS (%n left out).",
                                       nullptr, static_cast<int>(result.skipped.size()))});
    }
    result.operations = operationsWritten;
    manifestFiles.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("enrollments.csv")},
                                     {QStringLiteral("sha256"), csv.sha256()},
                                     {QStringLiteral("size"), csv.size()},
                                     {QStringLiteral("enrollments"), result.devices}});
    manifestFiles.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("enroll.sh")},
                                     {QStringLiteral("sha256"), sh.sha256()},
                                     {QStringLiteral("size"), sh.size()},
                                     {QStringLiteral("enrollments"), result.devices}});

    // The signing identity (created, and audited, on the first export).
    auto identity = loadOrCreateSigningIdentity(db.path(), db.stationId());
    if (!identity) {
        cleanup();
        return fail(ExportError{ExportErrc::Crypto, identity.error().message.isEmpty()
                                                        ? identity.error().detail
                                                        : identity.error().message});
    }
    result.certificateFingerprint = identity->fingerprint;
    identityCreated = identity->created;
    AuditTrail audit(db);
    if (identity->created) {
        AuditEntry e;
        e.action = QStringLiteral("create");
        e.object = QStringLiteral("export-signing-certificate");
        e.field = QStringLiteral("sha256");
        e.newValue = identity->fingerprint;
        e.reason = QStringLiteral("first signed export");
        if (auto r = audit.append(options.actor, e); !r) {
            cleanup();
            return fail(storage(r.error()));
        }
    }

    QJsonArray skipped;
    for (const SkippedDevice& s : std::as_const(result.skipped))
        skipped.append(
            QJsonObject{{QStringLiteral("serial"), s.serial}, {QStringLiteral("reason"), s.reason}});
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("tps-dps-batch/1")},
        {QStringLiteral("batch"), QJsonObject{{QStringLiteral("uuid"), result.uuid},
                                              {QStringLiteral("name"), result.name},
                                              {QStringLiteral("product"), result.product},
                                              {QStringLiteral("simulated"), result.simulated},
                                              {QStringLiteral("reexport"), options.reexport}}},
        {QStringLiteral("station"),
         QJsonObject{{QStringLiteral("id"), db.stationId()},
                     {QStringLiteral("softwareVersion"), QStringLiteral(STATION_VERSION)}}},
        {QStringLiteral("operator"),
         QJsonObject{{QStringLiteral("id"), options.actor.id}, {QStringLiteral("name"), options.actor.name}}},
        {QStringLiteral("createdUtc"), createdUtc},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("devices"), result.devices},
                                               {QStringLiteral("operations"), result.operations},
                                               {QStringLiteral("skipped"), skipped.size()}}},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("signingCertificateSha256"), identity->fingerprint},
        {QStringLiteral("files"), manifestFiles}};
    auto manifestSha = writeSignedManifest(*identity, options.outDir, manifest);
    if (!manifestSha) {
        cleanup();
        return fail(ExportError{ExportErrc::Crypto, manifestSha.error().message.isEmpty()
                                                        ? manifestSha.error().detail
                                                        : manifestSha.error().message});
    }
    result.manifestSha256 = *manifestSha;
    for (const QJsonValue& f : std::as_const(manifestFiles))
        result.files.append(f.toObject().value(QStringLiteral("name")).toString());

    auto finish = db.prepare("UPDATE batches SET simulated = ?2, devices = ?3, operations = ?4, "
                             "manifest_sha256 = ?5 WHERE id = ?1");
    if (!finish) {
        cleanup();
        return fail(storage(finish.error()));
    }
    finish->bind(1, batchId)
        .bind(2, result.simulated ? 1 : 0)
        .bind(3, result.devices)
        .bind(4, result.operations)
        .bind(5, result.manifestSha256);
    if (auto r = finish->exec(); !r) {
        cleanup();
        return fail(storage(r.error()));
    }
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
    if (auto r = audit.append(options.actor, e); !r) {
        cleanup();
        return fail(storage(r.error()));
    }
    if (auto r = (*tx)->commit(); !r) {
        cleanup();
        return fail(storage(r.error()));
    }
    return result;
}

} // namespace tps::db::exports
