// A ZPL II device label (docs/FORMATS.md "Device label"): the serial as text, the DPS registration ID as a
// QR code and as text. Field data goes through ^FH with '_' hex escapes: every byte that is not printable
// ASCII, and '^', '~' and '_' themselves, is written as _XX, so no serial can inject ZPL commands. UTF-8
// (^CI28). The printer is a raw TCP port (tcp://HOST:PORT, usually 9100) or a file.
#pragma once

#include "exports/DpsBatchExporter.h"

#include <memory>

namespace tps::db::exports {

struct LabelData
{
    QString serial;
    QString registrationId;
    QString product;
};

// ZPL field data escaped for ^FH (hex indicator '_').
QByteArray zplFieldData(const QString& text);
QByteArray zplLabel(const LabelData& label);

// The label of a device in the station database (the registration ID step 2 recorded).
ExportResult<LabelData> labelFor(Database& db, const QString& serial, const QString& product = {});

class LabelPrinter
{
public:
    virtual ~LabelPrinter() = default;
    virtual ExportResult<void> print(const QByteArray& zpl) = 0;
};

// "tcp://HOST:PORT" or a file path; a malformed address is refused.
ExportResult<std::unique_ptr<LabelPrinter>> openLabelPrinter(const QString& target, int timeoutMs = 5000);

} // namespace tps::db::exports
