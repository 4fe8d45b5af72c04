#include "services/SimulatedLine.h"

#include "core/sim/SimulationKit.h"

#include <algorithm>

namespace tps::services {

ServiceResult<std::unique_ptr<SimulatedLine>> SimulatedLine::bringUp(const QString& root, int count,
                                                                     bool keepRunning)
{
    auto line = std::unique_ptr<SimulatedLine>(new SimulatedLine);
    const QString dir = root.isEmpty() ? line->m_tempRoot.filePath(QStringLiteral("fleet")) : root;
    line->m_fleet = std::make_unique<sim::SimFleet>(dir);
    line->m_fleet->setStopOnDestruction(!keepRunning || root.isEmpty());
    if (auto created = line->m_fleet->create(count); !created)
        return fail(ServiceError{ServiceErrc::Fleet, created.error().message});
    auto started = line->m_fleet->start();
    if (!started)
        return fail(ServiceError{ServiceErrc::Fleet, started.error().message});
    QList<sim::SimDevice> devices = *started;
    std::sort(devices.begin(), devices.end(),
              [](const sim::SimDevice& a, const sim::SimDevice& b) { return a.serial < b.serial; });
    line->m_devices = devices.mid(0, count);
    return line;
}

QJsonObject SimulatedLine::fleetSection() const
{
    return QJsonObject{{QStringLiteral("root"), m_fleet->root()},
                       {QStringLiteral("rootCaCertificate"), m_fleet->rootCaCertificate()},
                       {QStringLiteral("issuerCertificate"), m_fleet->issuerCertificate()}};
}

QList<timeline::Device> SimulatedLine::lineDevices(const QString& product) const
{
    QList<timeline::Device> out;
    for (const sim::SimDevice& d : m_devices) {
        timeline::Device device;
        device.serial = d.serial;
        device.product = product;
        device.simulated = true;
        device.tcti = d.tcti();
        device.flashPath = d.flashPath;
        device.timing = d.timing();
        out.append(device);
    }
    return out;
}

ServiceResult<timeline::ProductProfile> simulationKitProfile(const QString& fleetRoot)
{
    auto kit = sim::SimulationKit::prepare(fleetRoot);
    if (!kit)
        return fail(ServiceError{ServiceErrc::Fleet, kit.error()});
    return kit->profile();
}

void addFleetSection(timeline::ProductProfile& profile, const QJsonObject& fleetSection)
{
    if (!profile.sections.contains(QStringLiteral("fleet")))
        profile.setSection(QStringLiteral("fleet"), fleetSection);
}

} // namespace tps::services
