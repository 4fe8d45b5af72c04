// The timing models a simulated fleet can be given (`sim create --timing dtpm|fast|none`): the files in
// core/sim/models/, compiled in. The fleet records the chosen model's whole definition in fleet.json,
// so a device keeps the timing it was created with even if a later version changes the presets.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tps::sim {

QStringList timingPresetNames();              // "dtpm", "fast" ("none" is the absence of a model)
QByteArray timingPreset(const QString& name); // the model file; empty when there is no such preset

} // namespace tps::sim
