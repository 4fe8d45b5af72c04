#include "exports/SlotKeyExporter.h"

#include "core/common/Version.h"
#include "core/crypto/CmsEscrow.h"
#include "core/crypto/SecureBase64.h"
#include "exports/DpsCandidates.h"
#include "exports/ExportCommit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>
#include <vector>

namespace tps::db::exports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SlotKeyExporter)
};

const QString kIotHubMode = QStringLiteral("iothub-symmetric-slot");
const QString kGroupMode = QStringLiteral("dps-symmetric-group");

ExportError storage(const QString& message)
{
    return ExportError{ExportErrc::Storage, message};
}

// Text that holds keys: a fixed buffer, wiped when it goes, that never reallocates.
class SecretText
{
public:
    explicit SecretText(std::size_t capacity) : m_bytes(capacity) {}
    void append(const void* data, std::size_t size)
    {
        if (m_used + size > m_bytes.size()) {
            m_overflow = true;
            return;
        }
        std::memcpy(m_bytes.data() + m_used, data, size);
        m_used += size;
    }
    bool complete() const { return !m_overflow && m_used == m_bytes.size(); }
    void append(const QByteArray& text) { append(text.constData(), std::size_t(text.size())); }
    void append(const crypto::SecureBytes& secret) { append(secret.data(), secret.size()); }
    crypto::SecureBytes take() const { return crypto::SecureBytes(m_bytes.data(), m_used); }

private:
    crypto::SecureBytes m_bytes;
    std::size_t m_used = 0;
    bool m_overflow = false;
};

struct ExportedDevice
{
    QString serial;
    QString registrationId;
    QString hostName;
    QString deviceId;
    crypto::SecureBytes primary;   // base64 text
    crypto::SecureBytes secondary; // base64 text
};

QByteArray jsonString(const QString& s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // ["..."] -> "..."
}

// One import-devices line: {"id","status","importMode","authentication":{"type":"sas","symmetricKey":{...}}}.
void appendImportLine(SecretText& out, const ExportedDevice& d)
{
    out.append("{\"id\":" + jsonString(d.deviceId) +
               ",\"status\":\"enabled\",\"importMode\":\"create\",\"authentication\":{\"type\":\"sas\","
               "\"symmetricKey\":{\"primaryKey\":\"");
    out.append(d.primary);
    out.append(QByteArray("\",\"secondaryKey\":\""));
    out.append(d.secondary);
    out.append(QByteArray("\"}}}\n"));
}

QByteArray importLineFrame(const ExportedDevice& d)
{
    return "{\"id\":" + jsonString(d.deviceId) +
           ",\"status\":\"enabled\",\"importMode\":\"create\",\"authentication\":{\"type\":\"sas\","
           "\"symmetricKey\":{\"primaryKey\":\"\",\"secondaryKey\":\"\"}}}\n";
}

QByteArray azCommand(const ExportedDevice& d)
{
    const QString hub = d.hostName.section(QLatin1Char('.'), 0, 0);
    return "az iot hub device-identity create --hub-name " + shellQuote(hub).toUtf8() + " --device-id " +
           shellQuote(d.deviceId).toUtf8() + " --auth-method shared_private_key --primary-key '";
}

void appendAzLine(SecretText& out, const ExportedDevice& d)
{
    out.append(azCommand(d)); // base64 holds no quote: the keys sit safely inside single quotes
    out.append(d.primary);
    out.append(QByteArray("' --secondary-key '"));
    out.append(d.secondary);
    out.append(QByteArray("'\n"));
}
constexpr std::size_t kAzTail = sizeof("' --secondary-key '") - 1 + sizeof("'\n") - 1;

QByteArray scriptHeader(const QString& uuid)
{
    return "#!/bin/sh\n# IoT Hub device identities of slot key export " + uuid.toUtf8() +
           ", written by the TPM Provisioning Station.\n# Log in with 'az login', then run this script.\n"
           "set -eu\n";
}

struct Selected
{
    std::vector<ExportedDevice> devices;
    bool simulated = false;
};

