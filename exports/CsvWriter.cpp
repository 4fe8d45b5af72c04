#include "exports/CsvWriter.h"

namespace tps::db::exports {

bool looksLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

void appendCsvCell(QByteArray& out, QByteArrayView utf8)
{
    // The characters that start a formula are ASCII, so the first byte decides.
    const bool formula =
        !utf8.isEmpty() && (utf8.front() == '=' || utf8.front() == '+' || utf8.front() == '-' ||
                            utf8.front() == '@' || utf8.front() == '\t' || utf8.front() == '\r');
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (quote)
        out += '"';
    if (formula)
        out += '\'';
    if (!quote) {
        out += utf8;
        return;
    }
    const char* p = utf8.data();
    const char* const end = p + utf8.size();
    const char* run = p;
    for (; p < end; ++p) {
        if (*p != '"')
            continue;
        out.append(run, p + 1 - run); // the quote, then its double
        out += '"';
        run = p + 1;
    }
    out.append(run, end - run);
    out += '"';
}

QByteArray csvCell(const QString& value)
{
    QByteArray out;
    appendCsvCell(out, value.toUtf8());
    return out;
}

QByteArray csvRow(const QStringList& cells)
{
    QByteArray row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            row += ',';
        row += csvCell(cells.at(i));
    }
    row += "\r\n";
    return row;
}

} // namespace tps::db::exports
