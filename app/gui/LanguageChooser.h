// The language chooser of the login screen and of Settings: lists the languages the station carries
// (i18n::available(), from the embedded :/i18n resources), each by its own name. Choosing one emits
// chosen(); whoever owns the window switches (MainWindow::switchLanguage, which may refuse) and the
// chooser then shows the language actually in use.
// The choice is remembered in QSettings: per operator ("language/operators/<id>", applied at their next
// sign-in) and for the station ("language/last", applied at the next start).
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace tps::gui {

class LanguageChooser : public QWidget
{
    Q_OBJECT
public:
    // `withLabel`: a "Language:" label of its own (false where a form row names it).
    explicit LanguageChooser(bool withLabel = true, QWidget* parent = nullptr);

    QComboBox* combo() const { return m_combo; }
    // Selects the installed language (i18n::current()).
    void sync();

signals:
    void chosen(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_label;
    QComboBox* m_combo;
};

// The language remembered for `operatorId` (empty: the station's last choice); empty when none.
QString rememberedLanguage(const QString& operatorId = {});
// Remembers `language` for the station and, when given, for `operatorId`.
void rememberLanguage(const QString& language, const QString& operatorId = {});
// At start: installs the station's last choice unless STATION_LANG chose a language. Returns the language.
QString applyRememberedLanguage();

} // namespace tps::gui
