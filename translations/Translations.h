#pragma once

#include <QString>

class QCoreApplication;

namespace tps::i18n {

// Installs the station's translation for `locale` ("de", "de_DE", ...; empty: the system locale).
// Returns the language that was loaded ("en" when the source strings are used).
QString install(QCoreApplication& app, const QString& locale = {});

} // namespace tps::i18n
