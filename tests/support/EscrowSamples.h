// An escrow record as step 3 writes one (placeholder CMS bytes): for the escrow stores' tests.
#pragma once

#include "core/ownership/EscrowStore.h"

namespace tps::test {

inline ownership::EscrowRecord sampleEscrowRecord(const QString& serial)
{
    ownership::EscrowRecord r;
    r.serial = serial;
    r.deviceUuid = QStringLiteral("2b1f0f5e-0000-4000-8000-000000000001");
    r.cms = QByteArray::fromHex("3082010203a0ff");
    r.recipientFingerprint = QString(64, QLatin1Char('c'));
    r.hierarchies = {ownership::Hierarchy::Owner, ownership::Hierarchy::Lockout};
    return r;
}

} // namespace tps::test
