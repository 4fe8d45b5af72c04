#include "app/gui/StationScreen.h"

#include "app/gui/SocketPanel.h"
#include "core/common/Identifiers.h"
#include "core/sim/SimFleet.h"
#include "stations/EkExtractedStation.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tps::gui {

using namespace timeline;

StationScreen::StationScreen(services::StationSession& session, int sockets, bool simulation,
                             const StationFactory& testSteps, QWidget* parent)
    : QWidget(parent), m_simulation(simulation), m_serial(new QLineEdit), m_lot(new QLineEdit),
      m_notice(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    auto* entryRow = new QHBoxLayout;
    auto* entryLabel = new QLabel(tr("&Serial:"));
    entryLabel->setBuddy(m_serial);
    entryLabel->setStyleSheet(QStringLiteral("QLabel { font-size: 18pt; }"));
    m_serial->setObjectName(QStringLiteral("serial"));
    m_serial->setPlaceholderText(tr("Scan the device's serial number"));
    m_serial->setStyleSheet(QStringLiteral("QLineEdit { font-size: 20pt; padding: 6px; }"));
    m_serial->setMaxLength(kMaxSerialLength);
    entryRow->addWidget(entryLabel);
    entryRow->addWidget(m_serial, 1);
    auto* lotLabel = new QLabel(tr("L&ot:"));
    lotLabel->setBuddy(m_lot);
    m_lot->setObjectName(QStringLiteral("lot"));
    m_lot->setPlaceholderText(tr("Incoming TPM lot (optional)"));
    m_lot->setToolTip(tr("When a lot is named, every device's EK must be on that lot's delivery list."));
    m_lot->setMaxLength(64);
    entryRow->addWidget(lotLabel);
    entryRow->addWidget(m_lot);
    layout->addLayout(entryRow);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; }"));
    layout->addWidget(m_notice);

    auto* grid = new QGridLayout;
    const int columns = sockets <= 2 ? sockets : 2;
    for (int i = 0; i < sockets; ++i) {
        auto* panel = new SocketPanel(i + 1, session, testSteps);
        panel->setSeveralSockets(sockets > 1);
        auto* frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto* fl = new QVBoxLayout(frame);
        fl->addWidget(panel);
        grid->addWidget(frame, i / columns, i % columns);
        m_panels.append(panel);
        connect(panel, &SocketPanel::deviceFinished, this, [this](int, const QString& serial, bool passed) {
            emit deviceFinished(serial, passed);
            m_serial->setFocus();
        });
    }
    layout->addLayout(grid, 1);

    connect(m_serial, &QLineEdit::returnPressed, this, [this] {
        const QString serial = m_serial->text().trimmed();
        m_serial->clear();
        submit(serial);
        m_serial->setFocus();
    });
    setNotice(tr("Scan a device to start."), false);
}

void StationScreen::setProfile(const ProductProfile& profile)
{
    m_profile = profile;
    for (SocketPanel* p : std::as_const(m_panels))
        p->setProfile(profile);
}

void StationScreen::setActor(const Actor& actor)
{
    for (SocketPanel* p : std::as_const(m_panels))
        p->setActor(actor);
}

void StationScreen::setSimulatedDevices(const QList<QJsonObject>& devices)
{
    m_simDevices.clear();
    for (const QJsonObject& d : devices)
        m_simDevices.insert(d.value(QStringLiteral("serial")).toString(), d);
}

QString StationScreen::notice() const
{
    return m_notice->text();
}

bool StationScreen::busy() const
{
    for (SocketPanel* p : m_panels)
        if (p->busy())
            return true;
    return false;
}

void StationScreen::setNotice(const QString& text, bool error)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(
        error ? QStringLiteral("QLabel { font-size: 14pt; color: white; background: #C62828; "
                               "padding: 4px; }")
              : QStringLiteral("QLabel { font-size: 14pt; }"));
}

bool StationScreen::submit(const QString& serial)
{
    if (serial.isEmpty())
        return false;
    if (!isValidSerial(serial)) {
        setNotice(serialRefusal(serial), true);
        return false;
    }
    for (SocketPanel* p : std::as_const(m_panels)) {
        if (p->busy() && p->property("serial").toString() == serial) {
            setNotice(tr("%1 is already in socket %2.").arg(serial).arg(p->socket()), true);
            return false;
        }
    }
    SocketPanel* free = nullptr;
    for (SocketPanel* p : std::as_const(m_panels)) {
        if (!p->busy()) {
            free = p;
            break;
        }
    }
    if (!free) {
        setNotice(tr("Every socket is busy: wait for a device to finish, then scan %1 again.").arg(serial),
                  true);
        return false;
    }
    Device device;
    device.serial = serial;
    device.product = m_profile.id;
    if (m_simulation) {
        const auto it = m_simDevices.constFind(serial);
        if (it == m_simDevices.constEnd()) {
            setNotice(tr("%1 is not a device of the simulated fleet. Scan a simulated device.").arg(serial),
                      true);
            return false;
        }
        device.simulated = true;
        device.tcti = it->value(QStringLiteral("tcti")).toString();
        device.flashPath = it->value(QStringLiteral("flash")).toString();
        device.timing = sim::SimDevice::timingFromJson(*it);
    } else {
        device.tcti = m_socketTctis.value(free->socket() - 1);
        if (device.tcti.isEmpty()) {
            setNotice(tr("Socket %1 has no TPM connection (TCTI) configured: ask a supervisor to set it in "
                         "Settings.")
                          .arg(free->socket()),
                      true);
            return false;
        }
    }
    // The lot the operator names, if any, for this device's run (its EK must be on that delivery list).
    ProductProfile profile = m_profile;
    stations::setOperatorLot(profile, m_lot->text());
    free->setProfile(profile);
    free->setProperty("serial", serial);
    free->start(device);
    setNotice(tr("%1 started in socket %2.").arg(serial).arg(free->socket()), false);
    return true;
}

void StationScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_serial->setFocus();
}

} // namespace tps::gui
