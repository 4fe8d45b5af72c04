// The identifier rules every layer applies: one rule, one place. A value that passes is printable ASCII
// that can never be read as a command-line option (it starts with a letter or a digit), so a serial
// reaches a programmer's command line only as a value.
#pragma once

#include <QString>

namespace tps {

// The serial rule: 1 to 64 characters, a letter or digit first, then letters, digits, '.', '_', ':' and
// '-'. The scanner field, the engine, the CLI, the store and the programmer template use it.
inline constexpr int kMaxSerialLength = 64;
bool isValidSerial(const QString& serial);
// Why `serial` is refused, translated (for the operator: what a serial may hold, and "scan again").
QString serialRefusal(const QString& serial);

// The product-ID rule: 1 to 64 of A-Z a-z 0-9 . _ -, a letter or digit first (a profile's ID, the
// settings page's product ID, a firmware manifest's product, the provisioning settings' product, the
// CLI's --product).
bool isValidProductId(const QString& product);

} // namespace tps
