#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace tps::i18n {

QString install(QCoreApplication& app, const QString& locale)
{
    const QLocale wanted = locale.isEmpty() ? QLocale::system() : QLocale(locale);
    auto* translator = new QTranslator(&app); // owned by the application object
    if (translator->load(wanted, QStringLiteral("tpm-station"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return translator->language();
    }
    delete translator;
    return QStringLiteral("en");
}

} // namespace tps::i18n
