#include "exports/UploadResultImporter.h"

#include "db/AuditTrail.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <optional>

namespace tps::db::exports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UploadResultImporter)
};

ExportError storage(const DbError& e)
{
    return ExportError{ExportErrc::Storage, e.message};
}

ExportError invalid(const QString& message)
{
    return ExportError{ExportErrc::Invalid, message};
}

struct Member
{
    qint64 rowId = 0;
    QString serial;
    QString status;
};

QString jsonText(const QJsonValue& v)
{
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toInteger()) : QString();
}

ExportError tooLarge(const QString& what)
{
    return invalid(Tr::tr("%1 is larger than an upload result can be (%2 KiB); it was not read.")
                       .arg(what)
                       .arg(kMaxUploadResultBytes / 1024));
}

// The batch and operation a result file is bound to, from the batch's manifest next to it. A manifest that
// names another batch than the one asked for, or does not list the operation, is refused. Without a
// manifest the batch must be named.
ExportResult<void> bindToManifest(const QString& manifestPath, UploadImportOptions& o)
{
    QFile file(manifestPath);
    if (!file.exists()) {
        if (o.batch.isEmpty())
            return fail(
                invalid(Tr::tr("The result file is not next to its batch's manifest.json: keep it in the "
                               "batch's export directory, or name the batch (--batch UUID).")));
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ExportError{ExportErrc::Io, Tr::tr("Cannot read %1: %2").arg(manifestPath, file.errorString())});
    const QByteArray bytes = file.read(4 * 1024 * 1024);
    const QJsonObject manifest = QJsonDocument::fromJson(bytes).object();
    const QString uuid =
        manifest.value(QStringLiteral("batch")).toObject().value(QStringLiteral("uuid")).toString();
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1String("tps-dps-batch/1") ||
        uuid.isEmpty())
        return fail(invalid(Tr::tr("%1 is not the manifest of a DPS enrollment batch.").arg(manifestPath)));
    const QString bulk = QStringLiteral("bulk-%1.json").arg(o.operation, 4, 10, QLatin1Char('0'));
    bool listed = false;
    for (const QJsonValue& f : manifest.value(QStringLiteral("files")).toArray())
        listed = listed || f.toObject().value(QStringLiteral("name")).toString() == bulk;
    if (!listed)
        return fail(invalid(Tr::tr("Batch %1 (its manifest %2) has no bulk operation %3.")
                                .arg(uuid, manifestPath)
                                .arg(o.operation)));
    if (!o.batch.isEmpty() && o.batch != uuid)
        return fail(
            invalid(Tr::tr("The result file belongs to batch %1 (the manifest next to it), not to batch %2.")
                        .arg(uuid, o.batch)));
    o.batch = uuid;
    o.manifestSha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return {};
}

// The strings of one error entry within their limits, else why not.
std::optional<QString> overlong(const QString& id, const QString& code, const QString& status)
{
    if (id.size() > kMaxRegistrationIdLength)
        return Tr::tr("A registration ID in the upload result is longer than %n characters.", nullptr,
                      kMaxRegistrationIdLength);
    if (code.size() > kMaxErrorCodeLength)
        return Tr::tr("An error code in the upload result is longer than %n characters.", nullptr,
                      kMaxErrorCodeLength);
    if (status.size() > kMaxErrorStatusLength)
        return Tr::tr("An error status in the upload result is longer than %n characters.", nullptr,
                      kMaxErrorStatusLength);
    return std::nullopt;
}

} // namespace

ExportResult<UploadImportResult> importUploadResult(Database& db, const QString& resultFile,
                                                    const UploadImportOptions& options)
{
    QFile f(resultFile);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            ExportError{ExportErrc::Io, Tr::tr("Cannot read %1: %2").arg(resultFile, f.errorString())});
    const QByteArray bytes = f.read(kMaxUploadResultBytes + 1);
    if (bytes.size() > kMaxUploadResultBytes)
        return fail(tooLarge(resultFile));
    UploadImportOptions o = options;
    if (o.operation == 0) {
        static const QRegularExpression re(QStringLiteral("^bulk-(\\d{1,6})"));
        const auto m = re.match(QFileInfo(resultFile).fileName());
        if (!m.hasMatch())
            return fail(
                invalid(Tr::tr("Which bulk operation is %1 the result of? Name it bulk-NNNN-result.json "
                               "or give --operation N.")
                            .arg(resultFile)));
        o.operation = m.captured(1).toInt();
    }
    if (auto bound = bindToManifest(QFileInfo(resultFile).dir().filePath(QStringLiteral("manifest.json")), o);
        !bound)
        return fail(bound.error());
    return importUploadResult(db, bytes, o);
}

