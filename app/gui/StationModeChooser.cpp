#include "app/gui/StationModeChooser.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tps::gui {

StationModeChooser::StationModeChooser(const QString& startedAs, QWidget* parent)
    : QWidget(parent), m_startedAs(startedAs), m_combo(new QComboBox), m_note(new QLabel)
{
    setObjectName(QStringLiteral("stationMode"));
    setFocusProxy(m_combo);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_combo->addItem(QString(), QVariant::fromValue(int(StationMode::Simulation)));
    m_combo->addItem(QString(), QVariant::fromValue(int(StationMode::Production)));
    m_combo->setCurrentIndex(rememberedStationMode() == StationMode::Production ? 1 : 0);
    retranslate();
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { rememberStationMode(StationMode(m_combo->itemData(index).toInt())); });
}

void StationModeChooser::retranslate()
{
    m_combo->setItemText(0, tr("Simulation (simulated TPMs, nothing may ship)"));
    m_combo->setItemText(1, tr("Production (real TPMs in the test sockets)"));
    const QString note = tr("Used when the station starts without --db, --profile or --simulate; a change "
                            "takes effect at the next start.");
    m_note->setText(m_startedAs.isEmpty() ? note : tr("%1 This run: %2").arg(note, m_startedAs));
}

void StationModeChooser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tps::gui
