#include "exports/StoredBatchExporter.h"

#include "core/dps/RegistrationId.h"
#include "db/AuditTrail.h"
#include "exports/ExportCommit.h"

#include <QCoreApplication>
#include <QDir>

namespace tps::db::exports {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DpsBatchExporter) // the station export's own messages
};

ExportResult<void> checkOptions(const DpsBatchOptions& options)
{
    if (options.production && options.allowSimulated)
        return fail(ExportError{ExportErrc::SimulatedRefused,
                                Tr::tr("Simulated devices are never exported from a production profile.")});
    if (options.outDir.isEmpty())
        return fail(ExportError{ExportErrc::Invalid, Tr::tr("No output directory given.")});
    const QDir out(options.outDir);
    if (out.exists() && !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(ExportError{ExportErrc::Invalid,
                                Tr::tr("The output directory %1 is not empty.").arg(options.outDir)});
    return {};
}

// The store's devices that DPS can enroll, with their registration IDs; the others into `skipped`.
QList<DpsDeviceStore::Member> enrollable(StoredCandidates& c, QList<SkippedDevice>& skipped)
{
    QList<DpsDeviceStore::Member> members;
    QList<BatchDevice> kept;
    for (qsizetype i = 0; i < c.devices.size(); ++i) {
        BatchDevice& d = c.devices[i];
        const dps::DpsReadiness ready = d.ek.isEmpty()
                                            ? dps::DpsReadiness{false, Tr::tr("no EK recorded by step 2")}
                                            : dps::dpsReadiness(d.ek);
        if (!ready.ready) {
            skipped.append({QString::fromUtf8(d.serial), ready.reason});
            continue;
        }
        d.registrationId = dps::registrationIdFromEk(d.ek).toLatin1();
        const int operation = int(kept.size() / kMaxEnrollmentsPerOperation) + 1;
        members.append({c.keys.at(i), d.serial, d.registrationId, operation});
        kept.append(std::move(d));
    }
    c.devices = std::move(kept);
    return members;
}
} // namespace

ExportResult<DpsBatchResult> exportStoredBatch(Database& station, DpsDeviceStore& store,
                                               const DpsBatchOptions& options)
{
    if (auto ok = checkOptions(options); !ok)
        return fail(ok.error());
    auto found = store.candidates(options);
    if (!found)
        return fail(found.error());
    DpsBatchResult result;
    result.skipped = found->skipped;
    result.simulatedLeftOut = found->simulatedLeftOut;
    const QList<DpsDeviceStore::Member> members = enrollable(*found, result.skipped);
    if (found->devices.isEmpty())
        return fail(ExportError{ExportErrc::NoDevices,
                                Tr::tr("No device of the batch can be enrolled in DPS (%n left out).",
                                       nullptr, int(result.skipped.size()))});
    auto tx = Transaction::begin(station);
    if (!tx)
        return fail(ExportError{ExportErrc::Storage, tx.error().message});
    result.uuid = newUuid();
    result.product = found->product;
    result.devices = found->devices.size();
    for (const BatchDevice& d : std::as_const(found->devices))
        result.simulated = result.simulated || d.simulated;
    const QString createdUtc = utcNow();
    result.name =
        options.name.isEmpty()
            ? QStringLiteral("batch-") + createdUtc.left(19).remove(QLatin1Char(':')).remove(QLatin1Char('-'))
            : options.name;
    auto dir = ExportDirectory::create(options.outDir);
    if (!dir)
        return fail(dir.error());
    ExportDirectory& outDir = **dir;
    auto built = buildBatchFiles(outDir, options.profile, result,
                                 "# FROM " + store.describe().toUtf8() + "\n" +
                                     (result.simulated ? QByteArray("# SIMULATED DEVICES INCLUDED (marked "
                                                                    "'simulated' in the tags): NOT FOR "
                                                                    "PRODUCTION.\n")
                                                       : QByteArray()),
                                 std::move(found->devices));
    if (!built)
        return fail(built.error());
    AuditTrail audit(station);
    auto identity = exportSigningIdentity(station, audit, options.actor, outDir);
    if (!identity)
        return fail(identity.error());
    result.certificateFingerprint = identity->fingerprint;
    if (auto signedManifest = signBatchManifest(station, *identity, outDir, options.actor, createdUtc,
                                                store.manifestExtra(), *built, result);
        !signedManifest)
        return fail(signedManifest.error());
    if (auto r = store.record(result, createdUtc, station.stationId(), members); !r)
        return fail(r.error());
    AuditEntry e;
    e.action = QStringLiteral("export");
    e.object = QStringLiteral("batch:") + result.uuid;
    e.field = QStringLiteral("dps-enrollment-batch");
    e.newValue = QStringLiteral("name=%1 product=%2 devices=%3 operations=%4 simulated=%5 manifest_sha256=%6 "
                                "from=%7")
                     .arg(result.name, result.product)
                     .arg(result.devices)
                     .arg(result.operations)
                     .arg(result.simulated ? QStringLiteral("true") : QStringLiteral("false"),
                          result.manifestSha256, store.describe());
    e.reason = QStringLiteral("DPS enrollment batch from another store");
    if (auto r = finishExport(**tx, audit, options.actor, e, outDir); !r)
        return fail(r.error());
    if (auto r = store.commit(); !r)
        return fail(r.error());
    return result;
}

} // namespace tps::db::exports
