// What the line benchmarks run on: a simulated fleet of fresh devices, created and started, with the
// simulation kit's product profile pointed at it and the devices in serial order.
#pragma once

#include "core/sim/SimFleet.h"
#include "core/sim/SimulationKit.h"
#include "core/timeline/ProductProfile.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <algorithm>
#include <memory>

namespace tps::bench {

struct KitFleet
{
    std::unique_ptr<sim::SimFleet> fleet;
    timeline::ProductProfile profile;
    QList<sim::SimDevice> devices;
    double manufacturingSeconds = 0; // creating the fleet (certificates, EKs), not timed by the benchmarks
    QString error;                   // empty: ready
};

inline KitFleet makeKitFleet(const QString& root, int count)
{
    KitFleet out;
    out.fleet = std::make_unique<sim::SimFleet>(root);
    out.fleet->setStopOnDestruction(true);
    QElapsedTimer manufacturing;
    manufacturing.start();
    auto created = out.fleet->create(count);
    if (!created) {
        out.error = created.error().message;
        return out;
    }
    auto kit = sim::SimulationKit::prepare(out.fleet->root());
    if (!kit) {
        out.error = kit.error();
        return out;
    }
    out.profile = kit->profile();
    out.profile.setSection(
        QStringLiteral("fleet"),
        QJsonObject{{QStringLiteral("root"), out.fleet->root()},
                    {QStringLiteral("rootCaCertificate"), out.fleet->rootCaCertificate()},
                    {QStringLiteral("issuerCertificate"), out.fleet->issuerCertificate()}});
    auto started = out.fleet->start();
    if (!started) {
        out.error = started.error().message;
        return out;
    }
    out.devices = *started;
    std::sort(out.devices.begin(), out.devices.end(),
              [](const sim::SimDevice& a, const sim::SimDevice& b) { return a.serial < b.serial; });
    out.manufacturingSeconds = static_cast<double>(manufacturing.elapsed()) / 1000.0;
    return out;
}

} // namespace tps::bench
