// The rules for what operators and scanners type: serial numbers (as the run store checks them),
// operator IDs, registration IDs, ID scopes, hostnames, product IDs; and what the station writes from them
// into CSV cells and ZPL labels, which must neutralise whatever a serial holds.
#include "FuzzSupport.h"

#include "core/dps/RegistrationId.h"
#include "core/firmware/FirmwareManifest.h"
#include "core/firmware/ProvisioningSettings.h"
#include "db/Operators.h"
#include "exports/CsvWriter.h"
#include "exports/ZplLabel.h"

#include <QRegularExpression>

namespace {

void csv(const QString& text)
{
    using namespace tps;
    const QByteArray cell = db::exports::csvCell(text);
    const bool quoted = cell.startsWith('"');
    if (quoted)
        fuzz::require(cell.size() >= 2 && cell.endsWith('"'), "a quoted cell closes its quote");
    // Inside the quotes every quote is doubled; outside there is no comma, quote, CR or LF.
    const QByteArray inner = quoted ? cell.mid(1, cell.size() - 2) : cell;
    if (quoted)
        fuzz::require(!QByteArray(inner).replace("\"\"", "").contains('"'), "quotes are doubled");
    else
        for (char c : {',', '"', '\r', '\n'})
            fuzz::require(!cell.contains(c), "an unquoted cell holds no separator");
    const QByteArray unquoted = quoted ? QByteArray(inner).replace("\"\"", "\"") : cell;
    if (!unquoted.isEmpty())
        fuzz::require(!QByteArrayView("=+-@\t\r").contains(unquoted.at(0)), "no cell starts as a formula");
    QByteArray appended;
    db::exports::appendCsvCell(appended, text.toUtf8());
    fuzz::require(appended == cell, "appendCsvCell equals csvCell");
}

void zpl(const QString& text)
{
    using namespace tps;
    const QByteArray field = db::exports::zplFieldData(text);
    for (char c : field)
        fuzz::require(c != '^' && c != '~' && c >= 0x20 && c < 0x7f, "ZPL field data is escaped");
    const QByteArray label = db::exports::zplLabel({text, text.toLower(), text});
    fuzz::require(label.count("^XA") == 1 && label.count("^XZ") == 1, "one label, no injected format");
}

// Every rule below admits printable ASCII only: an accepted value holds no control character (a
// QRegularExpression "^...$" also matches before a final newline).
bool printableAscii(const QString& s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tps;
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    if (db::Operators::validId(text))
        fuzz::require(printableAscii(text) && !text.isEmpty() && text.size() <= 64,
                      "operator IDs follow the rule");
    const bool dpsValid = dps::validateRegistrationId(text).ok();
    fuzz::require(dpsValid == firmware::isValidRegistrationId(text), "both registration ID rules agree");
    if (dpsValid)
        fuzz::require(text.size() <= 128 && text == text.toLower() && printableAscii(text),
                      "registration IDs follow the rule");
    if (firmware::isValidIdScope(text))
        fuzz::require(text.size() == 11 && printableAscii(text), "ID scopes are 11 characters");
    if (firmware::isValidHostname(text))
        fuzz::require(printableAscii(text), "hostnames are printable ASCII");
    if (firmware::isValidProductId(text))
        fuzz::require(!text.isEmpty() && text.size() <= 64 && printableAscii(text),
                      "product IDs follow the rule");
    csv(text);
    zpl(text);
    return 0;
}
