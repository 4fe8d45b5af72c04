#include "core/sim/TimingPresets.h"

namespace tps::sim {

extern const char* const kTimingPresetDtpm;
extern const char* const kTimingPresetFast;

QStringList timingPresetNames()
{
    return {QStringLiteral("dtpm"), QStringLiteral("fast")};
}

QByteArray timingPreset(const QString& name)
{
    if (name == QLatin1String("dtpm"))
        return QByteArray(kTimingPresetDtpm);
    if (name == QLatin1String("fast"))
        return QByteArray(kTimingPresetFast);
    return {};
}

} // namespace tps::sim