namespace {

// The phases of importUploadResult.

using DeviceErrors = QHash<QString, QPair<QString, QString>>; // registration ID -> (errorCode, errorStatus)

// The members of one bulk operation of a batch, by registration ID, in file order.
struct Operation
{
    qint64 batchId = 0;
    QHash<QString, Member> byId;
    QStringList order;
};

// The DPS bulk result's shape: {"isSuccessful": bool, "errors": [...]}.
ExportResult<QJsonObject> parseResult(const QByteArray& resultJson, const UploadImportOptions& options)
{
    if (resultJson.size() > kMaxUploadResultBytes)
        return fail(tooLarge(Tr::tr("The upload result")));
    if (options.batch.isEmpty())
        return fail(invalid(Tr::tr("Which batch is this upload result of? Name the batch (--batch UUID).")));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(resultJson, &parseError);
    if (!doc.isObject())
        return fail(
            invalid(Tr::tr("The upload result is not a JSON object (%1).").arg(parseError.errorString())));
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("isSuccessful")).isBool())
        return fail(invalid(Tr::tr("The upload result has no boolean isSuccessful: not a DPS bulk result.")));
    const QJsonValue errorsValue = root.value(QStringLiteral("errors"));
    if (!errorsValue.isUndefined() && !errorsValue.isNull() && !errorsValue.isArray())
        return fail(invalid(Tr::tr("The upload result's errors is not a list.")));
    if (options.operation <= 0)
        return fail(invalid(Tr::tr("The bulk operation number must be 1 or more.")));
    return root;
}

// The batch (named by UUID, or by a name only one batch has) and the members of its bulk operation.
ExportResult<Operation> loadOperation(Database& db, const UploadImportOptions& options,
                                      UploadImportResult& result)
{
    auto batch = db.prepare("SELECT id, uuid, name, manifest_sha256, "
                            "(SELECT count(*) FROM batches WHERE uuid = ?1 OR name = ?1) FROM batches "
                            "WHERE uuid = ?1 OR name = ?1 ORDER BY uuid = ?1 DESC, id DESC LIMIT 1");
    if (!batch)
        return fail(storage(batch.error()));
    batch->bind(1, options.batch);
    auto found = batch->step();
    if (!found)
        return fail(storage(found.error()));
    if (!*found)
        return fail(ExportError{ExportErrc::NoDevices, Tr::tr("No batch '%1'.").arg(options.batch)});
    if (batch->text(1) != options.batch && batch->int64(4) > 1)
        return fail(invalid(Tr::tr("%n batches are named '%1': name the batch by its UUID.", nullptr,
                                   static_cast<int>(batch->int64(4)))
                                .arg(options.batch)));
    if (!options.manifestSha256.isEmpty() && batch->text(3) != options.manifestSha256)
        return fail(
            invalid(Tr::tr("The manifest next to the result file is not the one batch %1 was exported "
                           "with (its SHA-256 differs).")
                        .arg(batch->text(1))));
    Operation op;
    op.batchId = batch->int64(0);
    result.batchUuid = batch->text(1);
    result.batchName = batch->text(2);
    result.operation = options.operation;
    auto members =
        db.prepare("SELECT b.id, b.registration_id, d.serial, b.status FROM batch_devices b "
                   "JOIN devices d ON d.id = b.device_id WHERE b.batch_id = ?1 AND b.operation = ?2");
    if (!members)
        return fail(storage(members.error()));
    members->bind(1, op.batchId).bind(2, options.operation);
    for (;;) {
        auto row = members->step();
        if (!row)
            return fail(storage(row.error()));
        if (!*row)
            break;
        op.byId.insert(members->text(1), Member{members->int64(0), members->text(2), members->text(3)});
        op.order.append(members->text(1));
    }
    if (op.byId.isEmpty())
        return fail(invalid(
            Tr::tr("Batch %1 has no bulk operation %2.").arg(result.batchName).arg(options.operation)));
    return op;
}

