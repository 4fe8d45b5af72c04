#include "sync/StageRows.h"

#include "sync/ExactText.h"
#include "sync/PgConnection.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace tps::sync {

const char* const kStageTable =
    "CREATE TEMP TABLE IF NOT EXISTS tps_stage (uuid uuid, outbox_seq bigint, table_name text, row_key text, "
    "op text, payload jsonb, created_utc text, seq bigint, time_utc text, software_version text, actor_id "
    "text, actor_name text, device_serial text, action text, object text, field text, old_value text, "
    "new_value text, reason text, prev_hash bytea, hash bytea, exact jsonb) ON COMMIT DELETE ROWS";

namespace {
// The members an audit event's typed columns are made of, in the staging table's order: seq, the eleven text
// columns, the hashes; and the marker of an event sent with its exact bytes (its `exact` column).
enum Slot { SeqSlot, FirstTextSlot, PrevHashSlot = FirstTextSlot + 11, HashSlot, ExactSlot, SlotCount };
constexpr QByteArrayView kSlotKeys[SlotCount] = {
    "seq",    "time_utc", "software_version", "actor_id",  "actor_name", "device_serial", "action",
    "object", "field",    "old_value",        "new_value", "reason",     "prev_hash",     "hash",
    "$exact"};
constexpr int kTypedColumns = SlotCount; // seq, the text columns, prev_hash, hash, exact

// One member of a flat JSON object: its key and value (a string's bytes with the escapes undone, a
// number's or literal's text).
struct Member
{
    QByteArray key;
    QByteArray value;
    bool isString = false;
};

void appendUtf8(QByteArray& out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Reads four hex digits at `p`.
bool hex4(const char*& p, const char* end, char32_t& out)
{
    if (end - p < 4)
        return false;
    out = 0;
    for (int k = 0; k < 4; ++k, ++p) {
        const char c = *p;
        const int d = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
        if (d < 0)
            return false;
        out = out * 16 + char32_t(d);
    }
    return true;
}

// One escape after its backslash (a \u surrogate pair as one character); false for what JSON does not allow
// or PostgreSQL's jsonb would refuse (a lone surrogate).
bool readEscape(const char*& p, const char* end, QByteArray& out)
{
    if (p == end)
        return false;
    const char e = *p++;
    const char* simple = "\"\"\\\\//b\bf\fn\nr\rt\t";
    for (const char* s = simple; *s; s += 2)
        if (*s == e) {
            out += s[1];
            return true;
        }
    char32_t cp = 0;
    if (e != 'u' || !hex4(p, end, cp) || (cp >= 0xDC00 && cp <= 0xDFFF))
        return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        char32_t low = 0;
        if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
            return false;
        p += 2;
        if (!hex4(p, end, low) || low < 0xDC00 || low > 0xDFFF)
            return false;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(out, cp);
    return true;
}

// The string whose opening quote is at `p`; its bytes raw as the station wrote them (control characters and
// invalid UTF-8 included), without a copy when it has no escape.
bool readString(const char*& p, const char* end, QByteArray& out)
{
    const char* start = ++p;
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    if (p < end && *p == '"') {
        out = QByteArray::fromRawData(start, p - start);
        ++p;
        return true;
    }
    out = QByteArray(start, p - start);
    while (p < end && *p != '"') {
        if (*p != '\\') {
            out += *p++;
            continue;
        }
        ++p;
        if (!readEscape(p, end, out))
            return false;
    }
    return p++ < end;
}

void skipSpace(const char*& p, const char* end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        ++p;
}

// A number or true/false/null: its text.
bool readScalar(const char*& p, const char* end, QByteArray& out)
{
    const char* start = p;
    while (p < end && (std::isalnum(static_cast<unsigned char>(*p)) || *p == '-' || *p == '+' || *p == '.'))
        ++p;
    out = QByteArray::fromRawData(start, p - start);
    return p > start;
}

using Members = QVarLengthArray<Member, 20>;

// A flat JSON object (string, number and literal values); false for anything else.
bool parseFlatObject(const QByteArray& json, Members& members)
{
    const char* p = json.constData();
    const char* end = p + json.size();
    skipSpace(p, end);
    if (p == end || *p++ != '{')
        return false;
    skipSpace(p, end);
    if (p < end && *p == '}')
        return ++p, skipSpace(p, end), p == end;
    for (;;) {
        Member m;
        skipSpace(p, end);
        if (p == end || *p != '"' || !readString(p, end, m.key))
            return false;
        skipSpace(p, end);
        if (p == end || *p++ != ':')
            return false;
        skipSpace(p, end);
        if (p == end)
            return false;
        m.isString = *p == '"';
        if (!(m.isString ? readString(p, end, m.value) : readScalar(p, end, m.value)))
            return false;
        members.append(std::move(m));
        skipSpace(p, end);
        if (p == end)
            return false;
        if (*p == '}')
            break;
        if (*p++ != ',')
            return false;
    }
    ++p;
    skipSpace(p, end);
    return p == end;
}

// Each slot's member, in one pass (the last one of a key wins, as in jsonb); null where there is none.
std::array<const Member*, SlotCount> slotsOf(const Members& members)
{
    std::array<const Member*, SlotCount> found{};
    for (const Member& m : members)
        for (int k = 0; k < SlotCount; ++k)
            if (QByteArrayView(m.key) == kSlotKeys[k]) { // sizes first, then the bytes
                found[k] = &m;
                break;
            }
    return found;
}

bool isHex(const QByteArray& text)
{
    return text.size() % 2 == 0 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

bool isInteger(const QByteArray& text)
{
    const qsizetype from = text.startsWith('-') ? 1 : 0;
    return text.size() > from &&
           std::all_of(text.begin() + from, text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The outbox's JSON escapes backslash, quote, LF, CR and TAB (db/Outbox.cpp); any other control character
// (only ever inside a string there) becomes \u00XX, as JSON requires.
QByteArray jsonEscapeControls(const QByteArray& payload)
{
    if (std::none_of(payload.begin(), payload.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        return payload;
    QByteArray out;
    out.reserve(payload.size() + 16);
    for (const char c : payload) {
        if (static_cast<unsigned char>(c) < 0x20)
            out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

// An audit event's typed columns (seq … exact, tab-separated) from its JSON; false when the JSON is not the
// flat object with the event's columns that the station writes (the event then travels as jsonb).
bool appendTypedEvent(QByteArray& row, const QByteArray& payload)
{
    Members members;
    if (!parseFlatObject(payload, members))
        return false;
    const std::array<const Member*, SlotCount> slot = slotsOf(members);
    const Member* seq = slot[SeqSlot];
    const Member* prev = slot[PrevHashSlot];
    const Member* hash = slot[HashSlot];
    if (slot[ExactSlot] || !seq || seq->isString || !isInteger(seq->value) || !prev || !prev->isString ||
        !isHex(prev->value) || !hash || !hash->isString || !isHex(hash->value))
        return false;
    QList<std::pair<QByteArray, QByteArray>> exact;
    for (const Member& m : members)
        if (m.isString && !isPgText(m.value))
            exact.append({m.key, m.value});
    QByteArray columns = seq->value;
    for (int k = FirstTextSlot; k < PrevHashSlot; ++k) {
        const Member* m = slot[k];
        if (!m || !m->isString)
            return false;
        columns += '\t';
        // Text PostgreSQL cannot hold goes as U+FFFD (its exact bytes in `exact`); the rest as it is.
        appendCopyField(columns, exact.isEmpty() ? m->value : toPgText(m->value));
    }
    columns += "\t\\\\x" + prev->value + "\t\\\\x" + hash->value + '\t';
    if (exact.isEmpty())
        columns += "\\N";
    else
        appendCopyField(columns, jsonEscapeControls(exactObject(exact)));
    row += columns;
    return true;
}

} // namespace

bool appendStageRow(QByteArray& data, const db::OutboxRow& e)
{
    // The station's own text (a row key names a row in its own words): a NUL or invalid UTF-8 as U+FFFD.
    const auto text = [&](QByteArrayView v) {
        appendCopyField(data, toPgText(QByteArray::fromRawData(v.data(), v.size())));
    };
    text(e.uuid);
    data += '\t' + QByteArray::number(e.seq) + '\t';
    text(e.table);
    data += '\t';
    text(e.rowKey);
    data += '\t';
    text(e.op);
    data += '\t';
    const qsizetype payloadAt = data.size();
    data += "\\N\t";
    text(e.createdUtc);
    data += '\t';
    const QByteArray payload = QByteArray::fromRawData(e.payload.data(), e.payload.size());
    const bool typed = e.table == "audit_events" && appendTypedEvent(data, payload);
    if (!typed) {
        data.truncate(payloadAt);
        appendCopyField(data, jsonEscapeControls(pgSafePayload(payload)));
        data += '\t';
        text(e.createdUtc);
        for (int k = 0; k < kTypedColumns; ++k)
            data += "\t\\N";
    }
    data += '\n';
    return typed;
}

} // namespace tps::sync
