#include "exports/AuditTrailExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace tps::db {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)
};
} // namespace

QJsonObject auditExportEvent(const AuditEvent& ev)
{
    return QJsonObject{{QStringLiteral("seq"), ev.seq},
                       {QStringLiteral("uuid"), ev.uuid},
                       {QStringLiteral("timeUtc"), ev.timeUtc},
                       {QStringLiteral("stationId"), ev.stationId},
                       {QStringLiteral("softwareVersion"), ev.softwareVersion},
                       {QStringLiteral("actorId"), ev.actorId},
                       {QStringLiteral("actorName"), ev.actorName},
                       {QStringLiteral("deviceSerial"), ev.entry.deviceSerial},
                       {QStringLiteral("action"), ev.entry.action},
                       {QStringLiteral("object"), ev.entry.object},
                       {QStringLiteral("field"), ev.entry.field},
                       {QStringLiteral("oldValue"), ev.entry.oldValue},
                       {QStringLiteral("newValue"), ev.entry.newValue},
                       {QStringLiteral("reason"), ev.entry.reason},
                       {QStringLiteral("prevHash"), QString::fromLatin1(ev.prevHash.toHex())},
                       {QStringLiteral("hash"), QString::fromLatin1(ev.hash.toHex())}};
}

QJsonObject auditExportDocument(const QString& stationId, const Actor& actor, const QByteArray& publicKeyPem,
                                const Checkpoint& checkpoint, const QJsonArray& events)
{
    QJsonObject cpJson = checkpoint.toJson();
    cpJson.insert(QStringLiteral("payload"), QString::fromLatin1(checkpoint.payload().toHex()));
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("tps-audit-export-1")},
                       {QStringLiteral("stationId"), stationId},
                       {QStringLiteral("exportedUtc"), utcNow()},
                       {QStringLiteral("exportedBy"), QStringLiteral("%1 (%2)").arg(actor.id, actor.name)},
                       {QStringLiteral("publicKeyPem"), QString::fromLatin1(publicKeyPem)},
                       {QStringLiteral("checkpoint"), cpJson},
                       {QStringLiteral("events"), events}};
}

DbResult<AuditExportSummary> exportAuditTrail(StationStore& store, const Actor& actor, const QString& outPath)
{
    if (outPath.isEmpty())
        return fail(DbError{DbErrc::Invalid, Tr::tr("No export file given.")});
    Database& db = store.database();
    AuditTrail trail(db);
    AuditEntry e;
    e.action = QStringLiteral("export");
    e.object = QStringLiteral("audit-trail");
    e.field = QStringLiteral("file");
    e.newValue = outPath;
    e.reason = QStringLiteral("audit export");
    if (auto r = trail.append(actor, e); !r)
        return fail(r.error());
    auto cp = store.checkpoint();
    if (!cp)
        return fail(cp.error());
    if (!*cp)
        return fail(DbError{DbErrc::Sql, Tr::tr("The export could not be checkpointed.")});
    const Checkpoint checkpoint = **cp;

    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(DbError{DbErrc::Io, Tr::tr("Cannot write %1: %2").arg(outPath, file.errorString())});
    QJsonArray events;
    for (qint64 from = 1; from <= checkpoint.seq;) {
        auto page = trail.events(from, 10000);
        if (!page)
            return fail(page.error());
        if (page->isEmpty())
            break;
        for (const AuditEvent& ev : std::as_const(*page)) {
            if (ev.seq > checkpoint.seq)
                break;
            events.append(auditExportEvent(ev));
        }
        from = page->last().seq + 1;
    }
    const QJsonObject doc =
        auditExportDocument(db.stationId(), actor, store.key().publicKeyPem(), checkpoint, events);
    file.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(DbError{DbErrc::Io, Tr::tr("Cannot write %1: %2").arg(outPath, file.errorString())});
    return AuditExportSummary{outPath, static_cast<qint64>(events.size()), checkpoint};
}

} // namespace tps::db
