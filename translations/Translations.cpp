#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>
#include <memory>

namespace tps::i18n {

namespace {
const QString kPrefix = QStringLiteral("tpm-station_");

// The translators installed by install() / switchTo() (the station's and Qt's own), owned by the
// application object.
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// Qt's own texts (wizard and dialog buttons, context menus) in `language`, when the system carries them
// (Debian: qt6-translations-l10n); null otherwise.
std::unique_ptr<QTranslator> loadQt(const QString& language)
{
    auto translator = std::make_unique<QTranslator>();
    if (language == QLatin1String("en") ||
        !translator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return nullptr;
    return translator;
}

QString& currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

// Loads `locale`'s translation, or the English one (plural forms) for any other language.
std::unique_ptr<QTranslator> load(const QString& locale, QString* language)
{
    const QLocale wanted = locale.isEmpty() ? QLocale::system() : QLocale(locale);
    auto translator = std::make_unique<QTranslator>();
    *language = QStringLiteral("en");
    if (translator->load(wanted, QStringLiteral("tpm-station"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        *language = translator->language();
    else if (!translator->load(QStringLiteral(":/i18n/tpm-station_en.qm")))
        return nullptr; // the English source texts, without plural forms
    return translator;
}

QString installTranslator(QCoreApplication* app, const QString& locale)
{
    QString language;
    auto translator = load(locale, &language);
    for (const QPointer<QTranslator>& old : std::as_const(installed())) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed().clear();
    currentLanguage() = language;
    for (auto* t : {loadQt(language).release(), translator.release()}) {
        if (!t)
            continue;
        t->setParent(app); // owned by the application object
        QCoreApplication::installTranslator(t);
        installed().append(t);
    }
    return language;
}
} // namespace

QString install(QCoreApplication& app, const QString& locale)
{
    // Any other language falls back to English with its plural forms ("1 device", "2 devices").
    return installTranslator(&app, locale);
}

QString switchTo(const QString& locale)
{
    return installTranslator(QCoreApplication::instance(), locale);
}

QString current()
{
    return currentLanguage();
}

QStringList available()
{
    QStringList languages;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(kPrefix.size()).chopped(3);
    return languages;
}

QString nativeName(const QString& language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    QString name = locale.nativeLanguageName();
    if (locale.script() == QLocale::SimplifiedHanScript)
        name = QStringLiteral("简体中文");
    else if (locale.script() == QLocale::TraditionalHanScript)
        name = QStringLiteral("繁體中文");
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? language : name;
}

} // namespace tps::i18n
