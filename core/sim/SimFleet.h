// The simulated TPM fleet: the station's embedded default stand-in for devices arriving at the line.
//
// Made of real parts: each device is a swtpm state manufactured by swtpm_setup with EK and platform
// certificates issued by a local TPM-manufacturer CA that lives inside the fleet's root directory.
// The fleet starts one `swtpm socket` per device on free loopback ports and stops only the processes
// it started. Every device from the fleet is marked simulated.
//
// Layout of a root:
//   fleet.json                      format, fleet ID, device list (serials), timing model (if any)
//   ca/                             swtpm_localca state: root CA, issuer (intermediate), signing keys
//   ca/swtpm_setup.conf, ...        swtpm_setup / swtpm_localca configuration pointing into ca/
//   devices/<serial>/state/         swtpm NVRAM state
//   devices/<serial>/flash.bin      the device's flash memory
//   devices/<serial>/runtime.json   port and PID while running
#pragma once

#include "core/common/Result.h"
#include "core/timeline/Station.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace tps::sim {

enum class SimErrc {
    ToolMissing,       // swtpm / swtpm_setup not installed
    Io,                // the root cannot be created or written
    NotAFleet,         // the directory holds something that is not a fleet
    ManufactureFailed, // swtpm_setup failed
    StartFailed,       // swtpm would not start or answer
    UnknownDevice,
    Busy, // another process holds the fleet's lock
};

struct SimError
{
    SimErrc code;
    QString message; // translated, for the operator or the engineer running the CLI
};

template <typename T>
using SimResult = Result<T, SimError>;

enum class DeviceState { Stopped, Running };

struct SimDevice
{
    QString serial;
    QString directory; // devices/<serial>
    QString stateDir;  // swtpm state
    QString flashPath; // the simulated flash memory
    quint16 port = 0;  // TPM command port while running (control port = port + 1)
    qint64 pid = 0;
    DeviceState state = DeviceState::Stopped;
    bool simulated = true;
    // The fleet's timing model (`sim create --timing`): name, definition and this device's seed.
    QString timingName;
    QByteArray timingModel;
    quint64 timingSeed = 0;

    QString tcti() const; // "swtpm:host=127.0.0.1,port=P" while running, empty otherwise
    QJsonObject toJson() const;
    timeline::DeviceTiming timing() const { return {timingName, timingModel, timingSeed}; }
    // The timing of a device as toJson() described it (what the GUI's list of simulated devices holds).
    static timeline::DeviceTiming timingFromJson(const QJsonObject& device);
};

class SimFleet
{
public:
    explicit SimFleet(QString root);
    // Stops the processes this object started when stopOnDestruction() is set (tests, the GUI).
    ~SimFleet();
    SimFleet(const SimFleet&) = delete;
    SimFleet& operator=(const SimFleet&) = delete;

    static QString defaultRoot(); // <user data dir>/sim
    static constexpr qint64 kFlashSize = 256 * 1024;

    const QString& root() const { return m_root; }
    bool exists() const;
    void setStopOnDestruction(bool stop) { m_stopOnDestruction = stop; }

    // Ensures the fleet has at least `count` devices (new ones are manufactured, existing kept).
    SimResult<QList<SimDevice>> create(int count);
    // The timing model of every device of the fleet: a preset's name (sim/TimingPresets.h) or "none".
    // Recorded in fleet.json with its whole definition and a fleet seed (random unless given).
    SimResult<void> setTiming(const QString& preset, std::optional<quint64> seed = std::nullopt);
    // Starts every stopped device; running ones are left as they are.
    SimResult<QList<SimDevice>> start();
    // Stops the swtpm processes of this fleet (and only those).
    SimResult<void> stop();
    SimResult<QList<SimDevice>> devices() const;
    SimResult<SimDevice> device(const QString& serial) const;
    // For tests of a TPM that vanishes: SIGKILL the device's swtpm.
    SimResult<void> kill(const QString& serial);

    // PEM files of the fleet's TPM manufacturer CA (root first, then the issuing intermediate).
    QString rootCaCertificate() const;
    QString issuerCertificate() const;
    QStringList trustedCertificates() const { return {rootCaCertificate(), issuerCertificate()}; }

private:
    SimResult<QJsonObject> loadManifest() const;
    SimResult<void> saveManifest(const QJsonObject& manifest) const;
    SimResult<void> writeCaConfig() const;
    SimResult<void> manufacture(const QStringList& serials) const;
    SimResult<SimDevice> startDevice(SimDevice device);
    SimDevice describe(const QString& serial) const;

    QString m_root;
    QList<qint64> m_started;
    bool m_stopOnDestruction = false;
};

} // namespace tps::sim
