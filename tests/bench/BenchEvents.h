// The audit events the benchmarks write, as the line writes them (one step result per device and attempt):
// bench_audit and bench_central_sync fill their station databases with the same events.
#pragma once

#include "db/AuditTrail.h"

#include <QLatin1Char>
#include <QString>

namespace tps::bench {

inline db::AuditEntry auditEvent(qint64 i)
{
    db::AuditEntry e;
    e.deviceSerial = QStringLiteral("SIM-4711-%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
    e.action = QStringLiteral("create");
    e.object = QStringLiteral("step-result:3f1c2a9e-5b7d-4c8e-9f01-%1").arg(i, 12, 10, QLatin1Char('0'));
    e.field = QStringLiteral("ek-extracted");
    e.newValue = QStringLiteral("attempt 1: pass");
    return e;
}

} // namespace tps::bench