ExportResult<Selected> selectDevices(Database& db, dps::SlotKeyStore& keys, const SlotKeyExportOptions& o)
{
    // dpsEligibleFilter() starts at " FROM devices d WHERE ...": passed QA in the current rework epoch.
    const QByteArray sql = "SELECT d.serial, COALESCE(d.registration_id, ''), d.simulated" +
                           dpsEligibleFilter() + " ORDER BY d.id";
    auto select = db.prepare(sql.constData());
    if (!select)
        return fail(storage(select.error().message));
    select->bind(1, o.allowSimulated ? 1 : 0).bind(2, 1).bind(3, o.product);
    Selected out;
    for (;;) {
        auto row = select->step();
        if (!row)
            return fail(storage(row.error().message));
        if (!*row)
            break;
        ExportedDevice d;
        d.serial = select->text(0);
        d.registrationId = select->text(1);
        auto record = keys.latest(d.serial, dps::SlotKeyState::Applied);
        if (!record)
            return fail(storage(record.error().message));
        if (!*record || (*record)->mode != o.mode)
            continue;
        d.hostName = (*record)->hostName;
        d.deviceId = (*record)->deviceId;
        if (o.mode == kIotHubMode) {
            auto opened = keys.openSlotKeys((*record)->id);
            if (!opened)
                return fail(storage(opened.error().message));
            d.primary = crypto::encodeBase64(opened->primary);
            d.secondary = crypto::encodeBase64(opened->secondary);
        }
        out.simulated = out.simulated || select->int64(2) != 0;
        out.devices.push_back(std::move(d));
    }
    return out;
}

// The two key files, encrypted to the cloud engineer's certificate.
ExportResult<QList<WrittenFile>> writeKeyFiles(ExportDirectory& dir,
                                               const std::vector<ExportedDevice>& devices,
                                               const crypto::EscrowCertificate& recipient,
                                               const QString& uuid)
{
    std::size_t importSize = 0;
    std::size_t scriptSize = std::size_t(scriptHeader(uuid).size());
    for (const ExportedDevice& d : devices) {
        const std::size_t keys = d.primary.size() + d.secondary.size();
        importSize += std::size_t(importLineFrame(d).size()) + keys;
        scriptSize += std::size_t(azCommand(d).size()) + keys + kAzTail;
    }
    SecretText lines(importSize);
    SecretText script(scriptSize);
    script.append(scriptHeader(uuid));
    for (const ExportedDevice& d : devices) {
        appendImportLine(lines, d);
        appendAzLine(script, d);
    }
    QList<WrittenFile> written;
    const std::pair<QString, const SecretText*> files[] = {
        {QStringLiteral("import-devices.jsonl.cms"), &lines},
        {QStringLiteral("create-devices.sh.cms"), &script}};
    for (const auto& [name, text] : files) {
        if (!text->complete())
            return fail(ExportError{ExportErrc::Io, Tr::tr("The key files could not be assembled.")});
        auto cms = crypto::cmsEncrypt(text->take(), recipient);
        if (!cms)
            return fail(ExportError{ExportErrc::Crypto, cms.error().message});
        auto file = dir.writeFile(name, *cms);
        if (!file)
            return fail(file.error());
        written << *file;
    }
    return written;
}

ExportResult<QList<WrittenFile>> writeRegistrationIds(ExportDirectory& dir,
                                                      const std::vector<ExportedDevice>& devices)
{
    QByteArray text;
    for (const ExportedDevice& d : devices)
        text += d.registrationId.toUtf8() + '\n';
    auto file = dir.writeFile(QStringLiteral("registration-ids.txt"), text);
    if (!file)
        return fail(file.error());
    return QList<WrittenFile>{*file};
}

ExportResult<void> checkOptions(const SlotKeyExportOptions& o)
{
    if (o.production && o.allowSimulated)
        return fail(ExportError{ExportErrc::SimulatedRefused,
                                Tr::tr("Simulated devices are never exported from a production profile.")});
    if (o.outDir.isEmpty() || o.product.isEmpty())
        return fail(
            ExportError{ExportErrc::Invalid, Tr::tr("An output directory and a product are required.")});
    if (o.mode != kIotHubMode && o.mode != kGroupMode)
        return fail(ExportError{ExportErrc::Invalid,
                                Tr::tr("The product's credential mode \"%1\" keeps no keys in TPM slots: "
                                       "use the DPS enrollment batch export.")
                                    .arg(o.mode)});
    return {};
}
} // namespace

