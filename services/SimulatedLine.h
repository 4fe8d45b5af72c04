// The simulated fleet a line runs on — the CLI's `line` and the GUI's simulation mode: the swtpm devices,
// the fleet's "fleet" profile section (its root and CA certificates) and the simulation kit's profile.
#pragma once

#include "core/sim/SimFleet.h"
#include "core/timeline/ProductProfile.h"
#include "core/timeline/RunStore.h"
#include "services/ServiceError.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

namespace tps::services {

class SimulatedLine
{
public:
    // Creates (when missing) and starts `count` simulated TPMs in `root`; an empty root is a temporary
    // fleet, stopped and removed with this object. `keepRunning` leaves the TPMs of a given root running.
    static ServiceResult<std::unique_ptr<SimulatedLine>> bringUp(const QString& root, int count,
                                                                 bool keepRunning);

    QString root() const { return m_fleet->root(); }
    // The started devices, by serial.
    const QList<sim::SimDevice>& devices() const { return m_devices; }
    // The profile's "fleet" section: the fleet's root and its CA certificates.
    QJsonObject fleetSection() const;
    // The line's devices for `product` (simulated, with their TCTI and flash file).
    QList<timeline::Device> lineDevices(const QString& product) const;

private:
    SimulatedLine() = default;
    QTemporaryDir m_tempRoot;
    std::unique_ptr<sim::SimFleet> m_fleet;
    QList<sim::SimDevice> m_devices;
};

// The simulation kit's profile prepared in the fleet root (core/sim/SimulationKit.h): the profile of a line
// given no profile file.
ServiceResult<timeline::ProductProfile> simulationKitProfile(const QString& fleetRoot);
// Adds the fleet section to a profile that has none.
void addFleetSection(timeline::ProductProfile& profile, const QJsonObject& fleetSection);

} // namespace tps::services
