#include "exports/AuditExporter.h"

#include "exports/AuditReport.h"

#include "core/common/Version.h"
#include "exports/CsvWriter.h"
#include "exports/ExportCommit.h"
#include "exports/StationAuditSource.h"

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
#include <memory>

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

ExportResult<void> checkOutDir(const QString& outDir)
{
    QDir out(outDir);
    if (out.exists() && !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(
            ExportError{ExportErrc::Invalid, Tr::tr("The output directory %1 is not empty.").arg(outDir)});
    return {};
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

namespace {

using Step = ExportResult<void>;

// One audit export, in phases: check the request, verify the chain (read-only), select the events in
// one transaction, stream them into CSV and JSON, gather operators and signatures into
// verification.json, write the signed manifest (and the PDF report), record the export. The events come
// from `source` (the station's own tables, or another store); the station `db` signs and records.
class AuditExport
{
public:
    AuditExport(Database& db, AuditSource& source, const AuditExportOptions& options)
        : m_db(db), m_source(source), m_options(options), m_writeJson(options.json || options.pdf),
          m_audit(db)
    {}

    ExportResult<AuditExportResult> run()
    {
        for (auto phase :
             {&AuditExport::checkRequest, &AuditExport::verifyChain, &AuditExport::selectEvents,
              &AuditExport::openEventFiles, &AuditExport::writeEvents, &AuditExport::closeEventFiles,
              &AuditExport::writeVerification, &AuditExport::writeExtraFiles, &AuditExport::writeManifest,
              &AuditExport::record}) {
            if (auto done = (this->*phase)(); !done)
                return fail(done.error());
        }
        return m_result;
    }

private:
    Step checkRequest();
    Step verifyChain();
    Step selectEvents();
    Step lookUpBatch();
    Step openEventFiles();
    Step writeEvents();
    void writeEvent();
    Step closeEventFiles();
    Step writeVerification();
    ExportResult<QJsonArray> operatorsOfEvents();
    Step writeExtraFiles();
    Step writeManifest();
    Step writeReport(const QJsonObject& manifest);
    Step record();

    void progress(AuditExportStage stage, qint64 events) const
    {
        if (m_options.progress)
            m_options.progress(stage, events);
    }

    Database& m_db;
    AuditSource& m_source;
    const AuditExportOptions& m_options;
    const bool m_writeJson;
    AuditTrail m_audit;
    QString m_from;
    QString m_to;
    QString m_batchUuid;
    AuditChainVerdict m_verdict;
    std::unique_ptr<Transaction> m_tx;
    AuditRow m_row;
    std::unique_ptr<ExportDirectory> m_outDir;
    StreamedFile m_csv;
    StreamedFile m_json;
    QList<WrittenFile> m_files;
    QSet<QString> m_actors;
    AuditExportResult m_result;
};

Step AuditExport::checkRequest()
{
    if (m_options.outDir.isEmpty())
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("No output directory given.")});
    if (!m_options.csv && !m_options.json && !m_options.pdf)
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("Choose at least one of csv, json and pdf.")});
    m_from = normaliseTime(m_options.from, false);
    m_to = normaliseTime(m_options.to, true);
    if ((!m_options.from.isEmpty() && m_from.isEmpty()) || (!m_options.to.isEmpty() && m_to.isEmpty()))
        return fail(
            ExportError{ExportErrc::Invalid, Tr::tr("--from and --to take ISO 8601 times, e.g. 2026-11-21 or "
                                                    "2026-11-21T14:00:00Z.")});
    if (!m_from.isEmpty() && !m_to.isEmpty() && m_from > m_to)
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("The period ends before it begins.")});
    return checkOutDir(m_options.outDir);
}

// The verdict first (read-only), then everything else in one transaction.
Step AuditExport::verifyChain()
{
    progress(AuditExportStage::Verifying, 0);
    auto verdict = m_source.verdict();
    if (!verdict)
        return fail(verdict.error());
    m_verdict = *verdict;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return fail(storage(tx.error()));
    m_tx = std::move(*tx);
    return {};
}

Step AuditExport::lookUpBatch()
{
    if (m_options.batch.isEmpty())
        return {};
    auto uuid = m_source.batchUuid(m_options.batch);
    if (!uuid)
        return fail(uuid.error());
    m_batchUuid = *uuid;
    return {};
}

Step AuditExport::selectEvents()
{
    if (auto batch = lookUpBatch(); !batch)
        return batch;
    return m_source.select({m_from, m_to, m_options.serial, m_batchUuid});
}

