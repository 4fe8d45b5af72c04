#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace tps::i18n {

QString install(QCoreApplication& app, const QString& locale)
{
    const QLocale wanted = locale.isEmpty() ? QLocale::system() : QLocale(locale);
    auto translator = std::make_unique<QTranslator>();
    QString language = QStringLiteral("en");
    if (translator->load(wanted, QStringLiteral("tpm-station"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        language = translator->language();
    } else if (!translator->load(QStringLiteral(":/i18n/tpm-station_en.qm"))) {
        return language; // the English source texts, without plural forms
    }
    // Any other language falls back to English with its plural forms ("1 device", "2 devices").
    QCoreApplication::installTranslator(translator.get());
    translator.release()->setParent(&app); // owned by the application object
    return language;
}

} // namespace tps::i18n
