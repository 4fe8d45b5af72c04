// RFC 4180 CSV for spreadsheets and bulk-upload tooling (docs/FORMATS.md "CSV"): UTF-8, CRLF line ends,
// a cell is quoted when it holds a comma, quote, CR or LF (quotes doubled), and a cell that a spreadsheet
// would run as a formula — beginning with = + - @, a tab or a carriage return — is prefixed with an
// apostrophe so that it shows as text.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace tps::db::exports {

// Whether a spreadsheet could read `value` as a formula.
bool looksLikeFormula(const QString& value);
// One cell, neutralised and quoted as needed (UTF-8).
QByteArray csvCell(const QString& value);
// The same, appended to `out` from UTF-8 bytes (the hot path of large exports).
void appendCsvCell(QByteArray& out, QByteArrayView utf8);
// One record: cells joined by commas, ending in CRLF.
QByteArray csvRow(const QStringList& cells);

} // namespace tps::db::exports
