#include "exports/LotBatchExporter.h"

#include "core/dps/RegistrationId.h"
#include "db/AuditTrail.h"
#include "exports/BatchFileBuilder.h"
#include "exports/ExportCommit.h"

#include <QCoreApplication>
#include <QDir>

namespace tps::db::exports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LotBatchExporter)
};

ExportError storage(const DbError& e)
{
    return ExportError{ExportErrc::Storage, e.message};
}

// The lot's id and its entries' EKs and TPM serials, in list order.
struct LotEks
{
    qint64 lotId = 0;
    QList<BatchDevice> devices;
    QList<SkippedDevice> skipped;
};

DbResult<LotEks> lotEks(Database& db, const QString& lot)
{
    LotEks out;
    auto id = db.queryOptional(
        "SELECT id FROM lots WHERE lot = ?1", [&](Statement& s) { s.bind(1, lot); },
        [](const Statement& s) { return s.int64(0); });
    if (!id)
        return fail(id.error());
    if (!*id)
        return fail(DbError{DbErrc::NotFound, Tr::tr("No lot %1 was imported.").arg(lot)});
    out.lotId = **id;
    auto stmt =
        db.prepare("SELECT row, ek_public, key_algorithm FROM lot_entries WHERE lot_id = ?1 ORDER BY id");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, out.lotId);
    while (true) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return out;
        const QString where = Tr::tr("lot %1 row %2").arg(lot).arg(stmt->int64(0));
        BatchDevice d;
        d.ek = stmt->blob(1);
        const dps::DpsReadiness ready = d.ek.isEmpty()
                                            ? dps::DpsReadiness{false, Tr::tr("no EK_pub the TPM would "
                                                                              "report (%1)")
                                                                           .arg(stmt->text(2))}
                                            : dps::dpsReadiness(d.ek);
        if (!ready.ready) {
            out.skipped.append({where, ready.reason});
            continue;
        }
        d.registrationId = dps::registrationIdFromEk(d.ek).toLatin1();
        out.devices.append(d);
    }
}

DbResult<void> recordBatch(Database& db, const DpsBatchResult& r, qint64 lotId, const LotBatchOptions& o,
                           const QString& createdUtc)
{
    auto insert =
        db.prepare("INSERT INTO batches(uuid, name, creator_id, creator_name, created_utc, product, "
                   "simulated, devices, operations, manifest_sha256) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, "
                   "?7, ?8, ?9)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, r.uuid)
        .bind(2, r.name)
        .bind(3, o.actor.id)
        .bind(4, o.actor.name)
        .bind(5, createdUtc)
        .bind(6, r.product)
        .bind(7, r.devices)
        .bind(8, r.operations)
        .bind(9, r.manifestSha256);
    if (auto e = insert->exec(); !e)
        return e;
    auto link = db.prepare("INSERT INTO lot_batches(batch_id, lot_id) VALUES (?1, ?2)");
    if (!link)
        return fail(link.error());
    link->bind(1, db.lastInsertId()).bind(2, lotId);
    return link->exec();
}
} // namespace

ExportResult<DpsBatchResult> exportLotBatch(Database& db, const LotBatchOptions& options)
{
    if (options.outDir.isEmpty())
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("No output directory given.")});
    QDir out(options.outDir);
    if (out.exists() && !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(ExportError{ExportErrc::Invalid,
                                Tr::tr("The output directory %1 is not empty.").arg(options.outDir)});
    auto tx = Transaction::begin(db);
    if (!tx)
        return fail(storage(tx.error()));
    auto eks = lotEks(db, options.lot);
    if (!eks)
        return fail(
            ExportError{eks.error().code == DbErrc::NotFound ? ExportErrc::Invalid : ExportErrc::Storage,
                        eks.error().message});
    if (eks->devices.isEmpty())
        return fail(
            ExportError{ExportErrc::NoDevices, Tr::tr("No EK of lot %1 can be enrolled in DPS (%n left out).",
                                                      nullptr, int(eks->skipped.size()))
                                                   .arg(options.lot)});
    DpsBatchResult result;
    result.uuid = newUuid();
    result.product = options.product;
    result.skipped = eks->skipped;
    const QString createdUtc = utcNow();
    result.name = options.name.isEmpty()
                      ? options.lot + QStringLiteral("-prepared-") +
                            createdUtc.left(19).remove(QLatin1Char(':')).remove(QLatin1Char('-'))
                      : options.name;
    auto dir = ExportDirectory::create(options.outDir);
    if (!dir)
        return fail(dir.error());
    ExportDirectory& outDir = **dir;
    auto files =
        openBatchFiles(outDir, result.name, result.uuid,
                       "# PREPARED FROM LOT " + options.lot.toUtf8() +
                           " BEFORE THE TPMS WERE SOLDERED: serial and firmware are not known yet.\n");
    if (!files)
        return fail(files.error());
    const EnrollmentWriter writer(options.profile, result.name, result.product);
    BatchFileBuilder builder(outDir, writer, std::move(files->first), std::move(files->second));
    result.devices = eks->devices.size();
    builder.push(std::move(eks->devices));
    auto built = builder.finish();
    if (!built)
        return fail(built.error());
    outDir.setMode(QStringLiteral("enroll.sh"), 0750);
    result.operations = int(built->operations.size());
    const QJsonArray manifestFiles = batchManifestFiles(*built, result.devices);
    AuditTrail audit(db);
    auto identity = exportSigningIdentity(db, audit, options.actor, outDir);
    if (!identity)
        return fail(identity.error());
    result.certificateFingerprint = identity->fingerprint;
    if (auto signedManifest =
            signBatchManifest(db, *identity, outDir, options.actor, createdUtc,
                              {{QStringLiteral("preparedFromLot"), options.lot}}, manifestFiles, result);
        !signedManifest)
        return fail(signedManifest.error());
    if (auto r = recordBatch(db, result, eks->lotId, options, createdUtc); !r)
        return fail(storage(r.error()));
    AuditEntry e;
    e.action = QStringLiteral("export");
    e.object = QStringLiteral("batch:") + result.uuid;
    e.field = QStringLiteral("dps-enrollment-batch");
    e.newValue = QStringLiteral("name=%1 product=%2 lot=%3 enrollments=%4 operations=%5 manifest_sha256=%6")
                     .arg(result.name, result.product, options.lot)
                     .arg(result.devices)
                     .arg(result.operations)
                     .arg(result.manifestSha256);
    e.reason = QStringLiteral("DPS enrollment batch prepared from a lot before soldering");
    if (auto r = finishExport(**tx, audit, options.actor, e, outDir); !r)
        return fail(r.error());
    return result;
}

} // namespace tps::db::exports
