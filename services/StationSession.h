// A station session: everything a use case needs to work on the line, opened once and shared by the
// GUI and the CLI — the station store (the database, its key and checkpoints), the escrow store step 3
// writes to and the slot key store steps 4 and 5 use in the slot credential modes (both the same database),
// the signed-in actor, the validated product profile and the one station
// factory. There is one way to build the engine: createEngine(), so every front end escrows into the
// station database (escrow_records) and never into loose files.
//
// Threading: open() blocks (migrations, the integrity check); the GUI calls it off the GUI thread. The
// store's own connection belongs to the opening thread; engines give each socket its own connection, and
// the escrow store serializes its own.
#pragma once

#include "core/firmware/ReleaseCache.h"
#include "core/timeline/Engine.h"
#include "core/timeline/FactoryEkRegistry.h"
#include "db/Operators.h"
#include "db/Permissions.h"
#include "db/SqliteEscrowStore.h"
#include "db/SqliteSlotKeyStore.h"
#include "db/StationStore.h"
#include "services/ServiceError.h"
#include "sync/RelayLoop.h"

#include <QMutex>
#include <memory>

namespace tps::services {

class StationSession
{
public:
    struct Options
    {
        db::OpenOptions open;
        // Loose escrow files (escrow-SERIAL.json) to import into escrow_records once, when the database
        // is migrated to schema 10 (the GUI passes its data directory's escrow folder; empty: none).
        QString looseEscrowDirectory;
    };

    // Opens (creates and migrates) the station database at `path`, with the directory it lives in.
    static ServiceResult<std::unique_ptr<StationSession>> open(const QString& path, const Options& options);
    static ServiceResult<std::unique_ptr<StationSession>> open(const QString& path);
    ~StationSession();
    StationSession(const StationSession&) = delete;
    StationSession& operator=(const StationSession&) = delete;

    const QString& databasePath() const { return m_store->path(); }
    db::StationStore& store() { return *m_store; }
    db::Database& database() { return m_store->database(); }
    std::shared_ptr<ownership::EscrowStore> escrow() const { return m_escrow; }
    std::shared_ptr<dps::SlotKeyStore> slotKeys() const { return m_slotKeys; }

    // The unattended station software (the CLI without --as / --operator): audit names it, untranslated.
    static db::Actor unattendedActor();
    // Signs `operatorId` in (audited by db::Operators); the unattended actor when `operatorId` is empty.
    // The session's actor becomes who signed in.
    ServiceResult<db::Actor> signIn(const QString& operatorId, const crypto::SecureBytes& password);
    void setActor(const timeline::Actor& actor);
    timeline::Actor actor() const;

    // Whether the session's actor may take `action` (the one table, db/Permissions.h): a signed-in operator
    // of a permitted role, or the unattended station software when the profile's "station.unattended"
    // list names the action (default: ["run-line"]; exports never unless listed) — each such use is
    // audited ("unattended"). A refusal is audited ("permission-refused") and names the roles needed.
    ServiceResult<void> authorize(db::Action action);
    // The actions the profile lets the unattended station software take.
    QList<db::Action> unattendedActions() const;

    // The profile the engines run with (validated by the caller through services/Profiles.h).
    void setProfile(const timeline::ProductProfile& profile);
    timeline::ProductProfile profile() const;

    // The steps of one socket: stations::createAll with the process's owner-authorization vault and the
    // session's escrow and slot key stores.
    timeline::StationFactory stationFactory() const;
    // An engine on the session's store, with its profile and actor; `firstSocket` as Engine documents.
    std::unique_ptr<timeline::Engine> createEngine(timeline::OperatorPrompts& prompts,
                                                   int firstSocket = 1) const;

    // Signs the current end of the audit trail (after a run, an export, an import).
    db::DbResult<std::optional<db::Checkpoint>> checkpoint() { return m_store->checkpoint(); }

    // The factory database (docs/OPERATOR_GUIDE.md, "The factory database"): a libpq connection string
    // without a password (the `line --central` option, the GUI's setting or the profile's "central"
    // section, centralConnection()). Empty: the station works alone. A string that does not parse or holds
    // a password is refused (translated) and changes nothing. Engines created afterwards also ask it for
    // duplicate EKs at step 2 (sync::CentralEkRegistry).
    ServiceResult<void> setCentral(const QString& conninfo);
    QString central() const;
    // Starts the relay (sync/RelayLoop: its own thread and station connection) to the central database;
    // false when none is set or one already runs.
    bool startRelay(int intervalMs = 2000);
    bool relayRunning() const;
    // Its state now (no database call: safe on the GUI thread); nullopt when no relay runs.
    std::optional<sync::RelayLoop::Status> relayStatus() const;
    // Stops it (with `flush`, after one last round) and returns its final state; nullopt when none ran.
    std::optional<sync::RelayLoop::Status> stopRelay(bool flush);

private:
    ServiceResult<void> refuse(db::Action action, const QString& roleHeld, const QString& message);

    StationSession(std::unique_ptr<db::StationStore> store, std::shared_ptr<db::SqliteEscrowStore> escrow,
                   std::shared_ptr<db::SqliteSlotKeyStore> slotKeys);

    std::unique_ptr<db::StationStore> m_store;
    std::shared_ptr<db::SqliteEscrowStore> m_sqliteEscrow;
    std::shared_ptr<ownership::EscrowStore> m_escrow;
    std::shared_ptr<db::SqliteSlotKeyStore> m_sqliteSlotKeys;
    std::shared_ptr<dps::SlotKeyStore> m_slotKeys;
    // Step 4's verified firmware releases: a release's signature is checked once per release digest for
    // the session's lifetime, shared by every engine and socket it makes (core/firmware/ReleaseCache.h).
    std::shared_ptr<firmware::ReleaseCache> m_releases = std::make_shared<firmware::ReleaseCache>();
    mutable QMutex m_mutex; // guards the actor, the profile, the central connection and the relay
    timeline::Actor m_actor;
    timeline::ProductProfile m_profile;
    QString m_central;
    std::shared_ptr<timeline::FactoryEkRegistry>
        m_factoryEks; // step 2's online check, with a central database
    std::unique_ptr<sync::RelayLoop> m_relay;
};

// The factory database a profile names: its "central" section's "connection" (empty: none).
QString centralConnection(const timeline::ProductProfile& profile);

} // namespace tps::services
