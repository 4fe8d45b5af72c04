#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tps::i18n {

// Installs the station's translation for `locale` ("de", "de_DE", ...; empty: the system locale).
// Returns the language that was loaded ("en" when the source strings are used).
QString install(QCoreApplication& app, const QString& locale = {});

// Replaces the translation installed by install() or an earlier switchTo() with `locale`'s; every widget
// then receives QEvent::LanguageChange. Returns the language now loaded ("en": the source strings).
QString switchTo(const QString& locale);
// The language currently installed ("en" when none was installed).
QString current();
// The languages the station carries, from its embedded :/i18n resources ("de", "en", "vi", "zh_CN", ...):
// a new tpm-station_<lang>.ts needs no code change to be offered.
QStringList available();
// How a language names itself, for a chooser ("Deutsch", "简体中文", "Tiếng Việt", ...).
QString nativeName(const QString& language);

} // namespace tps::i18n
