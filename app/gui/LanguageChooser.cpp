#include "app/gui/LanguageChooser.h"

#include "Translations.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

namespace tps::gui {

namespace {
QString keyFor(const QString& operatorId)
{
    return operatorId.isEmpty() ? QStringLiteral("language/last")
                                : QStringLiteral("language/operators/%1").arg(operatorId);
}
} // namespace

LanguageChooser::LanguageChooser(bool withLabel, QWidget* parent)
    : QWidget(parent), m_label(new QLabel), m_combo(new QComboBox)
{
    setObjectName(QStringLiteral("languageChooser"));
    setFocusProxy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (withLabel)
        layout->addStretch();
    layout->addWidget(m_label);
    layout->addWidget(m_combo, withLabel ? 0 : 1);
    m_label->setVisible(withLabel);
    m_label->setBuddy(m_combo);
    m_label->setText(tr("Language:"));
    for (const QString& language : i18n::available())
        m_combo->addItem(i18n::nativeName(language), language);
    sync();
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString language = m_combo->itemData(index).toString();
        if (language != i18n::current())
            emit chosen(language);
        sync(); // the language in use: the new one, or the old one when the switch was refused
    });
}

void LanguageChooser::sync()
{
    const int index = m_combo->findData(i18n::current());
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

void LanguageChooser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_label->setText(tr("Language:"));
        sync();
    }
    QWidget::changeEvent(event);
}

QString rememberedLanguage(const QString& operatorId)
{
    return QSettings().value(keyFor(operatorId)).toString();
}

void rememberLanguage(const QString& language, const QString& operatorId)
{
    QSettings settings;
    settings.setValue(keyFor({}), language);
    if (!operatorId.isEmpty())
        settings.setValue(keyFor(operatorId), language);
}

QString applyRememberedLanguage()
{
    const QString last = rememberedLanguage();
    if (!qEnvironmentVariableIsEmpty("STATION_LANG") || last.isEmpty() || last == i18n::current())
        return i18n::current();
    return i18n::switchTo(last);
}

} // namespace tps::gui
