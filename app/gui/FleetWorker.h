// Runs on its own thread: creates/starts the simulated fleet and identifies each device's TPM.
// The GUI thread never touches a TPM.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <memory>

namespace tps::sim {
class SimFleet;
}

namespace tps::gui {

class FleetWorker : public QObject
{
    Q_OBJECT
public:
    FleetWorker(QString root, int count);
    ~FleetWorker() override;

public slots:
    void bringUp();

signals:
    void status(const QString& message);
    void devicesReady(const QList<QJsonObject>& devices);
    // The fleet's root and CA certificates (the profile's "fleet" section, as the CLI's `line` sets it).
    void fleetInfo(const QJsonObject& info);
    void identified(const QString& serial, const QJsonObject& identity);
    void identifyFailed(const QString& serial, const QString& message);
    void failed(const QString& message);
    void finished();

private:
    QString m_root;
    int m_count;
    std::unique_ptr<sim::SimFleet> m_fleet;
};

} // namespace tps::gui
