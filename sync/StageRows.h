// What the relay COPYs into the factory database's staging table (sync/Relay.cpp): one row per outbox entry.
// An audit event travels as typed columns (its fields read from the entry's JSON here, in the station, so the
// server parses no JSON and extracts nothing: the bulk of a backlog is audit events); every other record, and
// an audit event whose JSON is not the flat object the station's triggers write, travels as its JSON
// (jsonb), from which the server takes the same columns. Both forms carry the same text: strings PostgreSQL
// cannot hold (a NUL, invalid UTF-8) as U+FFFD, their exact bytes in "$exact" (sync/ExactText.h).
#pragma once

#include "db/Outbox.h"

#include <QByteArray>

namespace tps::sync {

// The staging table (temporary, emptied at each commit), its columns in the order appendStageRow()
// writes them.
extern const char* const kStageTable;

// Appends one outbox entry as a row of COPY text format; true when it is an audit event sent as typed
// columns.
bool appendStageRow(QByteArray& data, const db::OutboxRow& entry);

} // namespace tps::sync
