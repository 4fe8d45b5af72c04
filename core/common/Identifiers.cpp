#include "core/common/Identifiers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tps {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Identifiers)
};
} // namespace

bool isValidSerial(const QString& serial)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\\z"));
    return re.match(serial).hasMatch();
}

QString serialRefusal(const QString& serial)
{
    return Tr::tr(
               "'%1' is not a serial number: 1 to %2 letters, digits, '.', '_', ':' and '-', starting with "
               "a letter or digit. Scan again.")
        .arg(serial.left(kMaxSerialLength).toHtmlEscaped().simplified())
        .arg(kMaxSerialLength);
}

bool isValidProductId(const QString& product)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z"));
    return re.match(product).hasMatch();
}

} // namespace tps