// Written into a staging directory, published at the commit; removed on any failure.
Step AuditExport::openEventFiles()
{
    auto dir = ExportDirectory::create(m_options.outDir);
    if (!dir)
        return fail(dir.error());
    m_outDir = std::move(*dir);
    if (m_options.csv) {
        auto f = m_outDir->open(QStringLiteral("audit-events.csv"));
        if (!f)
            return fail(f.error());
        m_csv = std::move(*f);
        m_csv.write(csvRow(kColumns));
    }
    if (m_writeJson) {
        auto f = m_outDir->open(QStringLiteral("audit-events.json"));
        if (!f)
            return fail(f.error());
        m_json = std::move(*f);
        m_json.write("[");
    }
    return {};
}

Step AuditExport::writeEvents()
{
    progress(AuditExportStage::Writing, 0);
    for (;;) {
        auto row = m_source.next(m_row);
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        writeEvent();
        if (m_result.events % 1000 == 0)
            progress(AuditExportStage::Writing, m_result.events);
    }
    progress(AuditExportStage::Writing, m_result.events);
    return {};
}

// The current row of the selection, into the CSV and JSON files.
void AuditExport::writeEvent()
{
    const qint64 seq = m_row.seq;
    const QStringList& cells = m_row.cells;
    if (m_options.csv)
        m_csv.write(csvRow(cells));
    if (m_writeJson) {
        QJsonObject e;
        e.insert(kColumns.at(0), seq);
        for (int c = 1; c < kColumns.size(); ++c)
            e.insert(kColumns.at(c), cells.at(c));
        m_json.write(m_result.events ? ",\n" : "\n");
        m_json.write(QJsonDocument(e).toJson(QJsonDocument::Compact));
    }
    if (!m_result.firstSeq)
        m_result.firstSeq = seq;
    m_result.lastSeq = seq;
    ++m_result.events;
    m_actors.insert(cells.at(5));
}

Step AuditExport::closeEventFiles()
{
    progress(AuditExportStage::Report, m_result.events);
    if (m_options.csv) {
        auto written = m_csv.close();
        if (!written)
            return fail(written.error());
        m_files.append(*written);
    }
    if (m_writeJson) {
        m_json.write("\n]\n");
        auto written = m_json.close();
        if (!written)
            return fail(written.error());
        m_files.append(*written);
    }
    return {};
}

// Operators (full names, roles) of the events.
ExportResult<QJsonArray> AuditExport::operatorsOfEvents()
{
    auto all = m_source.operators();
    if (!all)
        return fail(all.error());
    QList<QString> sortedActors = m_actors.values();
    std::sort(sortedActors.begin(), sortedActors.end());
    QJsonArray operators;
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
    return operators;
}

Step AuditExport::writeVerification()
{
    auto operators = operatorsOfEvents();
    if (!operators)
        return fail(operators.error());
    auto signatures = m_source.signatures(m_from, m_to);
    if (!signatures)
        return fail(signatures.error());
    auto lastCheckpoint = m_source.lastCheckpoint();
    if (!lastCheckpoint)
        return fail(lastCheckpoint.error());
    m_result.station = m_source.stationId();
    m_result.intact = m_verdict.intact;
    m_result.verdict = m_verdict.message;
    m_result.verification =
        QJsonObject{{QStringLiteral("station"), m_source.stationId()},
                    {QStringLiteral("period"),
                     QJsonObject{{QStringLiteral("from"), m_from}, {QStringLiteral("to"), m_to}}},
                    {QStringLiteral("serial"), m_options.serial},
                    {QStringLiteral("batch"), m_batchUuid},
                    {QStringLiteral("events"), m_result.events},
                    {QStringLiteral("firstSeq"), m_result.firstSeq},
                    {QStringLiteral("lastSeq"), m_result.lastSeq},
                    {QStringLiteral("chain"), m_verdict.chain},
                    {QStringLiteral("lastCheckpoint"), *lastCheckpoint},
                    {QStringLiteral("operators"), *operators},
                    {QStringLiteral("signatures"), *signatures}};
    auto written = m_outDir->writeFile(QStringLiteral("verification.json"),
                                       QJsonDocument(m_result.verification).toJson(QJsonDocument::Indented));
    if (!written)
        return fail(written.error());
    m_files.append(*written);
    return {};
}

// What the source adds beside the station's format (the factory database: the trail for the auditor's
// script).
Step AuditExport::writeExtraFiles()
{
    auto extra = m_source.extraFiles(*m_outDir, m_options.actor);
    if (!extra)
        return fail(extra.error());
    m_files.append(*extra);
    return {};
}

Step AuditExport::writeReport(const QJsonObject& manifest)
{
    if (!m_options.pdf)
        return {};
    if (auto r = writeAuditReport(m_outDir->stagingPath(),
                                  m_outDir->filePath(QStringLiteral("audit-report.pdf")), manifest);
        !r)
        return fail(r.error());
    auto written = m_outDir->hashFile(QStringLiteral("audit-report.pdf"));
    if (!written)
        return fail(written.error());
    m_files.append(*written);
    return {};
}

