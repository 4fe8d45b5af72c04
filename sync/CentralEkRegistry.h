// Step 2's factory-wide duplicate-EK check against the factory database (timeline::FactoryEkRegistry): one
// short-lived connection per question (connect and statement time-outs of a few seconds), so any socket
// thread may ask and a dead server costs the step at most that long.
#pragma once

#include "core/timeline/FactoryEkRegistry.h"

namespace tps::sync {

class CentralEkRegistry final : public timeline::FactoryEkRegistry
{
public:
    explicit CentralEkRegistry(QString conninfo, int timeoutSeconds = 3);
    timeline::FactoryEkAnswer lookup(const QString& ekDigest, const QString& serial) override;

private:
    QString m_conninfo;
    int m_timeoutSeconds;
};

} // namespace tps::sync
