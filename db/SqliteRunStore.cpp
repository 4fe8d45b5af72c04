#include "db/SqliteRunStore.h"

#include "db/Permissions.h"

#include "core/common/Identifiers.h"
#include "core/crypto/CaDirectory.h"
#include "db/Lots.h"
#include "db/TrustStore.h"

#include "db/AuditTrail.h"
#include "db/Operators.h"
#include "db/Signatures.h"
#include "db/StationStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tps::db {

using namespace timeline;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqliteRunStore)
};

StoreError storageError(const DbError& e)
{
    return toStoreError(e);
}

QString verdictKey(Verdict v)
{
    return v == Verdict::Pass   ? QStringLiteral("pass")
           : v == Verdict::Fail ? QStringLiteral("fail")
                                : QStringLiteral("none");
}

Verdict verdictFromKey(const QString& k)
{
    return k == QLatin1String("pass")   ? Verdict::Pass
           : k == QLatin1String("fail") ? Verdict::Fail
                                        : Verdict::NotEvaluated;
}

QString errcKey(StepErrc c)
{
    switch (c) {
    case StepErrc::Tpm:
        return QStringLiteral("tpm");
    case StepErrc::Precondition:
        return QStringLiteral("precondition");
    case StepErrc::Configuration:
        return QStringLiteral("configuration");
    case StepErrc::Validation:
        return QStringLiteral("validation");
    case StepErrc::Certificate:
        return QStringLiteral("certificate");
    case StepErrc::Duplicate:
        return QStringLiteral("duplicate");
    case StepErrc::Lot:
        return QStringLiteral("lot");
    case StepErrc::AlreadyOwned:
        return QStringLiteral("already-owned");
    case StepErrc::Firmware:
        return QStringLiteral("firmware");
    case StepErrc::Programmer:
        return QStringLiteral("programmer");
    case StepErrc::Attestation:
        return QStringLiteral("attestation");
    case StepErrc::Storage:
        return QStringLiteral("storage");
    case StepErrc::Cancelled:
        return QStringLiteral("cancelled");
    case StepErrc::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString variantJson(const QVariant& v)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)}).toJson(QJsonDocument::Compact));
}

QVariant jsonVariant(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0).toVariant();
}

// The DPS registration ID and the EK digest a passing EK step vouches for (docs/AUDIT.md, "identities").
void identityOf(const StepResult& r, QString* registrationId, QString* ekDigest)
{
    for (const Measurement& m : r.measurements) {
        const QString n = m.name.toLower();
        if (n.contains(QLatin1String("registration")) && m.value.typeId() == QMetaType::QString)
            *registrationId = m.value.toString();
    }
    for (const Artifact& a : r.artifacts) {
        if (a.name == QLatin1String("ek.pub"))
            *ekDigest = sha256Hex(a.data);
    }
}

DbResult<std::optional<qint64>> deviceId(Database& db, const QString& uuid)
{
    auto stmt = db.prepare("SELECT id FROM devices WHERE uuid = ?1");
    if (!stmt)
        return fail(stmt.error());
    stmt->bind(1, uuid);
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<qint64>{};
    return std::optional<qint64>{stmt->int64(0)};
}

} // namespace

SqliteRunStore::SqliteRunStore(std::unique_ptr<Database> db, StationKey key)
    : m_db(std::move(db)), m_key(std::move(key)), m_actor(systemActor())
{}

