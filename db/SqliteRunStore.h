// The engine's RunStore (and the steps' DeviceRecords) on one SQLite connection: devices, runs, step
// results with their measurements and artifacts, rework orders — each change committed together with
// its audit event before the call returns.
#pragma once

#include "core/timeline/RunStore.h"
#include "db/Checkpoints.h"
#include "db/Database.h"

namespace tps::db {

class SqliteRunStore final : public timeline::RunStore
{
public:
    SqliteRunStore(std::unique_ptr<Database> db, StationKey key);

    Database& database() { return *m_db; }

    Result<timeline::DeviceHistory, timeline::StoreError>
    beginRun(const timeline::Device& device, const timeline::Actor& actor, int socket) override;
    Result<timeline::StepResult, timeline::StoreError>
    recordStep(const timeline::DeviceHistory& history, const timeline::Device& device,
               const timeline::Actor& actor, timeline::StepId step, int attempt, timeline::ResultKind kind,
               const timeline::StepResult& result) override;
    Result<timeline::StepResult, timeline::StoreError>
    recordFinalStep(const timeline::DeviceHistory& history, const timeline::Device& device,
                    const timeline::Actor& actor, timeline::StepId step, int attempt,
                    timeline::ResultKind kind, const timeline::StepResult& result, timeline::RunState state,
                    const QString& summary, bool* ended) override;
    Result<void, timeline::StoreError> endRun(const timeline::DeviceHistory& history,
                                              const timeline::Device& device, const timeline::Actor& actor,
                                              timeline::RunState state, const QString& summary) override;
    Result<void, timeline::StoreError>
    orderRework(const QString& product, const QString& serial, const timeline::Credentials& supervisor,
                const QString& reason, std::optional<timeline::StepId> restartFrom = std::nullopt) override;

    // DeviceRecords
    Result<std::optional<QString>, timeline::RecordsError>
    serialWithRegistrationId(const QString& registrationId, const QString& exceptSerial) override;
    Result<void, timeline::RecordsError> auditDeviceEvent(const QString& serial, const QString& kind,
                                                          const QString& detail) override;
    Result<std::shared_ptr<const crypto::CaDirectory>, timeline::RecordsError> trustStore() override;
    Result<bool, timeline::RecordsError> lotImported(const QString& lot) override;
    Result<std::optional<timeline::LotEntryHit>, timeline::RecordsError>
    lotEntryForEk(const QString& ekKeyId) override;
    Result<void, timeline::RecordsError> consumeLotEntry(const QString& ekKeyId, const QString& product,
                                                         const QString& serial) override;

    // The history of a device without opening a run (reports, tests).
    DbResult<std::optional<timeline::DeviceHistory>> history(const QString& product, const QString& serial);

private:
    DbResult<void> loadHistory(qint64 deviceId, timeline::DeviceHistory& history);
    DbResult<void> maybeCheckpoint(bool runEnded = false);
    // The end of a run (state + audit event), inside the caller's transaction.
    DbResult<void> appendEnd(const timeline::DeviceHistory& history, const timeline::Device& device,
                             const timeline::Actor& actor, timeline::RunState state, const QString& summary);
    struct EndOfRun
    {
        timeline::RunState state;
        QString summary;
        bool* ended;
    };
    Result<timeline::StepResult, timeline::StoreError>
    recordStepEnding(const timeline::DeviceHistory& history, const timeline::Device& device,
                     const timeline::Actor& actor, timeline::StepId step, int attempt,
                     timeline::ResultKind kind, const timeline::StepResult& result, const EndOfRun* end);

    std::unique_ptr<Database> m_db;
    StationKey m_key;
    timeline::Actor m_actor;
    // The trust store as last loaded, and the generation it was loaded at (TrustStore::generation).
    std::shared_ptr<const crypto::CaDirectory> m_trustStore;
    QString m_trustGeneration;
};

} // namespace tps::db
