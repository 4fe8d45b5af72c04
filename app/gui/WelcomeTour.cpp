#include "app/gui/WelcomeTour.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace tps::gui {

WelcomeTour::WelcomeTour(const QStringList& serials, QWidget* parent)
    : QDialog(parent), m_serials(serials), m_title(new QLabel), m_body(new QLabel), m_info(new QPushButton),
      m_close(new QPushButton)
{
    setObjectName(QStringLiteral("welcomeTour"));
    setMinimumWidth(620);
    auto* layout = new QVBoxLayout(this);
    m_title->setStyleSheet(QStringLiteral("QLabel { font-size: 18pt; font-weight: bold; }"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_body, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_info);
    buttons->addStretch();
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    m_close->setDefault(true);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_info, &QPushButton::clicked, this, &WelcomeTour::simulationInfoRequested);
    retranslate();
}

void WelcomeTour::retranslate()
{
    setWindowTitle(tr("Guided tour of the simulation"));
    m_title->setText(tr("Welcome to the simulated line"));
    const QString serials = m_serials.isEmpty()
                                ? tr("the serials listed on the Simulated fleet page (the fleet is starting)")
                                : m_serials.mid(0, 4).join(QStringLiteral(", ")).toHtmlEscaped();
    const QStringList steps{
        tr("<b>1. Scan a serial.</b> This station runs over simulated TPMs. Scan or type one of %1 into the "
           "serial field of the Station page and press Enter. The Simulated fleet page lists every device.")
            .arg(serials),
        tr("<b>2. Watch the five steps.</b> A free socket takes the device: TPM installed, EK extracted, "
           "ownership taken, firmware flashed, QA check. Each step turns green; the socket then shows a big "
           "<b>PASS</b> (or FAIL with what to do)."),
        tr("<b>3. Find the results.</b> The Devices page lists every device and its steps; the Audit trail "
           "page records who did what. Supervisors, quality and admins export DPS enrollment batches and "
           "audit "
           "exports on the Exports page, into a folder they choose."),
        tr("<b>4. Know what is simulated.</b> The TPMs, their EK certificates, the firmware programmer and "
           "the "
           "customer's escrow key are simulated, and nothing made here may ship. The kit's product profile "
           "and "
           "the full list are one click away: Help ▸ Simulation kit."),
    };
    m_body->setText(steps.join(QStringLiteral("<br><br>")));
    m_info->setText(tr("Simulation &kit…"));
    m_close->setText(tr("&Start scanning"));
}

void WelcomeTour::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString WelcomeTour::text() const
{
    return m_body->text();
}

bool WelcomeTour::seen(const QString& operatorId)
{
    return QSettings().value(QStringLiteral("tour/seen/%1").arg(operatorId)).toBool();
}

void WelcomeTour::markSeen(const QString& operatorId)
{
    QSettings().setValue(QStringLiteral("tour/seen/%1").arg(operatorId), true);
}

} // namespace tps::gui
