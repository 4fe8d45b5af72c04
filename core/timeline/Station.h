// The Station interface: one step of the timeline, run against a context. The five implementations
// live in stations/; the engine knows them only through this interface.
#pragma once

#include "core/timeline/DeviceRecords.h"
#include "core/timeline/OperatorPrompts.h"
#include "core/timeline/ProductProfile.h"
#include "core/timeline/Step.h"

#include <QMap>
#include <atomic>

namespace tps::tpm {
class TpmSession;
}

namespace tps::timeline {

// A simulated TPM's timing (core/tpm/TimingModel.h): the model's name, its definition as the fleet
// recorded it, and the device's seed. Empty: the TPM answers at its own speed.
struct DeviceTiming
{
    QString name;
    QByteArray model;
    quint64 seed = 0;
    bool simulated() const { return !model.isEmpty(); }
};

// A device on the line.
struct Device
{
    QString uuid; // minted by the station when the device is first seen
    QString serial;
    QString product; // ProductProfile::id
    bool simulated = false;
    // Fixture facts for this device: TCTI, the simulated flash file, programmer port, ...
    QString tcti;
    QString flashPath; // simulated devices: the file standing in for flash memory
    QString programmerPort;
    DeviceTiming timing;
};

struct StepContext
{
    tpm::TpmSession& tpm;
    const Device& device;
    const ProductProfile& profile;
    OperatorPrompts& prompts;
    DeviceRecords& records;
    // The latest passing result of every earlier step (artifacts and measurements as recorded).
    const QMap<StepId, StepResult>& previous;
    const std::atomic<bool>& cancel;
};

class Station
{
public:
    virtual ~Station() = default;
    virtual StepId id() const = 0;
    // Steps that must have passed before this one runs (default: the step before it, if any).
    virtual QList<StepId> preconditions() const;
    // Runs the step. Never throws; every failure is a StepResult with an error.
    virtual StepResult run(StepContext& context) = 0;
};

} // namespace tps::timeline
