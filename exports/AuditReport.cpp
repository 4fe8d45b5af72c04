#include "exports/AuditReport.h"

#include "exports/PdfDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tps::db::exports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
};

QJsonDocument readJson(const QString& path, bool* ok)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *ok = false;
        return {};
    }
    QJsonParseError e;
    QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    *ok = e.error == QJsonParseError::NoError;
    return doc;
}
} // namespace

namespace {

// The sections of the report, in order.

// Station, period, selection, who exported it and how many events.
void writeCover(PdfDocument& pdf, const QJsonObject& v, const QJsonObject& m)
{
    pdf.line(Tr::tr("Audit report - TPM Provisioning Station"), PdfDocument::Font::Bold, 16);
    pdf.gap(8);
    pdf.line(Tr::tr("Station: %1").arg(v.value(QStringLiteral("station")).toString()));
    pdf.line(Tr::tr("Software version: %1")
                 .arg(m[QStringLiteral("station")][QStringLiteral("softwareVersion")].toString()));
    const QJsonObject period = v.value(QStringLiteral("period")).toObject();
    const QString from = period.value(QStringLiteral("from")).toString();
    const QString to = period.value(QStringLiteral("to")).toString();
    pdf.line(Tr::tr("Period: %1 to %2")
                 .arg(from.isEmpty() ? Tr::tr("the first event") : from,
                      to.isEmpty() ? Tr::tr("the export") : to));
    if (!v.value(QStringLiteral("serial")).toString().isEmpty())
        pdf.line(Tr::tr("Device: %1").arg(v.value(QStringLiteral("serial")).toString()));
    if (!v.value(QStringLiteral("batch")).toString().isEmpty())
        pdf.line(Tr::tr("Batch: %1").arg(v.value(QStringLiteral("batch")).toString()));
    pdf.line(Tr::tr("Exported %1 by %2 (%3)")
                 .arg(m.value(QStringLiteral("createdUtc")).toString(),
                      m[QStringLiteral("operator")][QStringLiteral("id")].toString(),
                      m[QStringLiteral("operator")][QStringLiteral("name")].toString()));
    pdf.line(Tr::tr("Events in this report: %1 (sequence %2 to %3)")
                 .arg(v.value(QStringLiteral("events")).toInteger())
                 .arg(v.value(QStringLiteral("firstSeq")).toInteger())
                 .arg(v.value(QStringLiteral("lastSeq")).toInteger()));
}

void writeVerdict(PdfDocument& pdf, const QJsonObject& v)
{
    const QJsonObject chain = v.value(QStringLiteral("chain")).toObject();
    pdf.heading(Tr::tr("Verification verdict"));
    pdf.line(chain.value(QStringLiteral("intact")).toBool() ? Tr::tr("VERDICT: INTACT")
                                                            : Tr::tr("VERDICT: TAMPERED"),
             PdfDocument::Font::Bold, 11);
    pdf.line(chain.value(QStringLiteral("message")).toString());
    pdf.line(Tr::tr("Events verified: %1; signed checkpoints: %2; last checkpoint at event %3.")
                 .arg(chain.value(QStringLiteral("eventsVerified")).toInteger())
                 .arg(chain.value(QStringLiteral("checkpoints")).toInteger())
                 .arg(chain.value(QStringLiteral("lastCheckpointSeq")).toInteger()));
    const QJsonObject cp = v.value(QStringLiteral("lastCheckpoint")).toObject();
    if (!cp.isEmpty()) {
        for (const QString& key : cp.keys())
            pdf.line(QStringLiteral("  %1: %2").arg(key, cp.value(key).toVariant().toString()),
                     PdfDocument::Font::Mono, 7);
    }
}

void writeOperators(PdfDocument& pdf, const QJsonObject& v)
{
    pdf.heading(Tr::tr("Operators"));
    for (const QJsonValue& o : v.value(QStringLiteral("operators")).toArray()) {
        const QJsonObject op = o.toObject();
        const QString name = op.value(QStringLiteral("fullName")).toString();
        pdf.line(QStringLiteral("%1 - %2%3")
                     .arg(op.value(QStringLiteral("id")).toString(),
                          name.isEmpty() ? Tr::tr("(station software or unknown)") : name,
                          op.contains(QStringLiteral("role"))
                              ? QStringLiteral(" (%1)").arg(op.value(QStringLiteral("role")).toString())
                              : QString()));
    }
}

void writeSignatures(PdfDocument& pdf, const QJsonObject& v)
{
    pdf.heading(Tr::tr("Electronic signatures"));
    const QJsonArray signatures = v.value(QStringLiteral("signatures")).toArray();
    if (signatures.isEmpty())
        pdf.line(Tr::tr("None in this period."));
    for (const QJsonValue& s : signatures) {
        const QJsonObject sig = s.toObject();
        pdf.line(Tr::tr("%1  %2 (%3) signed meaning \"%4\" for %5 %6; reason: %7")
                     .arg(sig.value(QStringLiteral("signedUtc")).toString(),
                          sig.value(QStringLiteral("signerId")).toString(),
                          sig.value(QStringLiteral("signerName")).toString(),
                          sig.value(QStringLiteral("meaning")).toString(),
                          sig.value(QStringLiteral("recordType")).toString(),
                          sig.value(QStringLiteral("recordUuid")).toString(),
                          sig.value(QStringLiteral("reason")).toString()));
    }
}

void writeEvents(PdfDocument& pdf, const QJsonArray& events)
{
    pdf.heading(Tr::tr("Events"));
    for (const QJsonValue& ev : events) {
        const QJsonObject e = ev.toObject();
        QString what = QStringLiteral("%1 %2").arg(e.value(QStringLiteral("action")).toString(),
                                                   e.value(QStringLiteral("object")).toString());
        if (!e.value(QStringLiteral("field")).toString().isEmpty())
            what += QLatin1Char('.') + e.value(QStringLiteral("field")).toString();
        pdf.line(
            QStringLiteral("#%1  %2  %3 (%4)%5  %6")
                .arg(e.value(QStringLiteral("seq")).toInteger())
                .arg(e.value(QStringLiteral("time_utc")).toString(),
                     e.value(QStringLiteral("actor_id")).toString(),
                     e.value(QStringLiteral("actor_name")).toString(),
                     e.value(QStringLiteral("device_serial")).toString().isEmpty()
                         ? QString()
                         : QStringLiteral("  device ") + e.value(QStringLiteral("device_serial")).toString(),
                     what),
            PdfDocument::Font::Mono, 7);
        const QString oldValue = e.value(QStringLiteral("old_value")).toString();
        const QString newValue = e.value(QStringLiteral("new_value")).toString();
        if (!oldValue.isEmpty() || !newValue.isEmpty())
            pdf.line(QStringLiteral("      %1 -> %2").arg(oldValue, newValue), PdfDocument::Font::Mono, 7);
        if (!e.value(QStringLiteral("reason")).toString().isEmpty())
            pdf.line(QStringLiteral("      ") +
                         Tr::tr("reason: %1").arg(e.value(QStringLiteral("reason")).toString()),
                     PdfDocument::Font::Mono, 7);
    }
}

} // namespace

ExportResult<void> writeAuditReport(const QString& exportDir, const QString& pdfPath, const QJsonObject& m)
{
    const QDir dir(exportDir);
    bool okV = false, okE = false;
    const QJsonObject v = readJson(dir.filePath(QStringLiteral("verification.json")), &okV).object();
    const QJsonArray events = readJson(dir.filePath(QStringLiteral("audit-events.json")), &okE).array();
    if (!okV || !okE)
        return fail(
            ExportError{ExportErrc::Io, Tr::tr("%1 holds no complete audit export (verification.json, "
                                               "audit-events.json).")
                                            .arg(exportDir)});
    PdfDocument pdf;
    writeCover(pdf, v, m);
    writeVerdict(pdf, v);
    writeOperators(pdf, v);
    writeSignatures(pdf, v);
    writeEvents(pdf, events);
    QFile out(pdfPath);
    const QByteArray bytes = pdf.render();
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(bytes) != bytes.size() ||
        !out.flush())
        return fail(
            ExportError{ExportErrc::Io, Tr::tr("Cannot write %1: %2").arg(pdfPath, out.errorString())});
    return {};
}

} // namespace tps::db::exports