// The devices the result names as failed; every one must be a member of the operation.
ExportResult<DeviceErrors> matchErrors(const QJsonObject& root, const Operation& op,
                                       const UploadImportOptions& options, const UploadImportResult& result)
{
    DeviceErrors errors;
    const QJsonArray errorList = root.value(QStringLiteral("errors")).toArray();
    if (errorList.size() > op.byId.size())
        return fail(invalid(Tr::tr("The upload result lists more errors than bulk operation %1 has devices.")
                                .arg(options.operation)));
    for (const QJsonValue& v : errorList) {
        const QJsonObject e = v.toObject();
        const QString id = e.value(QStringLiteral("registrationId")).toString();
        if (auto why = overlong(id, jsonText(e.value(QStringLiteral("errorCode"))),
                                jsonText(e.value(QStringLiteral("errorStatus")))))
            return fail(invalid(*why));
        if (id.isEmpty())
            return fail(invalid(Tr::tr("An error entry of the upload result has no registrationId.")));
        if (!op.byId.contains(id))
            return fail(
                invalid(Tr::tr("The upload result names %1, which is not in bulk operation %2 of batch %3.")
                            .arg(id)
                            .arg(options.operation)
                            .arg(result.batchName)));
        errors.insert(id, {jsonText(e.value(QStringLiteral("errorCode"))),
                           jsonText(e.value(QStringLiteral("errorStatus")))});
    }
    if (!root.value(QStringLiteral("isSuccessful")).toBool() && errors.isEmpty())
        return fail(invalid(Tr::tr("The upload result says it failed but names no device: nothing can be "
                                   "marked. Check the operation in the DPS service.")));
    return errors;
}

// Each member marked uploaded or failed, each change audited.
ExportResult<void> markMembers(Database& db, const UploadImportOptions& options, const Operation& op,
                               const DeviceErrors& errors, UploadImportResult& result)
{
    auto update = db.prepare("UPDATE batch_devices SET status = ?2, error_code = ?3, error_status = ?4, "
                             "updated_utc = ?5 WHERE id = ?1");
    if (!update)
        return fail(storage(update.error()));
    AuditTrail audit(db);
    const QString now = utcNow();
    for (const QString& id : std::as_const(op.order)) {
        const Member& m = op.byId.value(id);
        const auto err = errors.constFind(id);
        const bool failed = err != errors.cend();
        const QString status = failed ? QStringLiteral("failed") : QStringLiteral("uploaded");
        update->reset();
        update->bind(1, m.rowId)
            .bind(2, status)
            .bind(3, failed ? err->first : QString())
            .bind(4, failed ? err->second : QString())
            .bind(5, now);
        if (auto r = update->exec(); !r)
            return fail(storage(r.error()));
        AuditEntry e;
        e.deviceSerial = m.serial;
        e.action = QStringLiteral("change");
        e.object = QStringLiteral("batch:") + result.batchUuid;
        e.field = QStringLiteral("dps-upload");
        e.oldValue = m.status;
        e.newValue = failed ? QStringLiteral("failed: %1 %2").arg(err->first, err->second) : status;
        e.reason = QStringLiteral("DPS bulk operation %1 result imported").arg(options.operation);
        if (auto r = audit.append(options.actor, e); !r)
            return fail(storage(r.error()));
        if (failed) {
            ++result.failed;
            result.failures.append(QStringLiteral("%1: %2 %3").arg(id, err->first, err->second));
        } else {
            ++result.uploaded;
        }
    }
    return {};
}

} // namespace

ExportResult<UploadImportResult> importUploadResult(Database& db, const QByteArray& resultJson,
                                                    const UploadImportOptions& options)
{
    auto root = parseResult(resultJson, options);
    if (!root)
        return fail(root.error());
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(storage(tx.error()));
    UploadImportResult result;
    auto op = loadOperation(db, options, result);
    if (!op)
        return fail(op.error());
    auto errors = matchErrors(*root, *op, options, result);
    if (!errors)
        return fail(errors.error());
    if (auto marked = markMembers(db, options, *op, *errors, result); !marked)
        return fail(marked.error());
    if (auto r = (*tx)->commit(); !r)
        return fail(storage(r.error()));
    return result;
}

} // namespace tps::db::exports
