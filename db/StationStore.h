// The station's store: one SQLite file (plus its station key and checkpoint mirror next to it). Opening
// it validates (or creates) the database and the key once; connect() then gives each socket thread its
// own connection implementing the engine's RunStore.
#pragma once

#include "core/timeline/RunStore.h"
#include "db/Checkpoints.h"
#include "db/Database.h"

namespace tps::db {

// A checkpoint is written at least every this many audit events (and at every export / end of a run).
inline constexpr qint64 kCheckpointInterval = 256;

class StationStore final : public timeline::RunStoreProvider
{
public:
    // `options`: read-write always; a caller that opened the store before may skip the integrity check.
    static DbResult<std::unique_ptr<StationStore>> open(const QString& path, const OpenOptions& options = {});
    ~StationStore() override;

    const QString& path() const { return m_path; }
    // The connection of the thread that opened the store.
    Database& database() { return *m_db; }
    const StationKey& key() const { return m_key; }

    Result<std::unique_ptr<timeline::RunStore>, timeline::StoreError> connect() override;
    // Signs the current end of the audit trail.
    DbResult<std::optional<Checkpoint>> checkpoint();

private:
    StationStore() = default;
    QString m_path;
    std::unique_ptr<Database> m_db;
    StationKey m_key;
};

// Maps a database error to the engine's store error.
timeline::StoreError toStoreError(const DbError& e);

} // namespace tps::db
