// The station screen: the serial entry (always focused, submitted by the scanner's Enter), one panel per
// test socket, and the simulation banner.
#pragma once

#include "core/timeline/Engine.h"
#include "services/StationSession.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace tps::gui {

class SocketPanel;

class StationScreen : public QWidget
{
    Q_OBJECT
public:
    // Each socket's engine comes from `session`; `testSteps` (tests only) runs a subset of the steps instead.
    StationScreen(services::StationSession& session, int sockets, bool simulation,
                  const timeline::StationFactory& testSteps = {}, QWidget* parent = nullptr);

    void setProfile(const timeline::ProductProfile& profile);
    void setActor(const timeline::Actor& actor);
    // Simulation: the simulated devices (SimDevice::toJson) that may be scanned.
    void setSimulatedDevices(const QList<QJsonObject>& devices);
    // Production: the TCTI of each socket's fixture (index 0 = socket 1).
    void setSocketTctis(const QStringList& tctis) { m_socketTctis = tctis; }

    QLineEdit* serialEntry() const { return m_serial; }
    // The incoming TPM lot the operator names (optional): step 2 then requires each device's EK on that
    // lot's delivery list, as `line --lot` does (docs/OPERATOR_GUIDE.md, incoming TPM lots).
    QLineEdit* lotEntry() const { return m_lot; }
    QList<SocketPanel*> panels() const { return m_panels; }
    QString notice() const;
    bool busy() const;

    // Validates the serial and starts it on a free socket; false (with a notice) when refused.
    bool submit(const QString& serial);

signals:
    void deviceFinished(const QString& serial, bool passed);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setNotice(const QString& text, bool error);

    timeline::ProductProfile m_profile;
    bool m_simulation;
    QMap<QString, QJsonObject> m_simDevices;
    QStringList m_socketTctis;
    QLineEdit* m_serial;
    QLineEdit* m_lot;
    QLabel* m_notice;
    QList<SocketPanel*> m_panels;
};

} // namespace tps::gui
