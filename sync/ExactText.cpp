#include "sync/ExactText.h"

#include <QList>
#include <QString>
#include <utility>

namespace tps::sync {

namespace {
// The length of the UTF-8 sequence starting at `i` (0: invalid there), overlongs and surrogates refused.
int sequenceLength(const QByteArray& s, qsizetype i)
{
    const auto at = [&](qsizetype k) {
        return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u;
    };
    const unsigned c = at(i);
    const auto cont = [&](qsizetype k) {
        return (at(k) & 0xC0u) == 0x80u;
    };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned c1 = at(i + 1);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F))
            return 0;
        return cont(i + 1) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned c1 = at(i + 1);
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
            return 0;
        return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

// The JSON string at `i` (its opening quote) as the trigger wrote it: its exact bytes, and where it ends
// (past the closing quote).
std::pair<QByteArray, qsizetype> readString(const QByteArray& json, qsizetype i)
{
    QByteArray out;
    for (++i; i < json.size() && json[i] != '"'; ++i) {
        if (json[i] != '\\' || i + 1 >= json.size()) {
            out += json[i];
            continue;
        }
        const char e = json[++i];
        out += e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e; // \\ and \" stand for themselves
    }
    return {out, i + 1};
}

// `text` as a JSON string PostgreSQL takes: invalid sequences and NUL become U+FFFD.
QByteArray safeString(const QByteArray& text)
{
    QByteArray out = "\"";
    for (const char c : toPgText(text)) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += c;
        }
    }
    return out + '"';
}
} // namespace

bool isPgText(const QByteArray& text)
{
    for (qsizetype i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) >= 0x80) {
            const int n = sequenceLength(text, i);
            if (n == 0)
                return false;
            i += n;
            continue;
        }
        if (text[i] == '\0')
            return false;
        ++i;
    }
    return true;
}

QByteArray toPgText(const QByteArray& text)
{
    if (isPgText(text))
        return text;
    QByteArray out;
    for (qsizetype i = 0; i < text.size();) {
        const int n = text[i] == '\0' ? 0 : sequenceLength(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        out += text.mid(i, n);
        i += n;
    }
    return out;
}

QByteArray exactObject(const QList<std::pair<QByteArray, QByteArray>>& exact)
{
    QByteArray out = "{";
    for (qsizetype k = 0; k < exact.size(); ++k)
        out += (k ? ",\"" : "\"") + safeString(exact[k].first).mid(1).chopped(1) + "\":\"" +
               exact[k].second.toHex() + '"';
    return out + '}';
}

QByteArray pgSafePayload(const QByteArray& payload)
{
    if (isPgText(payload) || !payload.startsWith('{') || !payload.endsWith('}'))
        return payload;
    QByteArray out;
    QList<std::pair<QByteArray, QByteArray>> exact; // column, exact bytes
    QByteArray key;
    bool expectKey = true;
    for (qsizetype i = 0; i < payload.size();) {
        if (payload[i] != '"') {
            if (payload[i] == ',')
                expectKey = true;
            out += payload[i++];
            continue;
        }
        auto [text, next] = readString(payload, i);
        if (expectKey) {
            key = text;
            expectKey = false;
            out += payload.mid(i, next - i);
        } else if (isPgText(text)) {
            out += payload.mid(i, next - i);
        } else {
            exact.append({key, text});
            out += safeString(text);
        }
        i = next;
    }
    out.chop(1); // the closing brace
    return out + ",\"$exact\":" + exactObject(exact) + '}';
}

} // namespace tps::sync