ExportResult<SlotKeyExportResult> exportSlotKeys(Database& db, dps::SlotKeyStore& keys,
                                                 const SlotKeyExportOptions& options)
{
    if (auto ok = checkOptions(options); !ok)
        return fail(ok.error());
    std::optional<crypto::EscrowCertificate> recipient;
    if (options.mode == kIotHubMode) {
        auto cert = crypto::EscrowCertificate::fromFile(options.cloudCertificate);
        if (!cert)
            return fail(ExportError{
                ExportErrc::Crypto,
                Tr::tr("The cloud engineer's certificate cannot be used: %1").arg(cert.error().message)});
        recipient = *cert;
    }
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(storage(tx.error().message));
    auto selected = selectDevices(db, keys, options);
    if (!selected)
        return fail(selected.error());
    if (selected->devices.empty())
        return fail(ExportError{
            ExportErrc::NoDevices,
            Tr::tr("No device of product %1 that passed QA holds recorded slot keys.").arg(options.product)});
    auto dir = ExportDirectory::create(options.outDir);
    if (!dir)
        return fail(dir.error());
    SlotKeyExportResult result;
    result.uuid = newUuid();
    result.devices = qint64(selected->devices.size());
    result.simulated = selected->simulated;
    auto files = recipient ? writeKeyFiles(**dir, selected->devices, *recipient, result.uuid)
                           : writeRegistrationIds(**dir, selected->devices);
    if (!files)
        return fail(files.error());
    if (recipient) {
        (*dir)->setMode(QStringLiteral("create-devices.sh.cms"), 0640);
        result.recipientFingerprint = recipient->fingerprintSha256();
    }

    AuditTrail audit(db);
    auto identity = exportSigningIdentity(db, audit, options.actor, **dir);
    if (!identity)
        return fail(identity.error());
    QJsonArray manifestFiles;
    QJsonArray serials;
    for (const WrittenFile& w : std::as_const(*files)) {
        manifestFiles.append(QJsonObject{{QStringLiteral("name"), w.name},
                                         {QStringLiteral("sha256"), w.sha256},
                                         {QStringLiteral("size"), w.size},
                                         {QStringLiteral("devices"), result.devices}});
        result.files << w.name;
    }
    for (const ExportedDevice& d : selected->devices)
        serials.append(
            QJsonObject{{QStringLiteral("serial"), d.serial}, {QStringLiteral("deviceId"), d.deviceId}});
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("tps-slot-keys/1")},
        {QStringLiteral("export"), QJsonObject{{QStringLiteral("uuid"), result.uuid},
                                               {QStringLiteral("product"), options.product},
                                               {QStringLiteral("mode"), options.mode},
                                               {QStringLiteral("simulated"), result.simulated}}},
        {QStringLiteral("station"),
         QJsonObject{{QStringLiteral("id"), db.stationId()},
                     {QStringLiteral("softwareVersion"), version::softwareVersion()}}},
        {QStringLiteral("operator"),
         QJsonObject{{QStringLiteral("id"), options.actor.id}, {QStringLiteral("name"), options.actor.name}}},
        {QStringLiteral("createdUtc"), utcNow()},
        {QStringLiteral("devices"), serials},
        {QStringLiteral("signingCertificateSha256"), identity->fingerprint},
        {QStringLiteral("files"), manifestFiles}};
    if (recipient)
        manifest.insert(QStringLiteral("recipientCertificateSha256"), result.recipientFingerprint);
    auto manifestSha = signManifest(*identity, **dir, manifest);
    if (!manifestSha)
        return fail(manifestSha.error());
    result.manifestSha256 = *manifestSha;
    result.files << QStringLiteral("manifest.json");

    AuditEntry e;
    e.action = QStringLiteral("export");
    e.object = QStringLiteral("slot-keys-export:") + result.uuid;
    e.field = options.mode;
    e.newValue = QStringLiteral("product=%1 devices=%2 simulated=%3 recipient_sha256=%4 manifest_sha256=%5")
                     .arg(options.product)
                     .arg(result.devices)
                     .arg(result.simulated ? QStringLiteral("true") : QStringLiteral("false"),
                          result.recipientFingerprint, result.manifestSha256);
    e.reason = recipient ? QStringLiteral("IoT Hub device keys for the cloud engineer (CMS-encrypted)")
                         : QStringLiteral("registration IDs of a DPS symmetric-key group");
    if (auto r = finishExport(**tx, audit, options.actor, e, **dir); !r)
        return fail(r.error());
    return result;
}

} // namespace tps::db::exports
