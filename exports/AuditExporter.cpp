#include "exports/AuditExporter.h"

#include "exports/AuditReport.h"

#include "core/common/Version.h"
#include "db/Checkpoints.h"
#include "db/Operators.h"
#include "exports/CsvWriter.h"
#include "exports/ExportCommit.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace tps::db::exports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditExporter)
};

ExportError storage(const DbError& e)
{
    return ExportError{ExportErrc::Storage, e.message};
}

const QStringList kColumns = {QStringLiteral("seq"),
                              QStringLiteral("uuid"),
                              QStringLiteral("time_utc"),
                              QStringLiteral("station_id"),
                              QStringLiteral("software_version"),
                              QStringLiteral("actor_id"),
                              QStringLiteral("actor_name"),
                              QStringLiteral("device_serial"),
                              QStringLiteral("action"),
                              QStringLiteral("object"),
                              QStringLiteral("field"),
                              QStringLiteral("old_value"),
                              QStringLiteral("new_value"),
                              QStringLiteral("reason"),
                              QStringLiteral("prev_hash"),
                              QStringLiteral("hash")};

} // namespace

QString normaliseTime(const QString& iso, bool endOfRange)
{
    if (iso.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        if (!d.isValid())
            return {};
        t = endOfRange ? QDateTime(d, QTime(23, 59, 59, 999), QTimeZone::utc())
                       : QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    if (t.timeSpec() == Qt::LocalTime && !iso.endsWith(QLatin1Char('Z')) && !iso.contains(QLatin1Char('+')))
        t.setTimeZone(QTimeZone::utc()); // a time without offset is read as UTC
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+00:00");
}

ExportResult<AuditExportResult> exportAudit(Database& db, const AuditExportOptions& options)
{
    if (options.outDir.isEmpty())
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("No output directory given.")});
    if (!options.csv && !options.json && !options.pdf)
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("Choose at least one of csv, json and pdf.")});
    const bool writeJson = options.json || options.pdf;
    const QString from = normaliseTime(options.from, false);
    const QString to = normaliseTime(options.to, true);
    if ((!options.from.isEmpty() && from.isEmpty()) || (!options.to.isEmpty() && to.isEmpty()))
        return fail(
            ExportError{ExportErrc::Invalid, Tr::tr("--from and --to take ISO 8601 times, e.g. 2026-11-21 or "
                                                    "2026-11-21T14:00:00Z.")});
    if (!from.isEmpty() && !to.isEmpty() && from > to)
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("The period ends before it begins.")});
    QDir out(options.outDir);
    if (out.exists() && !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(ExportError{ExportErrc::Invalid,
                                Tr::tr("The output directory %1 is not empty.").arg(options.outDir)});

    const auto progress = [&options](AuditExportStage stage, qint64 events) {
        if (options.progress)
            options.progress(stage, events);
    };
    // The verdict first (read-only), then everything else in one transaction.
    progress(AuditExportStage::Verifying, 0);
    VerifyOptions verifyOptions = options.verify;
    auto report = AuditTrail::verify(db, verifyOptions);
    if (!report)
        return fail(storage(report.error()));

    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(storage(tx.error()));
    QString batchUuid;
    if (!options.batch.isEmpty()) {
        auto b = db.prepare("SELECT uuid FROM batches WHERE uuid = ?1 OR name = ?1 ORDER BY id DESC LIMIT 1");
        if (!b)
            return fail(storage(b.error()));
        b->bind(1, options.batch);
        auto row = b->step();
        if (!row)
            return fail(storage(row.error()));
        if (!*row)
            return fail(ExportError{ExportErrc::NoDevices, Tr::tr("No batch '%1'.").arg(options.batch)});
        batchUuid = b->text(0);
    }
    auto select = db.prepare(
        "SELECT seq, uuid, time_utc, station_id, software_version, actor_id, actor_name, device_serial, "
        "action, "
        "object, field, old_value, new_value, reason, prev_hash, hash FROM audit_events "
        "WHERE (?1 = '' OR time_utc >= ?1) AND (?2 = '' OR time_utc <= ?2) AND (?3 = '' OR device_serial = "
        "?3) "
        "AND (?4 = '' OR object = 'batch:' || ?4 OR device_serial IN (SELECT d.serial FROM batch_devices bd "
        "JOIN batches b ON b.id = bd.batch_id JOIN devices d ON d.id = bd.device_id WHERE b.uuid = ?4)) "
        "ORDER BY seq");
    if (!select)
        return fail(storage(select.error()));
    select->bind(1, from).bind(2, to).bind(3, options.serial).bind(4, batchUuid);

    // Written into a staging directory, published at the commit; removed on any failure.
    auto dir = ExportDirectory::create(options.outDir);
    if (!dir)
        return fail(dir.error());
    ExportDirectory& outDir = **dir;
    StreamedFile csv;
    StreamedFile json;
    if (options.csv) {
        auto f = outDir.open(QStringLiteral("audit-events.csv"));
        if (!f)
            return fail(f.error());
        csv = std::move(*f);
        csv.write(csvRow(kColumns));
    }
    if (writeJson) {
        auto f = outDir.open(QStringLiteral("audit-events.json"));
        if (!f)
            return fail(f.error());
        json = std::move(*f);
        json.write("[");
    }

    AuditExportResult result;
    QSet<QString> actors;
    progress(AuditExportStage::Writing, 0);
    for (;;) {
        auto row = select->step();
        if (!row)
            return fail(storage(row.error()));
        if (!*row)
            break;
        QStringList cells;
        cells.reserve(kColumns.size());
        cells.append(QString::number(select->int64(0)));
        for (int c = 1; c <= 13; ++c)
            cells.append(select->text(c));
        cells.append(QString::fromLatin1(select->blob(14).toHex()));
        cells.append(QString::fromLatin1(select->blob(15).toHex()));
        if (options.csv)
            csv.write(csvRow(cells));
        if (writeJson) {
            QJsonObject e;
            e.insert(kColumns.at(0), select->int64(0));
            for (int c = 1; c < kColumns.size(); ++c)
                e.insert(kColumns.at(c), cells.at(c));
            json.write(result.events ? ",\n" : "\n");
            json.write(QJsonDocument(e).toJson(QJsonDocument::Compact));
        }
        if (!result.firstSeq)
            result.firstSeq = select->int64(0);
        result.lastSeq = select->int64(0);
        ++result.events;
        actors.insert(cells.at(5));
        if (result.events % 1000 == 0)
            progress(AuditExportStage::Writing, result.events);
    }
    progress(AuditExportStage::Writing, result.events);
    progress(AuditExportStage::Report, result.events);
    QList<WrittenFile> files;
    if (options.csv) {
        auto written = csv.close();
        if (!written)
            return fail(written.error());
        files.append(*written);
    }
    if (writeJson) {
        json.write("\n]\n");
        auto written = json.close();
        if (!written)
            return fail(written.error());
        files.append(*written);
    }

    // Operators (full names, roles) of the events, and the electronic signatures of the period.
    QJsonArray operators;
    Operators people(db);
    auto all = people.list();
    if (!all)
        return fail(storage(all.error()));
    QList<QString> sortedActors = actors.values();
    std::sort(sortedActors.begin(), sortedActors.end());
    for (const QString& id : std::as_const(sortedActors)) {
        QJsonObject o{{QStringLiteral("id"), id}};
        for (const OperatorInfo& p : std::as_const(*all)) {
            if (p.operatorId == id) {
                o.insert(QStringLiteral("fullName"), p.fullName);
                o.insert(QStringLiteral("role"), roleKey(p.role));
            }
        }
        operators.append(o);
    }
    QJsonArray signatures;
    auto sig =
        db.prepare("SELECT uuid, signer_id, signer_name, meaning, signed_utc, record_type, record_uuid, "
                   "record_sha256, reason FROM signatures WHERE (?1 = '' OR signed_utc >= ?1) AND "
                   "(?2 = '' OR signed_utc <= ?2) ORDER BY id");
    if (!sig)
        return fail(storage(sig.error()));
    sig->bind(1, from).bind(2, to);
    for (;;) {
        auto row = sig->step();
        if (!row)
            return fail(storage(row.error()));
        if (!*row)
            break;
        signatures.append(QJsonObject{{QStringLiteral("uuid"), sig->text(0)},
                                      {QStringLiteral("signerId"), sig->text(1)},
                                      {QStringLiteral("signerName"), sig->text(2)},
                                      {QStringLiteral("meaning"), sig->text(3)},
                                      {QStringLiteral("signedUtc"), sig->text(4)},
                                      {QStringLiteral("recordType"), sig->text(5)},
                                      {QStringLiteral("recordUuid"), sig->text(6)},
                                      {QStringLiteral("recordSha256"), sig->text(7)},
                                      {QStringLiteral("reason"), sig->text(8)}});
    }
    QJsonObject lastCheckpoint;
    auto checkpoints = loadCheckpoints(db);
    if (checkpoints && !checkpoints->isEmpty())
        lastCheckpoint = checkpoints->last().toJson();

    result.intact = report->intact;
    result.verdict = report->message;
    result.verification = QJsonObject{
        {QStringLiteral("station"), db.stationId()},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}}},
        {QStringLiteral("serial"), options.serial},
        {QStringLiteral("batch"), batchUuid},
        {QStringLiteral("events"), result.events},
        {QStringLiteral("firstSeq"), result.firstSeq},
        {QStringLiteral("lastSeq"), result.lastSeq},
        {QStringLiteral("chain"),
         QJsonObject{{QStringLiteral("intact"), report->intact},
                     {QStringLiteral("problem"), auditProblemKey(report->problem)},
                     {QStringLiteral("seq"), report->seq},
                     {QStringLiteral("message"), report->message},
                     {QStringLiteral("eventsVerified"), report->events},
                     {QStringLiteral("checkpoints"), report->checkpoints},
                     {QStringLiteral("lastCheckpointSeq"), report->lastCheckpointSeq}}},
        {QStringLiteral("lastCheckpoint"), lastCheckpoint},
        {QStringLiteral("operators"), operators},
        {QStringLiteral("signatures"), signatures}};
    {
        auto written = outDir.writeFile(QStringLiteral("verification.json"),
                                        QJsonDocument(result.verification).toJson(QJsonDocument::Indented));
        if (!written)
            return fail(written.error());
        files.append(*written);
    }

    AuditTrail audit(db);
    auto identity = exportSigningIdentity(db, audit, options.actor, outDir);
    if (!identity)
        return fail(identity.error());
    const QString now = utcNow();
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("tps-audit-export/1")},
        {QStringLiteral("station"),
         QJsonObject{{QStringLiteral("id"), db.stationId()},
                     {QStringLiteral("softwareVersion"), version::softwareVersion()}}},
        {QStringLiteral("operator"),
         QJsonObject{{QStringLiteral("id"), options.actor.id}, {QStringLiteral("name"), options.actor.name}}},
        {QStringLiteral("createdUtc"), now},
        {QStringLiteral("selection"), QJsonObject{{QStringLiteral("from"), from},
                                                  {QStringLiteral("to"), to},
                                                  {QStringLiteral("serial"), options.serial},
                                                  {QStringLiteral("batch"), batchUuid}}},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("events"), result.events},
                                               {QStringLiteral("firstSeq"), result.firstSeq},
                                               {QStringLiteral("lastSeq"), result.lastSeq}}},
        {QStringLiteral("chainIntact"), report->intact},
        {QStringLiteral("signingCertificateSha256"), identity->fingerprint}};
    if (options.pdf) {
        if (auto r = writeAuditReport(outDir.stagingPath(),
                                      outDir.filePath(QStringLiteral("audit-report.pdf")), manifest);
            !r)
            return fail(r.error());
        auto written = outDir.hashFile(QStringLiteral("audit-report.pdf"));
        if (!written)
            return fail(written.error());
        files.append(*written);
    }
    QJsonArray listed;
    for (const WrittenFile& f : std::as_const(files)) {
        listed.append(QJsonObject{{QStringLiteral("name"), f.name},
                                  {QStringLiteral("sha256"), f.sha256},
                                  {QStringLiteral("size"), f.size}});
        result.files.append(f.name);
    }
    manifest.insert(QStringLiteral("files"), listed);
    auto sha = signManifest(*identity, outDir, manifest);
    if (!sha)
        return fail(sha.error());
    result.manifestSha256 = *sha;

    AuditEntry e;
    e.deviceSerial = options.serial;
    e.action = QStringLiteral("export");
    e.object = QStringLiteral("audit-trail");
    e.field = QStringLiteral("audit-export");
    e.newValue =
        QStringLiteral("from=%1 to=%2 serial=%3 batch=%4 events=%5 seq=%6..%7 intact=%8 manifest_sha256=%9")
            .arg(from, to, options.serial, batchUuid)
            .arg(result.events)
            .arg(result.firstSeq)
            .arg(result.lastSeq)
            .arg(report->intact ? QStringLiteral("true") : QStringLiteral("false"), result.manifestSha256);
    e.reason = QStringLiteral("audit export");
    if (auto r = finishExport(**tx, audit, options.actor, e, outDir); !r)
        return fail(r.error());
    return result;
}

} // namespace tps::db::exports