Result<DeviceHistory, StoreError> SqliteRunStore::beginRun(const Device& device, const Actor& actor,
                                                           int socket)
{
    m_actor = actor;
    // The serial rule (core/common/Identifiers.h), the same the scanner field and the programmer apply:
    // what a scanner sends when it misreads (CR, LF, TAB, ESC sequences), blanks, and anything a
    // spreadsheet or a programmer's command line would read as more than a value are refused.
    if (!isValidSerial(device.serial))
        return fail(StoreError{StoreErrc::Invalid, serialRefusal(device.serial)});
    if (device.product.isEmpty())
        return fail(StoreError{StoreErrc::Invalid, Tr::tr("No product profile is selected.")});
    DeviceHistory history;
    qint64 id = 0;
    {
        auto tx = Transaction::begin(*m_db);
        if (!tx)
            return fail(storageError(tx.error()));
        AuditTrail audit(*m_db);
        auto find =
            m_db->prepare("SELECT id, uuid, rework_epoch FROM devices WHERE product = ?1 AND serial = ?2");
        if (!find)
            return fail(storageError(find.error()));
        find->bind(1, device.product).bind(2, device.serial);
        auto row = find->step();
        if (!row)
            return fail(storageError(row.error()));
        if (*row) {
            id = find->int64(0);
            history.deviceUuid = find->text(1);
            history.reworkEpoch = static_cast<int>(find->int64(2));
        } else {
            history.deviceUuid = device.uuid.isEmpty() ? newUuid() : device.uuid;
            auto insert = m_db->prepare("INSERT INTO devices(uuid, serial, product, simulated, station_id, "
                                        "created_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            if (!insert)
                return fail(storageError(insert.error()));
            insert->bind(1, history.deviceUuid)
                .bind(2, device.serial)
                .bind(3, device.product)
                .bind(4, device.simulated ? 1 : 0)
                .bind(5, m_db->stationId())
                .bind(6, utcNow());
            if (auto r = insert->exec(); !r)
                return fail(storageError(r.error()));
            id = m_db->lastInsertId();
            AuditEntry e;
            e.deviceSerial = device.serial;
            e.action = QStringLiteral("create");
            e.object = QStringLiteral("device:") + history.deviceUuid;
            e.newValue =
                QStringLiteral("product=%1; simulated=%2")
                    .arg(device.product, device.simulated ? QStringLiteral("yes") : QStringLiteral("no"));
            e.reason = QStringLiteral("serial scanned");
            if (auto r = audit.append(actor, e); !r)
                return fail(storageError(r.error()));
        }
        history.runUuid = newUuid();
        auto run =
            m_db->prepare("INSERT INTO runs(uuid, device_id, station_id, socket, actor_id, started_utc) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!run)
            return fail(storageError(run.error()));
        run->bind(1, history.runUuid)
            .bind(2, id)
            .bind(3, m_db->stationId())
            .bind(4, socket)
            .bind(5, actor.id)
            .bind(6, utcNow());
        if (auto r = run->exec(); !r)
            return fail(storageError(r.error()));
        AuditEntry e;
        e.deviceSerial = device.serial;
        e.action = QStringLiteral("create");
        e.object = QStringLiteral("run:") + history.runUuid;
        e.field = QStringLiteral("state");
        e.newValue = QStringLiteral("running");
        e.reason = QStringLiteral("socket %1").arg(socket);
        if (device.timing.simulated())
            e.reason += QStringLiteral("; TPM timing simulated (%1 model)").arg(device.timing.name);
        if (auto r = audit.append(actor, e); !r)
            return fail(storageError(r.error()));
        if (auto r = (*tx)->commit(); !r)
            return fail(storageError(r.error()));
    }
    if (auto r = loadHistory(id, history); !r)
        return fail(storageError(r.error()));
    return history;
}

DbResult<void> SqliteRunStore::loadHistory(qint64 id, DeviceHistory& history)
{
    auto counts = m_db->prepare("SELECT step, max(attempt), "
                                "sum(CASE WHEN kind = 'run' AND outcome IN ('fail', 'error') AND "
                                "rework_epoch = ?2 THEN 1 ELSE 0 END) "
                                "FROM step_results WHERE device_id = ?1 GROUP BY step");
    if (!counts)
        return fail(counts.error());
    counts->bind(1, id).bind(2, history.reworkEpoch);
    for (;;) {
        auto row = counts->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const auto step = static_cast<StepId>(counts->int64(0));
        history.attempts.insert(step, static_cast<int>(counts->int64(1)));
        history.failures.insert(step, static_cast<int>(counts->int64(2)));
    }
    // A pass counts unless a later rework restarts the device at or before its step.
    auto passes = m_db->prepare(
        "SELECT s.id, s.step, s.duration_ms FROM step_results s WHERE s.device_id = ?1 AND s.kind = 'run' "
        "AND s.outcome = 'pass' AND NOT EXISTS (SELECT 1 FROM reworks r WHERE r.device_id = s.device_id "
        "AND r.restart_step > 0 AND r.restart_step <= s.step AND r.epoch > s.rework_epoch) ORDER BY "
        "s.attempt");
    auto measurements = m_db->prepare("SELECT name, value, unit, lower_limit, upper_limit, expected, verdict "
                                      "FROM measurements WHERE step_result_id = ?1 ORDER BY id");
    auto artifacts =
        m_db->prepare("SELECT name, media_type, data FROM artifacts WHERE step_result_id = ?1 ORDER BY id");
    if (!passes || !measurements || !artifacts)
        return fail(!passes ? passes.error() : !measurements ? measurements.error() : artifacts.error());
    passes->bind(1, id);
    for (;;) {
        auto row = passes->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        StepResult result;
        result.durationMs = passes->int64(2);
        measurements->reset();
        measurements->bind(1, passes->int64(0));
        while (true) {
            auto m = measurements->step();
            if (!m)
                return fail(m.error());
            if (!*m)
                break;
            Measurement x;
            x.name = measurements->text(0);
            x.value = jsonVariant(measurements->text(1));
            x.unit = measurements->text(2);
            if (!measurements->isNull(3))
                x.lower = measurements->real(3);
            if (!measurements->isNull(4))
                x.upper = measurements->real(4);
            if (!measurements->isNull(5))
                x.expected = jsonVariant(measurements->text(5));
            x.verdict = verdictFromKey(measurements->text(6));
            result.measurements.append(x);
        }
        artifacts->reset();
        artifacts->bind(1, passes->int64(0));
        while (true) {
            auto a = artifacts->step();
            if (!a)
                return fail(a.error());
            if (!*a)
                break;
            result.artifacts.append(Artifact{artifacts->text(0), artifacts->text(1), artifacts->blob(2)});
        }
        history.passed.insert(static_cast<StepId>(passes->int64(1)), result);
    }
    return {};
}

Result<StepResult, StoreError> SqliteRunStore::recordStep(const DeviceHistory& history, const Device& device,
                                                          const Actor& actor, StepId step, int attempt,
                                                          ResultKind kind, const StepResult& result)
{
    return recordStepEnding(history, device, actor, step, attempt, kind, result, nullptr);
}

Result<StepResult, StoreError> SqliteRunStore::recordFinalStep(const DeviceHistory& history,
                                                               const Device& device, const Actor& actor,
                                                               StepId step, int attempt, ResultKind kind,
                                                               const StepResult& result, RunState state,
                                                               const QString& summary, bool* ended)
{
    *ended = false;
    const EndOfRun end{state, summary, ended};
    return recordStepEnding(history, device, actor, step, attempt, kind, result, &end);
}

namespace {

// The phases of recording a step result (SqliteRunStore::recordStepEnding), inside its transaction.

DbResult<void> appended(const DbResult<qint64>& seq)
{
    if (!seq)
        return fail(seq.error());
    return {};
}

Result<qint64, StoreError> runIdOf(Database& db, const QString& runUuid)
{
    auto run = db.prepare("SELECT id FROM runs WHERE uuid = ?1");
    if (!run)
        return fail(storageError(run.error()));
    run->bind(1, runUuid);
    if (auto r = run->step(); !r || !*r)
        return fail(r ? StoreError{StoreErrc::NotFound, Tr::tr("Unknown run.")} : storageError(r.error()));
    return run->int64(0);
}

// A passing EK step binds the device's identities, which are unique across the database: bound to this
// device, or — when another device holds them — the result becomes a Duplicate failure. Both audited.
DbResult<void> bindIdentities(Database& db, AuditTrail& audit, const Actor& actor,
                              const DeviceHistory& history, const Device& device, qint64 deviceRow,
                              StepResult& stored)
{
    QString registrationId;
    QString ekDigest;
    identityOf(stored, &registrationId, &ekDigest);
    if (registrationId.isEmpty() && ekDigest.isEmpty())
        return {};
    auto other = db.prepare("SELECT serial FROM devices WHERE id <> ?1 AND "
                            "((?2 <> '' AND registration_id = ?2) OR (?3 <> '' AND ek_digest = ?3)) "
                            "LIMIT 1");
    if (!other)
        return fail(other.error());
    other->bind(1, deviceRow).bind(2, registrationId).bind(3, ekDigest);
    auto row = other->step();
    if (!row)
        return fail(row.error());
    AuditEntry e;
    e.deviceSerial = device.serial;
    e.object = QStringLiteral("device:") + history.deviceUuid;
    e.field = QStringLiteral("registration_id");
    e.newValue = registrationId;
    if (*row) {
        const QString otherSerial = other->text(0);
        stored.outcome = Outcome::Fail;
        stored.error = StepError{
            StepErrc::Duplicate,
            Tr::tr("This TPM's endorsement key is already registered to device %1. Set the "
                   "device aside and call the supervisor.")
                .arg(otherSerial),
            QStringLiteral("EK/registration ID %1 already bound to %2").arg(registrationId, otherSerial)};
        e.action = QStringLiteral("duplicate-ek");
        e.reason = QStringLiteral("already bound to %1").arg(otherSerial);
        return appended(audit.append(actor, e));
    }
    auto bindIds = db.prepare("UPDATE devices SET registration_id = nullif(?1, ''), "
                              "ek_digest = nullif(?2, '') WHERE id = ?3");
    if (!bindIds)
        return fail(bindIds.error());
    bindIds->bind(1, registrationId).bind(2, ekDigest).bind(3, deviceRow);
    if (auto r = bindIds->exec(); !r)
        return r;
    e.action = QStringLiteral("change");
    e.reason = QStringLiteral("EK extracted; ek sha256=%1").arg(ekDigest);
    return appended(audit.append(actor, e));
}

DbResult<void> insertMeasurements(Database& db, qint64 resultId, const QList<Measurement>& measurements)
{
    auto meas = db.prepare("INSERT INTO measurements(uuid, step_result_id, name, value, unit, lower_limit, "
                           "upper_limit, expected, verdict) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!meas)
        return fail(meas.error());
    for (const Measurement& m : measurements) {
        meas->reset();
        meas->bind(1, newUuid())
            .bind(2, resultId)
            .bind(3, m.name)
            .bind(4, variantJson(m.value))
            .bind(5, m.unit)
            .bindOptional(6, m.lower)
            .bindOptional(7, m.upper);
        if (m.expected.isValid())
            meas->bind(8, variantJson(m.expected));
        meas->bind(9, verdictKey(m.verdict));
        if (auto r = meas->exec(); !r)
            return r;
    }
    return {};
}

DbResult<void> insertArtifacts(Database& db, qint64 resultId, const QList<Artifact>& artifacts)
{
    auto art = db.prepare("INSERT INTO artifacts(uuid, step_result_id, name, media_type, sha256, data) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!art)
        return fail(art.error());
    for (const Artifact& a : artifacts) {
        art->reset();
        art->bind(1, newUuid())
            .bind(2, resultId)
            .bind(3, a.name)
            .bind(4, a.mediaType)
            .bind(5, sha256Hex(a.data));
        art->bind(6, a.data.isNull() ? QByteArray("") : a.data);
        if (auto r = art->exec(); !r)
            return r;
    }
    return {};
}

struct StepRow
{
    qint64 runId = 0;
    qint64 deviceId = 0;
    StepId step = StepId::TpmInstalled;
    int attempt = 0;
    ResultKind kind = ResultKind::Run;
    int reworkEpoch = 0;
};

// The step_results row with its measurements and artifacts; its UUID.
Result<QString, DbError> insertStepResult(Database& db, const StepRow& row, const StepResult& stored)
{
    const QString uuid = newUuid();
    auto insert = db.prepare(
        "INSERT INTO step_results(uuid, run_id, device_id, step, attempt, kind, outcome, error_code, "
        "operator_message, technical, duration_ms, recorded_utc, rework_epoch) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, uuid)
        .bind(2, row.runId)
        .bind(3, row.deviceId)
        .bind(4, static_cast<int>(row.step))
        .bind(5, row.attempt)
        .bind(6, row.kind == ResultKind::Run ? QStringLiteral("run") : QStringLiteral("recheck"))
        .bind(7, outcomeKey(stored.outcome))
        .bind(8, stored.error ? errcKey(stored.error->code) : QString())
        .bind(9, stored.error ? stored.error->operatorMessage : QString())
        .bind(10, stored.error ? stored.error->technical : QString())
        .bind(11, stored.durationMs)
        .bind(12, utcNow())
        .bind(13, row.reworkEpoch);
    if (auto r = insert->exec(); !r)
        return fail(r.error());
    const qint64 resultId = db.lastInsertId();
    if (auto r = insertMeasurements(db, resultId, stored.measurements); !r)
        return fail(r.error());
    if (auto r = insertArtifacts(db, resultId, stored.artifacts); !r)
        return fail(r.error());
    return uuid;
}

AuditEntry stepResultEntry(const Device& device, const QString& uuid, const StepRow& row,
                           const StepResult& stored)
{
    AuditEntry e;
    e.deviceSerial = device.serial;
    e.action = QStringLiteral("create");
    e.object = QStringLiteral("step-result:") + uuid;
    e.field = stepKey(row.step);
    e.newValue = QStringLiteral("attempt %1: %2").arg(row.attempt).arg(outcomeKey(stored.outcome));
    if (stored.error)
        e.newValue += QStringLiteral(" (%1: %2)").arg(errcKey(stored.error->code), stored.error->technical);
    e.reason = row.kind == ResultKind::Recheck ? QStringLiteral("re-check of the TPM on resume") : QString();
    return e;
}

} // namespace

Result<StepResult, StoreError> SqliteRunStore::recordStepEnding(const DeviceHistory& history,
                                                                const Device& device, const Actor& actor,
                                                                StepId step, int attempt, ResultKind kind,
                                                                const StepResult& result, const EndOfRun* end)
{
    StepResult stored = result;
    {
        auto tx = Transaction::begin(*m_db);
        if (!tx)
            return fail(storageError(tx.error()));
        AuditTrail audit(*m_db);
        auto id = deviceId(*m_db, history.deviceUuid);
        if (!id)
            return fail(storageError(id.error()));
        if (!*id)
            return fail(StoreError{StoreErrc::NotFound, Tr::tr("Unknown device %1.").arg(device.serial)});
        auto runId = runIdOf(*m_db, history.runUuid);
        if (!runId)
            return fail(runId.error());
        if (step == StepId::EkExtracted && kind == ResultKind::Run && stored.passed()) {
            if (auto r = bindIdentities(*m_db, audit, actor, history, device, **id, stored); !r)
                return fail(storageError(r.error()));
        }
        const StepRow row{*runId, **id, step, attempt, kind, history.reworkEpoch};
        auto uuid = insertStepResult(*m_db, row, stored);
        if (!uuid)
            return fail(storageError(uuid.error()));
        if (auto r = audit.append(actor, stepResultEntry(device, *uuid, row, stored)); !r)
            return fail(storageError(r.error()));
        // The run's end in the same transaction, when this result completes it.
        const bool ending = end && stored.passed();
        if (ending)
            if (auto r = appendEnd(history, device, actor, end->state, end->summary); !r)
                return fail(storageError(r.error()));
        if (auto r = (*tx)->commit(); !r)
            return fail(storageError(r.error()));
        if (ending)
            *end->ended = true;
    }
    // Every run's end is checkpointed (and every kCheckpointInterval events); a missed one is written next
    // time.
    (void)maybeCheckpoint(end && stored.passed());
    return stored;
}

DbResult<void> SqliteRunStore::maybeCheckpoint(bool runEnded)
{
    auto behind = m_db->queryInt("SELECT coalesce((SELECT max(seq) FROM audit_events), 0) - "
                                 "coalesce((SELECT max(seq) FROM checkpoints), 0)");
    if (!behind)
        return fail(behind.error());
    if (*behind <= 0 || (*behind < kCheckpointInterval && !runEnded))
        return {};
    auto written = writeCheckpoint(*m_db, m_key, checkpointPathFor(m_db->path()));
    if (!written)
        return fail(written.error());
    return {};
}

Result<void, StoreError> SqliteRunStore::endRun(const DeviceHistory& history, const Device& device,
                                                const Actor& actor, RunState state, const QString& summary)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return fail(storageError(tx.error()));
    if (auto r = appendEnd(history, device, actor, state, summary); !r)
        return fail(storageError(r.error()));
    if (auto r = (*tx)->commit(); !r)
        return fail(storageError(r.error()));
    (void)maybeCheckpoint(true);
    return {};
}

DbResult<void> SqliteRunStore::appendEnd(const DeviceHistory& history, const Device& device,
                                         const Actor& actor, RunState state, const QString& summary)
{
    auto update = m_db->prepare("UPDATE runs SET ended_utc = ?1, state = ?2 WHERE uuid = ?3");
    if (!update)
        return fail(update.error());
    update->bind(1, utcNow()).bind(2, runStateKey(state)).bind(3, history.runUuid);
    if (auto r = update->exec(); !r)
        return fail(r.error());
    AuditTrail audit(*m_db);
    AuditEntry e;
    e.deviceSerial = device.serial;
    e.action = QStringLiteral("change");
    e.object = QStringLiteral("run:") + history.runUuid;
    e.field = QStringLiteral("state");
    e.oldValue = QStringLiteral("running");
    e.newValue = runStateKey(state);
    e.reason = summary;
    if (auto r = audit.append(actor, e); !r)
        return fail(r.error());
    return {};
}

Result<void, StoreError> SqliteRunStore::orderRework(const QString& product, const QString& serial,
                                                     const Credentials& supervisor, const QString& reason,
                                                     std::optional<StepId> restartFrom)
{
    if (reason.trimmed().isEmpty())
        return fail(StoreError{StoreErrc::Invalid, Tr::tr("Rework needs a reason.")});
    Operators operators(*m_db);
    auto signer = operators.authenticate(supervisor.operatorId, supervisor.password,
                                         QStringLiteral("signature"), serial);
    if (!signer)
        return fail(StoreError{StoreErrc::Auth, signer.error().message});
    if (!permits(signer->role, Action::OrderRework)) {
        AuditTrail audit(*m_db);
        AuditEntry e;
        e.deviceSerial = serial;
        e.action = QStringLiteral("sign-refused");
        e.object = QStringLiteral("rework");
        e.field = QStringLiteral("role");
        e.newValue = roleKey(signer->role);
        e.reason =
            QStringLiteral("order-rework needs the role %1").arg(permittedRoleNames(Action::OrderRework));
        if (auto r = audit.append(signer->actor(), e); !r)
            return fail(storageError(r.error()));
        return fail(StoreError{StoreErrc::NotPermitted, Tr::tr("Only %1 can order rework; %2 is %3.")
                                                            .arg(permittedRoleNames(Action::OrderRework),
                                                                 signer->operatorId, roleKey(signer->role))});
    }
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return fail(storageError(tx.error()));
    auto find =
        m_db->prepare("SELECT id, uuid, rework_epoch FROM devices WHERE product = ?1 AND serial = ?2");
    if (!find)
        return fail(storageError(find.error()));
    find->bind(1, product).bind(2, serial);
    auto row = find->step();
    if (!row)
        return fail(storageError(row.error()));
    if (!*row)
        return fail(StoreError{StoreErrc::NotFound,
                               Tr::tr("There is no device %1 of product %2.").arg(serial, product)});
    const qint64 id = find->int64(0);
    const QString deviceUuid = find->text(1);
    const qint64 epoch = find->int64(2);
    auto failedStep =
        m_db->prepare("SELECT coalesce(max(step), 0) FROM step_results WHERE device_id = ?1 AND "
                      "rework_epoch = ?2 AND kind = 'run' AND outcome IN ('fail', 'error')");
    if (!failedStep)
        return fail(storageError(failedStep.error()));
    failedStep->bind(1, id).bind(2, epoch);
    if (auto r = failedStep->step(); !r)
        return fail(storageError(r.error()));
    const qint64 step = failedStep->int64(0);
    // The step the device runs again from (0: where it failed): its passes there and later, from earlier
    // epochs, no longer count (loadHistory).
    const qint64 restart = restartFrom ? qint64(*restartFrom) : 0;

    const QString reworkUuid = newUuid();
    const QJsonObject record{{QStringLiteral("type"), QStringLiteral("rework")},
                             {QStringLiteral("uuid"), reworkUuid},
                             {QStringLiteral("device"), deviceUuid},
                             {QStringLiteral("product"), product},
                             {QStringLiteral("serial"), serial},
                             {QStringLiteral("step"), step},
                             {QStringLiteral("epoch"), epoch + 1},
                             {QStringLiteral("restartStep"), restart},
                             {QStringLiteral("reason"), reason}};
    auto signature =
        recordSignature(*m_db, *signer, QStringLiteral("rework approved"), QStringLiteral("rework"),
                        reworkUuid, QJsonDocument(record).toJson(QJsonDocument::Compact), reason, serial);
    if (!signature)
        return fail(storageError(signature.error()));
    auto insert = m_db->prepare("INSERT INTO reworks(uuid, device_id, step, epoch, signature_id, reason, "
                                "created_utc, restart_step) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return fail(storageError(insert.error()));
    insert->bind(1, reworkUuid)
        .bind(2, id)
        .bind(3, step)
        .bind(4, epoch + 1)
        .bind(5, signature->rowId)
        .bind(6, reason)
        .bind(7, utcNow())
        .bind(8, restart);
    if (auto r = insert->exec(); !r)
        return fail(storageError(r.error()));
    auto update = m_db->prepare("UPDATE devices SET rework_epoch = ?1 WHERE id = ?2");
    if (!update)
        return fail(storageError(update.error()));
    update->bind(1, epoch + 1).bind(2, id);
    if (auto r = update->exec(); !r)
        return fail(storageError(r.error()));
    AuditTrail audit(*m_db);
    AuditEntry e;
    e.deviceSerial = serial;
    e.action = QStringLiteral("change");
    e.object = QStringLiteral("device:") + deviceUuid;
    e.field = QStringLiteral("rework_epoch");
    e.oldValue = QString::number(epoch);
    e.newValue = QString::number(epoch + 1);
    e.reason = reason;
    if (auto r = audit.append(signer->actor(), e); !r)
        return fail(storageError(r.error()));
    if (auto r = (*tx)->commit(); !r)
        return fail(storageError(r.error()));
    return {};
}

Result<std::optional<QString>, RecordsError>
SqliteRunStore::serialWithRegistrationId(const QString& registrationId, const QString& exceptSerial)
{
    auto stmt =
        m_db->prepare("SELECT serial FROM devices WHERE registration_id = ?1 AND serial <> ?2 LIMIT 1");
    if (!stmt)
        return fail(RecordsError{stmt.error().message});
    stmt->bind(1, registrationId).bind(2, exceptSerial);
    auto row = stmt->step();
    if (!row)
        return fail(RecordsError{row.error().message});
    if (!*row)
        return std::optional<QString>{};
    return std::optional<QString>{stmt->text(0)};
}

Result<void, RecordsError> SqliteRunStore::auditDeviceEvent(const QString& serial, const QString& kind,
                                                            const QString& detail)
{
    AuditTrail audit(*m_db);
    AuditEntry e;
    e.deviceSerial = serial;
    e.action = kind;
    e.object = QStringLiteral("device");
    e.newValue = detail;
    if (auto r = audit.append(m_actor, e); !r)
        return fail(RecordsError{r.error().message});
    return {};
}

Result<std::shared_ptr<const crypto::CaDirectory>, RecordsError> SqliteRunStore::trustStore()
{
    TrustStore store(*m_db);
    auto generation = store.generation();
    if (!generation)
        return fail(RecordsError{generation.error().message});
    if (!m_trustStore || *generation != m_trustGeneration) {
        auto loaded = store.load();
        if (!loaded)
            return fail(RecordsError{loaded.error().message});
        m_trustStore = *loaded;
        m_trustGeneration = *generation;
    }
    return m_trustStore;
}

Result<bool, RecordsError> SqliteRunStore::lotImported(const QString& lot)
{
    auto found = Lots(*m_db).find(lot);
    if (!found)
        return fail(RecordsError{found.error().message});
    return found->has_value();
}

Result<std::optional<timeline::LotEntryHit>, RecordsError>
SqliteRunStore::lotEntryForEk(const QString& ekKeyId)
{
    auto match = Lots(*m_db).match(ekKeyId);
    if (!match)
        return fail(RecordsError{match.error().message});
    if (!*match)
        return std::optional<timeline::LotEntryHit>{};
    const LotEntryMatch& m = **match;
    return std::optional<timeline::LotEntryHit>{
        timeline::LotEntryHit{m.lot, m.row, m.deviceProduct, m.deviceSerial}};
}

Result<void, RecordsError> SqliteRunStore::consumeLotEntry(const QString& ekKeyId, const QString& product,
                                                           const QString& serial)
{
    if (auto r = Lots(*m_db).consume(ekKeyId, product, serial, m_actor); !r)
        return fail(RecordsError{r.error().message});
    return {};
}

DbResult<std::optional<DeviceHistory>> SqliteRunStore::history(const QString& product, const QString& serial)
{
    auto find =
        m_db->prepare("SELECT id, uuid, rework_epoch FROM devices WHERE product = ?1 AND serial = ?2");
    if (!find)
        return fail(find.error());
    find->bind(1, product).bind(2, serial);
    auto row = find->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<DeviceHistory>{};
    DeviceHistory h;
    h.deviceUuid = find->text(1);
    h.reworkEpoch = static_cast<int>(find->int64(2));
    if (auto r = loadHistory(find->int64(0), h); !r)
        return fail(r.error());
    return std::optional<DeviceHistory>{h};
}

// ---- StationStore ----

StoreError toStoreError(const DbError& e)
{
    StoreErrc code = StoreErrc::Storage;
    if (e.code == DbErrc::Auth)
        code = StoreErrc::Auth;
    else if (e.code == DbErrc::NotFound)
        code = StoreErrc::NotFound;
    else if (e.code == DbErrc::Invalid)
        code = StoreErrc::Invalid;
    return StoreError{code, e.message};
}

DbResult<std::unique_ptr<StationStore>> StationStore::open(const QString& path, const OpenOptions& options)
{
    OpenOptions readWrite = options;
    readWrite.mode = OpenMode::ReadWrite;
    auto db = Database::open(path, readWrite);
    if (!db)
        return fail(db.error());
    const QString keyPath = keyPathFor(path);
    const bool newKey = !QFile::exists(keyPath);
    auto recorded = (*db)->queryOptional(
        "SELECT value FROM station_info WHERE key = 'public_key'", [](Statement&) {},
        [](const Statement& s) { return QByteArray::fromHex(s.text(0).toLatin1()); });
    if (!recorded)
        return fail(recorded.error());
    if (newKey && *recorded)
        return fail(DbError{
            DbErrc::NotFound,
            Tr::tr("The station key %1 is missing. This database's audit trail is signed with the key "
                   "%2; a new key is not created for an existing trail. Restore the key file from "
                   "its backup.")
                .arg(keyPath, publicKeyFingerprint(**recorded))});
    auto key = StationKey::loadOrCreate(keyPath);
    if (!key)
        return fail(key.error());
    if (*recorded && **recorded != key->publicKey())
        return fail(DbError{
            DbErrc::Invalid,
            Tr::tr("The station key %1 (%2) is not the key this database's audit trail is signed "
                   "with (%3).")
                .arg(keyPath, publicKeyFingerprint(key->publicKey()), publicKeyFingerprint(**recorded))});
    if (newKey) {
        auto tx = Transaction::begin(**db);
        if (!tx)
            return fail(tx.error());
        auto info = (*db)->prepare("INSERT INTO station_info(key, value) VALUES ('public_key', ?1)");
        if (!info)
            return fail(info.error());
        info->bind(1, QString::fromLatin1(key->publicKey().toHex()));
        if (auto r = info->exec(); !r)
            return fail(r.error());
        AuditTrail audit(**db);
        AuditEntry e;
        e.action = QStringLiteral("create");
        e.object = QStringLiteral("station-key");
        e.field = QStringLiteral("public_key");
        e.newValue = QStringLiteral("ed25519:") + QString::fromLatin1(key->publicKey().toHex());
        e.reason = QStringLiteral("checkpoint signing key created at %1").arg(keyPath);
        if (auto r = audit.append(systemActor(), e); !r)
            return fail(r.error());
        if (auto r = (*tx)->commit(); !r)
            return fail(r.error());
    }
    std::unique_ptr<StationStore> store(new StationStore);
    store->m_path = path;
    store->m_db = std::move(*db);
    store->m_key = *key;
    return store;
}

StationStore::~StationStore() = default;

Result<std::unique_ptr<RunStore>, StoreError> StationStore::connect()
{
    auto db = Database::open(m_path, OpenOptions::alreadyChecked(OpenMode::ReadWrite));
    if (!db)
        return fail(toStoreError(db.error()));
    return std::unique_ptr<RunStore>(std::make_unique<SqliteRunStore>(std::move(*db), m_key));
}

DbResult<std::optional<Checkpoint>> StationStore::checkpoint()
{
    return writeCheckpoint(*m_db, m_key, checkpointPathFor(m_path));
}

} // namespace tps::db
