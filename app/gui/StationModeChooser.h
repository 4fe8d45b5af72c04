// Settings: the mode the station starts in when no option chooses one (Simulation, the default, or
// Production), remembered in QSettings (StartupOptions) and shown together with what chose this run's mode.
#pragma once

#include "app/gui/StartupOptions.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace tps::gui {

class StationModeChooser : public QWidget
{
    Q_OBJECT
public:
    // `startedAs`: why this run is in its mode (StationConfig::startedAs).
    explicit StationModeChooser(const QString& startedAs, QWidget* parent = nullptr);

    QComboBox* combo() const { return m_combo; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_startedAs;
    QComboBox* m_combo;
    QLabel* m_note;
};

} // namespace tps::gui