// The manifest lists every file with its SHA-256 and is signed with the station's export identity.
Step AuditExport::writeManifest()
{
    auto identity = exportSigningIdentity(m_db, m_audit, m_options.actor, *m_outDir);
    if (!identity)
        return fail(identity.error());
    QJsonObject selection{{QStringLiteral("from"), m_from},
                          {QStringLiteral("to"), m_to},
                          {QStringLiteral("serial"), m_options.serial},
                          {QStringLiteral("batch"), m_batchUuid}};
    const QJsonObject extra = m_source.manifestExtra();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        selection.insert(it.key(), it.value());
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("tps-audit-export/1")},
        {QStringLiteral("station"),
         QJsonObject{{QStringLiteral("id"), m_db.stationId()},
                     {QStringLiteral("softwareVersion"), version::softwareVersion()}}},
        {QStringLiteral("operator"), QJsonObject{{QStringLiteral("id"), m_options.actor.id},
                                                 {QStringLiteral("name"), m_options.actor.name}}},
        {QStringLiteral("createdUtc"), utcNow()},
        {QStringLiteral("selection"), selection},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("events"), m_result.events},
                                               {QStringLiteral("firstSeq"), m_result.firstSeq},
                                               {QStringLiteral("lastSeq"), m_result.lastSeq}}},
        {QStringLiteral("chainIntact"), m_verdict.intact},
        {QStringLiteral("signingCertificateSha256"), identity->fingerprint}};
    if (auto report = writeReport(manifest); !report)
        return report;
    QJsonArray listed;
    for (const WrittenFile& f : std::as_const(m_files)) {
        listed.append(QJsonObject{{QStringLiteral("name"), f.name},
                                  {QStringLiteral("sha256"), f.sha256},
                                  {QStringLiteral("size"), f.size}});
        m_result.files.append(f.name);
    }
    manifest.insert(QStringLiteral("files"), listed);
    auto sha = signManifest(*identity, *m_outDir, manifest);
    if (!sha)
        return fail(sha.error());
    m_result.manifestSha256 = *sha;
    return {};
}

// The export is an audited event, committed with the publication of the directory.
Step AuditExport::record()
{
    AuditEntry e;
    e.deviceSerial = m_options.serial;
    e.action = QStringLiteral("export");
    e.object = QStringLiteral("audit-trail");
    e.field = QStringLiteral("audit-export");
    e.newValue =
        QStringLiteral("from=%1 to=%2 serial=%3 batch=%4 events=%5 seq=%6..%7 intact=%8 manifest_sha256=%9")
            .arg(m_from, m_to, m_options.serial, m_batchUuid)
            .arg(m_result.events)
            .arg(m_result.firstSeq)
            .arg(m_result.lastSeq)
            .arg(m_verdict.intact ? QStringLiteral("true") : QStringLiteral("false"),
                 m_result.manifestSha256);
    if (const QString from = m_source.describe(); !from.isEmpty())
        e.newValue += QStringLiteral(" from=") + from;
    e.reason = QStringLiteral("audit export");
    return finishExport(*m_tx, m_audit, m_options.actor, e, *m_outDir);
}

} // namespace

QJsonObject signatureJson(const QStringList& cells)
{
    return QJsonObject{
        {QStringLiteral("uuid"), cells.value(0)},       {QStringLiteral("signerId"), cells.value(1)},
        {QStringLiteral("signerName"), cells.value(2)}, {QStringLiteral("meaning"), cells.value(3)},
        {QStringLiteral("signedUtc"), cells.value(4)},  {QStringLiteral("recordType"), cells.value(5)},
        {QStringLiteral("recordUuid"), cells.value(6)}, {QStringLiteral("recordSha256"), cells.value(7)},
        {QStringLiteral("reason"), cells.value(8)}};
}

ExportResult<AuditExportResult> exportAudit(Database& db, const AuditExportOptions& options)
{
    StationAuditSource source(db, options.verify);
    return exportAudit(db, source, options);
}

ExportResult<AuditExportResult> exportAudit(Database& db, AuditSource& source,
                                            const AuditExportOptions& options)
{
    AuditExport run(db, source, options);
    auto done = run.run();
    source.close();
    return done;
}

ExportResult<QList<AuditExportResult>> exportAuditSet(Database& db, const QList<AuditSource*>& sources,
                                                      const AuditExportOptions& options)
{
    if (options.outDir.isEmpty())
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("No output directory given.")});
    if (auto empty = checkOutDir(options.outDir); !empty)
        return fail(empty.error());
    QList<AuditExportResult> out;
    for (AuditSource* source : sources) {
        AuditExportOptions one = options;
        one.outDir = QDir(options.outDir).filePath(source->stationId());
        auto done = exportAudit(db, *source, one);
        if (!done)
            return fail(done.error());
        out.append(*done);
    }
    return out;
}

} // namespace tps::db::exports
