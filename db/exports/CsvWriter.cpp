#include "CsvWriter.h"

namespace tps::db::exports {

bool looksLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QByteArray csvCell(const QString& value)
{
    QByteArray utf8 = value.toUtf8();
    if (looksLikeFormula(value))
        utf8.prepend('\'');
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n');
    if (!quote)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
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
