// What the engine persists through: the core-side interface of the station's store (implemented in db/
// on SQLite). core never depends on db. One RunStore is one connection, used by one thread only; the
// provider opens one per socket thread.
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/timeline/DeviceRecords.h"
#include "core/timeline/Station.h"
#include "core/timeline/Step.h"

#include <QMap>
#include <QString>
#include <memory>
#include <optional>

namespace tps::timeline {

// Who is acting: recorded with every audit event.
struct Actor
{
    QString id;
    QString name;
};

// What a person types to sign: ID and password at the moment of signing. Never logged or stored. The
// password is UTF-8 in SecureBytes from the front end that read it (move-only, wiped when it dies).
struct Credentials
{
    QString operatorId;
    crypto::SecureBytes password;
};

enum class StoreErrc {
    Storage,      // the database refused or failed the write
    Auth,         // wrong ID/password, locked, disabled
    NotPermitted, // the role may not do this (e.g. rework needs a supervisor)
    NotFound,     // unknown device
    Invalid,      // bad input (empty reason, ...)
    Duplicate,    // a unique identity (EK, registration ID) already belongs to another device
};

struct StoreError
{
    StoreErrc code = StoreErrc::Storage;
    QString message; // translated
};

// What the store knows about a device when its serial is scanned.
struct DeviceHistory
{
    QString deviceUuid;
    QString runUuid;
    int reworkEpoch = 0;
    QMap<StepId, StepResult> passed; // the latest passing result of each step
    QMap<StepId, int> failures;      // failed attempts in the current rework epoch
    QMap<StepId, int> attempts;      // attempts ever recorded (the next attempt is +1)
};

enum class RunState { Completed, Incomplete, Failed, NeedsRework, Blocked, Cancelled, Error };
QString runStateKey(RunState state); // "completed", "incomplete", "failed", "needs-rework", ...

enum class ResultKind { Run, Recheck };

class RunStore : public DeviceRecords
{
public:
    // Registers the device when first seen, opens a run for it and returns its history. Committed.
    virtual Result<DeviceHistory, StoreError> beginRun(const Device& device, const Actor& actor,
                                                       int socket) = 0;
    // Commits one attempt of a step (result, measurements, artifacts, audit event) before returning.
    // Returns the result as stored: a passing EK step whose identity belongs to another device is
    // stored (and returned) as a Duplicate failure.
    virtual Result<StepResult, StoreError> recordStep(const DeviceHistory& history, const Device& device,
                                                      const Actor& actor, StepId step, int attempt,
                                                      ResultKind kind, const StepResult& result) = 0;
    virtual Result<void, StoreError> endRun(const DeviceHistory& history, const Device& device,
                                            const Actor& actor, RunState state, const QString& summary) = 0;
    // The run's last step: commits its attempt like recordStep and — when it is stored as passed — also
    // ends the run (`state`, `summary`, as endRun) in the SAME transaction, one durable commit instead of
    // two. `*ended` tells whether the run was ended; if not, the caller ends it with endRun. The default
    // makes no use of it (recordStep only).
    virtual Result<StepResult, StoreError> recordFinalStep(const DeviceHistory& history, const Device& device,
                                                           const Actor& actor, StepId step, int attempt,
                                                           ResultKind kind, const StepResult& result,
                                                           RunState state, const QString& summary,
                                                           bool* ended)
    {
        (void)state;
        (void)summary;
        *ended = false;
        return recordStep(history, device, actor, step, attempt, kind, result);
    }
    // A supervisor orders rework of a device that exhausted its retries: signed (ID + password, meaning
    // "rework approved", reason), resets the failure counts. Committed. `restartFrom`: the step from which
    // the device runs again — its earlier passes of that step and every later one no longer count (after
    // a TPM clear, from StepId::OwnershipTaken); default: the step that failed.
    virtual Result<void, StoreError> orderRework(const QString& product, const QString& serial,
                                                 const Credentials& supervisor, const QString& reason,
                                                 std::optional<StepId> restartFrom = std::nullopt) = 0;
};

class RunStoreProvider
{
public:
    virtual ~RunStoreProvider() = default;
    // A new connection for the calling thread.
    virtual Result<std::unique_ptr<RunStore>, StoreError> connect() = 0;
};

} // namespace tps::timeline
