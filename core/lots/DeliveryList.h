// A TPM vendor's delivery list for one incoming lot: the EKs of the TPMs shipped, as CSV or JSON
// (docs/FORMATS.md "Incoming TPM lots"). The reader is tolerant of the shapes vendors send — a UTF-8 BOM,
// CRLF, comma / semicolon / tab / pipe separators, quoted cells (PEM across lines), header names in any
// case and spelling of the usual ones, a JSON array of objects or of strings, or an object holding the
// array — and strict about the content: every row must hold one EK value the station can read, no EK twice.
// A list with any bad row is refused whole, every bad row named.
#pragma once

#include "core/common/Result.h"
#include "core/lots/EkPublicValue.h"

#include <QList>
#include <QString>

namespace tps::lots {

struct DeliveryEntry
{
    int row = 0;       // 1-based: the CSV line of the record (after the header), or the JSON array index + 1
    QString tpmSerial; // the vendor's serial of the TPM, when the list gives one
    lots::EkPublicValue ek;
};

struct RowProblem
{
    int row = 0;
    QString message; // translated
};

struct DeliveryList
{
    QString format; // "csv" or "json"
    QString lot;    // when a JSON list names its lot / part number (checked against the operator's)
    QString part;
    QList<DeliveryEntry> entries;
};

struct DeliveryListError
{
    QString message;        // translated: what is wrong as a whole
    QList<RowProblem> rows; // each malformed or duplicate row
};

// Reads a delivery list. Refused (nothing returned) when it is neither CSV nor JSON, has no entries, or
// any row is malformed or repeats an EK of an earlier row.
Result<DeliveryList, DeliveryListError> readDeliveryList(const QByteArray& data);

// The error as text, one line per row problem (translated).
QString deliveryListErrorText(const DeliveryListError& error);

} // namespace tps::lots
