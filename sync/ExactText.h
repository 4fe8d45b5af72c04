// Text the factory database cannot hold: PostgreSQL refuses a NUL character and invalid UTF-8 in text and
// jsonb, so an outbox entry holding either would fail its batch again and again and block the station's
// queue. The relay sends such a string in a form PostgreSQL takes — invalid sequences and NUL as U+FFFD —
// and keeps the exact bytes beside it: the payload gains "$exact": {"column": "<hex of the exact bytes>"},
// from which the central side re-verifies an audit event's hash (tps.audit_hash) and anyone can restore the
// station's value (docs/FORMATS.md, "Factory database").
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace tps::sync {

// True when `text` is valid UTF-8 without a NUL byte.
bool isPgText(const QByteArray& text);

// `text` as PostgreSQL takes it: invalid sequences and NUL become U+FFFD.
QByteArray toPgText(const QByteArray& text);

// The "$exact" object: {"column": "<hex of the exact bytes>", …} (raw control characters in a column name
// stay raw; the relay escapes them before the JSON leaves the station).
QByteArray exactObject(const QList<std::pair<QByteArray, QByteArray>>& exact);

// `payload`: an outbox entry's JSON object as the station's triggers write it (db/Outbox.cpp: strings with
// backslash, quote, LF, CR and TAB escaped, other bytes raw). Returned unchanged when PostgreSQL can take it;
// otherwise with every string that it cannot take replaced and "$exact" added.
QByteArray pgSafePayload(const QByteArray& payload);

} // namespace tps::sync
