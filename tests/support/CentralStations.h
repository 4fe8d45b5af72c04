// Station databases for the factory-database tests, written through the station's own code.
#pragma once

#include "db/AuditTrail.h"
#include "db/StationStore.h"

#include <QString>

namespace tps::test {

// A station database with `events` audit events beyond its creation and a signed checkpoint at its end;
// its station ID, empty on failure. Called again on the same path, it adds events and a checkpoint.
inline QString stationWithEvents(const QString& path, int events)
{
    auto store = db::StationStore::open(path);
    if (!store)
        return {};
    db::AuditTrail audit((*store)->database());
    auto tx = db::Transaction::begin((*store)->database());
    for (int i = 0; i < events; ++i) {
        db::AuditEntry e;
        e.action = QStringLiteral("test");
        e.object = QStringLiteral("sync");
        e.newValue = QString::number(i);
        e.reason = QStringLiteral("tab\there, newline\nhere, backslash \\ and quote \" and ü");
        if (!audit.append(db::systemActor(), e))
            return {};
    }
    if (!(*tx)->commit() || !(*store)->checkpoint())
        return {};
    return (*store)->database().stationId();
}

} // namespace tps::test
